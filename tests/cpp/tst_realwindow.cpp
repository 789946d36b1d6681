#include "flowtesting.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
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

    // An X server of that size on a free display, which it names on its standard output.
    static QString startX(QProcess &x, QSize size)
    {
        x.start(QStringLiteral("Xvfb"),
                {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                 QStringLiteral("0"),
                 QString::number(size.width()) % u'x' % QString::number(size.height()) % u"x24",
                 QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!x.waitForStarted())
            return {};
        while (!x.canReadLine() && x.waitForReadyRead(20000)) { }
        if (!x.canReadLine())
            return {};
        return u':' % QString::fromLatin1(x.readLine()).trimmed();
    }

    QProcessEnvironment environment(const QString &display = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display.isEmpty() ? m_display : display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        return env;
    }

    QString xdotool(const QStringList &arguments, const QString &display = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(display));
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
        // Taller than the window, which opens at 1280×800 below a title bar's room.
        m_display = startX(m_x, {1280, 1024});
        QVERIFY(!m_display.isEmpty());
    }

    void cleanupTestCase()
    {
        m_x.terminate();
        m_x.waitForFinished();
    }

    // A cheap kiosk tablet, a small laptop, phones and a large screen: the window opens within
    // the screen, whole, however small it is.
    void theWindowOpensWithinTheScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        for (const QSize size : {QSize(1024, 600), QSize(1366, 768), QSize(480, 800),
                                 QSize(800, 1280), QSize(1920, 1080)})
            QTest::newRow(
                qPrintable(QString::number(size.width()) % u'x' % QString::number(size.height())))
                << size;
    }

    void theWindowOpensWithinTheScreen()
    {
        QFETCH(QSize, screen);
        QProcess x;
        const QString display = startX(x, screen);
        QVERIFY(!display.isEmpty());
        const auto stopX = qScopeGuard([&x] {
            x.terminate();
            x.waitForFinished();
        });
        QProcess haven;
        haven.setProcessEnvironment(environment(display));
        haven.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        haven.start(QStringLiteral(HAVEN_EXECUTABLE),
                    {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("fits.db"))});
        QVERIFY(haven.waitForStarted());
        const QString window = xdotool({QStringLiteral("search"), QStringLiteral("--sync"),
                                        QStringLiteral("--name"), QStringLiteral("Haven$")},
                                       display);
        QVERIFY2(!window.isEmpty(), "no Haven window appeared");
        QTest::qWait(500);
        // WIDTH=…, HEIGHT=…, X=…, Y=… as xdotool prints them.
        QMap<QString, int> geometry;
        const QStringList lines
            = xdotool({QStringLiteral("getwindowgeometry"), QStringLiteral("--shell"), window},
                      display)
                  .split(u'\n');
        for (const QString &line : lines)
            geometry.insert(line.section(u'=', 0, 0), line.section(u'=', 1).toInt());
        const QRect opened(geometry.value(QStringLiteral("X")), geometry.value(QStringLiteral("Y")),
                           geometry.value(QStringLiteral("WIDTH")),
                           geometry.value(QStringLiteral("HEIGHT")));
        qInfo().noquote() << "a" << screen << "screen: the window opens at" << opened;
        QVERIFY(opened.width() > 0 && opened.height() > 0);
        QVERIFY2(QRect(QPoint(0, 0), screen).contains(opened), "the window lies beyond the screen");
        haven.terminate();
        QVERIFY(haven.waitForFinished(10000));
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
                                        QStringLiteral("--name"), QStringLiteral("Haven$")});
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
