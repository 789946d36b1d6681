#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

// Where staff can take the dashboard's CSV export: each USB stick (or other removable drive)
// mounted under /media or /run/media, where the desktop's automounter and the kiosk's udev rule
// (deploy/usb-export.rules) put them, and this device's own folder. A kiosk's own folder is out
// of staff's reach, so a stick, when there is one, comes first. Sticks come and go: refresh()
// reads the mounts again.
class ExportPlaces : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList places READ placeList NOTIFY changed)
    Q_PROPERTY(QString chosen READ chosen WRITE setChosen NOTIFY changed)
    Q_PROPERTY(QString folder READ folder NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)

public:
    struct Place
    {
        QString name;
        QString path;
        bool removable = false;
        bool operator==(const Place &) const = default;
    };

    explicit ExportPlaces(QObject *parent = nullptr);

    // The writable removable drives in a mount table (the text of /proc/self/mounts).
    static QList<Place> removableMounts(const QString &mountTable);

    // Tests read a mount table and a local folder of their own.
    void setMountTable(const QString &file) { m_mountTable = file; }
    void setLocalFolder(const QString &folder) { m_localFolder = folder; }

    QList<Place> places() const { return m_places; }
    QVariantList placeList() const;
    // What staff tapped; empty, or gone (the stick was pulled out), means the first place.
    QString chosen() const { return m_chosen; }
    void setChosen(const QString &path);
    // Where the export goes now.
    QString folder() const;
    // That place in words: "the USB stick KINGSTON (/media/haven/KINGSTON)".
    QString description() const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    QString m_mountTable = QStringLiteral("/proc/self/mounts");
    QString m_localFolder;
    QString m_chosen;
    QList<Place> m_places;
};
