#include "appconfig.h"
#include "exerciselibrary.h"
#include "language.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The language Haven speaks: where it comes from in each mode, what a choice changes, and that
// the translations built into Haven are the ones loaded.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString config(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("haven%1.conf").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(contents);
        return path;
    }

    static QString translated(const char *context, const char *text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void homeSpeaksTheSystemsLanguage()
    {
        AppConfig appConfig(nullptr);
        appConfig.load(config("[app]\nmode=home\n"));
        ExerciseLibrary library(nullptr);
        Language language(&appConfig, &library, nullptr, QLocale(QStringLiteral("es_MX")), nullptr);
        QCOMPARE(language.code(), QStringLiteral("es"));
        QCOMPARE(language.localeName(), QStringLiteral("es_MX")); // the person's own Spanish
        QCOMPARE(QLocale().name(), QStringLiteral("es_MX"));
        QCOMPARE(library.language(), QStringLiteral("es"));
        QCOMPARE(appConfig.language(), QStringLiteral("es"));
        QCOMPARE(translated("AttractScreen", "Begin"), QStringLiteral("Empezar"));
        QCOMPARE(translated("LengthDialog", "%n minute(s)", 1), QStringLiteral("1 minuto"));
        QCOMPARE(translated("LengthDialog", "%n minute(s)", 5), QStringLiteral("5 minutos"));
        // The help a clinic left alone is Haven's own, in Spanish.
        QVERIFY2(appConfig.crisisText().startsWith(u"Si estás en peligro"),
                 qPrintable(appConfig.crisisText()));
        QCOMPARE(
            appConfig.helpContacts().constFirst().toMap().value(QStringLiteral("label")).toString(),
            QStringLiteral("Servicios de emergencia"));
    }

    void otherLanguagesStartInEnglish()
    {
        AppConfig appConfig(nullptr);
        appConfig.load(config("[app]\nmode=home\n"));
        Language language(&appConfig, nullptr, nullptr, QLocale(QStringLiteral("de_DE")), nullptr);
        QCOMPARE(language.code(), QStringLiteral("en"));
        QCOMPARE(language.localeName(), QStringLiteral("en_US"));
        QCOMPARE(translated("AttractScreen", "Begin"), QStringLiteral("Begin"));
        // English plurals come from their own small translation.
        QCOMPARE(translated("LengthDialog", "%n minute(s)", 1), QStringLiteral("1 minute"));
        QCOMPARE(translated("LengthDialog", "%n minute(s)", 2), QStringLiteral("2 minutes"));
        QCOMPARE(translated("StillThereDialog",
                            "If not, Haven will start over for the next person in %n second(s).",
                            1),
                 QStringLiteral("If not, Haven will start over for the next person in 1 second."));
        QVERIFY(appConfig.crisisText().startsWith(u"If you are in danger"));
    }

    void homeKeepsThePersonsChoice()
    {
        const QString file = m_dir.filePath(QStringLiteral("preferences.json"));
        AppConfig appConfig(nullptr);
        appConfig.load(config("[app]\nmode=home\n"));
        {
            Preferences preferences(file, nullptr);
            Language language(&appConfig, nullptr, &preferences, QLocale(QStringLiteral("en_US")),
                              nullptr);
            QSignalSpy changed(&language, &Language::changed);
            language.choose(QStringLiteral("fr")); // not one Haven speaks
            QCOMPARE(language.code(), QStringLiteral("en"));
            QCOMPARE(changed.count(), 0);
            language.choose(QStringLiteral("es"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(language.code(), QStringLiteral("es"));
            QCOMPARE(language.localeName(), QStringLiteral("es_US"));
            QCOMPARE(preferences.language(), QStringLiteral("es"));
        }
        {
            Preferences preferences(file, nullptr);
            Language language(&appConfig, nullptr, &preferences, QLocale(QStringLiteral("en_US")),
                              nullptr);
            QCOMPARE(language.code(), QStringLiteral("es")); // next time too
            language.choose(QStringLiteral("en")); // the system's again: nothing to keep
            QCOMPARE(preferences.language(), QString());
        }
    }

    void kioskStartsInTheClinicsAndGoesBackToIt()
    {
        AppConfig appConfig(nullptr);
        appConfig.load(config("[app]\nmode=kiosk\nlanguage=es\n"));
        QVERIFY(appConfig.problems().isEmpty());
        Preferences none(QString(), nullptr);
        Language language(&appConfig, nullptr, &none, QLocale(QStringLiteral("en_US")), nullptr);
        QCOMPARE(language.code(), QStringLiteral("es"));
        language.choose(QStringLiteral("en"));
        QCOMPARE(language.code(), QStringLiteral("en"));
        QCOMPARE(translated("AttractScreen", "Begin"), QStringLiteral("Begin"));
        QCOMPARE(appConfig.frontDesk(),
                 QStringLiteral("Tell the front desk. Someone will help you right away."));
        language.forget(); // the visitor has gone
        QCOMPARE(language.code(), QStringLiteral("es"));
        QCOMPARE(appConfig.frontDesk(),
                 QStringLiteral("Avísale a la recepción. Alguien te ayudará enseguida."));
    }

    void sessionStartsInTheClinicsWhateverTheSystemSays()
    {
        AppConfig appConfig(nullptr);
        appConfig.load(config("[app]\nmode=session\n"));
        Language language(&appConfig, nullptr, nullptr, QLocale(QStringLiteral("es_ES")), nullptr);
        QCOMPARE(language.code(), QStringLiteral("en"));
        QCOMPARE(Language::nameOf(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Language::nameOf(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Language::codes(), (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
