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

    // The after check-in of a run recorded earlier, found by the run's token.
    struct Amendment
    {
        quint64 token = 0;
        QString zoneAfter;
        std::optional<int> distressAfter;
    };

    // Filled by the UI thread, emptied by the writer; held only to swap lists.
    struct Queue
    {
        QMutex mutex;
        QList<LoggedRun> runs;
        QList<Schema::AppEvent> events;
        QList<Amendment> amendments;
        bool isEmpty() const { return runs.isEmpty() && events.isEmpty() && amendments.isEmpty(); }
    };

    // How many recent runs' rowids the writer remembers for an after check-in, in memory only.
    static constexpr int rememberedRuns = 64;

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

public:
    // The crash test stops the process at each step of a commit (begun, written, committed,
    // vacuumed) to prove no kill loses a committed run; Haven itself sets none.
    using StepHook = void (*)(const char *name);
    static inline StepHook s_step = nullptr;

private:
    static void step(const char *name)
    {
        if (s_step)
            s_step(name);
    }

    void tryOpen();
    void pause(Database::Trouble trouble, const QString &why);
    void takeAmendments(QList<Amendment> amendments);
    QSqlError write(); // all that waits, in one transaction
    void erasePageHistory();
    bool sameFileAsOpened() const;
    void spool(); // at close: what could not be written goes to a file beside the log
    void takeSpool(); // at open: and comes back
    QString spoolPath() const { return m_path + QStringLiteral(".spool"); }
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
    QList<Schema::AppEvent> m_waitingEvents;
    QList<Amendment> m_waitingAmendments; // for runs already on disk
    QList<std::pair<quint64, qint64>> m_rowids; // token → rowid of the last runs written
    Schema::AppEvent m_pause; // when and why logging paused; its count is the runs that waited
    qint64 m_dropped = 0;
    QString m_problem; // why logging is paused or off, for staff
    QStringList m_sessionNotes; // what happened since this start
    QStringList m_history; // what happened before it, from app_events
    bool m_historyLoaded = false;
    std::pair<quint64, quint64> m_fileId; // device and inode of the file opened
    bool m_spoolTaken = false; // the spool's runs wait in m_waiting; delete it once written
};
