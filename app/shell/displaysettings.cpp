#include "displaysettings.h"

#include "appconfig.h"
#include "preferences.h"

#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString keyTextScale = QStringLiteral("textScale");
const QString keyReducedMotion = QStringLiteral("reducedMotion");
const QString keyHighContrast = QStringLiteral("highContrast");
const QString keySound = QStringLiteral("sound");

qreal clampedScale(qreal scale)
{
    return std::clamp(scale, AppConfig::minTextScale, AppConfig::maxTextScale);
}

// gsettings asked for one setting, started now and read by answer().
struct GSetting
{
    GSetting(const QString &program, const QString &schema, const QString &key)
    {
        process.start(program, {QStringLiteral("get"), schema, key});
    }

    // What it printed, or empty when there is no such schema or key.
    QString answer()
    {
        if (!process.waitForFinished(2000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QProcess process;
};

} // namespace

DisplaySettings::Layer DisplaySettings::readDesktop()
{
    Layer desktop;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (program.isEmpty())
        return desktop;
    // All three at once: start-up waits for one, not three in turn.
    const QString interface = QStringLiteral("org.gnome.desktop.interface");
    GSetting scaling(program, interface, QStringLiteral("text-scaling-factor"));
    GSetting animations(program, interface, QStringLiteral("enable-animations"));
    GSetting contrast(program, QStringLiteral("org.gnome.desktop.a11y.interface"),
                      QStringLiteral("high-contrast"));
    bool number = false;
    const qreal scale = scaling.answer().toDouble(&number);
    if (number && scale > 1.0)
        desktop.textScale = clampedScale(scale);
    if (animations.answer() == u"false")
        desktop.reducedMotion = true;
    if (contrast.answer() == u"true")
        desktop.highContrast = true;
    return desktop;
}

DisplaySettings::DisplaySettings(const AppConfig *config, const Layer &desktop,
                                 Preferences *remembered, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_desktop(desktop)
    , m_remembered(remembered)
{
    connect(config, &AppConfig::textScaleChanged, this, &DisplaySettings::changed);
    connect(config, &AppConfig::reducedMotionChanged, this, &DisplaySettings::changed);
    connect(config, &AppConfig::highContrastChanged, this, &DisplaySettings::changed);
    connect(config, &AppConfig::settingsChanged, this, &DisplaySettings::changed);
    if (!remembered)
        return;
    const QVariantMap kept = remembered->display();
    if (const QVariant scale = kept.value(keyTextScale); scale.canConvert<qreal>())
        m_chosen.textScale = clampedScale(scale.toReal());
    for (const auto &[key, setting] :
         {std::pair{keyReducedMotion, &Layer::reducedMotion},
          std::pair{keyHighContrast, &Layer::highContrast}, std::pair{keySound, &Layer::sound}}) {
        if (const QVariant value = kept.value(key); value.typeId() == QMetaType::Bool)
            m_chosen.*setting = value.toBool();
    }
}

template<typename T>
T DisplaySettings::pick(std::optional<T> Layer::*setting, T configured) const
{
    return (m_chosen.*setting).value_or((m_desktop.*setting).value_or(configured));
}

qreal DisplaySettings::textScale() const
{
    return pick(&Layer::textScale, m_config->textScale());
}

bool DisplaySettings::reducedMotion() const
{
    return pick(&Layer::reducedMotion, m_config->reducedMotion());
}

bool DisplaySettings::highContrast() const
{
    return pick(&Layer::highContrast, m_config->highContrast());
}

bool DisplaySettings::sound() const
{
    return pick(&Layer::sound, m_config->audio());
}

template<typename T>
void DisplaySettings::choose(std::optional<T> Layer::*setting, T value, T configured)
{
    // A choice of what Haven would show anyway is no choice: nothing to remember or undo.
    const std::optional<T> chosen
        = value == (m_desktop.*setting).value_or(configured) ? std::nullopt : std::optional(value);
    if (m_chosen.*setting == chosen)
        return;
    m_chosen.*setting = chosen;
    remember();
    Q_EMIT changed();
}

void DisplaySettings::setTextScale(qreal scale)
{
    choose(&Layer::textScale, clampedScale(scale), m_config->textScale());
}

void DisplaySettings::setReducedMotion(bool reduced)
{
    choose(&Layer::reducedMotion, reduced, m_config->reducedMotion());
}

void DisplaySettings::setHighContrast(bool high)
{
    choose(&Layer::highContrast, high, m_config->highContrast());
}

void DisplaySettings::setSound(bool sound)
{
    choose(&Layer::sound, sound, m_config->audio());
}

void DisplaySettings::forget()
{
    if (m_chosen.isEmpty())
        return;
    m_chosen = {};
    remember();
    Q_EMIT changed();
}

void DisplaySettings::remember()
{
    if (!m_remembered)
        return;
    QVariantMap kept;
    if (m_chosen.textScale)
        kept.insert(keyTextScale, *m_chosen.textScale);
    for (const auto &[key, setting] :
         {std::pair{keyReducedMotion, &Layer::reducedMotion},
          std::pair{keyHighContrast, &Layer::highContrast}, std::pair{keySound, &Layer::sound}}) {
        if (m_chosen.*setting)
            kept.insert(key, *(m_chosen.*setting));
    }
    m_remembered->setDisplay(kept);
}
