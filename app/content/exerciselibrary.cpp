#include "exerciselibrary.h"

#include "exerciseparser.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

ExerciseLibrary::ExerciseLibrary(QObject *parent)
    : QAbstractListModel(parent)
    , m_language(QLocale().bcp47Name())
{ }

QString ExerciseLibrary::shippedFolder()
{
    // Installed (or an extracted, relocated package): <root>/share/haven beside <root>/bin/haven.
    // /proc/self/exe, not applicationDirPath(): --check-content runs before any QCoreApplication.
    const QString exeFolder = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString installed = exeFolder + QStringLiteral("/../share/haven/exercises");
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    // The source tree's media only for programs in the build tree: an installed Haven that lost
    // its exercises must say so, not quietly read a developer's checkout.
    const QString buildTree = QFileInfo(QStringLiteral(HAVEN_BUILD_DIR)).canonicalFilePath();
    if (!buildTree.isEmpty() && (exeFolder == buildTree || exeFolder.startsWith(buildTree + u'/')))
        return QStringLiteral(HAVEN_MEDIA_DIR "/exercises");
    return QDir::cleanPath(installed);
}

void ExerciseLibrary::load(const QStringList &folders)
{
    beginResetModel();
    m_folders = folders;
    m_exercises.clear();
    m_problems.clear();
    QHash<QString, int> folderOf; // id → index of the folder it came from
    for (int f = 0; f < folders.size(); ++f) {
        const QDir dir(QDir::cleanPath(folders.at(f)));
        if (!dir.exists()) {
            m_problems.append({ContentProblem::Severity::Error,
                               folders.at(f),
                               {},
                               QStringLiteral("folder not found; no exercises read from it")});
            continue;
        }
        const QFileInfo folder(dir.path());
        if (!folder.isReadable() || !folder.isExecutable()) {
            m_problems.append({ContentProblem::Severity::Error,
                               dir.path(),
                               {},
                               QStringLiteral("folder cannot be read; no exercises read from it")});
            continue;
        }
        for (const QString &file : exerciseFiles(dir.path())) {
            // Only a regular file is read: a pipe or a stalled device would never finish.
            if (const QFileInfo info(file); !info.isFile() || !info.isReadable()) {
                m_problems.append({ContentProblem::Severity::Error,
                                   file,
                                   {},
                                   info.isDir() ? QStringLiteral("a folder, not a file; skipped")
                                       : info.isSymLink() && !info.exists()
                                       ? QStringLiteral("a link that leads nowhere (or to itself); "
                                                        "skipped")
                                       : info.exists() && !info.isFile()
                                       ? QStringLiteral("not a regular file (a pipe or a device); "
                                                        "skipped")
                                       : QStringLiteral("cannot be read; skipped")});
                continue;
            }
            ExerciseParser::Result result = ExerciseParser::parseFile(file);
            m_problems += result.problems;
            if (!result.exercise)
                continue;
            auto exercise = std::make_shared<const Exercise>(std::move(*result.exercise));
            const auto existing
                = std::find_if(m_exercises.begin(), m_exercises.end(),
                               [&](const ExercisePtr &e) { return e->id == exercise->id; });
            if (existing == m_exercises.end()) {
                folderOf.insert(exercise->id, f);
                m_exercises.append(exercise);
            } else if (folderOf.value(exercise->id) == f) {
                m_problems.append({ContentProblem::Severity::Error, file, QStringLiteral("id"),
                                   u'"' % exercise->id % u"\" is already used by "
                                       % QFileInfo((*existing)->file).fileName()
                                       % u"; this file is skipped"});
            } else if (exercise->version > (*existing)->version) {
                folderOf.insert(exercise->id, f);
                *existing = exercise;
            } else {
                m_problems.append(
                    {ContentProblem::Severity::Warning, file, QStringLiteral("version"),
                     QString::number(exercise->version) % u" is not newer than version "
                         % QString::number((*existing)->version) % u" in " % (*existing)->file
                         % u"; this file is ignored (raise its version to use it)"});
            }
        }
    }
    for (const ContentProblem &problem : std::as_const(m_problems)) {
        if (problem.isError())
            qCWarning(lcContent).noquote() << problem.toString();
    }
    endResetModel();
    Q_EMIT loaded();
}

