#include "appconfig.h"

#include "inifile.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>

namespace {

const QString keyMode = QStringLiteral("app/mode");
const QString keyFullscreen = QStringLiteral("app/fullscreen");
const QString keyTextScale = QStringLiteral("display/textScale");
const QString keyReducedMotion = QStringLiteral("display/reducedMotion");
const QString keyHighContrast = QStringLiteral("display/highContrast");
const QString keyHelpText = QStringLiteral("help/text");
const QString keyFrontDesk = QStringLiteral("help/frontDesk");
const QString keyDatabase = QStringLiteral("storage/database");
const QString keyRetention = QStringLiteral("storage/retentionDays");
const QString keyContent = QStringLiteral("content/folder");
const QString keyAudio = QStringLiteral("audio/enabled");
const QString keyIdle = QStringLiteral("kiosk/idleSeconds");
const QString keyHideCursor = QStringLiteral("kiosk/hideCursor");
const QString keyPin = QStringLiteral("staff/pin");
const QString keyHidden = QStringLiteral("content/hidden");

const QStringList knownKeys
    = {keyMode,     keyFullscreen, keyTextScale,  keyReducedMotion, keyHighContrast,
       keyHelpText, keyFrontDesk,  keyDatabase,   keyRetention,     keyContent,
       keyAudio,    keyIdle,       keyHideCursor, keyPin,           keyHidden};

QString defaultHelpText()
{
    return QObject::tr("If you are in danger, or you might hurt yourself, call 911 now.\n\n"
                       "You can call or text 988 at any time to reach the 988 Suicide & Crisis "
                       "Lifeline. It is free and private, day and night.");
}

QString defaultFrontDeskText()
{
    return QObject::tr("You can also tell the front desk. Someone will help you right away.");
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

} // namespace

AppConfig::AppConfig(QObject *parent)
    : QObject(parent)
    , m_helpText(defaultHelpText())
    , m_frontDeskText(defaultFrontDeskText())
{ }

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

QString AppConfig::defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/haven.conf");
}

