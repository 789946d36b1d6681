#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

// What a person chose for themselves at home: their favourite exercises, and the length they
// last chose for each. Kept in one small file on this device. Made without a file (kiosk and
// session modes) it remembers nothing, so a shared device never carries one person's choices
// to the next.
class Preferences : public QObject, public QmlSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool enabled READ isEnabled CONSTANT)
    Q_PROPERTY(QStringList favourites READ favourites NOTIFY favouritesChanged)
    // Exercise id → the minutes last chosen for it; an exercise at its own length is not here.
    Q_PROPERTY(QVariantMap minutes READ minutes NOTIFY minutesChanged)

public:
    // Reads file now; an empty path remembers nothing (see above).
    Preferences(const QString &file, QObject *parent); // no default: see QmlSingleton
    // preferences.json in the app data folder.
    static QString defaultFile();

    bool isEnabled() const { return !m_file.isEmpty(); }
    QString file() const { return m_file; }
    QStringList favourites() const { return m_favourites; }
    QVariantMap minutes() const { return m_minutes; }

    Q_INVOKABLE bool isFavourite(const QString &exerciseId) const;
    // Newest favourite last.
    Q_INVOKABLE void setFavourite(const QString &exerciseId, bool favourite);
    // 1 to 60; 0 (or anything else) goes back to the exercise's own length.
    Q_INVOKABLE void setMinutes(const QString &exerciseId, int minutes);
    Q_INVOKABLE int minutesFor(const QString &exerciseId) const;

Q_SIGNALS:
    void favouritesChanged();
    void minutesChanged();

private:
    void load();
    void save();

    QString m_file;
    QStringList m_favourites;
    QVariantMap m_minutes;
};
