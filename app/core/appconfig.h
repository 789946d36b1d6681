#pragma once

#include "qmlsingleton.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <optional>

// The clinic's configuration, in layers: the system file (/etc/haven/haven.conf, the kiosk's
// crisis lines and PIN), then the user's own file (where staff Settings save), then the command
// line; each key comes from the last layer that has it. Every key is documented in
// deploy/haven.conf.example.
class AppConfig : public QObject, public QmlSingleton<AppConfig>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Mode mode READ mode CONSTANT)
    Q_PROPERTY(QString modeName READ modeName CONSTANT)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(QString helpText READ helpText NOTIFY settingsChanged)
    Q_PROPERTY(QString crisisText READ crisisText NOTIFY settingsChanged)
    // Each {label, number, how}: who to call or text, shown large and apart (help/contact1…9).
    Q_PROPERTY(QVariantList helpContacts READ helpContacts NOTIFY settingsChanged)
    // The kiosk's first line of help (help/frontDesk); empty elsewhere.
    Q_PROPERTY(QString frontDesk READ frontDesk NOTIFY settingsChanged)
    // The language Haven starts in on a kiosk and in a session (app/language: en or es).
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)
    Q_PROPERTY(QString configFile READ configFile CONSTANT)
    Q_PROPERTY(QString systemConfigFile READ loadedSystemConfigFile CONSTANT)
    Q_PROPERTY(QString databaseFile READ databaseFile CONSTANT)
    Q_PROPERTY(int retentionDays READ retentionDays CONSTANT)
    Q_PROPERTY(bool audio READ audio NOTIFY settingsChanged)
    Q_PROPERTY(QString voice READ voice NOTIFY settingsChanged)
    Q_PROPERTY(QStringList voices READ voices CONSTANT)
    Q_PROPERTY(int idleSeconds READ idleSeconds NOTIFY settingsChanged)
    Q_PROPERTY(QStringList hiddenExercises READ hiddenExercises NOTIFY settingsChanged)
    Q_PROPERTY(QString contentFolder READ contentFolder CONSTANT)
    Q_PROPERTY(QString startExercise READ startExercise CONSTANT)
    Q_PROPERTY(int startMinutes READ startMinutes CONSTANT)
    Q_PROPERTY(QStringList problems READ problems CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString credits READ credits CONSTANT)

