#include "loggedrun.h"

#include <QTest>

#include <cmath>
#include <limits>

// What a run becomes in the log: coarse time, zones not gauge positions, buckets not values.
class TestLoggedRun : public QObject
{
    Q_OBJECT

private:
    static RunRecord record(const QDateTime &endedAt)
    {
        RunRecord r;
        r.exerciseId = QStringLiteral("box-breathing");
        r.exerciseVersion = 3;
        r.mode = QStringLiteral("kiosk");
        r.plannedSeconds = 240;
        r.activeSeconds = 200;
        r.endedAt = endedAt;
        return r;
    }

private Q_SLOTS:
    void hourBuckets_data()
    {
        QTest::addColumn<QDateTime>("endedAt");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("weekday");
        const QDate monday(2025, 3, 3);
        QTest::newRow("midnight") << QDateTime(monday, QTime(0, 0)) << monday << 0 << 1;
        QTest::newRow("last millisecond of the day")
            << QDateTime(monday, QTime(23, 59, 59, 999)) << monday << 23 << 1;
        QTest::newRow("half past one") << QDateTime(monday, QTime(13, 30)) << monday << 13 << 1;
        QTest::newRow("one minute to two") << QDateTime(monday, QTime(13, 59)) << monday << 13 << 1;
        QTest::newRow("sunday") << QDateTime(monday.addDays(6), QTime(9, 0)) << monday.addDays(6)
                                << 9 << 7;
        // A time in another zone is logged in local time, as the clinic's day and hour.
        const QDateTime utc(monday, QTime(12, 15), Qt::UTC);
        QTest::newRow("utc") << utc << utc.toLocalTime().date() << utc.toLocalTime().time().hour()
                             << utc.toLocalTime().date().dayOfWeek();
    }

    void hourBuckets()
    {
        QFETCH(QDateTime, endedAt);
        QFETCH(QDate, day);
        QFETCH(int, hour);
        QFETCH(int, weekday);
        const auto run = LoggedRun::from(record(endedAt));
        QVERIFY(run);
        QCOMPARE(run->day, day);
        QCOMPARE(run->hour, hour);
        QCOMPARE(run->weekday, weekday);
    }

    // Nothing finer than the hour survives: two runs in one hour are the same row.
    void runsInOneHourAreIndistinguishable()
    {
        const QDate day(2025, 6, 10);
        const auto first = LoggedRun::from(record(QDateTime(day, QTime(10, 0, 1))));
        const auto second = LoggedRun::from(record(QDateTime(day, QTime(10, 59, 58))));
        QVERIFY(first && second);
        QCOMPARE(first->day, second->day);
        QCOMPARE(first->hour, second->hour);
        QCOMPARE(first->weekday, second->weekday);
    }

    void noEndTimeMeansNow()
    {
        const QDateTime before = QDateTime::currentDateTime();
        const auto run = LoggedRun::from(record({}));
        QVERIFY(run);
        const QDateTime after = QDateTime::currentDateTime();
        QVERIFY(run->day == before.date() || run->day == after.date());
        QVERIFY(run->hour == before.time().hour() || run->hour == after.time().hour());
    }

    void zonesNotPositions_data()
    {
        QTest::addColumn<double>("arousal");
        QTest::addColumn<QString>("zone");
        QTest::newRow("far above") << 1.0 << QStringLiteral("above");
        QTest::newRow("just above") << 0.34 << QStringLiteral("above");
        QTest::newRow("upper edge") << CheckIn::edge << QStringLiteral("inside");
        QTest::newRow("middle") << 0.0 << QStringLiteral("inside");
        QTest::newRow("lower edge") << -CheckIn::edge << QStringLiteral("inside");
        QTest::newRow("below") << -0.7 << QStringLiteral("below");
    }

    void zonesNotPositions()
    {
        QFETCH(double, arousal);
        QFETCH(QString, zone);
        RunRecord r = record(QDateTime::currentDateTime());
        r.before = CheckIn{arousal, 7};
        r.after = CheckIn{arousal, -1};
        const auto run = LoggedRun::from(r);
        QVERIFY(run);
        QCOMPARE(run->zoneBefore, zone);
        QCOMPARE(run->distressBefore, std::optional<int>(7));
        QCOMPARE(run->zoneAfter, zone);
        QCOMPARE(run->distressAfter, std::nullopt); // skipped
    }

