#include "contentcheck.h"

#include "exerciselibrary.h"
#include "timeline.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

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
    // What each good file will be, so staff can see that lengths match what they meant
    // (steps that wait for the person count at their typical length).
    for (const QString &id : library.ids()) {
        const ExercisePtr exercise = library.exercise(id);
        if (!exercise->file.startsWith(prefix))
            continue;
        const qint64 seconds = Timeline::build(*exercise, {}).totalMs / 1000;
        out << QFileInfo(exercise->file).fileName() << ": \"" << exercise->title.english() << "\" ("
            << exercise->group << "), " << exercise->steps.size()
            << (exercise->steps.size() == 1 ? " step" : " steps") << ", about " << seconds / 60
            << " min " << seconds % 60 << " s" << Qt::endl;
    }
    const qsizetype files = ExerciseLibrary::exerciseFiles(folder).size();
    out << "Checked " << files << (files == 1 ? " file" : " files") << " in " << folder << ": "
        << files - filesWithErrors.size() << " ready, " << filesWithErrors.size()
        << " with errors (Haven skips those), " << warnings
        << (warnings == 1 ? " warning." : " warnings.") << Qt::endl;
    return filesWithErrors.isEmpty() && !folderUnreadable ? 0 : 1;
}
