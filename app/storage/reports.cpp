#include "reports.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

// Aligned columns: the first to the left, the rest to the right.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i >= widths.size())
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i == 0 ? row[i].leftJustified(widths[i])
                           : u"  " % row[i].rightJustified(widths[i]);
        out += line.trimmed() % u'\n';
    }
    return out;
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n'))
        return field;
    return u'"' % QString(field).replace(u'"', QStringLiteral("\"\"")) % u'"';
}

QString weekdayName(int index)
{
    return QLocale::c().dayName(index + 1, QLocale::LongFormat);
}

// In English, as the rest of the report; the CSV has the code.
QString languageName(int index)
{
    return index == 0 ? QStringLiteral("English") : QStringLiteral("Spanish");
}

QString hourName(int hour)
{
    return QStringLiteral("%1:00-%2:00")
        .arg(hour, 2, 10, QChar(u'0'))
        .arg(hour + 1, 2, 10, QChar(u'0'));
}

int zoneIndex(const QString &name)
{
    for (int zone = 0; zone < Report::zoneCount; ++zone) {
        if (Report::zoneName(zone) == name)
            return zone;
    }
    return -1; // none: no check-in
}

} // namespace

Figure Figure::count(qint64 runs)
{
    const bool hidden = runs < minimumRuns;
    return {hidden ? 0 : double(runs), hidden ? 0 : runs, hidden};
}

Figure Figure::rate(qint64 part, qint64 runs)
{
    const bool hidden = runs < minimumRuns;
    return {hidden ? 0 : double(part) / double(runs), hidden ? 0 : runs, hidden};
}

Figure Figure::mean(double sum, qint64 runs)
{
    const bool hidden = runs < minimumRuns;
    return {hidden ? 0 : sum / double(runs), hidden ? 0 : runs, hidden};
}

QString Report::zoneName(int zone)
{
    switch (zone) {
    case Below:
        return QStringLiteral("below");
    case Above:
        return QStringLiteral("above");
    default:
        return QStringLiteral("inside");
    }
}

QString Report::suppressedText()
{
    return QStringLiteral("fewer than %1").arg(Figure::minimumRuns);
}

QString Report::format(const Figure &figure, Style style)
{
    if (figure.suppressed)
        return suppressedText();
    switch (style) {
    case Style::Percent:
        return QString::number(std::lround(figure.value * 100)) % u'%';
    case Style::Change: {
        const double rounded = std::round(figure.value * 10) / 10;
        return (rounded > 0 ? QStringLiteral("+") : QString()) % QString::number(rounded, 'f', 1);
    }
    case Style::Count:
        break;
    }
    return QString::number(qint64(figure.value));
}

QString Report::toText() const
{
    const auto day = [](const QDate &date, const char *open) {
        return date.isValid() ? date.toString(Qt::ISODate) : QString::fromLatin1(open);
    };
    QString out = u"Haven usage report: " % day(query.from, "the first day") % u" to "
        % day(query.to, "the last day") % u", "
        % (query.mode.isEmpty() ? QStringLiteral("all modes") : query.mode % u" mode") % u'\n'
        % u"Anonymous totals. A figure from fewer than " % QString::number(Figure::minimumRuns)
        % u" runs shows as \"" % suppressedText() % u"\".\n\n";
    const auto withN = [](const Figure &figure) {
        return figure.suppressed
            ? suppressedText()
            : format(figure, Style::Change) % u" (n = " % QString::number(figure.runs) % u')';
    };
    out += table({{QStringLiteral("Runs"), format(runs, Style::Count)},
                  {QStringLiteral("Completed"), format(completion, Style::Percent)},
                  {QStringLiteral("Distress change, after - before"), withN(distressChange)}});

    QList<QStringList> rows{{QStringLiteral("Exercise"), QStringLiteral("Runs"),
                             QStringLiteral("Completed"), QStringLiteral("Distress change")}};
    for (const Exercise &e : exercises)
        rows.append({e.id, format(e.runs, Style::Count), format(e.completion, Style::Percent),
                     withN(e.distressChange)});
    out += u'\n' % table(rows);

    rows = {{QStringLiteral("Hour"), QStringLiteral("Runs")}};
    for (int hour = 0; hour < 24; ++hour)
        rows.append({hourName(hour), format(byHour[hour], Style::Count)});
    out += u'\n' % table(rows);

    rows = {{QStringLiteral("Weekday"), QStringLiteral("Runs")}};
    for (int day = 0; day < 7; ++day)
        rows.append({weekdayName(day), format(byWeekday[day], Style::Count)});
    out += u'\n' % table(rows);

    rows = {{QStringLiteral("Language"), QStringLiteral("Runs")}};
    for (int language = 0; language < int(byLanguage.size()); ++language)
        rows.append({languageName(language), format(byLanguage[language], Style::Count)});
    out += u'\n' % table(rows);

    rows = {
        {QStringLiteral("Window of tolerance"), QStringLiteral("Before"), QStringLiteral("After")}};
    for (int zone = Above; zone >= Below; --zone)
        rows.append({zoneName(zone), format(zoneBefore[zone], Style::Count),
                     format(zoneAfter[zone], Style::Count)});
    out += u'\n' % table(rows);

    rows = {{QStringLiteral("Zone shift, before -> after"), QStringLiteral("Runs")}};
    for (int before = Above; before >= Below; --before) {
        for (int after = Above; after >= Below; --after)
            rows.append({zoneName(before) % u" -> " % zoneName(after),
                         format(zoneShifts[before][after], Style::Count)});
    }
    out += u'\n' % table(rows);
    return out;
}

