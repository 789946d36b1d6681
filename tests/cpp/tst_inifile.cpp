#include "inifile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestIniFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_ini = QStringLiteral("; Haven's configuration\n"
                                         "[app]\n"
                                         "; where it runs\n"
                                         "mode=kiosk\n"
                                         "\n"
                                         "[staff]\n"
                                         "; set with haven --set-pin\n"
                                         ";pin=\n"
                                         "\n"
                                         "[display]\n"
                                         "textScale=1.5\n");

private Q_SLOTS:
    void replacesAKeyAndKeepsEverythingElse()
    {
        const QString edited = IniFile::withValue(m_ini, QStringLiteral("app"),
                                                  QStringLiteral("mode"), QStringLiteral("home"));
        QCOMPARE(edited, QString(m_ini).replace(u"mode=kiosk"_qs, u"mode=home"_qs));
    }

    void replacesACommentedExample()
    {
        const QString edited
            = IniFile::withValue(m_ini, QStringLiteral("staff"), QStringLiteral("pin"),
                                 QStringLiteral("pbkdf2-sha256$1$a$b"));
        QVERIFY(edited.contains(u"; set with haven --set-pin\npin=pbkdf2-sha256$1$a$b\n"_qs));
        QVERIFY(!edited.contains(u";pin="_qs));
    }

    void addsToItsSectionOrANewOne()
    {
        QString edited = IniFile::withValue(m_ini, QStringLiteral("App"),
                                            QStringLiteral("fullscreen"), QStringLiteral("true"));
        QVERIFY(edited.contains(u"mode=kiosk\nfullscreen=true\n\n[staff]"_qs));
        edited = IniFile::withValue(m_ini, QStringLiteral("kiosk"), QStringLiteral("idleSeconds"),
                                    QStringLiteral("120"));
        QVERIFY(edited.startsWith(m_ini));
        QVERIFY(edited.endsWith(u"\n[kiosk]\nidleSeconds=120\n"_qs));
        QCOMPARE(
            IniFile::withValue({}, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")),
            u"\n[a]\nb=c\n"_qs);
    }

    void quotedTextReadsBackWhole()
    {
        const QString text
            = QStringLiteral("Call 000, or \"Lifeline\" on 13 11 14.\nWe\\you are here.");
        const QString file = m_dir.filePath(QStringLiteral("quoted.ini"));
        QCOMPARE(IniFile::write(file,
                                IniFile::withValue({}, QStringLiteral("help"),
                                                   QStringLiteral("text"), IniFile::quoted(text))),
                 QString());
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("help/text")).toString(), text);
    }

    void writesWholeAndCanMakeItPrivate()
    {
        const QString file = m_dir.filePath(QStringLiteral("private.ini"));
        QCOMPARE(IniFile::write(file, m_ini), QString());
        QCOMPARE(IniFile::read(file), m_ini);
        QVERIFY(QFile::setPermissions(
            file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(IniFile::write(file, QStringLiteral("[a]\nb=1\n")), QString());
        QVERIFY(QFile::permissions(file) & QFileDevice::ReadOther); // kept
        QCOMPARE(IniFile::write(file, QStringLiteral("[a]\nb=2\n"), true), QString());
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(IniFile::read(m_dir.filePath(QStringLiteral("missing.ini"))), QString());
        // A missing folder is made; a file where the folder should be is an error.
        QCOMPARE(IniFile::write(m_dir.filePath(QStringLiteral("new/dir/x.ini")), m_ini), QString());
        QVERIFY(!IniFile::write(file + QStringLiteral("/x.ini"), m_ini).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
