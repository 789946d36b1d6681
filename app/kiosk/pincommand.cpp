#include "pincommand.h"

#include "stafflock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <termios.h>
#include <unistd.h>

namespace {

// A PIN typed at a terminal is not shown.
class HiddenInput
{
public:
    HiddenInput()
    {
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    ~HiddenInput()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    bool active() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};

// Sets staff/pin in the INI text, keeping every other line (and comment) as it was.
QString withPin(const QString &ini, const QString &record)
{
    QStringList lines = ini.split(u'\n');
    static const QRegularExpression section(QStringLiteral("^\\s*\\[(.*)\\]\\s*$"));
    static const QRegularExpression pinLine(QStringLiteral("^\\s*;?\\s*pin\\s*="));
    const QString entry = u"pin=" % record;
    qsizetype staff = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = section.match(lines[i]);
        if (match.hasMatch()) {
            if (staff >= 0)
                break; // the [staff] section ended without a pin line
            if (match.captured(1).trimmed().compare(u"staff", Qt::CaseInsensitive) == 0)
                staff = i;
        } else if (staff >= 0 && pinLine.match(lines[i]).hasMatch()) {
            lines[i] = entry;
            return lines.join(u'\n');
        }
    }
    if (staff >= 0) {
        lines.insert(staff + 1, entry);
        return lines.join(u'\n');
    }
    QString text = lines.join(u'\n');
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return text % u"\n[staff]\n" % entry % u'\n';
}

} // namespace

int setPin(const QString &configFile, const QString &lockStateFile, QTextStream &in,
           QTextStream &out, QTextStream &err)
{
    QString first;
    QString second;
    {
        HiddenInput hidden;
        err << "New staff PIN (4 to 8 digits): " << Qt::flush;
        first = in.readLine().trimmed();
        if (hidden.active())
            err << Qt::endl;
        err << "The same PIN again: " << Qt::flush;
        second = in.readLine().trimmed();
        if (hidden.active())
            err << Qt::endl;
    }
    if (!StaffLock::isValidPin(first)) {
        err << "haven: --set-pin: expected 4 to 8 digits; nothing was changed" << Qt::endl;
        return 1;
    }
    if (first != second) {
        err << "haven: --set-pin: the two PINs differ; nothing was changed" << Qt::endl;
        return 1;
    }

    const int iterations = StaffLock::calibrateIterations();
    QFile existing(configFile);
    const QString ini
        = existing.open(QIODevice::ReadOnly) ? QString::fromUtf8(existing.readAll()) : QString();
    existing.close();
    // Written whole and then renamed into place, already private: no moment with the file
    // half-written or readable by others.
    QSaveFile file(configFile);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(withPin(ini, StaffLock::makeRecord(first, iterations)).toUtf8()) < 0
        || !file.commit()) {
        err << "haven: --set-pin: could not write " << configFile << ": " << file.errorString()
            << "; nothing was changed" << Qt::endl;
        return 1;
    }
    QFile::remove(lockStateFile); // a new PIN starts without a lockout
    out << "Staff PIN set in " << configFile << " (PBKDF2-HMAC-SHA256, " << iterations
        << " iterations). Only its owner can read the file." << Qt::endl;
    return 0;
}
