#include "usagewriter.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimer>

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
    if (opened.status == Database::Status::Newer) {
        m_problem = u"Usage logging is off: " % opened.message;
        qCWarning(lcStorage).noquote() << m_problem;
        QMutexLocker locker(&m_queue->mutex);
        m_queue->runs.clear();
        m_queue->afters.clear();
        m_queue->events.clear();
        setState(State::Off);
        return;
    }
    if (opened.status != Database::Status::Ready && opened.status != Database::Status::Recovered) {
        pause(opened.trouble, opened.message);
        return;
    }
    m_open = true;
    if (!m_historyLoaded)
        loadHistory();
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
        QMutexLocker locker(&m_queue->mutex);
        m_queue->runs.clear();
        m_queue->afters.clear();
        m_queue->events.clear();
        return;
    }
    if (m_open && m_state == State::Logging && !m_commitTimer->isActive())
        m_commitTimer->start();
}

void UsageWriter::commit()
{
    m_commitTimer->stop();
    QList<LoggedRun> queuedRuns;
    QList<AfterCheckIn> queuedAfters;
    QList<Schema::AppEvent> queuedEvents;
    {
        // Only a swap under the lock: the UI thread never waits for a copy.
        QMutexLocker locker(&m_queue->mutex);
        queuedRuns.swap(m_queue->runs);
        queuedAfters.swap(m_queue->afters);
        queuedEvents.swap(m_queue->events);
    }
    m_waiting.append(std::move(queuedRuns));
    m_waitingAfters.append(std::move(queuedAfters));
    m_waitingEvents.append(std::move(queuedEvents));
    if (const qsizetype excess = m_waiting.size() - m_options.maxWaiting; excess > 0) {
        m_waiting.remove(0, excess);
        m_dropped += excess;
    }
    if (m_state == State::Paused)
        m_pause.count = std::max(m_pause.count, int(m_waiting.size()));
    if (!m_open)
        return;

    if (!m_waiting.isEmpty() || !m_waitingAfters.isEmpty() || !m_waitingEvents.isEmpty()) {
        const QSqlError error = write();
        if (error.isValid()) {
            failed(error);
            return;
        }
        const int written = int(m_waiting.size());
        m_waiting.clear();
        m_waitingAfters.clear();
        m_waitingEvents.clear();
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

QSqlError UsageWriter::write()
{
    // An after check-in for a run still waiting joins it; one for a run already written
    // updates its row.
    QList<AfterCheckIn> forRows;
    for (const AfterCheckIn &after : std::as_const(m_waitingAfters)) {
        const auto run = std::find_if(m_waiting.begin(), m_waiting.end(),
                                      [&](const LoggedRun &r) { return r.runId == after.runId; });
        if (run != m_waiting.end()) {
            run->zoneAfter = after.zone;
            run->distressAfter = after.distress;
        } else {
            forRows.append(after);
        }
    }
    QSqlDatabase database = db();
    QList<std::pair<quint64, qint64>> rowids;
    QSqlError error = Schema::exec(database, QStringLiteral("BEGIN IMMEDIATE"));
    if (!error.isValid())
        error = Schema::insert(database, m_waiting, &rowids);
    for (const AfterCheckIn &after : std::as_const(forRows)) {
        const auto row = std::find_if(m_rowids.cbegin(), m_rowids.cend(),
                                      [&](const auto &r) { return r.first == after.runId; });
        if (!error.isValid() && row != m_rowids.cend())
            error = Schema::setAfter(database, row->second, after);
    }
    if (!error.isValid())
        error = Schema::insert(database, m_waitingEvents);
    if (!error.isValid())
        error = Schema::exec(database, QStringLiteral("COMMIT"));
    if (error.isValid()) {
        Schema::exec(database, QStringLiteral("ROLLBACK"));
        return error;
    }
    // Only the latest run can still get its check-in; a few are kept for safety.
    constexpr qsizetype keptRowids = 8;
    m_rowids.append(rowids);
    if (m_rowids.size() > keptRowids)
        m_rowids.remove(0, m_rowids.size() - keptRowids);
    return error;
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
    if (m_open)
        commit();
    if (!m_waiting.isEmpty())
        qCWarning(lcStorage).noquote()
            << runs(m_waiting.size()) << "could not be logged before Haven closed";
    Database::close(m_connection);
    m_open = false;
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
