#include "usagewriter.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimer>

#include <sys/stat.h>

namespace {

constexpr int historyDays = 30;

Schema::AppEvent eventNow(const QString &kind)
{
    const QDateTime now = QDateTime::currentDateTime();
    return {now.date(), now.time().hour(), kind, {}, 0};
}

QString troubleName(Database::Trouble trouble)
{
    switch (trouble) {
    case Database::Trouble::ReadOnly:
        return QStringLiteral("read_only");
    case Database::Trouble::DiskFull:
        return QStringLiteral("disk_full");
    case Database::Trouble::Locked:
        return QStringLiteral("locked");
    default:
        return QStringLiteral("unavailable");
    }
}

QString troubleWords(const QString &name)
{
    if (name == u"read_only")
        return QStringLiteral("the file could not be written");
    if (name == u"disk_full")
        return QStringLiteral("the disk was full");
    if (name == u"locked")
        return QStringLiteral("another program held the file locked");
    return QStringLiteral("the file could not be opened");
}

QString runs(qint64 n)
{
    return n == 1 ? QStringLiteral("1 run") : QString::number(n) % u" runs";
}

std::pair<quint64, quint64> fileId(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {0, 0};
    return {quint64(info.st_dev), quint64(info.st_ino)};
}

// The spool holds coarse rows exactly as the log would, and nothing more.
QJsonObject toJson(const LoggedRun &run)
{
    QJsonObject o{{u"day"_qs, run.day.toString(Qt::ISODate)},
                  {u"hour"_qs, run.hour},
                  {u"weekday"_qs, run.weekday},
                  {u"mode"_qs, run.mode},
                  {u"exercise_id"_qs, run.exerciseId},
                  {u"exercise_version"_qs, run.exerciseVersion},
                  {u"planned_seconds"_qs, run.plannedSeconds},
                  {u"active_seconds"_qs, run.activeSeconds},
                  {u"ending"_qs, run.ending},
                  {u"recommended"_qs, run.recommended},
                  {u"zone_before"_qs, run.zoneBefore},
                  {u"zone_after"_qs, run.zoneAfter},
                  {u"text_scale"_qs, run.textScale},
                  {u"reduced_motion"_qs, run.reducedMotion},
                  {u"audio_on"_qs, run.audioOn},
                  {u"language"_qs, run.language}};
    if (run.distressBefore)
        o[u"distress_before"_qs] = *run.distressBefore;
    if (run.distressAfter)
        o[u"distress_after"_qs] = *run.distressAfter;
    return o;
}

LoggedRun fromJson(const QJsonObject &o)
{
    LoggedRun run;
    run.day = QDate::fromString(o[u"day"_qs].toString(), Qt::ISODate);
    run.hour = o[u"hour"_qs].toInt();
    run.weekday = o[u"weekday"_qs].toInt();
    run.mode = o[u"mode"_qs].toString();
    run.exerciseId = o[u"exercise_id"_qs].toString();
    run.exerciseVersion = o[u"exercise_version"_qs].toInt();
    run.plannedSeconds = o[u"planned_seconds"_qs].toInt();
    run.activeSeconds = o[u"active_seconds"_qs].toInt();
    run.ending = o[u"ending"_qs].toString();
    run.recommended = o[u"recommended"_qs].toBool();
    run.zoneBefore = o[u"zone_before"_qs].toString();
    run.zoneAfter = o[u"zone_after"_qs].toString();
    if (o.contains(u"distress_before"_qs))
        run.distressBefore = o[u"distress_before"_qs].toInt();
    if (o.contains(u"distress_after"_qs))
        run.distressAfter = o[u"distress_after"_qs].toInt();
    run.textScale = o[u"text_scale"_qs].toInt();
    run.reducedMotion = o[u"reduced_motion"_qs].toBool();
    run.audioOn = o[u"audio_on"_qs].toBool();
    run.language = o[u"language"_qs].toString(QStringLiteral("en"));
    return run;
}

} // namespace

UsageWriter::UsageWriter(Queue *queue, const QString &connectionName, const Options &options)
    : m_queue(queue)
    , m_connection(connectionName)
    , m_options(options)
    , m_commitTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_retentionTimer(new QTimer(this))
{
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(m_options.commitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, &UsageWriter::commit);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(m_options.retryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_open)
            tryOpen();
        else
            commit();
    });
    m_retentionTimer->setInterval(m_options.retentionEveryMs);
    connect(m_retentionTimer, &QTimer::timeout, this, &UsageWriter::applyRetention);
}

QSqlDatabase UsageWriter::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void UsageWriter::open(const QString &path, int retentionDays, bool recordStart)
{
    m_path = path;
    m_retentionDays = std::max(1, retentionDays);
    m_recordStart = recordStart;
    setState(State::Opening);
    tryOpen();
}