public:
    enum class Mode { Home, Kiosk, Session };
    Q_ENUM(Mode)

    static constexpr qreal minTextScale = 1.0;
    static constexpr qreal maxTextScale = 2.0;
    static constexpr int defaultRetentionDays = 365;
    static constexpr int maxRetentionDays = 3650;
    // Help and front-desk text longer than this is refused: it is read aloud and laid out at
    // every "Need help now?", and 2 MB of it made that take seconds.
    static constexpr int maxTextLength = 4000;
    static constexpr int minIdleSeconds = 30;
    static constexpr int maxIdleSeconds = 3600;
    // The narrators tools/make-media speaks with (its VOICES), the first the default: slt, a
    // woman's voice, and bdl, a man's.
    static QStringList voices() { return {QStringLiteral("slt"), QStringLiteral("bdl")}; }
    // The languages Haven speaks, as BCP 47 tags, English first (the fallback of every text).
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }

    // What the command line says; empty or unset fields leave the file's value.
    struct Overrides
    {
        std::optional<Mode> mode;
        QString databaseFile;
        bool fullscreen = false;
        QString contentFolder;
        QString startExercise;
        int startMinutes = 0;
        // The file was named on the command line to be read: if it is not there, say so.
        bool configRequired = false;
    };

    explicit AppConfig(QObject *parent); // no default: see QmlSingleton
    // Reads the system file, then configFile (an empty path means the default in the user's
    // config location) over it.
    void load(const QString &configFile, const Overrides &overrides);
    void load(const QString &configFile) { load(configFile, Overrides{}); }

    static std::optional<Mode> modeFromName(const QString &name);
    static QString nameOfMode(Mode mode);
    static QString defaultConfigFile();
    // Where the package puts the system files: / (or $HAVEN_SYSTEM_ROOT, for the tests).
    static QString systemRoot();
    // /etc/haven/haven.conf: the clinic's settings and the kiosk's PIN, read before the user's.
    static QString systemConfigFile();
    // /var/lib/haven: the kiosk user's files (haven-kiosk.service points XDG_CONFIG_HOME and
    // XDG_DATA_HOME there).
    static QString kioskStateFolder();
    static QStringList keys(); // every key the file may hold

    Mode mode() const { return m_mode; }
    QString modeName() const { return nameOfMode(m_mode); }
    bool fullscreen() const { return m_fullscreen; }
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool high);
    // Help is in the language on screen: help/text, help/frontDesk and help/contact1…9 are
    // English, the same keys in [help.es] Spanish; a language the clinic left out has the
    // clinic's English words (they name its own lines), else Haven's defaults in that language.
    QString helpText() const;
    // The clinic's crisis words (help/text), without the kiosk's front-desk line.
    QString crisisText() const;
    QVariantList helpContacts() const;
    QString frontDesk() const;
    QString defaultLanguage() const { return m_defaultLanguage; }
    // The language on screen (Language sets it), which the help texts are in.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    static constexpr int maxHelpContacts = 9;
    // Exercises the clinic chose not to offer (content/hidden); still startable by id.
    QStringList hiddenExercises() const { return m_hiddenExercises; }

    // The staff settings screen: applies idleSeconds, audio, voice, textScale, reducedMotion,
    // highContrast, hiddenExercises and crisisText (in the language on screen) from settings at
    // once (any it holds), and writes them to the config file, keeping its comments. Returns an
    // empty string, or why the file could not be written (the settings then last until Haven
    // restarts).
    Q_INVOKABLE QString saveSettings(const QVariantMap &settings);
    QString configFile() const { return m_configFile; }
    QString loadedSystemConfigFile() const { return m_systemConfigFile; }
    // Where --set-pin writes: the system file for root (the kiosk's PIN), else configFile.
    QString pinConfigFile() const;
    QString databaseFile() const { return m_databaseFile; }
    // How many days the usage log keeps; older rows are deleted at start and daily.
    int retentionDays() const { return m_retentionDays; }
    // Narration and soundscapes on at the start of each exercise (the person can turn them off).
    bool audio() const { return m_audio; }
    // The narrator on this device (audio/voice): a kiosk's for every visitor, a session's, and
    // at home the voice until the person chooses one (Preferences::voice).
    QString voice() const { return m_voice; }
    // Kiosk: how long without a touch before "Are you still there?"; and whether to hide the
    // mouse pointer on a touchscreen.
    int idleSeconds() const { return m_idleSeconds; }
    bool hideCursor() const { return m_hideCursor; }
    // The staff PIN's hash (see StaffLock); empty when none is set. Never the PIN itself.
    QString pinRecord() const { return m_pinRecord; }
    // A clinic's folder of exercises, laid over the shipped ones; empty when there is none.
    QString contentFolder() const { return m_contentFolder; }
    // What the command line asked to open at once (--exercise, --minutes).
    QString startExercise() const { return m_startExercise; }
    int startMinutes() const { return m_startMinutes; }
    QStringList problems() const { return m_problems; }
    static QString version() { return QStringLiteral(HAVEN_VERSION); }
    // Who made what Haven ships and did not write itself (media/audio/CREDITS.md has the rest).
    static QString credits();

Q_SIGNALS:
    void textScaleChanged();
    void reducedMotionChanged();
    void highContrastChanged();
    void settingsChanged();

private:
    void problem(const QString &file, const QString &key, const QString &expected,
                 const QString &got, const QString &fallback);
    void configProblem(const QString &message);
    static bool isTextFile(const QString &path);

    Mode m_mode = Mode::Home;
    bool m_fullscreen = false;
    qreal m_textScale = 1.0;
    bool m_reducedMotion = false;
    bool m_highContrast = false;
    struct Help
    {
        QString text;
        QString frontDesk;
        QVariantList contacts;
    };
    const Help &help(const QString &language) const;

    QHash<QString, Help> m_help; // by language; what the clinic wrote, empty where it did not
    QString m_defaultLanguage = QStringLiteral("en");
    QString m_language = QStringLiteral("en");
    QString m_configFile;
    bool m_configFileGiven = false;
    QString m_systemConfigFile;
    QString m_databaseFile;
    int m_retentionDays = defaultRetentionDays;
    bool m_audio = true;
    QString m_voice = voices().constFirst();
    int m_idleSeconds = 90;
    bool m_hideCursor = true;
    QString m_pinRecord;
    QStringList m_hiddenExercises;
    QString m_contentFolder;
    QString m_startExercise;
    int m_startMinutes = 0;
    QStringList m_problems;
};
