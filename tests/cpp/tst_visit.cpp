#include "visit.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestVisit : public QObject
{
    Q_OBJECT

private:
    AppConfig m_config{nullptr};
    ExerciseLibrary m_library{nullptr};
    FakeClock m_clock;
    QList<RunRecord> m_records;

    void record(Visit &visit)
    {
        connect(&visit, &Visit::runRecorded, this,
                [this](const RunRecord &r) { m_records.append(r); });
    }

    void runToTheEnd(ExerciseRunner &runner, const QString &id)
    {
        runner.setClock(&m_clock);
        runner.setLibrary(&m_library);
        runner.setExerciseId(id);
        runner.start();
        while (runner.state() == ExerciseRunner::State::Running) {
            if (runner.isWaiting())
                runner.next();
            m_clock.advanceMs(1000);
            runner.update();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_config.load(QStringLiteral(HAVEN_TEST_DATA "/empty.conf"));
        m_library.setLanguage(QStringLiteral("en"));
        m_library.load({ExerciseLibrary::shippedFolder()});
    }

    void init() { m_records.clear(); }

    void checkInRecommends()
    {
        Visit visit(&m_library, &m_config);
        QSignalSpy changed(&visit, &Visit::changed);
        QVERIFY(!visit.checkedIn());
        QVERIFY(visit.recommendations().isEmpty());
        visit.checkIn(0.8, 9);
        QCOMPARE(changed.count(), 1);
        QVERIFY(visit.checkedIn());
        QCOMPARE(visit.arousal(), 0.8);
        QCOMPARE(visit.distress(), 9);
        const QVariantList recommendations = visit.recommendations();
        QVERIFY(!recommendations.isEmpty());
        const QVariantMap first = recommendations.first().toMap();
        QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("settle"));
        QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!m_library.exercise(first.value(QStringLiteral("exerciseId")).toString())
                     ->hasBreathHolds());
    }

    void aRunIsRecordedWithBeforeAndAfter()
    {
        Visit visit(&m_library, &m_config);
        record(visit);
        visit.checkIn(0.7, 8);
        const QString id = visit.recommendations()
                               .first()
                               .toMap()
                               .value(QStringLiteral("exerciseId"))
                               .toString();
        ExerciseRunner runner;
        visit.beginRun(&runner);
        runToTheEnd(runner, id);
        QVERIFY(m_records.isEmpty()); // waits for the after check-in
        visit.checkOut(0.1, 4);
        QCOMPARE(m_records.size(), 1);
        const RunRecord &r = m_records.first();
        QCOMPARE(r.exerciseId, id);
        QCOMPARE(r.exerciseVersion, m_library.exercise(id)->version);
        QCOMPARE(r.mode, QStringLiteral("home"));
        QCOMPARE(r.ending, RunRecord::Ending::Completed);
        QVERIFY(r.recommended);
        QCOMPARE(r.activeSeconds, int(std::lround(runner.elapsed())));
        QCOMPARE(r.plannedSeconds, int(std::lround(runner.total())));
        QVERIFY(r.before && r.after);
        QCOMPARE(r.before->zone(), CheckIn::Zone::Above);
        QCOMPARE(r.after->zone(), CheckIn::Zone::Inside);
        QCOMPARE(r.after->distress, 4);
        // The next recommendations come from how the person feels now.
        QVERIFY(visit.checkedOut());
        QCOMPARE(visit.recommendations().first().toMap().value(QStringLiteral("group")).toString(),
                 QStringLiteral("present"));
    }

    void skippingTheAfterCheckInStillRecords()
    {
        Visit visit(&m_library, &m_config);
        record(visit);
        ExerciseRunner runner;
        visit.beginRun(&runner);
        runner.setClock(&m_clock);
        runner.setLibrary(&m_library);
        runner.setExerciseId(QStringLiteral("box-breathing"));
        runner.start();
        m_clock.advanceMs(20000);
        runner.stop();
        visit.skipCheckOut();
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().ending, RunRecord::Ending::Stopped);
        QCOMPARE(m_records.first().activeSeconds, 20);
        QVERIFY(m_records.first().audioOn);
        QVERIFY(!m_records.first().recommended);
        QVERIFY(!m_records.first().before);
        QVERIFY(!m_records.first().after);
    }

    void resetForgetsEverythingButTheRecord()
    {
        Visit visit(&m_library, &m_config);
        record(visit);
        visit.setProperty("audioOn", false);
        visit.checkIn(-0.8, 6);
        ExerciseRunner runner;
        visit.beginRun(&runner);
        runToTheEnd(runner, QStringLiteral("five-senses"));
        visit.reset();
        QCOMPARE(m_records.size(), 1); // recorded without an after check-in
        QVERIFY(!m_records.first().after);
        QVERIFY(!m_records.first().audioOn);
        QVERIFY(!visit.checkedIn());
        QVERIFY(!visit.checkedOut());
        QVERIFY(visit.recommendations().isEmpty());
        visit.skipCheckOut(); // nothing left to record
        QCOMPARE(m_records.size(), 1);
    }

    void aNewRunCompletesTheLastOne()
    {
        Visit visit(&m_library, &m_config);
        record(visit);
        ExerciseRunner first;
        visit.beginRun(&first);
        runToTheEnd(first, QStringLiteral("feet-on-the-floor"));
        ExerciseRunner second;
        visit.beginRun(&second);
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().exerciseId, QStringLiteral("feet-on-the-floor"));
    }

    void valuesAreClamped()
    {
        Visit visit(&m_library, &m_config);
        visit.checkIn(4, 42);
        QCOMPARE(visit.arousal(), 1.0);
        QCOMPARE(visit.distress(), 10);
    }
};

QTEST_GUILESS_MAIN(TestVisit)
#include "tst_visit.moc"
