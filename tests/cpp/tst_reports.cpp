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

    // A small clinic week: 40 box-breathing, 12 five-senses and 3 safe-place runs.
    static QList<LoggedRun> week()
    {
        const QDate monday(2025, 3, 3);
        QList<LoggedRun> runs;
        for (int i = 0; i < 40; ++i)
            runs.append(make("box-breathing", monday.addDays(i % 2), 10 + i % 2, i < 30, "above",
                             i < 24 ? "inside" : "above", 7,
                             i < 20 ? std::optional(5) : std::nullopt));
        for (int i = 0; i < 12; ++i)
            runs.append(make("five-senses", monday, 10, i < 6, "below", "inside", 4, 3));
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
        QCOMPARE(r.runs, Figure::count(55));
        QCOMPARE(r.completion, Figure::rate(30 + 6 + 3, 55));
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
        const Report tuesday
            = Reports::compute(log->database(), {QDate(2025, 3, 4), QDate(2025, 3, 4), {}}, &error);
        QCOMPARE(tuesday.runs, Figure::count(20));
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

        qint64 total = 0, completed = 0, pairs = 0, change = 0;
        QMap<QString, std::array<qint64, 4>> exercises;
        std::array<qint64, 24> hours{};
        std::array<qint64, 7> weekdays{};
        QMap<QString, qint64> shifts;
        for (const LoggedRun &run : runs) {
            if (run.day < query.from || run.day > query.to || run.mode != query.mode)
                continue;
            const bool done = run.ending == u"completed";
            const bool paired = run.distressBefore && run.distressAfter;
            const int delta = paired ? *run.distressAfter - *run.distressBefore : 0;
            ++total;
            completed += done;
            pairs += paired;
            change += delta;
            auto &e = exercises[run.exerciseId];
            e[0] += 1;
            e[1] += done;
            e[2] += paired;
            e[3] += delta;
            ++hours[run.hour];
            ++weekdays[run.weekday - 1];
            if (!run.zoneBefore.isEmpty() && !run.zoneAfter.isEmpty())
                ++shifts[run.zoneBefore % u'>' % run.zoneAfter];
        }
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
        // Aggregates only: 3 totals, 3 per exercise, 24 hours, 7 days, 6 zones, 9 shifts.
        QCOMPARE(lines.size(), 1 + 3 + 3 * 3 + 24 + 7 + 6 + 9);
        for (const QString &line : lines)
            QCOMPARE(line.count(u','), 7);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
