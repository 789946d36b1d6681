#include "commandline.h"

#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(const QStringList &arguments)
    {
        return CommandLine::parse(QStringList{QStringLiteral("haven")} + arguments);
    }

private Q_SLOTS:
    void noArgumentsRunsHome()
    {
        const CommandLine cli = parse({});
        QCOMPARE(cli.action, CommandLine::Action::Run);
        QVERIFY(!cli.overrides.mode);
        QVERIFY(!cli.overrides.fullscreen);
        QVERIFY(!cli.selfTest);
    }

    void everyOptionIsRead()
    {
        const CommandLine cli
            = parse({QStringLiteral("--mode"), QStringLiteral("kiosk"), QStringLiteral("--db"),
                     QStringLiteral("/tmp/x.db"), QStringLiteral("--config=/tmp/haven.conf"),
                     QStringLiteral("--fullscreen"), QStringLiteral("--self-test")});
        QCOMPARE(cli.action, CommandLine::Action::Run);
        QCOMPARE(cli.overrides.mode, AppConfig::Mode::Kiosk);
        QCOMPARE(cli.overrides.databaseFile, QStringLiteral("/tmp/x.db"));
        QCOMPARE(cli.configFile, QStringLiteral("/tmp/haven.conf"));
        QVERIFY(cli.overrides.fullscreen);
        QVERIFY(cli.selfTest);
    }

    void exerciseOptions()
    {
        const CommandLine cli
            = parse({QStringLiteral("--exercise"), QStringLiteral("box-breathing"),
                     QStringLiteral("--minutes"), QStringLiteral("8"), QStringLiteral("--content"),
                     QStringLiteral(HAVEN_TEST_DATA)});
        QCOMPARE(cli.action, CommandLine::Action::Run);
        QCOMPARE(cli.overrides.startExercise, QStringLiteral("box-breathing"));
        QCOMPARE(cli.overrides.startMinutes, 8);
        QCOMPARE(cli.overrides.contentFolder, QStringLiteral(HAVEN_TEST_DATA));
        QCOMPARE(parse({QStringLiteral("--check-content"), QStringLiteral(HAVEN_TEST_DATA)})
                     .checkContent,
                 QStringLiteral(HAVEN_TEST_DATA));
    }

    void reportOptions()
    {
        const CommandLine cli
            = parse({QStringLiteral("--report"), QStringLiteral("--from"),
                     QStringLiteral("2025-03-01"), QStringLiteral("--to=2025-03-31"),
                     QStringLiteral("--csv"), QStringLiteral("/tmp/march.csv")});
        QCOMPARE(cli.action, CommandLine::Action::Run);
        QVERIFY(cli.report);
        QCOMPARE(cli.reportFrom, QDate(2025, 3, 1));
        QCOMPARE(cli.reportTo, QDate(2025, 3, 31));
        QCOMPARE(cli.reportCsv, QStringLiteral("/tmp/march.csv"));
        const CommandLine open = parse({QStringLiteral("--report")});
        QVERIFY(open.report);
        QVERIFY(!open.reportFrom.isValid() && !open.reportTo.isValid());
        QVERIFY(open.reportCsv.isEmpty());
        QVERIFY(!parse({}).report);
    }

    void helpListsEveryOption()
    {
        const CommandLine cli = parse({QStringLiteral("--help")});
        QCOMPARE(cli.action, CommandLine::Action::Exit);
        QCOMPARE(cli.exitCode, 0);
        for (const char *option : {"--mode", "--exercise", "--minutes", "--content", "--db",
                                   "--config", "--fullscreen", "--self-test", "--version", "--help",
                                   "--report", "--from", "--to", "--csv", "--set-pin"})
            QVERIFY2(cli.output.contains(QLatin1StringView(option)), option);
        QVERIFY(cli.output.contains(QStringLiteral("kiosk")));
    }

    void version()
    {
        const CommandLine cli = parse({QStringLiteral("--version")});
        QCOMPARE(cli.action, CommandLine::Action::Exit);
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(cli.output.section(u'\n', 0, 0), QStringLiteral("haven " HAVEN_VERSION));
        QVERIFY(cli.output.contains(u"RHVoice"_qs) && cli.output.contains(u"CMU ARCTIC"_qs));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")}
            << QStringLiteral(
                   "haven: unknown option '--bogus'; the options are --help, --version, --mode, "
                   "--exercise, --minutes, --content, --check-content, --db, --config, --from, "
                   "--to, --csv, --fullscreen, --self-test, --report, --set-pin");
        QTest::newRow("single dash")
            << QStringList{QStringLiteral("-platform")}
            << QStringLiteral(
                   "haven: unknown option '-platform'; the options are --help, --version, --mode, "
                   "--exercise, --minutes, --content, --check-content, --db, --config, --from, "
                   "--to, --csv, --fullscreen, --self-test, --report, --set-pin");
        QTest::newRow("report and set-pin")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--set-pin")}
            << QStringLiteral("haven: --report and --set-pin cannot be used together: choose one "
                              "(see haven --help)");
        QTest::newRow("three jobs")
            << QStringList{QStringLiteral("--check-content"), QStringLiteral("/tmp"),
                           QStringLiteral("--self-test"), QStringLiteral("--set-pin")}
            << QStringLiteral("haven: --set-pin and --check-content and --self-test cannot be "
                              "used together: choose one (see haven --help)");
        QTest::newRow("exercise and report")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--exercise"),
                           QStringLiteral("box-breathing")}
            << QStringLiteral("haven: --exercise cannot be used with --report: it starts an "
                              "exercise, and --report does not start Haven (see haven --help)");
        QTest::newRow("bad mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("party")}
                                  << QStringLiteral("haven: --mode: expected kiosk, home or "
                                                    "session, got \"party\" (see haven --help)");
        QTest::newRow("mode without value")
            << QStringList{QStringLiteral("--mode")}
            << QStringLiteral(
                   "haven: --mode needs a value: kiosk, home or session (see haven --help)");
        QTest::newRow("db is a folder")
            << QStringList{QStringLiteral("--db"), QStringLiteral("/tmp")}
            << QStringLiteral("haven: --db: expected a file path, got \"/tmp\" (see haven --help)");
        QTest::newRow("config is a folder")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/")}
            << QStringLiteral(
                   "haven: --config: expected a file path, got \"/\" (see haven --help)");
        QTest::newRow("minutes alone")
            << QStringList{QStringLiteral("--minutes"), QStringLiteral("5")}
            << QStringLiteral("haven: --minutes needs --exercise: the length of which exercise? "
                              "(see haven --help)");
        QTest::newRow("minutes too long")
            << QStringList{QStringLiteral("--exercise=box"), QStringLiteral("--minutes=90")}
            << QStringLiteral("haven: --minutes: expected a whole number from 1 to 60, got \"90\" "
                              "(see haven --help)");
        QTest::newRow("minutes not a number")
            << QStringList{QStringLiteral("--exercise=box"), QStringLiteral("--minutes=five")}
            << QStringLiteral("haven: --minutes: expected a whole number from 1 to 60, got "
                              "\"five\" (see haven --help)");
        QTest::newRow("content missing")
            << QStringList{QStringLiteral("--content"), QStringLiteral("/nonexistent")}
            << QStringLiteral(
                   "haven: --content: expected a folder, got \"/nonexistent\" (see haven --help)");
        QTest::newRow("check a file")
            << QStringList{QStringLiteral("--check-content"),
                           QStringLiteral(HAVEN_TEST_DATA "/empty.conf")}
            << QStringLiteral("haven: --check-content: expected a folder, got \"" HAVEN_TEST_DATA
                              "/empty.conf\" (see haven --help)");
        QTest::newRow("from not a date")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--from"),
                           QStringLiteral("March")}
            << QStringLiteral("haven: --from: expected a date as YYYY-MM-DD, got \"March\" "
                              "(see haven --help)");
        QTest::newRow("to not a day")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--to=2025-02-30")}
            << QStringLiteral("haven: --to: expected a date as YYYY-MM-DD, got \"2025-02-30\" "
                              "(see haven --help)");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--from=2025-06-01"),
                           QStringLiteral("--to=2025-05-01")}
            << QStringLiteral(
                   "haven: --from 2025-06-01 is after --to 2025-05-01 (see haven --help)");
        QTest::newRow("csv alone")
            << QStringList{QStringLiteral("--csv"), QStringLiteral("/tmp/r.csv")}
            << QStringLiteral("haven: --csv belongs to --report: add --report, or leave it out "
                              "(see haven --help)");
        QTest::newRow("from alone")
            << QStringList{QStringLiteral("--from=2025-06-01")}
            << QStringLiteral("haven: --from belongs to --report: add --report, or leave it out "
                              "(see haven --help)");
        QTest::newRow("csv is a folder")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--csv"),
                           QStringLiteral("/tmp")}
            << QStringLiteral(
                   "haven: --csv: expected a file path, got \"/tmp\" (see haven --help)");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("kiosk")}
            << QStringLiteral("haven: unexpected argument 'kiosk' (see haven --help)");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLine cli = parse(arguments);
        QCOMPARE(cli.action, CommandLine::Action::Exit);
        QCOMPARE(cli.exitCode, 2);
        QCOMPARE(cli.output, message);
        QVERIFY(!cli.output.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
