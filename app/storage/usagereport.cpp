#include "usagereport.h"

#include "usagelog.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

namespace {

// The report's own minus sign, −, reads better on screen than a hyphen.
QString shown(const Figure &figure, Report::Style style)
{
    return Report::format(figure, style).replace(u'-', u'\u2212');
}

QVariantMap figure(const Figure &f, Report::Style style, double largest = 0)
{
    return {{QStringLiteral("text"), shown(f, style)},
            {QStringLiteral("suppressed"), f.suppressed},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("runs"), f.runs},
            {QStringLiteral("share"), f.suppressed || largest <= 0 ? 0.0 : f.value / largest}};
}

template<typename Figures>
double largest(const Figures &figures)
{
    double most = 0;
    for (const Figure &f : figures)
        most = std::max(most, f.suppressed ? 0 : f.value);
    return most;
}

QString zoneLabel(int zone)
{
    switch (zone) {
    case Report::Above:
        return QObject::tr("Above the window");
    case Report::Below:
        return QObject::tr("Below the window");
    default:
        return QObject::tr("Inside the window");
    }
}

QString zoneShort(int zone)
{
    switch (zone) {
    case Report::Above:
        return QObject::tr("above");
    case Report::Below:
        return QObject::tr("below");
    default:
        return QObject::tr("inside");
    }
}

} // namespace

UsageReport::UsageReport(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
    , m_from(m_today.addDays(1 - defaultPresetDays))
    , m_to(m_today)
    , m_exportFolder(defaultExportFolder())
{ }

void UsageReport::setLog(UsageLog *log)
{
    if (log == m_log)
        return;
    if (m_log)
        m_log->disconnect(this);
    m_log = log;
    if (m_log) {
        connect(m_log, &UsageLog::reportReady, this,
                [this](int request, const Report &report, const QString &error) {
                    if (request != m_request)
                        return;
                    m_request = 0;
                    m_error = error;
                    if (error.isEmpty())
                        show(report);
                    Q_EMIT resultChanged();
                });
        connect(m_log, &UsageLog::exported, this,
                [this](int request, const QString &file, const QString &error) {
                    if (request != m_exportRequest)
                        return;
                    m_exportRequest = 0;
                    m_exportMessage = error.isEmpty()
                        ? tr("Saved to %1").arg(QDir::toNativeSeparators(file))
                        : tr("The report was not saved: %1").arg(error);
                    Q_EMIT exportChanged();
                });
        // A log that finishes opening, or writes new runs, has new figures to show.
        connect(m_log, &UsageLog::changed, this, &UsageReport::scheduleRefresh);
        connect(m_log, &UsageLog::committed, this, &UsageReport::scheduleRefresh);
    }
    Q_EMIT logChanged();
    scheduleRefresh();
}

// In the language on screen, in its own order ("jue 3 de dic. de 2026").
QString UsageReport::dayText(const QDate &day)
{
    //: A date as QLocale::toString writes it: "Thu 3 Dec 2026"; quote literal words ('de').
    return QLocale().toString(day, tr("ddd d MMM yyyy"));
}

QString UsageReport::fromText() const
{
    return dayText(m_from);
}

QString UsageReport::toText() const
{
    return dayText(m_to);
}

void UsageReport::relocalize()
{
    Q_EMIT rangeChanged();
    scheduleRefresh();
}

QString UsageReport::countedText() const
{
    const ReportQuery weeks = Reports::aligned(query());
    return tr("Counted over whole weeks, so no one visit can be worked out: %1 to %2")
        .arg(dayText(weeks.from), dayText(weeks.to));
}

void UsageReport::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
    scheduleRefresh();
}

void UsageReport::setToday(const QDate &today)
{
    m_today = today;
    choosePreset(m_presetDays > 0 ? m_presetDays : defaultPresetDays);
}

void UsageReport::setRange(const QDate &from, const QDate &to, int presetDays)
{
    const QDate end = std::min(to, m_today);
    const QDate start = std::min(from, end);
    if (start == m_from && end == m_to && presetDays == m_presetDays)
        return;
    m_from = start;
    m_to = end;
    m_presetDays = presetDays;
    Q_EMIT rangeChanged();
    scheduleRefresh();
}

void UsageReport::choosePreset(int days)
{
    setRange(m_today.addDays(1 - std::max(1, days)), m_today, std::max(1, days));
}

void UsageReport::moveFrom(int days, int months)
{
    setRange(m_from.addMonths(months).addDays(days), m_to, 0);
}

void UsageReport::moveTo(int days, int months)
{
    setRange(m_from, std::max(m_from, m_to.addMonths(months).addDays(days)), 0);
}