void AppConfig::problem(const QString &key, const QString &expected, const QString &got,
                        const QString &fallback)
{
    const QString message = m_configFile % u": " % key % u": expected " % expected % u", got \""
        % got % u"\"; using " % fallback;
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
    m_problems.clear();
    // A mistyped --config, or a binary file, would silently mean defaults, and on a kiosk no PIN.
    const QFileInfo file(m_configFile);
    if (overrides.configRequired && !file.exists()) {
        configProblem(m_configFile % u": there is no such file; using defaults"
                      % (overrides.mode == Mode::Kiosk
                             ? QStringLiteral(", so there is no staff PIN")
                             : QString()));
    }
    const bool binary = file.exists() && !isTextFile(m_configFile);
    if (binary)
        configProblem(m_configFile
                      % u": is not a text configuration file (it holds binary data); using "
                        u"defaults");
    // A binary file is read as an empty one: its bytes would only make noise as unknown keys.
    QSettings settings(binary ? QStringLiteral("/dev/null") : m_configFile, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        const QString message
            = m_configFile % u": could not be read as an INI file; using defaults";
        qCWarning(lcConfig).noquote() << message;
        m_problems.append(message);
    }

    const auto readBool = [&](const QString &key, bool fallback) {
        if (!settings.contains(key))
            return fallback;
        const QString value = text(settings.value(key));
        if (const auto parsed = parseBool(value))
            return *parsed;
        problem(key, QStringLiteral("true or false"), value,
                fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    };

    if (settings.contains(keyMode)) {
        const QString value = text(settings.value(keyMode)).trimmed();
        if (const auto mode = modeFromName(value))
            m_mode = *mode;
        else
            problem(keyMode, QStringLiteral("kiosk, home or session"), value, nameOfMode(m_mode));
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
            problem(keyTextScale, QStringLiteral("a number from 1.0 to 2.0"), value,
                    QString::number(m_textScale, 'f', 1));
    }
    m_reducedMotion = readBool(keyReducedMotion, m_reducedMotion);
    m_highContrast = readBool(keyHighContrast, m_highContrast);

    const auto readText = [&](const QString &key, QString &target) {
        if (!settings.contains(key))
            return;
        const QString value = text(settings.value(key)).trimmed();
        if (value.isEmpty())
            problem(key, QStringLiteral("some text"), value, QStringLiteral("the default text"));
        else if (value.size() > maxTextLength)
            problem(key, u"at most " % QString::number(maxTextLength) % u" characters",
                    value.left(24) % u"… (" % QString::number(value.size()) % u" characters)",
                    QStringLiteral("the default text"));
        else
            target = value;
    };
    readText(keyHelpText, m_helpText);
    readText(keyFrontDesk, m_frontDeskText);

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
                  problem(key,
                          u"a whole number of " % unit % u" from " % QString::number(min) % u" to "
                              % QString::number(max),
                          value, QString::number(target));
          };
    readInt(keyRetention, 1, maxRetentionDays, QStringLiteral("days"), m_retentionDays);
    readInt(keyIdle, minIdleSeconds, maxIdleSeconds, QStringLiteral("seconds"), m_idleSeconds);
    m_hideCursor = readBool(keyHideCursor, m_hideCursor);
    m_audio = readBool(keyAudio, m_audio);
    if (settings.contains(keyPin)) {
        const QString value = text(settings.value(keyPin)).trimmed();
        if (value.startsWith(u"pbkdf2-sha256$"))
            m_pinRecord = value;
        else
            // Never echoed: a plain-text PIN would land in the journal and on the staff screen.
            problem(keyPin, QStringLiteral("a PIN hash written by haven --set-pin"),
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

    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!knownKeys.contains(key)) {
            const QString message
                = m_configFile % u": " % key % u": unknown key, ignored (see haven.conf.example)";
            qCWarning(lcConfig).noquote() << message;
            m_problems.append(message);
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

QString AppConfig::helpText() const
{
    return m_mode == Mode::Kiosk ? m_frontDeskText % u"\n\n" % m_helpText : m_helpText;
}

QString AppConfig::saveSettings(const QVariantMap &settings)
{
    QString ini = IniFile::read(m_configFile);
    const auto store = [&ini](const QString &key, const QString &value) {
        ini = IniFile::withValue(ini, key.section(u'/', 0, 0), key.section(u'/', 1), value);
    };
    if (settings.contains(QStringLiteral("idleSeconds"))) {
        m_idleSeconds = std::clamp(settings.value(QStringLiteral("idleSeconds")).toInt(),
                                   minIdleSeconds, maxIdleSeconds);
        store(keyIdle, QString::number(m_idleSeconds));
    }
    if (settings.contains(QStringLiteral("audio"))) {
        m_audio = settings.value(QStringLiteral("audio")).toBool();
        store(keyAudio, m_audio ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (settings.contains(QStringLiteral("textScale"))) {
        setTextScale(settings.value(QStringLiteral("textScale")).toReal());
        store(keyTextScale, QString::number(m_textScale, 'f', 2));
    }
    if (settings.contains(QStringLiteral("hiddenExercises"))) {
        m_hiddenExercises = settings.value(QStringLiteral("hiddenExercises")).toStringList();
        store(keyHidden, m_hiddenExercises.join(u", "));
    }
    if (const QString text = settings.value(QStringLiteral("crisisText")).toString().trimmed();
        !text.isEmpty()) {
        m_helpText = text;
        store(keyHelpText, IniFile::quoted(text));
    }
    Q_EMIT settingsChanged();
    const QString error = IniFile::write(m_configFile, ini);
    if (!error.isEmpty())
        qCWarning(lcConfig).noquote()
            << "cannot save the settings to" << m_configFile << ":" << error;
    return error;
}
