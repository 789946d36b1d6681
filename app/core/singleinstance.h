#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QTimer;

// One Haven per user. The first to start listens on a local socket in the user's runtime
// folder; a later `haven --exercise ID` hands its request to that one and exits, so a therapist's
// command lands in the window that is already open instead of opening a second one.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // What a later start asks for: an exercise to open (and for how long), or, with no
    // exercise, only that the running window come to the front.
    struct Request
    {
        QString exerciseId;
        int minutes = 0; // 0: the exercise's own length
    };

    enum class Role {
        Primary, // this is the one instance, now listening
        HandedOver, // another instance took the request; reply() says what it did
        Refused, // another instance is running and declined; reply() says why
        Failed, // neither listening nor handed over; error() says why
    };

    // How the running instance answered: what it did, or why it would not (a kiosk opens
    // nothing from outside, say).
    struct Answer
    {
        bool ok = true;
        QString message;
    };
    using Handler = std::function<Answer(const Request &request)>;

    static constexpr int defaultTimeoutMs = 10000;
    static constexpr qsizetype maxRequestBytes = 4096;
    // A connection that sends no request this long is closed, and no more than this many are
    // held at once (the oldest goes), so idle connections can never use up the file
    // descriptors; a listener that stopped (Qt closes it when accept fails) listens again.
    static constexpr int defaultIdleMs = 3000;
    static constexpr int maxConnections = 16;
    static constexpr int watchMs = 1000;

    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // haven.socket in the user's runtime folder (XDG_RUNTIME_DIR), which only they can enter.
    static QString defaultSocketPath();

    // Hands request to a running instance, or, when none answers, becomes the one: a socket file
    // left by one that crashed is removed first. A lock file beside the socket makes this one
    // step, so two Havens started at the same moment cannot both become the one.
    Role claim(const Request &request, int timeoutMs = defaultTimeoutMs);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QString socketPath() const { return m_path; }
    bool listening() const;
    int connections() const { return int(m_sockets.size()); }
    void setIdleMs(int ms) { m_idleMs = ms; }
    QString reply() const { return m_reply; }
    QString error() const { return m_error; }

private:
    std::optional<Role> handOver(const Request &request, int timeoutMs);
    bool listen();
    void watch(); // listens again if the listener stopped
    void serve(QLocalSocket *socket);
    void drop(QLocalSocket *socket);
    void answer(QLocalSocket *socket, const QByteArray &line);

    QString m_path;
    QLocalServer *m_server = nullptr;
    Handler m_handler;
    QString m_reply;
    QString m_error;
    QList<QLocalSocket *> m_sockets; // oldest first
    int m_idleMs = defaultIdleMs;
    QTimer *m_watch = nullptr;
};
