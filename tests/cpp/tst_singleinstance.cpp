#include "singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// The hand-over socket against what a tester did to it: a thousand idle connections, and a
// listener that stops because accept() ran out of file descriptors. Each time a later start must
// still hand over instead of opening a second Haven.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A raw connection that never says anything, as a stray or hostile program would hold.
    // Non-blocking: when the listen queue is full it waits for the listener, here, to drain it.
    static int idleConnection(const QString &path)
    {
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        qstrncpy(address.sun_path, name.constData(), sizeof address.sun_path);
        for (int attempt = 0; attempt < 500; ++attempt) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (fd < 0)
                return -1;
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
                return fd;
            const int error = errno;
            ::close(fd);
            if (error != EAGAIN)
                return -1;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return -1;
    }

    // A later start, on a thread of its own: its blocking hand-over must not stall the
    // listener's event loop, which runs here.
    static SingleInstance::Role later(const QString &path, QString *reply)
    {
        auto claimed = std::async(std::launch::async, [path, reply] {
            SingleInstance second(path);
            const SingleInstance::Role role = second.claim({QStringLiteral("orienting"), 3}, 5000);
            *reply = second.reply();
            return role;
        });
        while (claimed.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        return claimed.get();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idleConnectionsAreClosedAndCapped()
    {
        const QString path = m_dir.filePath(QStringLiteral("idle.socket"));
        SingleInstance first(path);
        first.setIdleMs(300);
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QList<SingleInstance::Request> received;
        first.setHandler([&](const SingleInstance::Request &r) {
            received.append(r);
            return SingleInstance::Answer{true, QStringLiteral("opened")};
        });
        // A thousand and more, in waves, as the tester's loop made them.
        int opened = 0;
        for (int wave = 0; wave < 11; ++wave) {
            QList<int> fds;
            for (int i = 0; i < 100; ++i) {
                const int fd = idleConnection(path);
                QVERIFY2(fd >= 0, "the listener refused a connection");
                fds.append(fd);
                ++opened;
            }
            QTRY_VERIFY(first.connections() > 0);
            QVERIFY(first.connections() <= SingleInstance::maxConnections);
            for (const int fd : std::as_const(fds))
                ::close(fd);
        }
        QCOMPARE(opened, 1100);
        // Idle ones that stay open are closed by the server after the idle time.
        const int stuck = idleConnection(path);
        QTRY_COMPARE(first.connections(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(first.connections(), 0, 2000);
        ::close(stuck);

        QString reply;
        QCOMPARE(later(path, &reply), SingleInstance::Role::HandedOver);
        QCOMPARE(reply, QStringLiteral("opened"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().exerciseId, QStringLiteral("orienting"));
    }

    void listenerComesBackAfterAcceptFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("fds.socket"));
        SingleInstance first(path);
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        first.setHandler([](const SingleInstance::Request &) {
            return SingleInstance::Answer{true, QStringLiteral("opened")};
        });
        // Out of file descriptors: the connect still queues at the socket, accept() fails, and
        // Qt closes the listener.
        rlimit saved = {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
        QList<int> fds;
        const int probe = ::dup(0);
        ::close(probe);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(probe + 1); // room for one client, none for its accept
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &tight) == 0);
        const int fd = idleConnection(path);
        QVERIFY(fd >= 0);
        fds.append(fd);
        QTRY_VERIFY(!first.listening()); // accept() failed, and Qt closed the listener
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &saved) == 0);
        for (const int fd : std::as_const(fds))
            ::close(fd);
        QTRY_VERIFY_WITH_TIMEOUT(first.listening(), 3 * SingleInstance::watchMs);
        QString reply;
        QCOMPARE(later(path, &reply), SingleInstance::Role::HandedOver);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
