#include "reports.h"
#include "schema.h"
#include "sqlitetesting.h"
#include "usagesamples.h"

#include <QTemporaryDir>
#include <QTest>

using SqliteTesting::Connection;

// The report's figures, checked against sums made independently from the runs themselves, and
// the rule that no figure from fewer than 11 runs is ever shown.
class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh log holding runs, and a connection to it.
    std::unique_ptr<Connection> logWith(const QList<LoggedRun> &runs)
    {
        auto c = std::make_unique<Connection>(m_dir.filePath(QString::number(++m_files)));
        QSqlDatabase db = c->database();
        if (Schema::migrate(db).isValid() || Schema::exec(db, QStringLiteral("BEGIN")).isValid()
            || Schema::insert(db, runs).isValid()
            || Schema::exec(db, QStringLiteral("COMMIT")).isValid())
            qFatal("cannot make a log");
        return c;
    }

    static LoggedRun make(const char *id, const QDate &day, int hour, bool completed,
                          const char *zoneBefore = nullptr, const char *zoneAfter = nullptr,
                          std::optional<int> distressBefore = {},
                          std::optional<int> distressAfter = {})
    {
        LoggedRun r;
        r.day = day;
        r.hour = hour;
        r.weekday = day.dayOfWeek();
        r.mode = QStringLiteral("kiosk");
        r.exerciseId = QLatin1StringView(id);
        r.plannedSeconds = 240;
        r.activeSeconds = completed ? 240 : 60;
        r.ending = completed ? QStringLiteral("completed") : QStringLiteral("stopped");
        r.zoneBefore = QLatin1StringView(zoneBefore);
        r.zoneAfter = QLatin1StringView(zoneAfter);
        r.distressBefore = distressBefore;
        r.distressAfter = distressAfter;
        return r;
    }

    // A small clinic week: 40 box-breathing, 12 five-senses (in Spanish) and 3 safe-place runs.
    static QList<LoggedRun> week()
    {
        const QDate monday(2025, 3, 3);
        QList<LoggedRun> runs;
        for (int i = 0; i < 40; ++i)
            runs.append(make("box-breathing", monday.addDays(i % 2), 10 + i % 2, i < 30, "above",
                             i < 24 ? "inside" : "above", 7,
                             i < 20 ? std::optional(5) : std::nullopt));
        for (int i = 0; i < 12; ++i) {
            runs.append(make("five-senses", monday, 10, i < 6, "below", "inside", 4, 3));
            runs.last().language = QStringLiteral("es");
        }
        for (int i = 0; i < 3; ++i)
            runs.append(make("safe-place", monday.addDays(2), 15, true));
        return runs;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void suppressionBelowEleven_data()
    {
        QTest::addColumn<qint64>("runs");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("none") << qint64(0) << true;
        QTest::newRow("one") << qint64(1) << true;
        QTest::newRow("ten") << qint64(10) << true;
        QTest::newRow("eleven") << qint64(11) << false;
        QTest::newRow("many") << qint64(5000) << false;
    }

    void suppressionBelowEleven()
    {
        QFETCH(qint64, runs);
        QFETCH(bool, suppressed);
        for (const Figure &f : {Figure::count(runs), Figure::rate(runs / 2, runs),
                                Figure::mean(-1.5 * double(runs), runs)}) {
            QCOMPARE(f.suppressed, suppressed);
            // A suppressed figure carries nothing a view could show by mistake.
            if (suppressed)
                QVERIFY(f.value == 0 && f.runs == 0);
            else
                QCOMPARE(f.runs, runs);
            QCOMPARE(Report::format(f, Report::Style::Count) == u"fewer than 11", suppressed);
        }
    }

    void formats()
    {
        QCOMPARE(Report::format(Figure::count(312), Report::Style::Count), QStringLiteral("312"));
        QCOMPARE(Report::format(Figure::rate(30, 40), Report::Style::Percent),
                 QStringLiteral("75%"));
        QCOMPARE(Report::format(Figure::mean(-42, 20), Report::Style::Change),
                 QStringLiteral("-2.1"));
        QCOMPARE(Report::format(Figure::mean(8, 20), Report::Style::Change),
                 QStringLiteral("+0.4"));
        QCOMPARE(Report::format(Figure::mean(0, 20), Report::Style::Change), QStringLiteral("0.0"));
    }

    void figuresOfAWeek()
    {
        const auto log = logWith(week());
        QSqlError error;
        const Report r = Reports::compute(log->database(), {}, &error);
        QVERIFY(!error.isValid());
        // Safe place's 3 runs are a cell under 11: they count nowhere, not even in the total.
        QCOMPARE(r.runs, Figure::count(52));
        QCOMPARE(r.completion, Figure::rate(30 + 6, 52));
        // Box breathing: 20 pairs of 7 → 5; five senses: 12 pairs of 4 → 3.
        QCOMPARE(r.distressChange, Figure::mean(20 * -2 + 12 * -1, 32));
        QCOMPARE(r.exercises.size(), 3);
        QCOMPARE(r.exercises[0].id, QStringLiteral("box-breathing"));
        QCOMPARE(r.exercises[0].runs, Figure::count(40));
        QCOMPARE(r.exercises[0].completion, Figure::rate(30, 40));
        QCOMPARE(r.exercises[0].distressChange, Figure::mean(-40, 20));
        QCOMPARE(r.exercises[1].id, QStringLiteral("five-senses"));
        QCOMPARE(r.exercises[1].completion, Figure::rate(6, 12));
        QCOMPARE(r.exercises[1].distressChange, Figure::mean(-12, 12));
        QCOMPARE(r.exercises[2].id, QStringLiteral("safe-place"));
        QVERIFY(r.exercises[2].runs.suppressed);
        QVERIFY(r.exercises[2].completion.suppressed);
        QCOMPARE(r.byHour[10], Figure::count(20 + 12));
        QCOMPARE(r.byHour[11], Figure::count(20));
        QVERIFY(r.byHour[15].suppressed); // 3
        QVERIFY(r.byHour[3].suppressed); // none: not told apart from a few
        QCOMPARE(r.byWeekday[0], Figure::count(32));
        QCOMPARE(r.byWeekday[1], Figure::count(20));
        QVERIFY(r.byWeekday[2].suppressed);
        // A cell is a week, a mode and a language: safe place's 3 English runs count with box
        // breathing's 40.
        QCOMPARE(r.byLanguage[0], Figure::count(40 + 3));
        QCOMPARE(r.byLanguage[1], Figure::count(12));
        QCOMPARE(r.zoneBefore[Report::Above], Figure::count(40));
        QCOMPARE(r.zoneBefore[Report::Below], Figure::count(12));
        QCOMPARE(r.zoneAfter[Report::Inside], Figure::count(36));
        QCOMPARE(r.zoneShifts[Report::Above][Report::Inside], Figure::count(24));
        QCOMPARE(r.zoneShifts[Report::Above][Report::Above], Figure::count(16));
        QCOMPARE(r.zoneShifts[Report::Below][Report::Inside], Figure::count(12));
        QVERIFY(r.zoneShifts[Report::Inside][Report::Inside].suppressed);
    }

    void rangeAndMode()
    {
        QList<LoggedRun> runs = week();
        for (int i = 0; i < 15; ++i) {
            LoggedRun r = make("orienting", QDate(2025, 3, 3), 9, true);
            r.mode = QStringLiteral("session");
            runs.append(r);
        }
        const auto log = logWith(runs);
        QSqlError error;
        // A day asked for is its whole week, Monday to Sunday.
        const Report tuesday
            = Reports::compute(log->database(), {QDate(2025, 3, 4), QDate(2025, 3, 4), {}}, &error);
        QCOMPARE(tuesday.query.from, QDate(2025, 3, 3));
        QCOMPARE(tuesday.query.to, QDate(2025, 3, 9));
        QCOMPARE(tuesday.runs, Figure::count(40 + 12 + 15));
        const Report session
            = Reports::compute(log->database(), {{}, {}, QStringLiteral("session")}, &error);
        QCOMPARE(session.runs, Figure::count(15));
        QCOMPARE(session.exercises.first().id, QStringLiteral("orienting"));
        // Every exercise ever logged is listed, so "none here" looks like "a few here".
        QCOMPARE(session.exercises.size(), 4);
        for (qsizetype i = 1; i < session.exercises.size(); ++i)
            QVERIFY(session.exercises[i].runs.suppressed);
        QCOMPARE(session.exercises[1].id, QStringLiteral("box-breathing")); // by id
        QVERIFY(!error.isValid());
    }

    // A year of realistic use, against sums made here from the same runs.
    void matchesTheRuns()
    {
        const QList<LoggedRun> runs = sampleRuns(20000, QDate(2025, 6, 30), 365, 42);
        const auto log = logWith(runs);
        const ReportQuery query{QDate(2025, 2, 1), QDate(2025, 4, 30), QStringLiteral("kiosk")};
        QSqlError error;
        const Report r = Reports::compute(log->database(), query, &error);
        QVERIFY(!error.isValid());

        // The same sums made here from the runs, cell by cell: a week and an exercise (or an
        // hour, a day, a pair of zones), counted only with at least 11 runs (or pairs).
        const ReportQuery whole = Reports::aligned(query);
        QMap<std::pair<QDate, QString>, std::array<qint64, 4>> cells;
        QMap<std::pair<QDate, int>, qint64> hourCells;
        QMap<QDate, qint64> dayCells;
        QMap<std::pair<QDate, QString>, qint64> zoneCells;
        for (const LoggedRun &run : runs) {
            if (run.day < whole.from || run.day > whole.to || run.mode != query.mode)
                continue;
            const QDate week = run.day.addDays(1 - run.day.dayOfWeek());
            const bool paired = run.distressBefore && run.distressAfter;
            auto &cell = cells[{week, run.exerciseId}];
            cell[0] += 1;
            cell[1] += run.ending == u"completed";
            cell[2] += paired;
            cell[3] += paired ? *run.distressAfter - *run.distressBefore : 0;
            ++hourCells[{week, run.hour}];
            ++dayCells[run.day];
            ++zoneCells[{week, run.zoneBefore % u'>' % run.zoneAfter}];
        }
        const auto counted = [](qint64 n) { return n >= Figure::minimumRuns ? n : 0; };
        qint64 total = 0, completed = 0, pairs = 0, change = 0;
        QMap<QString, std::array<qint64, 4>> exercises;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const qint64 n = counted(it.value()[0]);
            const qint64 p = n > 0 ? counted(it.value()[2]) : 0;
            auto &e = exercises[it.key().second];
            e[0] += n;
            e[1] += n > 0 ? it.value()[1] : 0;
            e[2] += p;
            e[3] += p > 0 ? it.value()[3] : 0;
            total += n;
            completed += n > 0 ? it.value()[1] : 0;
            pairs += p;
            change += p > 0 ? it.value()[3] : 0;
        }
        std::array<qint64, 24> hours{};
        for (auto it = hourCells.cbegin(); it != hourCells.cend(); ++it)
            hours[it.key().second] += counted(it.value());
        std::array<qint64, 7> weekdays{};
        for (auto it = dayCells.cbegin(); it != dayCells.cend(); ++it)
            weekdays[it.key().dayOfWeek() - 1] += counted(it.value());
        QMap<QString, qint64> shifts;
        for (auto it = zoneCells.cbegin(); it != zoneCells.cend(); ++it)
            shifts[it.key().second] += counted(it.value());
        QVERIFY(total > 1000);
        QCOMPARE(r.runs, Figure::count(total));
        QCOMPARE(r.completion, Figure::rate(completed, total));
        QCOMPARE(r.distressChange, Figure::mean(double(change), pairs));
        for (const Report::Exercise &e : r.exercises) {
            const auto expected = exercises.value(e.id);
            QCOMPARE(e.runs, Figure::count(expected[0]));
            QCOMPARE(e.completion, Figure::rate(expected[1], expected[0]));
            QCOMPARE(e.distressChange, Figure::mean(double(expected[3]), expected[2]));
        }
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(r.byHour[hour], Figure::count(hours[hour]));
        for (int day = 0; day < 7; ++day)
            QCOMPARE(r.byWeekday[day], Figure::count(weekdays[day]));
        for (int b = 0; b < Report::zoneCount; ++b) {
            for (int a = 0; a < Report::zoneCount; ++a)
                QCOMPARE(
                    r.zoneShifts[b][a],
                    Figure::count(shifts.value(Report::zoneName(b) % u'>' % Report::zoneName(a))));
        }
        // Most runs first, then the suppressed by id.
        for (qsizetype i = 1; i < r.exercises.size(); ++i) {
            const Report::Exercise &p = r.exercises[i - 1];
            const Report::Exercise &e = r.exercises[i];
            QVERIFY(p.runs.suppressed ? e.runs.suppressed && p.id < e.id
                                      : e.runs.suppressed || p.runs.value >= e.runs.value);
        }
    }

    // An attacker's script: every pair of ranges and mode filters the report accepts, over a
    // log thin enough that most cells are small. For each figure (a count of runs, or of
    // distress pairs behind a mean), no difference between two reports, and no mode taken from
    // "all modes", comes to between 1 and 10: nothing about fewer than 11 runs can be derived.
    void differencingRevealsNothing()
    {
        const QList<LoggedRun> runs = sampleRuns(3000, QDate(2025, 6, 29), 56, 11);
        const auto log = logWith(runs);
        QList<QDate> days{QDate()};
        for (int d = 0; d < 56; d += 2)
            days.append(QDate(2025, 5, 5).addDays(d));
        const QStringList modes{QString(), QStringLiteral("home"), QStringLiteral("kiosk"),
                                QStringLiteral("session")};
        // Each report as a list of counts, one per figure; distress figures by their pairs.
        const auto figures = [](const Report &r) {
            QList<qint64> f{r.runs.runs, r.distressChange.runs};
            QList<Report::Exercise> exercises = r.exercises; // most runs first: put by id
            std::sort(exercises.begin(), exercises.end(),
                      [](const auto &a, const auto &b) { return a.id < b.id; });
            for (const Report::Exercise &e : std::as_const(exercises))
                f << e.runs.runs << e.distressChange.runs;
            for (const Figure &h : r.byHour)
                f << h.runs;
            for (const Figure &d : r.byWeekday)
                f << d.runs;
            for (const Figure &l : r.byLanguage)
                f << l.runs;
            for (int b = 0; b < Report::zoneCount; ++b) {
                f << r.zoneBefore[b].runs << r.zoneAfter[b].runs;
                for (int a = 0; a < Report::zoneCount; ++a)
                    f << r.zoneShifts[b][a].runs;
            }
            return f;
        };
        struct Shown
        {
            QDate from, to; // as the report says it counted: whole weeks
            int mode;
            QList<qint64> figures;
        };
        QList<Shown> reports;
        QSqlError error;
        QMap<std::pair<QDate, QDate>, std::array<QList<qint64>, 4>> byRange;
        for (qsizetype i = 0; i < days.size(); ++i) {
            for (qsizetype j = std::max<qsizetype>(i, 1); j < days.size(); ++j) {
                for (int m = 0; m < modes.size(); ++m) {
                    const Report r
                        = Reports::compute(log->database(), {days[i], days[j], modes[m]}, &error);
                    QVERIFY(!error.isValid());
                    const QDate from = r.query.from.isValid() ? r.query.from : QDate(1, 1, 1);
                    reports.append({from, r.query.to, m, figures(r)});
                    byRange[{from, r.query.to}][m] = reports.last().figures;
                }
            }
        }
        qint64 shown = 0, small = 0, compared = 0;
        for (const Shown &report : std::as_const(reports)) {
            for (const qint64 n : report.figures)
                shown += n > 0;
        }
        // Any two reports of one mode where one range holds the other: what lies between them.
        // (The overlap of two ranges is a range the attacker can ask for too, so this covers
        // overlapping pairs as well.)
        for (const Shown &outer : std::as_const(reports)) {
            for (const Shown &inner : std::as_const(reports)) {
                if (&outer == &inner || outer.mode != inner.mode || inner.from < outer.from
                    || inner.to > outer.to)
                    continue;
                ++compared;
                for (qsizetype k = 0; k < outer.figures.size(); ++k) {
                    const qint64 d = outer.figures[k] - inner.figures[k];
                    small += d != 0 && d < Figure::minimumRuns;
                }
            }
        }
        // All modes less the three modes, for every range.
        for (const auto &perMode : std::as_const(byRange)) {
            for (qsizetype k = 0; k < perMode[0].size(); ++k) {
                const qint64 d = perMode[0][k] - perMode[1][k] - perMode[2][k] - perMode[3][k];
                small += d != 0 && std::abs(d) < Figure::minimumRuns;
            }
        }
        qInfo("%lld reports, %lld figures shown, %lld pairs of reports differenced: %lld "
              "differences under 11",
              qint64(reports.size()), shown, compared, small);
        QVERIFY(shown > 1000); // the attack had something to work with
        QCOMPARE(small, 0);
    }

    void text()
    {
        const auto log = logWith(week());
        QSqlError error;
        const Report r
            = Reports::compute(log->database(), {QDate(2025, 3, 3), QDate(2025, 3, 9), {}}, &error);
        const QString text = r.toText();
        QFile expected(QStringLiteral(HAVEN_TEST_DATA "/storage/week-report.txt"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(text, QString::fromUtf8(expected.readAll()));
        QVERIFY(!text.contains(QStringLiteral("  3 ")));
    }

    void csv()
    {
        const auto log = logWith(week());
        QSqlError error;
        const Report r = Reports::compute(
            log->database(), {QDate(2025, 3, 3), QDate(2025, 3, 9), QStringLiteral("kiosk")},
            &error);
        const QStringList lines = r.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("from,to,mode,section,item,figure,value,runs"));
        QVERIFY(lines.contains(
            QStringLiteral("2025-03-03,2025-03-09,kiosk,exercise,box-breathing,runs,40,40")));
        QVERIFY(lines.contains(QStringLiteral(
            "2025-03-03,2025-03-09,kiosk,exercise,box-breathing,completion_rate,0.750,40")));
        QVERIFY(lines.contains(QStringLiteral(
            "2025-03-03,2025-03-09,kiosk,exercise,box-breathing,mean_distress_change,-2.00,20")));
        QVERIFY(lines.contains(
            QStringLiteral("2025-03-03,2025-03-09,kiosk,exercise,safe-place,runs,fewer than 11,")));
        QVERIFY(lines.contains(
            QStringLiteral("2025-03-03,2025-03-09,kiosk,zone_shift,above to inside,runs,24,24")));
        QVERIFY(
            lines.contains(QStringLiteral("2025-03-03,2025-03-09,kiosk,language,en,runs,43,43")));
        QVERIFY(
            lines.contains(QStringLiteral("2025-03-03,2025-03-09,kiosk,language,es,runs,12,12")));
        // Aggregates only: 3 totals, 3 per exercise, 24 hours, 7 days, 2 languages, 6 zones,
        // 9 shifts.
        QCOMPARE(lines.size(), 1 + 3 + 3 * 3 + 24 + 7 + 2 + 6 + 9);
        for (const QString &line : lines)
            QCOMPARE(line.count(u','), 7);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
