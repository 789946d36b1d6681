#include "appconfig.h"

#include "inifile.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>

#include <memory>
#include <unistd.h>

namespace {

const QString keyMode = QStringLiteral("app/mode");
const QString keyFullscreen = QStringLiteral("app/fullscreen");
const QString keyTextScale = QStringLiteral("display/textScale");
const QString keyReducedMotion = QStringLiteral("display/reducedMotion");
const QString keyHighContrast = QStringLiteral("display/highContrast");
const QString keyHelpText = QStringLiteral("help/text");
const QString keyFrontDesk = QStringLiteral("help/frontDesk");
const QString keyContact = QStringLiteral("help/contact"); // 1 to maxHelpContacts
const QString keyDatabase = QStringLiteral("storage/database");
const QString keyRetention = QStringLiteral("storage/retentionDays");
const QString keyContent = QStringLiteral("content/folder");
const QString keyAudio = QStringLiteral("audio/enabled");
const QString keyVoice = QStringLiteral("audio/voice");
const QString keyIdle = QStringLiteral("kiosk/idleSeconds");
const QString keyHideCursor = QStringLiteral("kiosk/hideCursor");
const QString keyPin = QStringLiteral("staff/pin");
const QString keyHidden = QStringLiteral("content/hidden");
const QString keyLanguage = QStringLiteral("app/language");
// Help in another language than English: the same three keys in [help.es] (help.es/text, …).
const QString keyHelpSpanish = QStringLiteral("help.es/");

const QStringList knownKeys = {keyMode,
                               keyFullscreen,
                               keyTextScale,
                               keyReducedMotion,
                               keyHighContrast,
                               keyHelpText,
                               keyFrontDesk,
                               keyDatabase,
                               keyRetention,
                               keyContent,
                               keyAudio,
                               keyVoice,
                               keyIdle,
                               keyHideCursor,
                               keyPin,
                               keyHidden,
                               keyContact + u'1',
                               keyLanguage,
                               keyHelpSpanish + u"text",
                               keyHelpSpanish + u"frontDesk",
                               keyHelpSpanish + u"contact1"};

// The key of a help setting (help/text, help/contact3) in language's section.
QString helpKey(const QString &key, const QString &language)
{
    return language == u"en" ? key : u"help." % language % u'/' % key.section(u'/', 1);
}

// help/contact1 stands for its numbered family, help/contact1 to help/contact9, in each language.
bool isKnownKey(const QString &key)
{
    for (const QString &language : AppConfig::languages()) {
        const QString contactKey = helpKey(keyContact, language);
        if (key.startsWith(contactKey) && key.size() == contactKey.size() + 1)
            return key.back() >= u'1' && key.back() <= u'9';
    }
    return knownKeys.contains(key);
}

// Translated when asked for, so each language has its own defaults.
QString defaultHelpText()
{
    return QCoreApplication::translate(
        "AppConfig",
        "If you are in danger, or you might hurt yourself, call 911 now. The 988 "
        "Lifeline is free and private, day and night, by call or text.");
}

QString defaultFrontDeskText()
{
    return QCoreApplication::translate("AppConfig",
                                       "Tell the front desk. Someone will help you right away.");
}

QVariantMap contact(const QString &label, const QString &number, const QString &how)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("number"), number},
            {QStringLiteral("how"), how}};
}

QVariantList defaultHelpContacts()
{
    return {contact(QCoreApplication::translate("AppConfig", "Emergency services"),
                    QStringLiteral("911"), QCoreApplication::translate("AppConfig", "Call")),
            contact(QCoreApplication::translate("AppConfig", "988 Suicide & Crisis Lifeline"),
                    QStringLiteral("988"),
                    QCoreApplication::translate("AppConfig", "Call or text"))};
}

// INI values with unquoted commas arrive as lists; text keys want them back as one string.
QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

std::optional<bool> parseBool(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
        return false;
    return std::nullopt;
}

