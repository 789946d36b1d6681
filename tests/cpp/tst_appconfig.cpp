#include "appconfig.h"
#include "inifile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestAppConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("haven.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(contents);
        return path;
    }

    // root/etc/haven/haven.conf, its folder made.
    static QString systemFile(const QTemporaryDir &root)
    {
        const QString folder = root.filePath(QStringLiteral("etc/haven"));
        QDir().mkpath(folder);
        return folder + QStringLiteral("/haven.conf");
    }

    void restoreSystemRoot() { qputenv("HAVEN_SYSTEM_ROOT", m_systemRoot); }

    QByteArray m_systemRoot = qgetenv("HAVEN_SYSTEM_ROOT");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        AppConfig config(nullptr);
        config.load(m_dir.filePath(QStringLiteral("missing.conf")));
        QCOMPARE(config.mode(), AppConfig::Mode::Home);
        QVERIFY(!config.fullscreen());
        QCOMPARE(config.textScale(), 1.0);
        QVERIFY(!config.reducedMotion());
        QVERIFY(!config.highContrast());
        QVERIFY(config.helpText().contains(QStringLiteral("911")));
        QVERIFY(config.helpText().contains(QStringLiteral("988 Lifeline")));
        QVERIFY(!config.helpText().contains(QStringLiteral("front desk")));
        QVERIFY(config.databaseFile().endsWith(QStringLiteral("/haven.db")));
        QCOMPARE(config.retentionDays(), 365);
        QCOMPARE(config.voice(), QStringLiteral("slt"));
        QVERIFY(config.problems().isEmpty());
    }

    void kioskTellsTheFrontDeskAndFillsTheScreen()
    {
        AppConfig::Overrides overrides;
        overrides.mode = AppConfig::Mode::Kiosk;
        AppConfig config(nullptr);
        config.load(write(""), overrides);
        QVERIFY(config.helpText().contains(QStringLiteral("front desk")));
        QVERIFY(config.helpText().contains(QStringLiteral("988")));
        QVERIFY(config.fullscreen());
    }

    void fileValuesAreRead()
    {
        AppConfig config(nullptr);
        config.load(write("[app]\nmode=session\nfullscreen=yes\n"
                          "[display]\ntextScale=1.5\nreducedMotion=true\nhighContrast=on\n"
                          "[help]\ntext=\"Call 000, or Lifeline on 13 11 14.\\nWe are here.\"\n"
                          "[storage]\ndatabase=/var/lib/haven/usage.db\nretentionDays=90\n"));
        QVERIFY(config.problems().isEmpty());
        QCOMPARE(config.mode(), AppConfig::Mode::Session);
        QVERIFY(config.fullscreen());
        QCOMPARE(config.textScale(), 1.5);
        QVERIFY(config.reducedMotion());
        QVERIFY(config.highContrast());
        QCOMPARE(config.helpText(),
                 QStringLiteral("Call 000, or Lifeline on 13 11 14.\nWe are here."));
        QCOMPARE(config.databaseFile(), QStringLiteral("/var/lib/haven/usage.db"));
        QCOMPARE(config.retentionDays(), 90);
    }

    void unquotedCommasStayInTheText()
    {
        AppConfig config(nullptr);
        config.load(write("[help]\ntext=Call 000, or a friend, now\n"));
        QCOMPARE(config.helpText(), QStringLiteral("Call 000, or a friend, now"));
    }

    void commandLineWins()
    {
        AppConfig::Overrides overrides;
        overrides.mode = AppConfig::Mode::Session;
        overrides.databaseFile = QStringLiteral("/b.db");
        overrides.fullscreen = true;
        AppConfig config(nullptr);
        config.load(write("[app]\nmode=kiosk\n[storage]\ndatabase=/a.db\n"), overrides);
        QCOMPARE(config.mode(), AppConfig::Mode::Session);
        QCOMPARE(config.databaseFile(), QStringLiteral("/b.db"));
        QVERIFY(config.fullscreen());
    }

    void malformedValuesFallBack_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("mode")
            << QByteArray("[app]\nmode=party\n")
            << QStringLiteral(
                   "app/mode: expected kiosk, home or session, got \"party\"; using home");
        QTest::newRow("bool")
            << QByteArray("[display]\nreducedMotion=maybe\n")
            << QStringLiteral(
                   "display/reducedMotion: expected true or false, got \"maybe\"; using false");
        QTest::newRow("scale word")
            << QByteArray("[display]\ntextScale=big\n")
            << QStringLiteral(
                   "display/textScale: expected a number from 1.0 to 2.0, got \"big\"; using 1.0");
        QTest::newRow("scale range")
            << QByteArray("[display]\ntextScale=3\n")
            << QStringLiteral(
                   "display/textScale: expected a number from 1.0 to 2.0, got \"3\"; using 1.0");
        QTest::newRow("empty help")
            << QByteArray("[help]\ntext=\n")
            << QStringLiteral("help/text: expected some text, got \"\"; using the default text");
        QTest::newRow("retention word")
            << QByteArray("[storage]\nretentionDays=a year\n")
            << QStringLiteral("storage/retentionDays: expected a whole number of days from 1 to "
                              "3650, got \"a year\"; using 365");
        QTest::newRow("retention zero")
            << QByteArray("[storage]\nretentionDays=0\n")
            << QStringLiteral("storage/retentionDays: expected a whole number of days from 1 to "
                              "3650, got \"0\"; using 365");
        QTest::newRow("voice") << QByteArray("[audio]\nvoice=robot\n")
                               << QStringLiteral(
                                      "audio/voice: expected slt or bdl, got \"robot\"; using slt");
        QTest::newRow("help over 4000 characters")
            << (QByteArray("[help]\ntext=") + QByteArray(4001, 'a') + '\n')
            << QStringLiteral("help/text: expected at most 4000 characters, got "
                              "\"aaaaaaaaaaaaaaaaaaaaaaaa… (4001 characters)\"; using the default "
                              "text");
        // A plain PIN is never echoed, to the journal or to the staff screen.
        QTest::newRow("plain pin")
            << QByteArray("[staff]\npin=1234\n")
            << QStringLiteral("staff/pin: expected a PIN hash written by haven --set-pin, got "
                              "\"something else, not shown\"; using no PIN");
        QTest::newRow("typo")
            << QByteArray("[display]\ntextScal=1.5\n")
            << QStringLiteral("display/textScal: unknown key, ignored (see haven.conf.example)");
    }

    void malformedValuesFallBack()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        const QString path = write(contents);
        const QString expected = path % u": " % message;
        QTest::ignoreMessage(QtWarningMsg, qPrintable(expected));
        AppConfig config(nullptr);
        config.load(path);
        QCOMPARE(config.problems(), QStringList{expected});
        QCOMPARE(config.mode(), AppConfig::Mode::Home);
        QCOMPARE(config.textScale(), 1.0);
        QVERIFY(!config.reducedMotion());
        QVERIFY(config.helpText().contains(QStringLiteral("988")));
    }

    // A mistyped --config and a binary file are said, not quietly taken for defaults.
    void missingOrBinaryConfigIsSaid()
    {
        AppConfig::Overrides named;
        named.configRequired = true;
        named.mode = AppConfig::Mode::Kiosk;
        const QString missing = m_dir.filePath(QStringLiteral("hven.conf"));
        const QString said = missing
            % u": there is no such file; using defaults, so there is no "
              u"staff PIN";
        QTest::ignoreMessage(QtWarningMsg, qPrintable(said));
        AppConfig config(nullptr);
        config.load(missing, named);
        QCOMPARE(config.problems(), QStringList{said});
        QVERIFY(config.pinRecord().isEmpty());

        QByteArray binary("\x7f"
                          "ELF\x02\x01\x01");
        binary += QByteArray(200, '\0') + "[staff]\npin=x\n";
        const QString path = write(binary);
        const QString expected
            = path % u": is not a text configuration file (it holds binary data); using defaults";
        QTest::ignoreMessage(QtWarningMsg, qPrintable(expected));
        AppConfig other(nullptr);
        other.load(path, {});
        QCOMPARE(other.problems(), QStringList{expected});
        QCOMPARE(other.mode(), AppConfig::Mode::Home);
        QVERIFY(other.pinRecord().isEmpty());
    }

    void oneBadKeyLeavesTheOthers()
    {
        const QString path = write("[app]\nmode=nope\n[display]\ntextScale=1.25\n");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("app/mode")));
        AppConfig config(nullptr);
        config.load(path);
        QCOMPARE(config.textScale(), 1.25);
        QCOMPARE(config.problems().size(), 1);
    }

    void helpContactsComeFromTheConfig()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("haven.conf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[app]\nmode=kiosk\n[help]\ncontact1=Front desk phone | 555 0100 | Call\n"
                  "contact2=Crisis text line | 741741 | Text HOME to\ncontact3=missing parts\n"
                  "contact12=Too far | 1 | Call\n");
        out.close();
        AppConfig config(nullptr);
        config.load(file);
        const QVariantList contacts = config.helpContacts();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Front desk phone"));
        QCOMPARE(contacts.at(1).toMap().value(QStringLiteral("number")).toString(),
                 QStringLiteral("741741"));
        QCOMPARE(contacts.at(1).toMap().value(QStringLiteral("how")).toString(),
                 QStringLiteral("Text HOME to"));
        QVERIFY(!config.frontDesk().isEmpty()); // a kiosk's first line
        QCOMPARE(config.problems().size(), 2); // contact3 malformed, contact12 unknown
        QVERIFY(config.problems().at(0).contains(u"contact3"));

        AppConfig defaults(nullptr);
        defaults.load(QStringLiteral(HAVEN_TEST_DATA "/empty.conf"));
        QCOMPARE(defaults.helpContacts().size(), 2);
        QCOMPARE(defaults.helpContacts().at(0).toMap().value(QStringLiteral("number")).toString(),
                 QStringLiteral("911"));
        QVERIFY(defaults.frontDesk().isEmpty()); // at home, no front desk
    }

    // Help in the language on screen: [help.es] in Spanish; what it leaves out, the clinic's
    // English words, which name its own lines.
    void helpInEachLanguage()
    {
        const QString path = write("[app]\nmode=kiosk\nlanguage=es\n[help]\ntext=Call 000 now\n"
                                   "contact1=Clinic line | 555 0100 | Call\n[help.es]\n"
                                   "text=\"Llama al 000, o a alguien de confianza, ahora\"\n"
                                   "frontDesk=Habla con la recepción.\n");
        AppConfig config(nullptr);
        config.load(path);
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().join(u'\n')));
        QCOMPARE(config.defaultLanguage(), QStringLiteral("es"));
        QCOMPARE(config.language(), QStringLiteral("es"));
        QCOMPARE(config.crisisText(),
                 QStringLiteral("Llama al 000, o a alguien de confianza, ahora"));
        QCOMPARE(config.frontDesk(), QStringLiteral("Habla con la recepción."));
        QCOMPARE(config.helpContacts().size(), 1);
        QCOMPARE(config.helpContacts().constFirst().toMap().value(QStringLiteral("label")),
                 QStringLiteral("Clinic line"));
        QSignalSpy changed(&config, &AppConfig::settingsChanged);
        config.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1); // what "Need help now?" shows changes with it
        QCOMPARE(config.crisisText(), QStringLiteral("Call 000 now"));
        QVERIFY(config.helpText().endsWith(u"Call 000 now"));
        config.setLanguage(QStringLiteral("fr"));
        QCOMPARE(config.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);

        // Staff edit the words of the language on screen, and only those.
        config.setLanguage(QStringLiteral("es"));
        QCOMPARE(
            config.saveSettings({{QStringLiteral("crisisText"), QStringLiteral("Pide ayuda")}}),
            QString());
        AppConfig again(nullptr);
        again.load(path);
        QCOMPARE(again.crisisText(), QStringLiteral("Pide ayuda"));
        again.setLanguage(QStringLiteral("en"));
        QCOMPARE(again.crisisText(), QStringLiteral("Call 000 now"));
        QVERIFY(IniFile::read(path).contains(u"[help.es]"));
    }

    void unknownLanguageIsAProblem()
    {
        AppConfig config(nullptr);
        config.load(write("[app]\nlanguage=Spanish\n[help.fr]\ntext=Bonjour\n"));
        QCOMPARE(config.defaultLanguage(), QStringLiteral("en"));
        QCOMPARE(config.problems().size(), 2);
        QVERIFY(config.problems().at(0).contains(u"app/language: expected en or es"));
        QVERIFY(config.problems().at(1).contains(u"help.fr/text: unknown key"));
    }

    void exampleDocumentsEveryKey()
    {
        const QString example = QStringLiteral(HAVEN_TEST_DATA "/../../deploy/haven.conf.example");
        QFile file(example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &key : AppConfig::keys()) {
            const QString name = key.section(u'/', 1);
            const QString group = u'[' % key.section(u'/', 0, 0) % u']';
            QVERIFY2(text.contains(group) && text.contains(name % u'='), qPrintable(key));
        }
        AppConfig config(nullptr);
        config.load(example);
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().join(u'\n')));
    }

    void staffSettingsAreSavedAndKeepTheComments()
    {
        const QString path
            = write("; our kiosk\n[app]\nmode=kiosk\n\n[kiosk]\n; how long\nidleSeconds=90\n");
        AppConfig config(nullptr);
        config.load(path);
        QSignalSpy changed(&config, &AppConfig::settingsChanged);
        const QString error = config.saveSettings(
            {{QStringLiteral("idleSeconds"), 120},
             {QStringLiteral("audio"), false},
             {QStringLiteral("voice"), QStringLiteral("bdl")},
             {QStringLiteral("textScale"), 1.5},
             {QStringLiteral("hiddenExercises"),
              QStringList{QStringLiteral("box-breathing"), QStringLiteral("body-scan")}},
             {QStringLiteral("crisisText"),
              QStringLiteral("Call 000, or \"Lifeline\" on 13 11 14.\nWe are here.")}});
        QCOMPARE(error, QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(config.idleSeconds(), 120);
        QVERIFY(!config.audio());
        QCOMPARE(config.voice(), QStringLiteral("bdl"));
        QVERIFY(config.helpText().contains(QStringLiteral("Lifeline")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith(
            "; our kiosk\n[app]\nmode=kiosk\n\n[kiosk]\n; how long\nidleSeconds=120\n"));

        AppConfig reread(nullptr);
        reread.load(path);
        QVERIFY2(reread.problems().isEmpty(), qPrintable(reread.problems().join(u'\n')));
        QCOMPARE(reread.idleSeconds(), 120);
        QVERIFY(!reread.audio());
        QCOMPARE(reread.voice(), QStringLiteral("bdl"));
        QCOMPARE(reread.textScale(), 1.5);
        QCOMPARE(reread.hiddenExercises(),
                 (QStringList{QStringLiteral("box-breathing"), QStringLiteral("body-scan")}));
        QCOMPARE(reread.crisisText(),
                 QStringLiteral("Call 000, or \"Lifeline\" on 13 11 14.\nWe are here."));
    }

    // The layers: the system file (the clinic's, /etc/haven/haven.conf), then the user's own,
    // then the command line; each key comes from the last layer that has it.
    void systemFileThenUserFileThenCommandLine()
    {
        QTemporaryDir dir;
        const QString system = systemFile(dir);
        QFile systemFile(system);
        QVERIFY(systemFile.open(QIODevice::WriteOnly));
        systemFile.write("[app]\nmode=kiosk\n[help]\ntext=Call 000 now\n[kiosk]\nidleSeconds=120\n"
                         "hideCursor=maybe\n[storage]\nretentionDays=30\n");
        systemFile.close();
        qputenv("HAVEN_SYSTEM_ROOT", dir.path().toLocal8Bit());
        const QString user = write("[kiosk]\nidleSeconds=200\n[storage]\ndatabase=/a.db\n");
        AppConfig::Overrides overrides;
        overrides.mode = AppConfig::Mode::Session;
        overrides.databaseFile = QStringLiteral("/b.db");
        AppConfig config(nullptr);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("hideCursor")));
        config.load(user, overrides);
        restoreSystemRoot();

        QCOMPARE(config.loadedSystemConfigFile(), system);
        QCOMPARE(config.configFile(), user);
        QCOMPARE(config.helpText(), QStringLiteral("Call 000 now")); // the system file's
        QCOMPARE(config.retentionDays(), 30); // the system file's
        QCOMPARE(config.idleSeconds(), 200); // the user's, over it
        QCOMPARE(config.mode(), AppConfig::Mode::Session); // the command line's
        QCOMPARE(config.databaseFile(), QStringLiteral("/b.db")); // the command line's
        // A bad value is named with the file it is in.
        QCOMPARE(config.problems().size(), 1);
        QVERIFY2(config.problems().constFirst().startsWith(system % u": kiosk/hideCursor"),
                 qPrintable(config.problems().constFirst()));

        // Staff settings go to the user's file; the clinic's file is left as it was.
        QCOMPARE(config.saveSettings({{QStringLiteral("idleSeconds"), 300}}), QString());
        QVERIFY(IniFile::read(user).contains(u"idleSeconds=300"));
        QVERIFY(IniFile::read(system).contains(u"idleSeconds=120"));
    }

    void withoutASystemFileOnlyTheUsersCounts()
    {
        qputenv("HAVEN_SYSTEM_ROOT", m_dir.filePath(QStringLiteral("none")).toLocal8Bit());
        AppConfig config(nullptr);
        config.load(write("[kiosk]\nidleSeconds=61\n"));
        restoreSystemRoot();
        QCOMPARE(config.idleSeconds(), 61);
        QVERIFY(config.problems().isEmpty());
    }

    void aSystemFileThisUserMayNotReadIsNoProblem()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        QTemporaryDir dir;
        const QString system = systemFile(dir);
        QFile systemFile(system);
        QVERIFY(systemFile.open(QIODevice::WriteOnly));
        systemFile.write("[kiosk]\nidleSeconds=120\n");
        systemFile.close();
        QVERIFY(QFile::setPermissions(system, {})); // as root:haven 0640 is to anyone else
        qputenv("HAVEN_SYSTEM_ROOT", dir.path().toLocal8Bit());
        AppConfig config(nullptr);
        config.load(write(""));
        restoreSystemRoot();
        QCOMPARE(config.idleSeconds(), 90);
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().join(u'\n')));
    }

    // Root sets the kiosk's PIN, in the system file; anyone else (or root naming a file), their
    // own.
    void thePinGoesToTheSystemFileForRootAlone()
    {
        QTemporaryDir dir;
        const QString system = systemFile(dir);
        qputenv("HAVEN_SYSTEM_ROOT", dir.path().toLocal8Bit());
        AppConfig byDefault(nullptr);
        byDefault.load(QString());
        AppConfig named(nullptr);
        named.load(write(""));
        restoreSystemRoot();
        QCOMPARE(byDefault.pinConfigFile(),
                 geteuid() == 0 ? system : AppConfig::defaultConfigFile());
        QCOMPARE(named.pinConfigFile(), named.configFile());
    }

    void unwritableSettingsStillApplyAndSayWhy()
    {
        // A file where the config's folder should be: it cannot be written, even by root.
        QTemporaryDir dir;
        const QString blocked = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QFile(blocked).open(QIODevice::WriteOnly));
        AppConfig config(nullptr);
        config.load(blocked + QStringLiteral("/haven.conf"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot save the settings")));
        const QString error = config.saveSettings({{QStringLiteral("idleSeconds"), 45}});
        QVERIFY(!error.isEmpty());
        QCOMPARE(config.idleSeconds(), 45);
    }

    void settersClampAndNotify()
    {
        AppConfig config(nullptr);
        QSignalSpy spy(&config, &AppConfig::textScaleChanged);
        config.setTextScale(4.0);
        QCOMPARE(config.textScale(), 2.0);
        config.setTextScale(2.0);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
