#pragma once

#include "qmlsingleton.h"
#include "runrecord.h"
#include "usagewriter.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>

// The anonymous usage log, as the rest of Haven sees it. Calls come from the UI thread and only
// queue: the writer (UsageWriter) opens, writes and reads the file on its own thread, so the UI
// never waits on SQLite. Staff see its state and notices; the client never does.
class UsageLog : public QObject, public QmlSingleton<UsageLog>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QStringList notices READ notices NOTIFY changed)

public:
    using State = UsageWriter::State;
    using Options = UsageWriter::Options;

    explicit UsageLog(QObject *parent); // no default: see QmlSingleton
    ~UsageLog() override;

    // Starts the writer's thread and opens path there; returns at once. recordStart adds a
    // "start" app event (not for --self-test).
    void open(const QString &path, int retentionDays, bool recordStart = true,
              const Options &options = {});
    // Waits until all that was queued is committed, or has failed and waits in memory.
    void flush();
    // Flushes, closes the file and stops the thread. At exit; the destructor does it too.
    void close();

    // An app event: how many exercise files had errors at start.
    void recordContentProblems(int files);

    State state() const { return m_state; }
    bool logging() const { return m_state == State::Logging; }
    QString status() const { return m_status; }
    QStringList notices() const { return m_notices; }

    // Report requests, answered on the writer's thread by reportReady and exported.
    int requestReport(const ReportQuery &query);
    int requestExport(const ReportQuery &query, const QString &file);

    // The after check-in of the run that record() returned token for: the same row gets it,
    // in memory if the writer has not written it yet, else by an UPDATE of the row it remembers
    // (the last rememberedRuns runs). The rowid never leaves the writer; the token is a count
    // kept in memory only. A token of 0 or one too old is ignored.
    void amendAfter(quint64 token, const CheckIn &after);

public Q_SLOTS:
    // One finished run. UI thread only; costs a coarse copy and a queue. Returns the token for
    // amendAfter, or 0 when the run cannot be logged.
    quint64 record(const RunRecord &record);

Q_SIGNALS:
    void changed();
    void committed(int runs);
    void reportReady(int request, const Report &report, const QString &error);
    void exported(int request, const QString &file, const QString &error);

private:
    void enqueue(const std::function<void(UsageWriter::Queue &)> &add);

    UsageWriter::Queue m_queue;
    QThread m_thread;
    UsageWriter *m_writer = nullptr;
    State m_state = State::Off;
    QString m_status;
    QStringList m_notices;
    int m_nextRequest = 0;
    quint64 m_lastToken = 0;
};
