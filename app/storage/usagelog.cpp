#include "usagelog.h"

#include "logging.h"

#include <atomic>

UsageLog::UsageLog(QObject *parent)
    : QObject(parent)
    , m_status(tr("The usage log is not open."))
{
    m_thread.setObjectName(QStringLiteral("haven.usagelog"));
}

UsageLog::~UsageLog()
{
    close();
}

void UsageLog::open(const QString &path, int retentionDays, bool recordStart,
                    const Options &options)
{
    if (m_writer)
        return;
    static std::atomic_int instances = 0;
    m_state = State::Opening;
    Q_EMIT changed();
    m_writer
        = new UsageWriter(&m_queue, u"haven.usagelog." % QString::number(++instances), options);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &UsageWriter::stateChanged, this,
            [this](State state, const QString &status, const QStringList &notices) {
                m_state = state;
                m_status = status;
                m_notices = notices;
                Q_EMIT changed();
            });
    connect(m_writer, &UsageWriter::committed, this, &UsageLog::committed);
    connect(m_writer, &UsageWriter::reportReady, this, &UsageLog::reportReady);
    connect(m_writer, &UsageWriter::exported, this, &UsageLog::exported);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer, path, retentionDays, recordStart] {
            w->open(path, retentionDays, recordStart);
        },
        Qt::QueuedConnection);
}

void UsageLog::flush()
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &UsageWriter::commit, Qt::BlockingQueuedConnection);
}

void UsageLog::close()
{
    if (!m_writer)
        return;
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer] {
            w->close();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_writer = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void UsageLog::enqueue(const std::function<void(UsageWriter::Queue &)> &add)
{
    if (!m_writer)
        return;
    bool first = false;
    {
        QMutexLocker locker(&m_queue.mutex);
        first = m_queue.isEmpty();
        add(m_queue);
    }
    // Only the first of a batch wakes the writer; the rest ride along.
    if (first)
        QMetaObject::invokeMethod(m_writer, &UsageWriter::schedule, Qt::QueuedConnection);
}

quint64 UsageLog::record(const RunRecord &record)
{
    QString why;
    std::optional<LoggedRun> run = LoggedRun::from(record, &why);
    if (!run) {
        qCWarning(lcStorage).noquote() << "a run was not logged:" << why;
        return 0;
    }
    run->token = ++m_lastToken;
    enqueue([&run](UsageWriter::Queue &queue) { queue.runs.append(std::move(*run)); });
    return m_lastToken;
}

void UsageLog::amendAfter(quint64 token, const CheckIn &after)
{
    if (token == 0)
        return;
    enqueue([&](UsageWriter::Queue &queue) {
        queue.amendments.append({token, LoggedRun::zoneName(after), LoggedRun::distressOf(after)});
    });
}

void UsageLog::recordContentProblems(int files)
{
    const QDateTime now = QDateTime::currentDateTime();
    enqueue([&](UsageWriter::Queue &queue) {
        queue.events.append({now.date(),
                             now.time().hour(),
                             QStringLiteral("content_problems"),
                             {},
                             std::max(0, files)});
    });
}

int UsageLog::requestReport(const ReportQuery &query)
{
    const int request = ++m_nextRequest;
    if (!m_writer) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT reportReady(request, {}, m_status); },
            Qt::QueuedConnection);
        return request;
    }
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, request, query] { w->report(request, query); },
        Qt::QueuedConnection);
    return request;
}

int UsageLog::requestExport(const ReportQuery &query, const QString &file)
{
    const int request = ++m_nextRequest;
    if (!m_writer) {
        QMetaObject::invokeMethod(
            this, [this, request, file] { Q_EMIT exported(request, file, m_status); },
            Qt::QueuedConnection);
        return request;
    }
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, request, query, file] { w->exportCsv(request, query, file); },
        Qt::QueuedConnection);
    return request;
}
