#include "inifile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

// The real executable, as a clinic's IT person or the kiosk service starts it.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never touch the real user's files
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HAVEN_EXECUTABLE), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("haven did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("haven " HAVEN_VERSION "\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("CMU ARCTIC")));
    }

    void helpWorksWithoutADisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HAVEN_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("--self-test")));
        QVERIFY(out.contains(QStringLiteral("kiosk")));
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("names");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")}
                                 << QStringLiteral("--bogus");
        QTest::newRow("mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("party")}
                              << QStringLiteral("--mode");
        QTest::newRow("db") << QStringList{QStringLiteral("--db"), QStringLiteral("/")}
                            << QStringLiteral("--db");
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, names);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("haven: ")) && r.err.contains(names),
                 qPrintable(r.err));
    }

    void selfTestPasses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("home") << QStringList{};
        QTest::newRow("kiosk") << QStringList{QStringLiteral("--mode"), QStringLiteral("kiosk")};
        QTest::newRow("session fullscreen") << QStringList{
            QStringLiteral("--mode"), QStringLiteral("session"), QStringLiteral("--fullscreen")};
    }

    void selfTestPasses()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments + QStringList{QStringLiteral("--self-test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("self-test passed")), qPrintable(r.err));
    }

    void badConfigValueIsNamedAndTheAppStillRuns()
    {
        const QString config = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\ntextScale=huge\n");
        file.close();
        const Run r = run({QStringLiteral("--self-test"), QStringLiteral("--config"), config});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral(
                     "display/textScale: expected a number from 1.0 to 2.0, got \"huge\"")),
                 qPrintable(r.err));
    }

    void checkContentReportsEveryProblem()
    {
        const Run bad = run(
            {QStringLiteral("--check-content"), QStringLiteral(HAVEN_TEST_DATA "/library/clinic")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QStringLiteral(HAVEN_TEST_DATA
                                                 "/library/clinic/broken.json: steps: expected "
                                                 "a list of 1 to 200 steps, got an empty list\n")),
                 qPrintable(bad.out));
        QVERIFY2(bad.out.contains(
                     QStringLiteral("walk.json: id: \"walk\" is already used by walk-again.json")),
                 qPrintable(bad.out));
        QVERIFY2(bad.out.contains(QStringLiteral(
                     "Checked 5 files in " HAVEN_TEST_DATA
                     "/library/clinic: 3 ready, 2 with errors (Haven skips those), 0 warnings.")),
                 qPrintable(bad.out));

        const Run shipped = run(
            {QStringLiteral("--check-content"), QStringLiteral(HAVEN_MEDIA_DIR "/exercises")});
        QVERIFY2(shipped.exitCode == 0, qPrintable(shipped.out + shipped.err));
        QVERIFY(shipped.out.contains(QStringLiteral("0 with errors")));
        QVERIFY(shipped.out.contains(
            QStringLiteral("box-breathing.json: \"Box breathing\" (settle), 6 steps, about ")));
        // How much of each file is in Spanish: all of every shipped one, none of an English one.
        QVERIFY2(shipped.out.contains(
                     QStringLiteral("\nbox-breathing.json: es 9/9 texts, about 3 min ")),
                 qPrintable(shipped.out));
        QVERIFY2(!shipped.out.contains(QStringLiteral("shown in English")),
                 qPrintable(shipped.out));
        QVERIFY2(bad.out.contains(
                     QStringLiteral("\nwalk-again.json: es 0/2 texts (2 shown in English)\n")),
                 qPrintable(bad.out));
        // Written in Spanish but for one word: the word is a warning, and the count says so.
        const Run partly = run({QStringLiteral("--check-content"),
                                QStringLiteral(HAVEN_TEST_DATA "/content/warnings")});
        QVERIFY2(partly.exitCode == 0, qPrintable(partly.out + partly.err));
        QVERIFY2(partly.out.contains(QStringLiteral(
                     "/spanish-text-missing.json: steps[1].lists[0].words[1]: warning: no "
                     "Spanish text (\"es\"), so it shows in English\n")),
                 qPrintable(partly.out));
        QVERIFY2(partly.out.contains(QStringLiteral(
                     "\nspanish-text-missing.json: es 7/8 texts (1 shown in English)\n")),
                 qPrintable(partly.out));
    }

    void exerciseStartsAtOnceOrNamesTheChoices()
    {
        const Run unknown = run(
            {QStringLiteral("--exercise"), QStringLiteral("nope"), QStringLiteral("--self-test")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith(
                     QStringLiteral("haven: --exercise: no exercise \"nope\"; the exercises are ")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("box-breathing")));
        QCOMPARE(unknown.err.count(u'\n'), 1);

        const Run known = run({QStringLiteral("--exercise"), QStringLiteral("box-breathing"),
                               QStringLiteral("--minutes"), QStringLiteral("2"),
                               QStringLiteral("--self-test")});
        QVERIFY2(known.exitCode == 0, qPrintable(known.err));
    }

    void clinicContentAddsExercises()
    {
        const Run r = run(
            {QStringLiteral("--content"), QStringLiteral(HAVEN_TEST_DATA "/library/clinic"),
             QStringLiteral("--exercise"), QStringLiteral("walk"), QStringLiteral("--self-test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The broken clinic files are reported, and the app runs on.
        QVERIFY2(
            r.err.contains(QStringLiteral("broken.json: steps: expected a list of 1 to 200 steps")),
            qPrintable(r.err));
    }

    void setPinStoresOnlyAHashInAPrivateFile()
    {
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; our clinic\n[app]\nmode=kiosk\n");
        file.close();
        QVERIFY(QFile::setPermissions(config, QFile::permissions(config) | QFileDevice::ReadOther));

        const Run set = run({QStringLiteral("--set-pin"), QStringLiteral("--config"), config},
                            "482916\n482916\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(QStringLiteral("Staff PIN set in ")));
        QCOMPARE(QFile::permissions(config)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.startsWith("; our clinic\n[app]\nmode=kiosk\n")); // the clinic's lines stay
        QVERIFY(text.contains("\n[staff]\npin=pbkdf2-sha256$"));
        QVERIFY(!text.contains("482916"));
        QVERIFY2(!set.err.contains(QStringLiteral("482916")), "the PIN is never echoed");

        // Mismatched or malformed: an error, and the file as it was.
        const Run differ = run({QStringLiteral("--set-pin"), QStringLiteral("--config"), config},
                               "1234\n4321\n");
        QCOMPARE(differ.exitCode, 1);
        QVERIFY(differ.err.contains(QStringLiteral("the two PINs differ; nothing was changed")));
        const Run letters = run({QStringLiteral("--set-pin"), QStringLiteral("--config"), config},
                                "12ab\n12ab\n");
        QCOMPARE(letters.exitCode, 1);
        QVERIFY(letters.err.contains(QStringLiteral("expected 4 to 8 digits")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    // A new kiosk user has no config folder yet: --set-pin makes it, with the default path.
    // Root sets the kiosk's PIN instead, in the system file (tests/package checks it installed).
    void setPinOnAFreshAccount()
    {
        QTemporaryDir home;
        QTemporaryDir systemRoot;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("HAVEN_SYSTEM_ROOT"), systemRoot.path());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(HAVEN_EXECUTABLE),
            {QStringLiteral("--mode"), QStringLiteral("kiosk"), QStringLiteral("--set-pin")});
        process.write("482916\n482916\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QString own = home.filePath(QStringLiteral(".config/haven/haven.conf"));
        const QString system = systemRoot.filePath(QStringLiteral("etc/haven/haven.conf"));
        const QString config = geteuid() == 0 ? system : own;
        QVERIFY(QFile::exists(config));
        QVERIFY(!QFile::exists(geteuid() == 0 ? own : system));
        QVERIFY(IniFile::read(config).contains(u"pin=pbkdf2-sha256$"));
        // Never readable by others; by the kiosk's group only where there is one.
        const QFileDevice::Permissions group = geteuid() == 0 && getgrnam("haven")
            ? QFileDevice::ReadGroup
            : QFileDevice::Permissions();
        QCOMPARE(QFile::permissions(config) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 group);
    }

    void healthyStartIsQuiet()
    {
        const Run r = run({QStringLiteral("--self-test")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1); // only the self-test's own verdict
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
