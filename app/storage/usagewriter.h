#pragma once

#include "database.h"
#include "reports.h"
#include "schema.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

class QTimer;

// The usage log's own thread: the only one that writes. It takes what the UI thread queued and
// commits it in batches, pauses when the file cannot be written and tries again, keeps the
// retention, and answers report requests with the same connection.
class UsageWriter : public QObject
{
    Q_OBJECT

public:
    enum class State { Off, Opening, Logging, Paused };
    Q_ENUM(State)

    struct Options
    {
        int commitDelayMs
            = 500; // a run is on disk at most this long (plus the commit) after it ends
        int retryMs = 30000; // how often a paused log tries again
        int busyTimeoutMs = Database::busyTimeoutMs;
        int maxWaiting = 10000; // runs kept in memory while paused; the oldest go first
        int retentionEveryMs = 24 * 60 * 60 * 1000;
    };

    // Filled by the UI thread, emptied by the writer; held only to swap lists.
    struct Queue
    {
        QMutex mutex;
        QList<LoggedRun> runs;
        QList<AfterCheckIn> afters;
        QList<Schema::AppEvent> events;

        bool isEmpty() const { return runs.isEmpty() && afters.isEmpty() && events.isEmpty(); }
    };

    UsageWriter(Queue *queue, const QString &connectionName, const Options &options);

    // Everything below runs on the writer's thread (queued from UsageLog).
    void open(const QString &path, int retentionDays, bool recordStart);
    void schedule(); // something was queued
    void commit();
    void close(); // commits what is queued and closes the connection
    bool applyRetention();
    void report(int request, const ReportQuery &query);
    void exportCsv(int request, const ReportQuery &query, const QString &file);

Q_SIGNALS:
    void stateChanged(UsageWriter::State state, const QString &status, const QStringList &notices);
    void committed(int runs);
    void reportReady(int request, const Report &report, const QString &error);
    void exported(int request, const QString &file, const QString &error);

private:
    void tryOpen();
    void pause(Database::Trouble trouble, const QString &why);
    QSqlError write(); // all that waits, in one transaction
    void failed(const QSqlError &error);
    void setState(State state);
    void loadHistory();
    QSqlDatabase db() const;

    Queue *m_queue;
    QString m_connection;
    Options m_options;
    QString m_path;
    int m_retentionDays = 365;
    bool m_open = false;
    bool m_recordStart = false;
    State m_state = State::Off;
    QTimer *m_commitTimer;
    QTimer *m_retryTimer;
    QTimer *m_retentionTimer;
    QList<LoggedRun> m_waiting; // taken from the queue, not yet written
    QList<AfterCheckIn> m_waitingAfters;
    QList<Schema::AppEvent> m_waitingEvents;
    // The rowids of this session's latest runs, for their after check-ins; never stored.
    QList<std::pair<quint64, qint64>> m_rowids;
    Schema::AppEvent m_pause; // when and why logging paused; its count is the runs that waited
    qint64 m_dropped = 0;
    QString m_problem; // why logging is paused or off, for staff
    QStringList m_sessionNotes; // what happened since this start
    QStringList m_history; // what happened before it, from app_events
    bool m_historyLoaded = false;
};