void UsageWriter::tryOpen()
{
    const Database::Opened opened
        = Database::open(m_connection, m_path, Database::Purpose::Log, m_options.busyTimeoutMs);
    if (opened.status == Database::Status::Newer || opened.status == Database::Status::Foreign) {
        // Runs still wait in memory, and are spooled at close for a log that can take them.
        m_problem = u"Usage logging is off: " % opened.message;
        qCWarning(lcStorage).noquote() << m_problem;
        setState(State::Off);
        return;
    }
    if (opened.status != Database::Status::Ready && opened.status != Database::Status::Recovered) {
        pause(opened.trouble, opened.message);
        return;
    }
    m_open = true;
    m_fileId = fileId(m_path);
    if (!m_historyLoaded)
        loadHistory();
    takeSpool();
    if (opened.status == Database::Status::Recovered) {
        m_sessionNotes.append(opened.message);
        m_waitingEvents.append(eventNow(QStringLiteral("database_recovered")));
    }
    if (m_recordStart) {
        m_waitingEvents.prepend(eventNow(QStringLiteral("start")));
        m_recordStart = false;
    }
    if (m_state != State::Paused)
        setState(State::Logging);
    m_retentionTimer->start();
    // Retention is the first write: a file that cannot be written shows it now, not after a run.
    if (applyRetention())
        commit();
}

void UsageWriter::loadHistory()
{
    m_historyLoaded = true;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT day, hour, kind, detail, count FROM app_events "
                                 "WHERE day >= ? AND kind IN ('database_recovered', "
                                 "'logging_paused') ORDER BY day DESC, hour DESC"));
    query.addBindValue(QDate::currentDate().addDays(-historyDays).toString(Qt::ISODate));
    if (!query.exec())
        return;
    while (query.next()) {
        const QString when = query.value(0).toString() % u", "
            % QStringLiteral("%1:00").arg(query.value(1).toInt(), 2, 10, QChar(u'0')) % u": ";
        if (query.value(2).toString() == u"database_recovered")
            m_history.append(when
                             % u"the usage log was damaged; it was set aside and a new one "
                               u"was started.");
        else
            m_history.append(when % u"usage logging paused for a while because "
                             % troubleWords(query.value(3).toString()) % u"; "
                             % runs(query.value(4).toInt()) % u" waited.");
    }
}

void UsageWriter::schedule()
{
    if (m_state == State::Off) {
        commit(); // only takes the queue, within maxWaiting
        return;
    }
    if (m_open && m_state == State::Logging && !m_commitTimer->isActive())
        m_commitTimer->start();
}

void UsageWriter::commit()
{
    m_commitTimer->stop();
    QList<LoggedRun> queuedRuns;
    QList<Schema::AppEvent> queuedEvents;
    QList<Amendment> queuedAmendments;
    {
        // Only a swap under the lock: the UI thread never waits for a copy.
        QMutexLocker locker(&m_queue->mutex);
        queuedRuns.swap(m_queue->runs);
        queuedEvents.swap(m_queue->events);
        queuedAmendments.swap(m_queue->amendments);
    }
    m_waiting.append(std::move(queuedRuns));
    m_waitingEvents.append(std::move(queuedEvents));
    takeAmendments(std::move(queuedAmendments));
    if (const qsizetype excess = m_waiting.size() - m_options.maxWaiting; excess > 0) {
        m_waiting.remove(0, excess);
        m_dropped += excess;
    }
    if (m_state == State::Paused)
        m_pause.count = std::max(m_pause.count, int(m_waiting.size()));
    if (!m_open)
        return;
    if (!sameFileAsOpened()) {
        // Deleted or moved while Haven ran: SQLite would go on writing to the unlinked file and
        // every later run would be lost. A new log is started where the old one was.
        qCWarning(lcStorage).noquote() << m_path << "was deleted or moved; starting a new log";
        m_sessionNotes.append(QDir::toNativeSeparators(m_path)
                              % u" was deleted or moved while Haven ran; a new log was started "
                                u"in its place, and no run was lost.");
        Database::close(m_connection);
        m_open = false;
        m_rowids.clear(); // those rows are in the old file
        m_waitingAmendments.clear();
        tryOpen();
        return;
    }

    if (!m_waiting.isEmpty() || !m_waitingEvents.isEmpty() || !m_waitingAmendments.isEmpty()) {
        const QSqlError error = write();
        if (error.isValid()) {
            failed(error);
            return;
        }
        const int written = int(m_waiting.size());
        m_waiting.clear();
        m_waitingEvents.clear();
        m_waitingAmendments.clear();
        if (m_spoolTaken && QFile::remove(spoolPath()))
            m_spoolTaken = false;
        if (written > 0)
            Q_EMIT committed(written);
    }

    if (m_state == State::Paused) {
        QString note = u"Usage logging paused because " % troubleWords(m_pause.detail)
            % u", and has resumed";
        if (m_pause.count == 0)
            note += u'.';
        else if (m_dropped == 0)
            note += u": " % runs(m_pause.count) % u" waited, and were saved.";
        else
            note += u": " % runs(m_pause.count) % u" waited; " % runs(m_dropped)
                % u" of them could not be kept.";
        m_sessionNotes.append(note);
        m_waitingEvents.append(m_pause);
        m_problem.clear();
        m_dropped = 0;
        setState(State::Logging);
        commit();
    }
}

