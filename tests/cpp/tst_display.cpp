#include "havenfixture.h"
#include "preferences.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

// How Haven looks and starts for the person in front of it: the clinic's settings, then the
// desktop's, then the person's own, each where it says something; kept on a device of one's
// own and forgotten with a kiosk's visitor.
class TestDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachLayerSpeaksWhereItSaysSomething()
    {
        QTemporaryDir folder;
        AppConfig config(nullptr);
        config.setTextScale(1.25);
        config.setHighContrast(true);
        DisplaySettings::Layer desktop;
        desktop.textScale = 1.5;
        desktop.reducedMotion = true;
        Preferences remembered(folder.filePath(QStringLiteral("preferences.json")), nullptr);
        DisplaySettings display(&config, desktop, &remembered, nullptr);

        QCOMPARE(display.textScale(), 1.5); // the desktop over the clinic
        QVERIFY(display.reducedMotion());
        QVERIFY(display.highContrast()); // the desktop is silent: the clinic's
        QCOMPARE(display.sound(), config.audio());
        QVERIFY(display.followsDesktop());
        QVERIFY(!display.isChosen());

        QSignalSpy changed(&display, &DisplaySettings::changed);
        display.setTextScale(2);
        display.setReducedMotion(false);
        display.setSound(false);
        QCOMPARE(display.textScale(), 2.0); // the person over both
        QVERIFY(!display.reducedMotion());
        QVERIFY(!display.sound());
        QVERIFY(display.isChosen());
        QCOMPARE(changed.count(), 3);

        display.setTextScale(9); // beyond the range: its largest
        QCOMPARE(display.textScale(), AppConfig::maxTextScale);
        display.setHighContrast(true); // what it shows anyway: no choice to undo
        QVERIFY(!remembered.display().contains(QStringLiteral("highContrast")));

        display.forget();
        QCOMPARE(display.textScale(), 1.5);
        QVERIFY(display.reducedMotion());
        QVERIFY(!display.isChosen());
        QVERIFY(remembered.display().isEmpty());

        config.setTextScale(1.75); // the clinic's change shows where nothing is above it
        display.setTextScale(1.5); // the desktop's own: no choice
        QVERIFY(!display.isChosen());
        QSignalSpy clinic(&display, &DisplaySettings::changed);
        config.setHighContrast(false);
        QCOMPARE(clinic.count(), 1);
        QVERIFY(!display.highContrast());
    }

    void aChoiceIsKeptAcrossRestarts_data()
    {
        QTest::addColumn<AppConfig::Mode>("mode");
        QTest::addColumn<bool>("kept");
        QTest::newRow("home") << AppConfig::Mode::Home << true;
        QTest::newRow("session") << AppConfig::Mode::Session << true;
        QTest::newRow("kiosk") << AppConfig::Mode::Kiosk << false;
    }

    void aChoiceIsKeptAcrossRestarts()
    {
        QFETCH(AppConfig::Mode, mode);
        QFETCH(bool, kept);
        QTemporaryDir folder;
        const auto start = [&] {
            HavenApp::Options options = HavenFixture::options();
            options.stateFolder = folder.path();
            CommandLine cli;
            cli.configFile = folder.filePath(QStringLiteral("haven.conf"));
            cli.overrides.mode = mode;
            cli.overrides.databaseFile = folder.filePath(QStringLiteral("haven.db"));
            auto app = std::make_unique<HavenApp>(cli, options);
            if (!app->setUp())
                qFatal("Haven could not be set up");
            return app;
        };
        {
            const auto app = start();
            app->display().setTextScale(1.75);
            app->display().setHighContrast(true);
            app->display().setSound(false);
        }
        const auto app = start();
        QCOMPARE(app->display().textScale(), kept ? 1.75 : 1.0);
        QCOMPARE(app->display().highContrast(), kept);
        QCOMPARE(app->display().sound(), !kept);
        QCOMPARE(QFile::exists(folder.filePath(QStringLiteral("preferences.json"))), kept);
    }

    // A kiosk's visitor chose large text and silence; the next visitor finds the clinic's.
    void aKioskForgetsItsVisitorsChoice()
    {
        HavenFixture haven(AppConfig::Mode::Kiosk);
        DisplaySettings &display = haven.app->display();
        haven.flow().start();
        haven.flow().begin();
        display.setTextScale(2);
        display.setReducedMotion(true);
        display.setSound(false);
        RunRecord logged;
        connect(&haven.flow(), &VisitFlow::runEnded, this,
                [&logged](const RunRecord &run) { logged = run; });
        haven.flow().startExercise(QStringLiteral("box-breathing"));
        haven.flow().idleReset();
        QCOMPARE(logged.textScale, 2.0); // the run tells how it was shown
        QVERIFY(logged.reducedMotion);
        QCOMPARE(display.textScale(), 1.0);
        QVERIFY(!display.reducedMotion());
        QVERIFY(display.sound());
        QVERIFY(!display.isChosen());
    }

    // GNOME's own settings, read through gsettings as the desktop keeps them.
    void theDesktopIsFollowedWhereItSays()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty())
            QSKIP("gsettings is not installed");
        QTemporaryDir home;
        qputenv("GSETTINGS_BACKEND", "keyfile");
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        const auto cleanup = qScopeGuard([] {
            qputenv("GSETTINGS_BACKEND", "memory");
            qunsetenv("XDG_CONFIG_HOME");
        });
        QVERIFY(DisplaySettings::readDesktop().isEmpty()); // every key at its default
        const auto set = [](const char *schema, const char *key, const char *value) {
            QCOMPARE(QProcess::execute(QStringLiteral("gsettings"),
                                       {QStringLiteral("set"), QLatin1StringView(schema),
                                        QLatin1StringView(key), QLatin1StringView(value)}),
                     0);
        };
        set("org.gnome.desktop.interface", "text-scaling-factor", "1.5");
        set("org.gnome.desktop.interface", "enable-animations", "false");
        set("org.gnome.desktop.a11y.interface", "high-contrast", "true");
        const DisplaySettings::Layer desktop = DisplaySettings::readDesktop();
        QCOMPARE(desktop.textScale, 1.5);
        QCOMPARE(desktop.reducedMotion, true);
        QCOMPARE(desktop.highContrast, true);
        QVERIFY(!desktop.sound);
        set("org.gnome.desktop.interface", "text-scaling-factor", "3.0"); // beyond Haven's range
        QCOMPARE(DisplaySettings::readDesktop().textScale, AppConfig::maxTextScale);
    }
};

QTEST_MAIN(TestDisplay)
#include "tst_display.moc"
