#pragma once

#include "reports.h"
#include "usagelog.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

// The staff dashboard's report: a date range and mode chosen without a keyboard, the figures
// ready to draw (each with its text, whether it is suppressed, and its share of the largest bar),
// and CSV export. Figures are computed on the log's thread; the screen shows "busy" meanwhile.
class UsageReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(UsageLog *log READ log WRITE setLog NOTIFY logChanged)
    Q_PROPERTY(QString from READ from NOTIFY rangeChanged)
    Q_PROPERTY(QString to READ to NOTIFY rangeChanged)
    Q_PROPERTY(QString fromText READ fromText NOTIFY rangeChanged)
    Q_PROPERTY(QString toText READ toText NOTIFY rangeChanged)
    // What the figures cover: the range chosen, widened to whole weeks (Reports::aligned).
    Q_PROPERTY(QString countedText READ countedText NOTIFY rangeChanged)
    Q_PROPERTY(int presetDays READ presetDays NOTIFY rangeChanged)
    Q_PROPERTY(bool oneDay READ oneDay NOTIFY rangeChanged)
    Q_PROPERTY(bool toToday READ toToday NOTIFY rangeChanged)
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY resultChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QVariantList exercises READ exercises NOTIFY resultChanged)
    Q_PROPERTY(QVariantList hours READ hours NOTIFY resultChanged)
    Q_PROPERTY(QVariantList weekdays READ weekdays NOTIFY resultChanged)
    // Each: language (en, es), label (its name in itself), runs.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY resultChanged)
    Q_PROPERTY(QVariantList zones READ zones NOTIFY resultChanged)
    Q_PROPERTY(QVariantList shifts READ shifts NOTIFY resultChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)

public:
    static constexpr int defaultPresetDays = 30;

    explicit UsageReport(QObject *parent = nullptr);

    UsageLog *log() const { return m_log; }
    void setLog(UsageLog *log);
    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    QString fromText() const;
    QString toText() const;
    QString countedText() const;
    int presetDays() const { return m_presetDays; }
    bool oneDay() const { return m_from == m_to; }
    bool toToday() const { return m_to >= m_today; }
    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    bool busy() const { return m_refreshQueued || m_request != 0; }
    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    QVariantMap summary() const { return m_summary; }
    QVariantList exercises() const { return m_exercises; }
    QVariantList hours() const { return m_hours; }
    QVariantList weekdays() const { return m_weekdays; }
    QVariantList languages() const { return m_languages; }
    QVariantList zones() const { return m_zones; }
    QVariantList shifts() const { return m_shifts; }
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);
    bool exporting() const { return m_exportRequest != 0; }
    QString exportMessage() const { return m_exportMessage; }

    // The last `days` days, today included.
    Q_INVOKABLE void choosePreset(int days);
    // Moves one end of the range; it stays between the other end and today.
    Q_INVOKABLE void moveFrom(int days, int months);
    Q_INVOKABLE void moveTo(int days, int months);
    Q_INVOKABLE void refresh();
    // The language changed: dates and weekdays are written again in it.
    Q_INVOKABLE void relocalize();
    Q_INVOKABLE void exportCsv();

    // What "today" is; tests fix it.
    void setToday(const QDate &today);
    static QString defaultExportFolder();

Q_SIGNALS:
    void logChanged();
    void rangeChanged();
    void modeChanged();
    void resultChanged();
    void exportChanged();

private:
    static QString dayText(const QDate &day);
    ReportQuery query() const { return {m_from, m_to, m_mode}; }
    QString exportFileName() const;
    void setRange(const QDate &from, const QDate &to, int presetDays);
    void scheduleRefresh();
    void show(const Report &report);

    QPointer<UsageLog> m_log;
    QDate m_today;
    QDate m_from;
    QDate m_to;
    int m_presetDays = defaultPresetDays;
    QString m_mode;
    bool m_refreshQueued = false;
    int m_request = 0;
    bool m_ready = false;
    QString m_error;
    QVariantMap m_summary;
    QVariantList m_exercises;
    QVariantList m_hours;
    QVariantList m_weekdays;
    QVariantList m_languages;
    QVariantList m_zones;
    QVariantList m_shifts;
    QString m_exportFolder;
    int m_exportRequest = 0;
    QString m_exportMessage;
};
