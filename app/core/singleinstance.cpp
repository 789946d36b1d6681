#include "singleinstance.h"

#include "logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace {

const QString keyExercise = QStringLiteral("exercise");
const QString keyMinutes = QStringLiteral("minutes");
const QString keyOk = QStringLiteral("ok");
const QString keyMessage = QStringLiteral("message");

// One JSON object on one line, each way.
QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(socketPath).absoluteFilePath())
{ }

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file, so the next start finds nothing stale
}

QString SingleInstance::defaultSocketPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        + QStringLiteral("/haven.socket");
}

bool SingleInstance::listening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::claim(const Request &request, int timeoutMs)
{
    m_reply.clear();
    m_error.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Held from the attempt to connect until listening: the next Haven either finds this one
    // listening or waits its turn. A lock left by a process that died is taken over.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs)) {
        m_error = u"could not lock " % lock.fileName() % u" within "
            % QString::number(timeoutMs / 1000) % u" s";
        return Role::Failed;
    }
    if (const auto role = handOver(request, timeoutMs))
        return *role;
    return listen() ? Role::Primary : Role::Failed;
}

std::optional<SingleInstance::Role> SingleInstance::handOver(const Request &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_path);
    // No file, or a file nobody listens on (left by a crash): there is no other Haven.
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return std::nullopt;

    socket.write(line({{keyExercise, request.exerciseId}, {keyMinutes, request.minutes}}));
    // The running Haven answers from its event loop, which may still be loading its window.
    while (!socket.canReadLine()) {
        if (socket.state() != QLocalSocket::ConnectedState
            || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("another Haven is running but did not answer");
            return Role::Failed;
        }
    }
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine()).object();
    m_reply = answer.value(keyMessage).toString();
    return answer.value(keyOk).toBool() ? Role::HandedOver : Role::Refused;
}

bool SingleInstance::listen()
{
    m_sockets.clear(); // children of the old listener, which goes with them
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(maxConnections);
    bool listening = m_server->listen(m_path);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it (handOver tried, or it is our own listener that stopped), so
        // the file is stale.
        qCInfo(lcApp).noquote() << "removing the stale socket" << m_path;
        QLocalServer::removeServer(m_path);
        listening = m_server->listen(m_path);
    }
    if (!listening) {
        m_error = u"could not listen on " % m_path % u": " % m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    if (!m_watch) {
        m_watch = new QTimer(this);
        m_watch->setInterval(watchMs);
        connect(m_watch, &QTimer::timeout, this, &SingleInstance::watch);
        m_watch->start();
    }
    return true;
}

void SingleInstance::watch()
{
    if (listening())
        return;
    qCWarning(lcApp).noquote() << "the hand-over socket" << m_path
                               << "stopped listening; listening again";
    if (!listen())
        qCWarning(lcApp).noquote() << m_error;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    if (m_sockets.size() >= maxConnections)
        drop(m_sockets.first());
    m_sockets.append(socket);
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] { drop(socket); });
    // Closed when idle, and after an answer the peer never reads.
    QTimer::singleShot(m_idleMs, socket, [this, socket] { drop(socket); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->canReadLine())
            answer(socket, socket->readLine(maxRequestBytes));
        else if (socket->bytesAvailable() > maxRequestBytes)
            answer(socket, socket->readAll()); // no Haven sends so much: refused below
    });
}

void SingleInstance::drop(QLocalSocket *socket)
{
    if (!m_sockets.removeOne(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SingleInstance::answer(QLocalSocket *socket, const QByteArray &request)
{
    // Only one request per connection: whatever else arrives is not read.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.trimmed(), &parseError);
    const QJsonObject object = document.object();
    const QJsonValue exercise = object.value(keyExercise);
    const QJsonValue minutes = object.value(keyMinutes);
    Answer result;
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !exercise.isString()
        || !minutes.isDouble() || minutes.toDouble() < 0 || minutes.toDouble() != minutes.toInt()) {
        result = {false, QStringLiteral("not a request Haven understands")};
        qCWarning(lcApp) << "ignored a request on" << m_path << "that was not Haven's";
    } else if (m_handler) {
        result = m_handler({exercise.toString(), minutes.toInt()});
    }
    socket->write(line({{keyOk, result.ok}, {keyMessage, result.message}}));
    socket->disconnectFromServer(); // after what was written has gone
}
