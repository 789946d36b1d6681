#include "contentcheck.h"

#include "appconfig.h"
#include "exerciselibrary.h"
#include "narrationmanifest.h"
#include "timeline.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

namespace {

QString minutesAndSeconds(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QString::number(seconds / 60) % u" min " % QString::number(seconds % 60) % u" s";
}

} // namespace

int checkContent(const QString &given, QTextStream &out)
{
    // DIR, DIR/ and DIR// are one folder: problems are matched to it by path.
    const QString folder = QDir::cleanPath(given);
    // Checked against the shipped exercises too, so a clinic learns when its version is not newer.
    const QString shipped = ExerciseLibrary::shippedFolder();
    const bool isShipped
        = QFileInfo(folder).canonicalFilePath() == QFileInfo(shipped).canonicalFilePath();
    ExerciseLibrary library(nullptr);
    library.load(isShipped ? QStringList{folder} : QStringList{shipped, folder});

    const QString prefix = folder + u'/';
    QSet<QString> filesWithErrors;
    bool folderUnreadable = false;
    int warnings = 0;
    for (const ContentProblem &problem : library.problemList()) {
        if (!problem.file.startsWith(prefix) && problem.file != folder)
            continue;
        out << problem.toString() << Qt::endl;
        if (problem.isError() && problem.file == folder)
            folderUnreadable = true;
        else if (problem.isError())
            filesWithErrors.insert(problem.file);
        else
            ++warnings;
    }
    // What each good file will be, so staff can see that lengths match what they meant: spoken
    // in each voice, as the runner times it (steps that wait for the person count at their
    // typical length); and `minutes`, what the home screen shows, when it is a minute or more off.
    NarrationClips clips;
    for (const QString &id : library.ids()) {
        const ExercisePtr exercise = library.exercise(id);
        if (!exercise->file.startsWith(prefix))
            continue;
        QStringList spoken;
        qint64 defaultMs = -1;
        bool narrated = false;
        for (const QString &voice : AppConfig::voices()) {
            const auto narrationMs = [&](const Step &step) {
                const qint64 ms = clips.choose(step, voice).durationMs;
                narrated = narrated || ms > 0;
                return ms;
            };
            const qint64 ms = Timeline::build(*exercise, {0, narrationMs}).totalMs;
            defaultMs = defaultMs < 0 ? ms : defaultMs;
            spoken << minutesAndSeconds(ms) % u" in the " % voice % u" voice";
        }
        out << QFileInfo(exercise->file).fileName() << ": \"" << exercise->title.english() << "\" ("
            << exercise->group << "), " << exercise->steps.size()
            << (exercise->steps.size() == 1 ? " step" : " steps") << ", about "
            << (narrated ? spoken.join(u", ") : minutesAndSeconds(defaultMs)) << "; minutes "
            << exercise->minutes;
        if (std::abs(defaultMs - exercise->minutes * 60000) > 30000)
            out << " (to match, set it to " << std::max<qint64>(1, (defaultMs + 30000) / 60000)
                << ")";
        out << Qt::endl;
        // How much of it a reader of each language meets in their own: Spanish always, as Haven
        // offers it, and any other language the file is written in.
        QMap<QString, int> translated = exercise->translatedTexts;
        translated.insert(QStringLiteral("es"), translated.value(QStringLiteral("es")));
        for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
            const int missing = exercise->textCount - it.value();
            out << QFileInfo(exercise->file).fileName() << ": " << it.key() << ' ' << it.value()
                << '/' << exercise->textCount << " texts";
            if (missing > 0)
                out << " (" << missing << " shown in English)";
            // And how long it takes spoken in that language, when it is.
            bool spokenIn = false;
            const auto narrationMs = [&](const Step &step) {
                const qint64 ms
                    = clips.choose(step, AppConfig::voices().constFirst(), it.key()).durationMs;
                spokenIn = spokenIn || (ms > 0 && step.text.has(it.key()));
                return ms;
            };
            const qint64 ms = Timeline::build(*exercise, {0, narrationMs}).totalMs;
            if (spokenIn)
                out << ", about " << minutesAndSeconds(ms) << " spoken";
            out << Qt::endl;
        }
    }
    const qsizetype files = ExerciseLibrary::exerciseFiles(folder).size();
    out << "Checked " << files << (files == 1 ? " file" : " files") << " in " << folder << ": "
        << files - filesWithErrors.size() << " ready, " << filesWithErrors.size()
        << " with errors (Haven skips those), " << warnings
        << (warnings == 1 ? " warning." : " warnings.") << Qt::endl;
    return filesWithErrors.isEmpty() && !folderUnreadable ? 0 : 1;
}
