#pragma once

#include "checkin.h"
#include "qmlsingleton.h"
#include "runrecord.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

// A person's own check-ins at home, before and after each exercise, so they can see how they
// have been over the days ("My check-ins"). Kept on this device only, in one file readable by
// them alone, holding the day and the two check-ins and nothing else: no exercise, no time of
// day. deleteAll() removes the file itself. Made without a file (kiosk and session modes) it
// keeps nothing at all, not even in memory.
class CheckInHistory : public QAbstractListModel, public QmlSingleton<CheckInHistory>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool enabled READ isEnabled CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int days READ days NOTIFY changed)
    Q_PROPERTY(int closerCount READ closerCount NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles {
        DayRole = Qt::UserRole + 1, // YYYY-MM-DD
        DayNumberRole, // "4"
        MonthRole, // "Mar"
        LongDayRole, // "Tuesday 4 March"
        FirstOfDayRole, // the first check-in of its day, where the chart names the day
        BeforeRole, // arousal, −1 to 1 (see CheckIn)
        BeforeDistressRole, // 0–10, or −1 when skipped
        AfterRole,
        AfterDistressRole,
        CloserRole, // after is nearer the middle of the window than before
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QDate day;
        CheckIn before;
        CheckIn after;
    };

    // The oldest are let go beyond this: years of daily practice, in a file of a few hundred KB.
    static constexpr int maxEntries = 2000;

    // Reads file now; an empty path keeps nothing (see above).
    CheckInHistory(const QString &file, QObject *parent); // no default: see QmlSingleton
    // checkins.json in the app data folder.
    static QString defaultFile();
    // The summary's rule: nearer the middle of the window by a step the eye can see.
    static bool movedCloser(const CheckIn &before, const CheckIn &after);

    bool isEnabled() const { return !m_file.isEmpty(); }
    QString file() const { return m_file; }
    int count() const { return int(m_entries.size()); }
    int days() const;
    int closerCount() const;
    QList<Entry> entries() const { return m_entries; }
    QString error() const { return m_error; }

    void add(const QDate &day, const CheckIn &before, const CheckIn &after);
    // Deletes the file and everything in it; false (and error() says why) if it stays.
    Q_INVOKABLE bool deleteAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // A finished run from Visit: kept when it has both a before and an after check-in.
    void addRun(const RunRecord &record);
    // The language changed: the days are written again in it.
    void relocalize();

Q_SIGNALS:
    void changed();
    void errorChanged();

private:
    void load();
    void save();
    void setError(const QString &error);

    QString m_file;
    QList<Entry> m_entries;
    QString m_error;
};