// The system file, then the user's: a key in the user's file wins.
class Layers
{
public:
    Layers(const QString &systemFile, const QString &userFile)
        : m_user(userFile, QSettings::IniFormat)
    {
        if (!systemFile.isEmpty())
            m_system = std::make_unique<QSettings>(systemFile, QSettings::IniFormat);
    }
    bool contains(const QString &key) const
    {
        return m_user.contains(key) || (m_system && m_system->contains(key));
    }
    QVariant value(const QString &key) const
    {
        return m_user.contains(key) || !m_system ? m_user.value(key) : m_system->value(key);
    }
    QString fileOf(const QString &key) const
    {
        return m_user.contains(key) || !m_system ? m_user.fileName() : m_system->fileName();
    }
    QSettings &user() { return m_user; }
    QSettings *system() { return m_system.get(); }

private:
    QSettings m_user;
    std::unique_ptr<QSettings> m_system;
};

} // namespace

AppConfig::AppConfig(QObject *parent)
    : QObject(parent)
{ }

void AppConfig::setLanguage(const QString &language)
{
    if (!languages().contains(language) || language == m_language)
        return;
    m_language = language;
    Q_EMIT settingsChanged();
}

const AppConfig::Help &AppConfig::help(const QString &language) const
{
    static const Help none;
    const auto it = m_help.constFind(language);
    return it == m_help.constEnd() ? none : *it;
}

// The language's own words; else the clinic's English ones, which name its own lines; else
// Haven's defaults, in the language.
QString AppConfig::crisisText() const
{
    if (const QString &text = help(m_language).text; !text.isEmpty())
        return text;
    if (const QString &text = help(QStringLiteral("en")).text; !text.isEmpty())
        return text;
    return defaultHelpText();
}

QVariantList AppConfig::helpContacts() const
{
    if (const QVariantList &contacts = help(m_language).contacts; !contacts.isEmpty())
        return contacts;
    if (const QVariantList &contacts = help(QStringLiteral("en")).contacts; !contacts.isEmpty())
        return contacts;
    return defaultHelpContacts();
}

QString AppConfig::frontDesk() const
{
    if (m_mode != Mode::Kiosk)
        return {};
    if (const QString &text = help(m_language).frontDesk; !text.isEmpty())
        return text;
    if (const QString &text = help(QStringLiteral("en")).frontDesk; !text.isEmpty())
        return text;
    return defaultFrontDeskText();
}

