#pragma once

#include "qmlsingleton.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>

class AppConfig;
class ExerciseLibrary;
class Preferences;

// The language Haven speaks: the interface (a QTranslator over the .qm built from i18n/), the
// exercises (ExerciseLibrary's texts, English where one is missing), the help texts (AppConfig)
// and how dates and numbers are written (QLocale::setDefault, which QML's Qt.locale() follows).
// At home it starts in the system's language and keeps the person's choice; on a kiosk and in a
// session it starts in the clinic's (app/language), and a kiosk goes back to it for each visitor.
class Language : public QObject, public QmlSingleton<Language>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // "en" or "es".
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // Every language, English first.
    Q_PROPERTY(QStringList codes READ codes CONSTANT)
    // The locale dates and numbers are written in, such as "es_US".
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)

public:
    // systemLocale: the desktop's (home), which picks the first language if Haven speaks it.
    // remembered keeps the person's choice at home; it may be disabled.
    Language(AppConfig *config, ExerciseLibrary *library, Preferences *remembered,
             const QLocale &systemLocale, QObject *parent); // no default: see QmlSingleton
    ~Language() override;

    QString code() const { return m_code; }
    static QStringList codes();
    QString localeName() const { return m_locale.name(); }
    QLocale locale() const { return m_locale; }
    // Each language's name in itself: "English", "Español".
    Q_INVOKABLE static QString nameOf(const QString &code);

    // The texts QML shows change at once (QQmlEngine::retranslate) once the engine is known.
    void setEngine(QQmlEngine *engine);
    // The person's choice; an unknown code is ignored.
    Q_INVOKABLE void choose(const QString &code);
    // Back to the language Haven started in: a kiosk's next visitor finds the clinic's.
    Q_INVOKABLE void forget();

Q_SIGNALS:
    void changed();

private:
    void apply(const QString &code);

    AppConfig *m_config;
    ExerciseLibrary *m_library;
    Preferences *m_remembered;
    const QLocale m_systemLocale;
    QString m_startCode;
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};
