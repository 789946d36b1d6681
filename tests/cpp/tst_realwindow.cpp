#include "flowtesting.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Haven in a real X window (Xvfb), tapped with xdotool the way a finger would: a run the person
// ended is on disk before the check-in after it, whatever happens to Haven next.
class TestRealWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_x;
    QString m_display;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        return env;
    }

    QString xdotool(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral("xdotool"), arguments);
        process.waitForFinished(20000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // What the screen shows, as a PNG to look at.
    void screenshot(const QString &name) const
    {
        QVERIFY(QDir().mkpath(QStringLiteral(HAVEN_SCREENSHOT_DIR)));
        QProcess grab;
        grab.start(QStringLiteral("ffmpeg"),
                   {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                    QStringLiteral("-f"), QStringLiteral("x11grab"), QStringLiteral("-video_size"),
                    QStringLiteral("1280x800"), QStringLiteral("-i"), m_display,
                    QStringLiteral("-frames:v"), QStringLiteral("1"),
                    QStringLiteral(HAVEN_SCREENSHOT_DIR "/") % name % u".png"});
        QVERIFY(grab.waitForFinished(20000));
        QCOMPARE(grab.exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("needs Xvfb and xdotool (tools/dev installs them)");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        // Xvfb picks a free display and names it on its standard output.
        m_x.start(QStringLiteral("Xvfb"),
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")});
        QVERIFY(m_x.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_x.canReadLine(), 20000);
        m_display = u':' % QString::fromLatin1(m_x.readLine()).trimmed();
    }

    void cleanupTestCase()
    {
        m_x.terminate();
        m_x.waitForFinished();
    }

    // End tapped, then Haven is stopped on "How are you now?" (systemd, a logout) or loses its
    // display altogether: the run was written when it ended, and is there once.
    void anEndedRunSurvivesWhatComesNext_data()
    {
        QTest::addColumn<bool>("sigterm");
        QTest::newRow("SIGTERM on the check-out") << true;
        QTest::newRow("the display goes on the check-out") << false;
    }

    void anEndedRunSurvivesWhatComesNext()
    {
        QFETCH(bool, sigterm);
        const QString db = m_dir.filePath(QStringLiteral("haven.db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1StringView(suffix));
        QProcess haven;
        haven.setProcessEnvironment(environment());
        haven.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        haven.start(QStringLiteral(HAVEN_EXECUTABLE),
                    {QStringLiteral("--exercise"), QStringLiteral("feet-on-the-floor"),
                     QStringLiteral("--db"), db});
        QVERIFY(haven.waitForStarted());
        const QString window = xdotool({QStringLiteral("search"), QStringLiteral("--sync"),
                                        QStringLiteral("--name"), QStringLiteral("^Haven$")});
        QVERIFY2(!window.isEmpty(), "no Haven window appeared");
        QTest::qWait(1500); // the first frames
        screenshot(QStringLiteral("realwindow-exercise"));
        // End, where the exercise screen has it at 1280×800 (see exercise-1280x800.png).
        xdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), window,
                 QStringLiteral("931"), QStringLiteral("748"), QStringLiteral("click"),
                 QStringLiteral("1")});
        QTest::qWait(1500); // a run is on disk within a second of ending
        screenshot(QStringLiteral("realwindow-checkout"));
        QCOMPARE(loggedRows(db), QStringList{u"feet-on-the-floor stopped - - - - home"_qs});

        if (sigterm) {
            haven.terminate();
            QVERIFY(haven.waitForFinished(10000));
            QCOMPARE(haven.exitCode(), 0);
        } else {
            xdotool({QStringLiteral("windowkill"), window}); // the X connection is cut
            QVERIFY(haven.waitForFinished(10000));
        }
        QCOMPARE(loggedRows(db), QStringList{u"feet-on-the-floor stopped - - - - home"_qs});
    }
};

QTEST_GUILESS_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
