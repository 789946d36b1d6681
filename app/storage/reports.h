#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <array>

// One figure of a report. Any figure built from fewer than minimumRuns runs is suppressed: its
// value is dropped here, where it is computed, so no view can show it by mistake.
struct Figure
{
    static constexpr int minimumRuns = 11;

    double value = 0; // a count, a rate from 0 to 1, or a mean
    qint64 runs = 0; // how many runs it is built from
    bool suppressed = true;

    static Figure count(qint64 runs);
    static Figure rate(qint64 part, qint64 runs);
    static Figure mean(double sum, qint64 runs);

    bool operator==(const Figure &) const = default;
};

// A date range (both days included; an invalid date leaves that end open) and a mode (empty for
// every mode).
struct ReportQuery
{
    QDate from;
    QDate to;
    QString mode;
};

// The usage log's totals for a range: what the dashboard draws and `haven --report` prints.
struct Report
{
    enum Zone { Below, Inside, Above };
    static constexpr int zoneCount = 3;

    struct Exercise
    {
        QString id;
        Figure runs;
        Figure completion;
        Figure distressChange; // mean of after − before, over the runs with both
    };

    ReportQuery query;
    Figure runs;
    Figure completion;
    Figure distressChange;
    QList<Exercise> exercises; // most runs first; suppressed ones after, by id
    std::array<Figure, 24> byHour; // local hour the run ended
    std::array<Figure, 7> byWeekday; // Monday first
    // The language each run was shown in, in the order of languages().
    std::array<Figure, 2> byLanguage;
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    std::array<Figure, zoneCount> zoneBefore;
    std::array<Figure, zoneCount> zoneAfter;
    std::array<std::array<Figure, zoneCount>, zoneCount> zoneShifts; // [before][after]

    static QString zoneName(int zone); // below, inside, above

    // Aligned text for a terminal, and CSV for a spreadsheet: aggregates only.
    QString toText() const;
    QString toCsv() const;
    // A figure as the report shows it: "312", "81%", "−1.8", or "fewer than 11".
    enum class Style { Count, Percent, Change };
    static QString format(const Figure &figure, Style style);
    static QString suppressedText();
};

class Reports
{
public:
    // Reads the totals tables in one read transaction, over query's range widened to whole
    // weeks (Monday to Sunday), which the report's own query then shows.
    static Report compute(QSqlDatabase db, const ReportQuery &query, QSqlError *error);
    static ReportQuery aligned(const ReportQuery &query);
};
