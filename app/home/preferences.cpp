#include "preferences.h"

#include "appconfig.h"
#include "logging.h"
#include "wholefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

const QString keyFavourites = QStringLiteral("favourites");
const QString keyMinutes = QStringLiteral("minutes");
const QString keyVoice = QStringLiteral("voice");
const QString keyDisplay = QStringLiteral("display");
const QString keyLanguage = QStringLiteral("language");

// Lengths a person can choose; anything else in the file is not theirs.
constexpr int maxMinutes = 60;

} // namespace

Preferences::Preferences(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{
    load();
}

QString Preferences::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/preferences.json");
}

void Preferences::load()
{
    if (!isEnabled())
        return;
    QFile in(m_file);
    if (!in.exists())
        return;
    const QJsonDocument document
        = in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()) : QJsonDocument();
    if (!document.isObject()) {
        const QString aside = WholeFile::setAside(m_file);
        qCWarning(lcHome).noquote()
            << m_file << "could not be read; starting without favourites"
            << (aside.isEmpty() ? QString() : u"and the old file is " % aside);
        return;
    }
    const QJsonObject object = document.object();
    const QJsonArray favourites = object.value(keyFavourites).toArray();
    for (const QJsonValue &id : favourites) {
        if (id.isString() && !m_favourites.contains(id.toString()))
            m_favourites.append(id.toString());
    }
    const QJsonObject minutes = object.value(keyMinutes).toObject();
    for (auto it = minutes.begin(); it != minutes.end(); ++it) {
        const int value = it->toInt();
        if (value >= 1 && value <= maxMinutes)
            m_minutes.insert(it.key(), value);
    }
    if (const QString voice = object.value(keyVoice).toString();
        AppConfig::voices().contains(voice))
        m_voice = voice;
    m_display = object.value(keyDisplay).toObject().toVariantMap();
    if (const QString language = object.value(keyLanguage).toString();
        AppConfig::languages().contains(language))
        m_language = language;
}

void Preferences::save()
{
    QJsonObject object{{keyFavourites, QJsonArray::fromStringList(m_favourites)},
                       {keyMinutes, QJsonObject::fromVariantMap(m_minutes)}};
    if (!m_voice.isEmpty())
        object.insert(keyVoice, m_voice);
    if (!m_display.isEmpty())
        object.insert(keyDisplay, QJsonObject::fromVariantMap(m_display));
    if (!m_language.isEmpty())
        object.insert(keyLanguage, m_language);
    const QString error
        = WholeFile::write(m_file, QJsonDocument(object).toJson(QJsonDocument::Compact), true);
    if (!error.isEmpty())
        qCWarning(lcHome).noquote() << m_file << "could not be saved:" << error;
}

bool Preferences::isFavourite(const QString &exerciseId) const
{
    return m_favourites.contains(exerciseId);
}

void Preferences::setFavourite(const QString &exerciseId, bool favourite)
{
    if (!isEnabled() || exerciseId.isEmpty() || favourite == isFavourite(exerciseId))
        return;
    if (favourite)
        m_favourites.append(exerciseId);
    else
        m_favourites.removeAll(exerciseId);
    save();
    Q_EMIT favouritesChanged();
}

int Preferences::minutesFor(const QString &exerciseId) const
{
    return m_minutes.value(exerciseId).toInt();
}

void Preferences::setMinutes(const QString &exerciseId, int minutes)
{
    minutes = minutes >= 1 && minutes <= maxMinutes ? minutes : 0;
    if (!isEnabled() || exerciseId.isEmpty() || minutes == minutesFor(exerciseId))
        return;
    if (minutes == 0)
        m_minutes.remove(exerciseId);
    else
        m_minutes.insert(exerciseId, minutes);
    save();
    Q_EMIT minutesChanged();
}

void Preferences::setVoice(const QString &voice)
{
    const QString chosen = AppConfig::voices().contains(voice) ? voice : QString();
    if (!isEnabled() || chosen == m_voice)
        return;
    m_voice = chosen;
    save();
    Q_EMIT voiceChanged();
}

void Preferences::setDisplay(const QVariantMap &display)
{
    if (!isEnabled() || display == m_display)
        return;
    m_display = display;
    save();
}

void Preferences::setLanguage(const QString &language)
{
    const QString chosen = AppConfig::languages().contains(language) ? language : QString();
    if (!isEnabled() || chosen == m_language)
        return;
    m_language = chosen;
    save();
    Q_EMIT languageChanged();
}