// A run still waiting takes its after check-in in memory and is written once, whole; a run on
// disk gets an UPDATE by the rowid remembered when it was written. A token that matches neither
// (a run too old, or one that was never logged) is dropped.
void UsageWriter::takeAmendments(QList<Amendment> amendments)
{
    for (Amendment &amendment : amendments) {
        const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(), [&](const auto &r) {
            return r.token == amendment.token;
        });
        if (waiting != m_waiting.end()) {
            waiting->zoneAfter = amendment.zoneAfter;
            waiting->distressAfter = amendment.distressAfter;
            continue;
        }
        const bool written = std::any_of(m_rowids.cbegin(), m_rowids.cend(),
                                         [&](const auto &r) { return r.first == amendment.token; });
        if (written)
            m_waitingAmendments.append(std::move(amendment));
        else
            qCDebug(lcStorage) << "an after check-in came for a run no longer held";
    }
}

QSqlError UsageWriter::write()
{
    QSqlDatabase database = db();
    QList<qint64> rowids;
    QSqlError error = Schema::exec(database, QStringLiteral("BEGIN IMMEDIATE"));
    step("begun");
    if (!error.isValid())
        error = Schema::insert(database, m_waiting, &rowids);
    for (const Amendment &amendment : std::as_const(m_waitingAmendments)) {
        if (error.isValid())
            break;
        for (const auto &[token, rowid] : std::as_const(m_rowids)) {
            if (token == amendment.token)
                error = Schema::setAfter(database, rowid, amendment.zoneAfter,
                                         amendment.distressAfter);
        }
    }
    if (!error.isValid())
        error = Schema::insert(database, m_waitingEvents);
    step("written");
    if (!error.isValid())
        error = Schema::exec(database, QStringLiteral("COMMIT"));
    if (error.isValid()) {
        Schema::exec(database, QStringLiteral("ROLLBACK"));
        return error;
    }
    step("committed");
    for (qsizetype i = 0; i < rowids.size(); ++i) {
        if (m_waiting[i].token != 0 && rowids[i] >= 0)
            m_rowids.append({m_waiting[i].token, rowids[i]});
    }
    if (const qsizetype excess = m_rowids.size() - rememberedRuns; excess > 0)
        m_rowids.remove(0, excess);
    if (!m_waiting.isEmpty() || !m_waitingAmendments.isEmpty())
        erasePageHistory();
    return error;
}

// Order leaks from the files in two ways, and a commit closes both. The WAL keeps each commit's
// page images in order until a checkpoint; and inside a page SQLite lays each new row below the
// last, so the bytes of a page list its rows by arrival whatever their random rowids. After a
// commit that added runs, VACUUM writes every table afresh in rowid (random) order, the WAL is
// checkpointed into the file and cut to nothing, and secure_delete (see Database) has zeroed
// what was freed. A year of a busy clinic is a few megabytes: tens of milliseconds, on this
// thread. A report holding a read open can delay the truncation to the next commit.
void UsageWriter::erasePageHistory()
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("VACUUM")))
        qCWarning(lcStorage).noquote() << "VACUUM failed:" << query.lastError().text();
    step("vacuumed");
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()
        || query.value(0).toInt() != 0)
        qCDebug(lcStorage) << "the WAL could not be truncated yet";
}

void UsageWriter::failed(const QSqlError &error)
{
    const Database::Trouble trouble = Database::troubleOf(error, m_path);
    if (trouble != Database::Trouble::Locked && trouble != Database::Trouble::DiskFull) {
        // SQLite keeps a file it could not write read-only for the connection's life; opening
        // again sees it writable once it is, and sets a damaged one aside.
        Database::close(m_connection);
        m_open = false;
    }
    pause(trouble, Database::describe(trouble, m_path) % u" (" % error.text().trimmed() % u')');
}

void UsageWriter::pause(Database::Trouble trouble, const QString &why)
{
    if (m_state != State::Paused) {
        m_pause = eventNow(QStringLiteral("logging_paused"));
        m_pause.detail = troubleName(trouble);
        qCWarning(lcStorage).noquote() << "usage logging paused:" << why;
    }
    QString problem = u"Usage logging is paused: " % why % u". Haven keeps working; ";
    const qsizetype waiting = m_waiting.size();
    problem += waiting == 0 ? QStringLiteral("runs will be saved once it can write again.")
                            : runs(waiting) % u" waiting will be saved once it can write again.";
    if (m_dropped > 0)
        problem += u' ' % runs(m_dropped) % u" could not be kept.";
    m_problem = problem;
    m_pause.count = std::max(m_pause.count, int(waiting));
    setState(State::Paused);
    m_retryTimer->start();
}