QString Report::toCsv() const
{
    const QString prefix = (query.from.isValid() ? query.from.toString(Qt::ISODate) : QString())
        % u',' % (query.to.isValid() ? query.to.toString(Qt::ISODate) : QString()) % u','
        % (query.mode.isEmpty() ? QStringLiteral("all") : query.mode) % u',';
    QString out = QStringLiteral("from,to,mode,section,item,figure,value,runs\n");
    const auto line = [&](const char *section, const QString &item, const char *name,
                          const Figure &figure, int decimals) {
        const QString value = figure.suppressed ? suppressedText()
            : decimals == 0                     ? QString::number(qint64(figure.value))
                                                : QString::number(figure.value, 'f', decimals);
        out += prefix % QLatin1StringView(section) % u',' % csvField(item) % u','
            % QLatin1StringView(name) % u',' % value % u','
            % (figure.suppressed ? QString() : QString::number(figure.runs)) % u'\n';
    };
    line("total", QStringLiteral("all"), "runs", runs, 0);
    line("total", QStringLiteral("all"), "completion_rate", completion, 3);
    line("total", QStringLiteral("all"), "mean_distress_change", distressChange, 2);
    for (const Exercise &e : exercises) {
        line("exercise", e.id, "runs", e.runs, 0);
        line("exercise", e.id, "completion_rate", e.completion, 3);
        line("exercise", e.id, "mean_distress_change", e.distressChange, 2);
    }
    for (int hour = 0; hour < 24; ++hour)
        line("hour", QString::number(hour), "runs", byHour[hour], 0);
    for (int day = 0; day < 7; ++day)
        line("weekday", weekdayName(day), "runs", byWeekday[day], 0);
    for (int language = 0; language < int(byLanguage.size()); ++language)
        line("language", languages().at(language), "runs", byLanguage[language], 0);
    for (int zone = 0; zone < zoneCount; ++zone) {
        line("zone_before", zoneName(zone), "runs", zoneBefore[zone], 0);
        line("zone_after", zoneName(zone), "runs", zoneAfter[zone], 0);
    }
    for (int before = 0; before < zoneCount; ++before) {
        for (int after = 0; after < zoneCount; ++after)
            line("zone_shift", zoneName(before) % u" to " % zoneName(after), "runs",
                 zoneShifts[before][after], 0);
    }
    return out;
}

ReportQuery Reports::aligned(const ReportQuery &query)
{
    ReportQuery result = query;
    if (result.from.isValid())
        result.from = result.from.addDays(1 - result.from.dayOfWeek()); // back to Monday
    if (result.to.isValid())
        result.to = result.to.addDays(7 - result.to.dayOfWeek()); // on to Sunday
    return result;
}

