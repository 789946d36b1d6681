#include "flowtesting.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// One Haven per user, with real processes: a second `haven --exercise ID` hands its request to
// the window already open and exits; a socket left by a crash does not stop the next start.
class TestHandOver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        // Its own runtime folder, so no other test's Haven is found there.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        return env;
    }

    QString socket() const { return m_dir.filePath(QStringLiteral("run/haven.socket")); }

    // A Haven answers there (a file left by a crash does not).
    bool listening() const
    {
        QLocalSocket probe;
        probe.connectToServer(socket());
        return probe.waitForConnected(1000);
    }

    // A Haven left running, as a person would have it open; ready once it listens.
    std::unique_ptr<QProcess> startFirst(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(
            QStringLiteral(HAVEN_EXECUTABLE),
            arguments
                + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("haven.db"))});
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listening(), 30000); }();
        return process;
    }

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run second(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(HAVEN_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("the second Haven did not exit")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // As systemd stops it: SIGTERM, and Haven exits cleanly.
    static void stop(QProcess &process)
    {
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner));
    }

    void secondStartOpensTheExerciseInTheFirst()
    {
        auto first = startFirst({QStringLiteral("--mode"), QStringLiteral("session")});
        const Run r = second({QStringLiteral("--exercise"), QStringLiteral("box-breathing"),
                              QStringLiteral("--minutes"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"haven: opened \"Box breathing\" in the Haven already running\n"_qs);
        QCOMPARE(first->state(), QProcess::Running); // still the one window

        // With nothing to open, the running window only comes to the front.
        const Run plain = second({});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(plain.out, u"haven: Haven is already running\n"_qs);
        stop(*first);
        QVERIFY(!QFileInfo::exists(socket())); // a Haven that exits cleanly leaves nothing
    }

    // Each run Haven started is in the log once, whatever ends it. Mid-exercise a hand-over only
    // asks (the window says "Switch to …?", and the second process says so); a newer one
    // replaces the question; SIGTERM ends the run that was never replaced. On a screen between
    // exercises the next hand-over opens at once, and its run is in the log as well.
    void everyRunEndsInTheLog_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("home") << u"home"_qs;
        QTest::newRow("session") << u"session"_qs;
    }

    void everyRunEndsInTheLog()
    {
        QFETCH(QString, mode);
        const QString db = m_dir.filePath(QStringLiteral("haven.db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1StringView(suffix));
        auto first = startFirst({QStringLiteral("--mode"), mode, QStringLiteral("--exercise"),
                                 QStringLiteral("box-breathing")});
        for (const char *id : {"feet-on-the-floor", "orienting"}) {
            const Run r = second({QStringLiteral("--exercise"), QLatin1StringView(id)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.startsWith(u"haven: asked the Haven already running to switch to"),
                     qPrintable(r.out));
        }
        stop(*first);
        QCOMPARE(loggedRows(db), (QStringList{u"box-breathing quit - - - - "_qs % mode}));
    }

    void aCrashLeavesNothingInTheWay()
    {
        auto crashed = startFirst({});
        crashed->kill(); // SIGKILL: the socket file stays behind
        crashed->waitForFinished();
        QVERIFY(QFileInfo::exists(socket()));
        QVERIFY(!listening());
        auto next = startFirst({}); // becomes the one, over the stale file
        const Run r = second({QStringLiteral("--exercise"), QStringLiteral("orienting")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"in the Haven already running"), qPrintable(r.out));
        stop(*next);
    }

    void aKioskOpensNothingFromOutside()
    {
        auto kiosk = startFirst({QStringLiteral("--mode"), QStringLiteral("kiosk")});
        const Run r = second({QStringLiteral("--exercise"), QStringLiteral("box-breathing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"running as a kiosk"), qPrintable(r.err));
        QCOMPARE(kiosk->state(), QProcess::Running);
        stop(*kiosk);
    }
};

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"
