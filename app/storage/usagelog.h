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

public Q_SLOTS:
    // One finished run. UI thread only; costs a coarse copy and a queue.
    void record(const RunRecord &record);
    // The check-in after a run that record() already received (same id): added to its row.
    void addAfterCheckIn(const RunRecord &record);

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
};
