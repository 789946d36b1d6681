#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

// What a person chose for themselves on their own device: their favourite exercises, the length
// they last chose for each, the narrator's voice and how Haven looks (DisplaySettings). Kept in one
// small file, at home and on a therapist's device. Made without a file (a kiosk) it remembers
// nothing, so a shared device never carries one person's choices to the next.
class Preferences : public QObject, public QmlSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool enabled READ isEnabled CONSTANT)
    Q_PROPERTY(QStringList favourites READ favourites NOTIFY favouritesChanged)
    // Exercise id → the minutes last chosen for it; an exercise at its own length is not here.
    Q_PROPERTY(QVariantMap minutes READ minutes NOTIFY minutesChanged)
    // The narrator the person chose (an id of AppConfig::voices()); empty: the device's
    // (AppConfig::voice). An exercise already under way keeps the voice it started with.
    Q_PROPERTY(QString voice READ voice WRITE setVoice NOTIFY voiceChanged)
    // The language the person chose (Language::choose sets it); empty: the system's.
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    // Reads file now; an empty path remembers nothing (see above).
    Preferences(const QString &file, QObject *parent); // no default: see QmlSingleton
    // preferences.json in the app data folder.
    static QString defaultFile();

    bool isEnabled() const { return !m_file.isEmpty(); }
    QString file() const { return m_file; }
    QStringList favourites() const { return m_favourites; }
    QVariantMap minutes() const { return m_minutes; }
    QString voice() const { return m_voice; }
    // An unknown id goes back to the device's voice.
    void setVoice(const QString &voice);
    // DisplaySettings' own choices, kept as it gives them.
    QVariantMap display() const { return m_display; }
    void setDisplay(const QVariantMap &display);
    // The language the person chose (an id of AppConfig::languages()); empty: the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    Q_INVOKABLE bool isFavourite(const QString &exerciseId) const;
    // Newest favourite last.
    Q_INVOKABLE void setFavourite(const QString &exerciseId, bool favourite);
    // 1 to 60; 0 (or anything else) goes back to the exercise's own length.
    Q_INVOKABLE void setMinutes(const QString &exerciseId, int minutes);
    Q_INVOKABLE int minutesFor(const QString &exerciseId) const;

Q_SIGNALS:
    void favouritesChanged();
    void minutesChanged();
    void voiceChanged();
    void languageChanged();

private:
    void load();
    void save();

    QString m_file;
    QStringList m_favourites;
    QVariantMap m_minutes;
    QString m_voice;
    QVariantMap m_display;
    QString m_language;
};