void UsageWriter::close()
{
    m_retryTimer->stop();
    m_retentionTimer->stop();
    commit(); // when the log is not open, this only takes what is queued
    if (!m_waiting.isEmpty())
        spool();
    Database::close(m_connection);
    m_open = false;
}

bool UsageWriter::sameFileAsOpened() const
{
    return fileId(m_path) == m_fileId;
}

// Runs that wait when Haven closes (the log read-only, locked, or refused) are kept in a small
// file beside it, readable by its owner alone, in no order, and written to the log at the next
// start that can. Only if that file cannot be written either are they lost, and staff are told.
void UsageWriter::spool()
{
    QList<LoggedRun> keep = m_waiting;
    // A spool from an earlier close that this start never took (the log never opened) is kept
    // too; one that was taken is in m_waiting already.
    if (QFile old(spoolPath()); !m_spoolTaken && old.open(QIODevice::ReadOnly)) {
        for (const QJsonValue &v : QJsonDocument::fromJson(old.readAll()).array())
            keep.append(fromJson(v.toObject()));
    }
    std::shuffle(keep.begin(), keep.end(), *QRandomGenerator::global());
    QJsonArray rows;
    for (const LoggedRun &run : std::as_const(keep))
        rows.append(toJson(run));
    QSaveFile file(spoolPath());
    const bool saved = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(rows).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
    if (saved)
        qCWarning(lcStorage).noquote()
            << runs(m_waiting.size()) << "could not be logged before Haven closed; kept in"
            << spoolPath() << "until the log can be written";
    else
        qCWarning(lcStorage).noquote()
            << runs(m_waiting.size()) << "could not be logged before Haven closed, and"
            << spoolPath() << "could not be written: they are lost";
}

void UsageWriter::takeSpool()
{
    QFile file(spoolPath());
    if (m_spoolTaken || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : rows)
        m_waiting.append(fromJson(v.toObject()));
    m_spoolTaken = true;
    if (!rows.isEmpty())
        m_sessionNotes.append(runs(rows.size())
                              % u" kept at the last close, when the log could not be written, "
                                u"were saved.");
}

bool UsageWriter::applyRetention()
{
    if (!m_open)
        return false;
    const QString firstKept = QDate::currentDate().addDays(-m_retentionDays).toString(Qt::ISODate);
    QSqlError error;
    {
        QSqlDatabase database = db(); // released before failed() may close the connection
        error = Schema::deleteBefore(database, firstKept);
    }
    if (error.isValid())
        failed(error);
    return !error.isValid();
}

void UsageWriter::setState(State state)
{
    m_state = state;
    QString status;
    switch (state) {
    case State::Opening:
        status = u"Opening the usage log at " % QDir::toNativeSeparators(m_path) % u'…';
        break;
    case State::Logging:
        status = u"Logging anonymously to " % QDir::toNativeSeparators(m_path) % u'.';
        break;
    case State::Paused:
    case State::Off:
        status = m_problem;
        break;
    }
    QStringList notices;
    if (!m_problem.isEmpty())
        notices.append(m_problem);
    notices += m_sessionNotes;
    notices += m_history;
    Q_EMIT stateChanged(state, status, notices);
}

void UsageWriter::report(int request, const ReportQuery &query)
{
    if (!m_open) {
        Q_EMIT reportReady(request, {},
                           m_problem.isEmpty() ? QStringLiteral("The usage log is not open.")
                                               : m_problem);
        return;
    }
    QSqlError error;
    const Report result = Reports::compute(db(), query, &error);
    Q_EMIT reportReady(request, result, error.isValid() ? error.text() : QString());
}

void UsageWriter::exportCsv(int request, const ReportQuery &query, const QString &file)
{
    if (!m_open) {
        Q_EMIT exported(request, file,
                        m_problem.isEmpty() ? QStringLiteral("The usage log is not open.")
                                            : m_problem);
        return;
    }
    QSqlError error;
    const Report result = Reports::compute(db(), query, &error);
    if (error.isValid()) {
        Q_EMIT exported(request, file, error.text());
        return;
    }
    QSaveFile out(file);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !out.open(QIODevice::WriteOnly)
        || out.write(result.toCsv().toUtf8()) < 0 || !out.commit()) {
        Q_EMIT exported(request, file,
                        QDir::toNativeSeparators(file) % u" could not be written: "
                            % out.errorString());
        return;
    }
    Q_EMIT exported(request, file, {});
}