std::optional<AppConfig::Mode> AppConfig::modeFromName(const QString &name)
{
    for (Mode mode : {Mode::Home, Mode::Kiosk, Mode::Session}) {
        if (nameOfMode(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString AppConfig::nameOfMode(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return QStringLiteral("kiosk");
    case Mode::Session:
        return QStringLiteral("session");
    case Mode::Home:
        break;
    }
    return QStringLiteral("home");
}

QStringList AppConfig::keys()
{
    return knownKeys;
}

QString AppConfig::systemRoot()
{
    // The tests point it elsewhere, so that a Haven installed on the machine does not leak in.
    return qEnvironmentVariable("HAVEN_SYSTEM_ROOT");
}

QString AppConfig::systemConfigFile()
{
    return systemRoot() + QStringLiteral("/etc/haven/haven.conf");
}

QString AppConfig::kioskStateFolder()
{
    return systemRoot() + QStringLiteral("/var/lib/haven");
}

QString AppConfig::pinConfigFile() const
{
    // Root sets the kiosk's PIN, which the kiosk reads from the system file; anyone else sets
    // their own, as does root when naming a file with --config.
    return geteuid() == 0 && !m_configFileGiven ? m_systemConfigFile : m_configFile;
}

QString AppConfig::defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/haven.conf");
}

void AppConfig::problem(const QString &file, const QString &key, const QString &expected,
                        const QString &got, const QString &fallback)
{
    const QString message = file % u": " % key % u": expected " % expected % u", got \"" % got
        % u"\"; using " % fallback;
    qCWarning(lcConfig).noquote() << message;
    m_problems.append(message);
}

void AppConfig::configProblem(const QString &message)
{
    qCWarning(lcConfig).noquote() << message;
    m_problems.append(message);
}

bool AppConfig::isTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: QSettings says so
    const QByteArray bytes = file.read(1 << 20);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(bytes);
    return !bytes.contains('\0') && !utf8.hasError() && !decoded.isNull();
}

void AppConfig::load(const QString &configFile, const Overrides &overrides)
{
    m_configFile
        = QFileInfo(configFile.isEmpty() ? defaultConfigFile() : configFile).absoluteFilePath();
    m_configFileGiven = !configFile.isEmpty();
    m_systemConfigFile = QFileInfo(systemConfigFile()).absoluteFilePath();
    m_problems.clear();
    // A mistyped --config, or a binary file, would silently mean defaults, and on a kiosk no PIN.
    const QFileInfo given(m_configFile);
    if (overrides.configRequired && !given.exists()) {
        configProblem(m_configFile % u": there is no such file; using defaults"
                      % (overrides.mode == Mode::Kiosk
                             ? QStringLiteral(", so there is no staff PIN")
                             : QString()));
    }
    // A binary file is read as an empty one: its bytes would only make noise as unknown keys.
    const bool binary = given.exists() && !isTextFile(m_configFile);
    if (binary)
        configProblem(m_configFile
                      % u": is not a text configuration file (it holds binary data); using "
                        u"defaults");
    // Home users on a kiosk's machine may not read the system file (it holds the PIN's hash,
    // for root and the haven group): that is no problem of theirs.
    const QFileInfo systemInfo(m_systemConfigFile);
    const bool readSystem = systemInfo.exists() && systemInfo.isReadable()
        && m_systemConfigFile != m_configFile; // --config /etc/haven/haven.conf: read once
    if (systemInfo.exists() && !readSystem)
        qCInfo(lcConfig).noquote() << m_systemConfigFile << "is not readable by this user; skipped";
    Layers settings(readSystem ? m_systemConfigFile : QString(),
                    binary ? QStringLiteral("/dev/null") : m_configFile);
    for (QSettings *file : {settings.system(), &settings.user()}) {
        if (file && file->status() != QSettings::NoError) {
            const QString message
                = file->fileName() % u": could not be read as an INI file; using defaults";
            qCWarning(lcConfig).noquote() << message;
            m_problems.append(message);
        }
    }

    const auto readBool = [&](const QString &key, bool fallback) {
        if (!settings.contains(key))
            return fallback;
        const QString value = text(settings.value(key));
        if (const auto parsed = parseBool(value))
            return *parsed;
        problem(settings.fileOf(key), key, QStringLiteral("true or false"), value,
                fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    };

    if (settings.contains(keyMode)) {
        const QString value = text(settings.value(keyMode)).trimmed();
        if (const auto mode = modeFromName(value))
            m_mode = *mode;
        else
            problem(settings.fileOf(keyMode), keyMode, QStringLiteral("kiosk, home or session"),
                    value, nameOfMode(m_mode));
    }
    if (overrides.mode)
        m_mode = *overrides.mode;

    m_fullscreen = overrides.fullscreen || readBool(keyFullscreen, m_mode == Mode::Kiosk);

    if (settings.contains(keyTextScale)) {
        const QString value = text(settings.value(keyTextScale));
        bool ok = false;
        const qreal scale = value.trimmed().toDouble(&ok);
        if (ok && scale >= minTextScale && scale <= maxTextScale)
            m_textScale = scale;
        else
            problem(settings.fileOf(keyTextScale), keyTextScale,
                    QStringLiteral("a number from 1.0 to 2.0"), value,
                    QString::number(m_textScale, 'f', 1));
    }
    m_reducedMotion = readBool(keyReducedMotion, m_reducedMotion);
    m_highContrast = readBool(keyHighContrast, m_highContrast);

    const auto readText = [&](const QString &key, QString &target) {
        if (!settings.contains(key))
            return;
        const QString value = text(settings.value(key)).trimmed();
        if (value.isEmpty())
            problem(settings.fileOf(key), key, QStringLiteral("some text"), value,
                    QStringLiteral("the default text"));
        else if (value.size() > maxTextLength)
            problem(settings.fileOf(key), key,
                    u"at most " % QString::number(maxTextLength) % u" characters",
                    value.left(24) % u"… (" % QString::number(value.size()) % u" characters)",
                    QStringLiteral("the default text"));
        else
            target = value;
    };
    const auto readContacts = [&](const QString &language) {
        QVariantList contacts;
        for (int n = 1; n <= maxHelpContacts; ++n) {
            const QString key = helpKey(keyContact, language) % QString::number(n);
            if (!settings.contains(key))
                continue;
            const QString value = text(settings.value(key)).trimmed();
            const QStringList parts = value.split(u'|');
            if (parts.size() != 3 || parts.at(0).trimmed().isEmpty()
                || parts.at(1).trimmed().isEmpty()) {
                problem(
                    settings.fileOf(key), key,
                    QStringLiteral("label | number | how, e.g. Crisis line | 988 | Call or text"),
                    value, QStringLiteral("left out"));
                continue;
            }
            contacts.append(
                contact(parts.at(0).trimmed(), parts.at(1).trimmed(), parts.at(2).trimmed()));
        }
        return contacts;
    };
    if (settings.contains(keyLanguage)) {
        const QString value = text(settings.value(keyLanguage)).trimmed();
        if (languages().contains(value))
            m_defaultLanguage = value;
        else
            problem(settings.fileOf(keyLanguage), keyLanguage, languages().join(u" or "), value,
                    m_defaultLanguage);
    }
    m_language = m_defaultLanguage;
    m_help.clear();
    for (const QString &language : languages()) {
        Help &help = m_help[language];
        readText(helpKey(keyHelpText, language), help.text);
        readText(helpKey(keyFrontDesk, language), help.frontDesk);
        // help/contact1 = label | number | how; any given replace the defaults.
        help.contacts = readContacts(language);
    }

    m_databaseFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/haven.db");
    readText(keyDatabase, m_databaseFile);
    if (!overrides.databaseFile.isEmpty())
        m_databaseFile = overrides.databaseFile;
    m_databaseFile = QFileInfo(m_databaseFile).absoluteFilePath();
    const auto readInt
        = [&](const QString &key, int min, int max, const QString &unit, int &target) {
              if (!settings.contains(key))
                  return;
              const QString value = text(settings.value(key));
              bool ok = false;
              const int number = value.trimmed().toInt(&ok);
              if (ok && number >= min && number <= max)
                  target = number;
              else
                  problem(settings.fileOf(key), key,
                          u"a whole number of " % unit % u" from " % QString::number(min) % u" to "
                              % QString::number(max),
                          value, QString::number(target));
          };
    readInt(keyRetention, 1, maxRetentionDays, QStringLiteral("days"), m_retentionDays);
    readInt(keyIdle, minIdleSeconds, maxIdleSeconds, QStringLiteral("seconds"), m_idleSeconds);
    m_hideCursor = readBool(keyHideCursor, m_hideCursor);
    m_audio = readBool(keyAudio, m_audio);
    if (settings.contains(keyVoice)) {
        const QString value = text(settings.value(keyVoice)).trimmed();
        if (voices().contains(value))
            m_voice = value;
        else
            problem(settings.fileOf(keyVoice), keyVoice, voices().join(u" or "), value, m_voice);
    }
    if (settings.contains(keyPin)) {
        const QString value = text(settings.value(keyPin)).trimmed();
        if (value.startsWith(u"pbkdf2-sha256$"))
            m_pinRecord = value;
        else
            // Never echoed: a plain-text PIN would land in the journal and on the staff screen.
            problem(settings.fileOf(keyPin), keyPin,
                    QStringLiteral("a PIN hash written by haven --set-pin"),
                    QStringLiteral("something else, not shown"), QStringLiteral("no PIN"));
    }

    // An unquoted comma list arrives as a QStringList; one id as a string.
    m_hiddenExercises.clear();
    for (const QString &id : settings.value(keyHidden).toStringList()) {
        if (!id.trimmed().isEmpty())
            m_hiddenExercises.append(id.trimmed());
    }

    readText(keyContent, m_contentFolder);
    if (!overrides.contentFolder.isEmpty())
        m_contentFolder = overrides.contentFolder;
    if (!m_contentFolder.isEmpty())
        m_contentFolder = QFileInfo(m_contentFolder).absoluteFilePath();
    m_startExercise = overrides.startExercise;
    m_startMinutes = overrides.startMinutes;

    for (QSettings *file : {settings.system(), &settings.user()}) {
        const QStringList keys = file ? file->allKeys() : QStringList();
        for (const QString &key : keys) {
            if (!isKnownKey(key)) {
                const QString message = file->fileName() % u": " % key
                    % u": unknown key, ignored (see haven.conf.example)";
                qCWarning(lcConfig).noquote() << message;
                m_problems.append(message);
            }
        }
    }
}

void AppConfig::setTextScale(qreal scale)
{
    scale = std::clamp(scale, minTextScale, maxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    Q_EMIT textScaleChanged();
}

void AppConfig::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion)
        return;
    m_reducedMotion = reduced;
    Q_EMIT reducedMotionChanged();
}

void AppConfig::setHighContrast(bool high)
{
    if (high == m_highContrast)
        return;
    m_highContrast = high;
    Q_EMIT highContrastChanged();
}

QString AppConfig::credits()
{
    return QObject::tr("The narration is spoken by RHVoice (Olga Yakovleva, LGPL-2.1 or later) "
                       "in its slt and bdl voices, which learned from the CMU ARCTIC speech "
                       "databases recorded at Carnegie Mellon University's Language Technologies "
                       "Institute.");
}

QString AppConfig::helpText() const
{
    return m_mode == Mode::Kiosk ? frontDesk() % u"\n\n" % crisisText() : crisisText();
}

QString AppConfig::saveSettings(const QVariantMap &settings)
{
    QString ini = IniFile::read(m_configFile);
    const auto store = [&ini](const QString &key, const QString &value) {
        ini = IniFile::withValue(ini, key.section(u'/', 0, 0), key.section(u'/', 1), value);
    };
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    if (settings.contains(QStringLiteral("idleSeconds"))) {
        m_idleSeconds = std::clamp(settings.value(QStringLiteral("idleSeconds")).toInt(),
                                   minIdleSeconds, maxIdleSeconds);
        store(keyIdle, QString::number(m_idleSeconds));
    }
    if (settings.contains(QStringLiteral("audio"))) {
        m_audio = settings.value(QStringLiteral("audio")).toBool();
        store(keyAudio, flag(m_audio));
    }
    if (const QString voice = settings.value(QStringLiteral("voice")).toString();
        voices().contains(voice)) {
        m_voice = voice;
        store(keyVoice, voice);
    }
    if (settings.contains(QStringLiteral("textScale"))) {
        setTextScale(settings.value(QStringLiteral("textScale")).toReal());
        store(keyTextScale, QString::number(m_textScale, 'f', 2));
    }
    if (settings.contains(QStringLiteral("reducedMotion"))) {
        setReducedMotion(settings.value(QStringLiteral("reducedMotion")).toBool());
        store(keyReducedMotion, flag(m_reducedMotion));
    }
    if (settings.contains(QStringLiteral("highContrast"))) {
        setHighContrast(settings.value(QStringLiteral("highContrast")).toBool());
        store(keyHighContrast, flag(m_highContrast));
    }
    if (settings.contains(QStringLiteral("hiddenExercises"))) {
        m_hiddenExercises = settings.value(QStringLiteral("hiddenExercises")).toStringList();
        store(keyHidden, m_hiddenExercises.join(u", "));
    }
    if (const QString text = settings.value(QStringLiteral("crisisText")).toString().trimmed();
        !text.isEmpty()) {
        m_help[m_language].text = text;
        store(helpKey(keyHelpText, m_language), IniFile::quoted(text));
    }
    Q_EMIT settingsChanged();
    const QString error = IniFile::write(m_configFile, ini);
    if (!error.isEmpty())
        qCWarning(lcConfig).noquote()
            << "cannot save the settings to" << m_configFile << ":" << error;
    return error;
}
