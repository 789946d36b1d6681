#pragma once

#include <QList>
#include <QString>

// One thing wrong with an exercise file, precise enough for clinic staff to fix it:
// the file, the place in it ("steps[3].in") and what was expected.
struct ContentProblem
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    QString path; // empty when the problem is with the whole file
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const
    {
        QString line = file % u": ";
        if (!path.isEmpty())
            line += path % u": ";
        if (!isError())
            line += u"warning: ";
        return line % message;
    }
};

inline bool hasErrors(const QList<ContentProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const ContentProblem &p) { return p.isError(); });
}