void UsageReport::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    // Several changes in one go (a preset, then a mode) make one request.
    m_refreshQueued = true;
    Q_EMIT resultChanged();
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void UsageReport::refresh()
{
    if (!m_log) {
        Q_EMIT resultChanged();
        return;
    }
    m_request = m_log->requestReport(query());
    Q_EMIT resultChanged();
}

void UsageReport::show(const Report &report)
{
    m_ready = true;
    m_summary
        = {{QStringLiteral("runs"), figure(report.runs, Report::Style::Count)},
           {QStringLiteral("completion"), figure(report.completion, Report::Style::Percent)},
           {QStringLiteral("distress"), figure(report.distressChange, Report::Style::Change)}};

    QList<Figure> exerciseRuns;
    for (const Report::Exercise &e : report.exercises)
        exerciseRuns.append(e.runs);
    const double mostRuns = largest(exerciseRuns);
    m_exercises.clear();
    for (const Report::Exercise &e : report.exercises)
        m_exercises.append(QVariantMap{
            {QStringLiteral("exerciseId"), e.id},
            {QStringLiteral("runs"), figure(e.runs, Report::Style::Count, mostRuns)},
            {QStringLiteral("completion"), figure(e.completion, Report::Style::Percent)},
            {QStringLiteral("distress"), figure(e.distressChange, Report::Style::Change)}});

    const double mostInAnHour = largest(report.byHour);
    m_hours.clear();
    for (int hour = 0; hour < 24; ++hour)
        m_hours.append(QVariantMap{
            {QStringLiteral("label"), QString::number(hour)},
            {QStringLiteral("name"), QStringLiteral("%1:00").arg(hour, 2, 10, QChar(u'0'))},
            {QStringLiteral("runs"),
             figure(report.byHour[hour], Report::Style::Count, mostInAnHour)}});

    const double mostInADay = largest(report.byWeekday);
    m_weekdays.clear();
    for (int day = 0; day < 7; ++day)
        m_weekdays.append(
            QVariantMap{{QStringLiteral("label"), QLocale().dayName(day + 1, QLocale::ShortFormat)},
                        {QStringLiteral("name"), QLocale().dayName(day + 1, QLocale::LongFormat)},
                        {QStringLiteral("runs"),
                         figure(report.byWeekday[day], Report::Style::Count, mostInADay)}});

    const double mostInALanguage = largest(report.byLanguage);
    m_languages.clear();
    for (int language = 0; language < int(report.byLanguage.size()); ++language) {
        const QString code = Report::languages().at(language);
        m_languages.append(QVariantMap{
            {QStringLiteral("language"), code},
            {QStringLiteral("label"),
             code == u"es" ? QStringLiteral("Español") : QStringLiteral("English")},
            {QStringLiteral("runs"),
             figure(report.byLanguage[language], Report::Style::Count, mostInALanguage)}});
    }

    const double mostInAZone = std::max(largest(report.zoneBefore), largest(report.zoneAfter));
    m_zones.clear();
    m_shifts.clear();
    QList<Figure> shiftFigures;
    for (const auto &row : report.zoneShifts)
        shiftFigures += QList<Figure>(row.begin(), row.end());
    const double mostInAShift = largest(shiftFigures);
    for (int zone = Report::Above; zone >= Report::Below; --zone) {
        m_zones.append(
            QVariantMap{{QStringLiteral("zone"), Report::zoneName(zone)},
                        {QStringLiteral("label"), zoneLabel(zone)},
                        {QStringLiteral("before"),
                         figure(report.zoneBefore[zone], Report::Style::Count, mostInAZone)},
                        {QStringLiteral("after"),
                         figure(report.zoneAfter[zone], Report::Style::Count, mostInAZone)}});
        QString from = zoneShort(zone);
        from[0] = from[0].toUpper();
        for (int after = Report::Above; after >= Report::Below; --after)
            m_shifts.append(QVariantMap{
                {QStringLiteral("before"), Report::zoneName(zone)},
                {QStringLiteral("after"), Report::zoneName(after)},
                {QStringLiteral("label"), tr("%1 → %2").arg(from, zoneShort(after))},
                {QStringLiteral("runs"),
                 figure(report.zoneShifts[zone][after], Report::Style::Count, mostInAShift)}});
    }
}

QString UsageReport::defaultExportFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return documents % u"/Haven reports";
}

void UsageReport::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QString UsageReport::exportFileName() const
{
    return QDir(m_exportFolder)
        .filePath(u"haven-report-" % from() % u"-to-" % to() % u'-'
                  % (m_mode.isEmpty() ? QStringLiteral("all") : m_mode) % u".csv");
}

void UsageReport::exportCsv()
{
    if (!m_log)
        return;
    m_exportMessage.clear();
    m_exportRequest = m_log->requestExport(query(), exportFileName());
    Q_EMIT exportChanged();
}