    void noCheckInIsNull()
    {
        const auto run = LoggedRun::from(record(QDateTime::currentDateTime()));
        QVERIFY(run);
        QVERIFY(run->zoneBefore.isEmpty() && run->zoneAfter.isEmpty());
        QVERIFY(!run->distressBefore && !run->distressAfter);
    }

    void endings()
    {
        RunRecord r = record(QDateTime::currentDateTime());
        r.ending = RunRecord::Ending::Stopped;
        QCOMPARE(LoggedRun::from(r)->ending, QStringLiteral("stopped"));
        r.ending = RunRecord::Ending::ResetByIdle;
        QCOMPARE(LoggedRun::from(r)->ending, QStringLiteral("reset_by_idle"));
        r.ending = RunRecord::Ending::Completed;
        QCOMPARE(LoggedRun::from(r)->ending, QStringLiteral("completed"));
    }

    void textScaleBuckets_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("bucket");
        QTest::newRow("1.0") << 1.0 << 100;
        QTest::newRow("1.2") << 1.2 << 100;
        QTest::newRow("1.25") << 1.25 << 150;
        QTest::newRow("1.5") << 1.5 << 150;
        QTest::newRow("1.7") << 1.7 << 150;
        QTest::newRow("1.75") << 1.75 << 200;
        QTest::newRow("2.0") << 2.0 << 200;
        QTest::newRow("too big") << 3.0 << 200;
        QTest::newRow("too small") << 0.5 << 100;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 100;
    }

    void textScaleBuckets()
    {
        QFETCH(double, scale);
        QFETCH(int, bucket);
        QCOMPARE(LoggedRun::textScaleBucket(scale), bucket);
    }

    void refusesWhatCouldCarryText_data()
    {
        QTest::addColumn<QString>("exerciseId");
        QTest::addColumn<QString>("mode");
        QTest::newRow("a name") << QStringLiteral("Jane Doe") << QStringLiteral("kiosk");
        QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE runs; --")
                             << QStringLiteral("kiosk");
        QTest::newRow("too long") << QString(65, u'a') << QStringLiteral("kiosk");
        QTest::newRow("empty") << QString() << QStringLiteral("kiosk");
        QTest::newRow("unknown mode")
            << QStringLiteral("box-breathing") << QStringLiteral("clinic");
    }

    void refusesWhatCouldCarryText()
    {
        QFETCH(QString, exerciseId);
        QFETCH(QString, mode);
        RunRecord r = record(QDateTime::currentDateTime());
        r.exerciseId = exerciseId;
        r.mode = mode;
        QString why;
        QVERIFY(!LoggedRun::from(r, &why));
        QVERIFY(!why.isEmpty());
    }

    void exerciseIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("words") << QStringLiteral("box-breathing") << true;
        QTest::newRow("digits") << QStringLiteral("4-7-8") << true;
        QTest::newRow("one letter") << QStringLiteral("a") << true;
        QTest::newRow("64") << QString(64, u'a') << true;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("double dash") << QStringLiteral("box--breathing") << false;
        QTest::newRow("leading dash") << QStringLiteral("-box") << false;
        QTest::newRow("trailing dash") << QStringLiteral("box-") << false;
        QTest::newRow("capital") << QStringLiteral("Box") << false;
        QTest::newRow("space") << QStringLiteral("box breathing") << false;
        QTest::newRow("accent") << QStringLiteral("caf\u00e9") << false;
    }

    void exerciseIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(LoggedRun::isExerciseId(id), valid);
    }

    void keepsTheRest()
    {
        RunRecord r = record(QDateTime::currentDateTime());
        r.recommended = true;
        r.reducedMotion = true;
        r.audioOn = false;
        r.textScale = 1.5;
        const auto run = LoggedRun::from(r);
        QVERIFY(run);
        QCOMPARE(run->exerciseId, QStringLiteral("box-breathing"));
        QCOMPARE(run->exerciseVersion, 3);
        QCOMPARE(run->mode, QStringLiteral("kiosk"));
        QCOMPARE(run->plannedSeconds, 240);
        QCOMPARE(run->activeSeconds, 200);
        QVERIFY(run->recommended);
        QVERIFY(run->reducedMotion);
        QVERIFY(!run->audioOn);
        QCOMPARE(run->textScale, 150);
    }
};

QTEST_GUILESS_MAIN(TestLoggedRun)
#include "tst_loggedrun.moc"