QStringList ExerciseLibrary::exerciseFiles(const QString &folder)
{
    // Every entry named *.json, whatever it is: what cannot be read is reported, not passed over.
    const QDir dir(QDir::cleanPath(folder));
    QStringList files;
    for (const QString &name : dir.entryList(
             {QStringLiteral("*.json")},
             QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

ExercisePtr ExerciseLibrary::exercise(const QString &id) const
{
    const auto it = std::find_if(m_exercises.begin(), m_exercises.end(),
                                 [&](const ExercisePtr &e) { return e->id == id; });
    return it == m_exercises.end() ? nullptr : *it;
}

QStringList ExerciseLibrary::ids() const
{
    QStringList ids;
    for (const ExercisePtr &e : m_exercises)
        ids.append(e->id);
    ids.sort();
    return ids;
}

QStringList ExerciseLibrary::problems() const
{
    QStringList lines;
    for (const ContentProblem &problem : m_problems)
        lines.append(problem.toString());
    return lines;
}

int ExerciseLibrary::errorCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [](const ContentProblem &p) { return p.isError(); }));
}

void ExerciseLibrary::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_exercises.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TitleRole, SummaryRole});
    Q_EMIT languageChanged();
}

QString ExerciseLibrary::titleOf(const QString &id) const
{
    const ExercisePtr e = exercise(id);
    return e ? e->title.text(m_language) : QString();
}

QVariantMap ExerciseLibrary::overviewIn(const QString &language, const QString &id) const
{
    const ExercisePtr e = exercise(id);
    if (!e)
        return {};
    QStringList activities;
    bool eyesOpen = e->tags.contains(QStringLiteral("eyes open"));
    bool narrated = false;
    bool soundscape = false;
    for (const Step &step : e->steps) {
        const QString kind = nameOfStepKind(step.kind);
        if (!activities.contains(kind))
            activities.append(kind);
        // Breathing follows a shape on screen; the rest wait for a tap, a line or a page.
        eyesOpen = eyesOpen || step.waitsForPerson() || step.kind == StepKind::Breathe;
        narrated = narrated || !step.audio.isEmpty();
        soundscape = soundscape
            || (step.kind == StepKind::Imagery
                && (step.chooseSoundscape
                    || (!step.soundscape.isEmpty() && step.soundscape != QStringLiteral("quiet"))));
    }
    return {{QStringLiteral("summary"), e->summary.text(language)},
            {QStringLiteral("activities"), activities},
            {QStringLiteral("eyesOpen"), eyesOpen},
            {QStringLiteral("narrated"), narrated},
            {QStringLiteral("soundscape"), soundscape}};
}

int ExerciseLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exercises.size());
}

QVariant ExerciseLibrary::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exercise &e = *m_exercises.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::DisplayRole:
    case TitleRole:
        return e.title.text(m_language);
    case SummaryRole:
        return e.summary.text(m_language);
    case GroupRole:
        return e.group;
    case MinutesRole:
        return e.minutes;
    case TagsRole:
        return e.tags;
    case VersionRole:
        return e.version;
    case BreathHoldsRole:
        return e.hasBreathHolds();
    }
    return {};
}

QHash<int, QByteArray> ExerciseLibrary::roleNames() const
{
    return {{IdRole, "exerciseId"},   {TitleRole, "title"},
            {SummaryRole, "summary"}, {GroupRole, "group"},
            {MinutesRole, "minutes"}, {TagsRole, "tags"},
            {VersionRole, "version"}, {BreathHoldsRole, "breathHolds"}};
}

ExerciseFilter::ExerciseFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(0);
}

void ExerciseFilter::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
    Q_EMIT groupChanged();
}

void ExerciseFilter::setHidden(const QStringList &ids)
{
    if (ids == m_hidden)
        return;
    m_hidden = ids;
    invalidateFilter();
    Q_EMIT hiddenChanged();
}

bool ExerciseFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return (m_group.isEmpty() || index.data(ExerciseLibrary::GroupRole).toString() == m_group)
        && !m_hidden.contains(index.data(ExerciseLibrary::IdRole).toString());
}

bool ExerciseFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.data(ExerciseLibrary::TitleRole)
               .toString()
               .localeAwareCompare(right.data(ExerciseLibrary::TitleRole).toString())
        < 0;
}