// Every figure is a sum of cells, and a cell (one week, one mode, one exercise or hour or day or
// pair of zones) counts only when it holds at least Figure::minimumRuns runs; a distress
// change only when its cell holds that many pairs. Ranges are whole weeks, and "all modes" is
// the sum of the modes' cells. So any figure, or any difference of two figures over other ranges
// or modes, is a sum of whole cells: nothing, or at least 11 runs.
Report Reports::compute(QSqlDatabase db, const ReportQuery &asked, QSqlError *error)
{
    const ReportQuery query = aligned(asked);
    Report report;
    report.query = query;
    const QString from
        = query.from.isValid() ? query.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    const QString to
        = query.to.isValid() ? query.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    const QString where = query.mode.isEmpty()
        ? QStringLiteral(" WHERE day BETWEEN ? AND ?")
        : QStringLiteral(" WHERE day BETWEEN ? AND ? AND mode = ?");
    const QString week = QStringLiteral("date(day, 'weekday 0', '-6 days')");
    QSqlQuery q(db);
    bool ok = true;
    const auto select = [&](const QString &sql, bool filtered) {
        ok = ok && q.prepare(sql);
        if (ok && filtered) {
            q.addBindValue(from);
            q.addBindValue(to);
            if (!query.mode.isEmpty())
                q.addBindValue(query.mode);
        }
        ok = ok && q.exec();
        return ok;
    };
    const auto counts = [](qint64 runs) { return runs >= Figure::minimumRuns ? runs : 0; };

    // One read transaction: every figure comes from the same moment, even while the writer writes.
    ok = q.exec(QStringLiteral("BEGIN"));
    // Every exercise ever logged is listed, so a range with none of one is not told apart from a
    // range with a few.
    QMap<QString, std::array<qint64, 4>> exercises;
    if (select(QStringLiteral("SELECT DISTINCT exercise_id FROM exercise_totals"), false)) {
        while (q.next())
            exercises[q.value(0).toString()] = {};
    }
    qint64 runs = 0, completed = 0, pairs = 0, change = 0;
    if (select(u"SELECT exercise_id, sum(runs), sum(completed), sum(distress_pairs), "
               u"sum(distress_change) FROM exercise_totals"
                   % where % u" GROUP BY " % week % u", mode, exercise_id",
               true)) {
        while (q.next()) {
            const qint64 cellRuns = counts(q.value(1).toLongLong());
            const qint64 cellPairs = cellRuns > 0 ? counts(q.value(3).toLongLong()) : 0;
            auto &e = exercises[q.value(0).toString()];
            e[0] += cellRuns;
            e[1] += cellRuns > 0 ? q.value(2).toLongLong() : 0;
            e[2] += cellPairs;
            e[3] += cellPairs > 0 ? q.value(4).toLongLong() : 0;
        }
        for (const auto &e : std::as_const(exercises)) {
            runs += e[0];
            completed += e[1];
            pairs += e[2];
            change += e[3];
        }
    }
    std::array<qint64, 24> hours{};
    if (select(u"SELECT hour, sum(runs) FROM hour_totals" % where % u" GROUP BY " % week
                   % u", mode, hour",
               true)) {
        while (q.next())
            hours[std::clamp(q.value(0).toInt(), 0, 23)] += counts(q.value(1).toLongLong());
    }
    std::array<qint64, 7> weekdays{};
    if (select(QStringLiteral("SELECT day, sum(runs) FROM hour_totals") % where
                   % u" GROUP BY day, mode",
               true)) {
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (day.isValid())
                weekdays[day.dayOfWeek() - 1] += counts(q.value(1).toLongLong());
        }
    }
    std::array<qint64, 2> languages{};
    if (select(u"SELECT language, sum(runs) FROM language_totals" % where % u" GROUP BY " % week
                   % u", mode, language",
               true)) {
        while (q.next()) {
            const qsizetype language = Report::languages().indexOf(q.value(0).toString());
            if (language >= 0)
                languages[language] += counts(q.value(1).toLongLong());
        }
    }
    std::array<qint64, Report::zoneCount> before{}, after{};
    std::array<std::array<qint64, Report::zoneCount>, Report::zoneCount> shifts{};
    if (select(u"SELECT zone_before, zone_after, sum(runs) FROM zone_totals" % where % u" GROUP BY "
                   % week % u", mode, zone_before, zone_after",
               true)) {
        while (q.next()) {
            const int b = zoneIndex(q.value(0).toString());
            const int a = zoneIndex(q.value(1).toString());
            const qint64 n = counts(q.value(2).toLongLong());
            if (b >= 0)
                before[b] += n;
            if (a >= 0)
                after[a] += n;
            if (a >= 0 && b >= 0)
                shifts[b][a] += n;
        }
    }
    if (!ok && error)
        *error = q.lastError();
    q.finish();
    q.exec(QStringLiteral("COMMIT"));
    if (!ok)
        return report;

    report.runs = Figure::count(runs);
    report.completion = Figure::rate(completed, runs);
    report.distressChange = Figure::mean(double(change), pairs);
    for (auto it = exercises.cbegin(); it != exercises.cend(); ++it) {
        const auto &e = it.value();
        report.exercises.append({it.key(), Figure::count(e[0]), Figure::rate(e[1], e[0]),
                                 Figure::mean(double(e[3]), e[2])});
    }
    // Sorting by a suppressed count would tell the hidden ones apart; those keep the id order.
    std::stable_sort(report.exercises.begin(), report.exercises.end(),
                     [](const Report::Exercise &a, const Report::Exercise &b) {
                         return a.runs.suppressed != b.runs.suppressed
                             ? !a.runs.suppressed
                             : a.runs.value > b.runs.value;
                     });
    for (int hour = 0; hour < 24; ++hour)
        report.byHour[hour] = Figure::count(hours[hour]);
    for (int day = 0; day < 7; ++day)
        report.byWeekday[day] = Figure::count(weekdays[day]);
    for (size_t language = 0; language < languages.size(); ++language)
        report.byLanguage[language] = Figure::count(languages[language]);
    for (int zone = 0; zone < Report::zoneCount; ++zone) {
        report.zoneBefore[zone] = Figure::count(before[zone]);
        report.zoneAfter[zone] = Figure::count(after[zone]);
        for (int other = 0; other < Report::zoneCount; ++other)
            report.zoneShifts[zone][other] = Figure::count(shifts[zone][other]);
    }
    return report;
}
