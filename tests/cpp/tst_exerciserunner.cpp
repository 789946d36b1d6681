#include "exerciserunner.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

Step say(const QString &text)
{
    Step step;
    step.kind = StepKind::Say;
    step.text = LocalizedText(text);
    return step;
}

Step breathe(BreathPattern pattern, int cycles)
{
    Step step;
    step.kind = StepKind::Breathe;
    step.pattern = pattern;
    step.cycles = cycles;
    return step;
}

Step waiting(StepKind kind)
{
    Step step;
    step.kind = kind;
    step.seconds = 60;
    return step;
}

ExercisePtr exercise(QList<Step> steps)
{
    auto e = std::make_shared<Exercise>();
    e->id = QStringLiteral("test");
    e->version = 2;
    e->title = LocalizedText(QStringLiteral("Test"));
    e->steps = std::move(steps);
    return e;
}

using Phase = ExerciseRunner::Phase;

} // namespace

class TestExerciseRunner : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

    // Moves the fake clock and lets the runner read it, as its timer or a frame would.
    void advance(ExerciseRunner &runner, qint64 ms)
    {
        m_clock.advanceMs(ms);
        runner.update();
    }

private Q_SLOTS:
    // Ten minutes of resonance breathing (5.5 in, 5.5 out): every one of the 110 phase changes
    // happens on its exact millisecond, and the run ends on the last one.
    void resonanceHitsEveryBoundary()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({breathe({5.5, 0, 0, 5.5, 0}, 55)}));
        QCOMPARE(runner.total(), 605.0);
        QSignalSpy finished(&runner, &ExerciseRunner::finished);
        runner.start();
        QCOMPARE(runner.phase(), Phase::In);
        qint64 now = 0;
        for (int cycle = 0; cycle < 55; ++cycle) {
            for (const auto &[phase, end] :
                 {std::pair{Phase::In, 5500}, std::pair{Phase::Out, 11000}}) {
                const qint64 boundary = cycle * 11000 + end;
                advance(runner, boundary - 1 - now);
                QCOMPARE(runner.phase(), phase);
                QCOMPARE(runner.cycle(), cycle + 1);
                QCOMPARE(runner.phaseSecondsLeft(), 1);
                advance(runner, 1);
                now = boundary;
                if (boundary < 605000) {
                    QCOMPARE(runner.phase(), phase == Phase::In ? Phase::Out : Phase::In);
                    QCOMPARE(runner.phaseProgress(), 0.0);
                }
            }
        }
        QCOMPARE(runner.state(), ExerciseRunner::State::Finished);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ExerciseRunner::Outcome>(),
                 ExerciseRunner::Outcome::Completed);
        QCOMPARE(finished.first().at(1).toDouble(), 605.0);
    }

    // Updates at uneven moments (dropped frames, a busy thread) never shift a boundary.
    void unevenUpdatesDoNotDrift()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(
            exercise({say(QStringLiteral("Settle in.")), breathe({4, 0, 0, 6, 0}, 30)}));
        runner.start();
        const qint64 sayMs = runner.timeline().steps[0].durationMs;
        QRandomGenerator random(42);
        qint64 now = 0;
        int changes = 0;
        connect(&runner, &ExerciseRunner::phaseChanged, this, [&] {
            if (runner.phase() == Phase::None)
                return;
            // A change is only ever seen within one update of when it happened.
            const qint64 sinceStep = now - sayMs;
            const qint64 boundary
                = (sinceStep / 10000) * 10000 + (sinceStep % 10000 >= 4000 ? 4000 : 0);
            QVERIFY(sinceStep - boundary < 200);
            ++changes;
        });
        while (runner.state() == ExerciseRunner::State::Running) {
            const qint64 step = random.bounded(1, 200);
            now += step;
            advance(runner, step);
        }
        QCOMPARE(changes, 60);
        QCOMPARE(runner.elapsed(), (sayMs + 300000) / 1000.0);
    }

    void aJumpCatchesUpThroughEveryStep()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({say(QStringLiteral("One.")), say(QStringLiteral("Two.")),
                                     breathe({4, 0, 0, 4, 0}, 3), say(QStringLiteral("Three."))}));
        QSignalSpy reached(&runner, &ExerciseRunner::stepReached);
        runner.start();
        const Timeline &t = runner.timeline();
        advance(runner, t.steps[0].durationMs + t.steps[1].durationMs + 9000);
        QCOMPARE(runner.stepIndex(), 2);
        QCOMPARE(runner.cycle(), 2);
        QCOMPARE(runner.phase(), Phase::In);
        QCOMPARE(reached.count(), 3);
        QCOMPARE(reached.at(2).at(1).toString(), QStringLiteral("breathe"));
    }

    void pauseExcludesPausedTime()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({breathe({4, 0, 0, 4, 0}, 10)}));
        runner.start();
        advance(runner, 3000);
        runner.pause();
        QCOMPARE(runner.state(), ExerciseRunner::State::Paused);
        advance(runner, 100000); // a long pause: nothing moves
        QCOMPARE(runner.elapsed(), 3.0);
        QCOMPARE(runner.phase(), Phase::In);
        runner.resume();
        QCOMPARE(runner.elapsed(), 3.0);
        advance(runner, 999);
        QCOMPARE(runner.phase(), Phase::In);
        advance(runner, 1);
        QCOMPARE(runner.phase(), Phase::Out);
        QCOMPARE(runner.elapsed(), 4.0);
        QCOMPARE(runner.remaining(), 76.0);
        // Pausing twice counts both pauses.
        runner.pause();
        advance(runner, 5000);
        runner.resume();
        advance(runner, 76000);
        QCOMPARE(runner.state(), ExerciseRunner::State::Finished);
        QCOMPARE(runner.elapsed(), 80.0);
    }

    // The progress line reads this: the time behind the person over the whole, from the clock.
    void progressIsTheShareOfTimeBehind()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({breathe({4, 0, 0, 4, 0}, 10)}));
        QCOMPARE(runner.progress(), 0.0);
        runner.start();
        QCOMPARE(runner.progress(), 0.0);
        advance(runner, 20000);
        QCOMPARE(runner.progress(), 0.25);
        runner.pause();
        advance(runner, 30000); // paused: it stays
        QCOMPARE(runner.progress(), 0.25);
        runner.resume();
        advance(runner, 40000);
        QCOMPARE(runner.progress(), 0.75);
        advance(runner, 20000);
        QCOMPARE(runner.state(), ExerciseRunner::State::Finished);
        QCOMPARE(runner.progress(), 1.0);
    }

    void nextPreviousAndStopAtTheEdges()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({say(QStringLiteral("One.")), say(QStringLiteral("Two.")),
                                     say(QStringLiteral("Three."))}));
        QSignalSpy finished(&runner, &ExerciseRunner::finished);
        runner.next(); // not started: nothing happens
        QCOMPARE(runner.state(), ExerciseRunner::State::Idle);
        runner.start();
        advance(runner, 1000);
        runner.previous(); // at the first step: starts it again
        QCOMPARE(runner.stepIndex(), 0);
        QCOMPARE(runner.stepProgress(), 0.0);
        advance(runner, 500);
        runner.next();
        QCOMPARE(runner.stepIndex(), 1);
        QCOMPARE(runner.stepProgress(), 0.0);
        runner.previous();
        QCOMPARE(runner.stepIndex(), 0);
        runner.next();
        runner.next();
        QCOMPARE(runner.stepIndex(), 2);
        // The remaining time follows the steps, not the original schedule.
        QCOMPARE(runner.remaining(), runner.timeline().steps[2].durationMs / 1000.0);
        runner.pause();
        runner.next(); // skipping the last step while paused finishes the exercise
        QCOMPARE(runner.state(), ExerciseRunner::State::Finished);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toDouble(), 1.5);
        runner.stop(); // already over: no second record
        QCOMPARE(finished.count(), 1);
    }

    void stopRecordsActiveTime()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({breathe({4, 0, 0, 4, 0}, 10)}));
        QSignalSpy started(&runner, &ExerciseRunner::started);
        QSignalSpy finished(&runner, &ExerciseRunner::finished);
        runner.start();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).toString(), QStringLiteral("test"));
        QCOMPARE(started.first().at(1).toInt(), 2);
        advance(runner, 12345);
        runner.pause();
        advance(runner, 60000);
        runner.stop();
        QCOMPARE(runner.state(), ExerciseRunner::State::Stopped);
        QCOMPARE(runner.phase(), Phase::None);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ExerciseRunner::Outcome>(),
                 ExerciseRunner::Outcome::Stopped);
        QCOMPARE(finished.first().at(1).toDouble(), 12.345);
    }

    void stepsThatWaitForThePersonWait()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(exercise({waiting(StepKind::Senses), say(QStringLiteral("Done."))}));
        runner.start();
        QVERIFY(runner.isWaiting());
        advance(runner, 10 * 60000); // far past its typical length
        QCOMPARE(runner.stepIndex(), 0);
        QCOMPARE(runner.state(), ExerciseRunner::State::Running);
        QCOMPARE(runner.remaining(), runner.timeline().steps[1].durationMs / 1000.0);
        runner.next();
        QCOMPARE(runner.stepIndex(), 1);
        QVERIFY(!runner.isWaiting());
    }

    // A card is read at the person's own pace: an hour on it (the last step, so a timed one would
    // end the run) moves nothing on, and Done then completes the run without counting a skip.
    void aReadCardIsNeverMovedOnByTime()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        QSignalSpy finished(&runner, &ExerciseRunner::finished);
        QSignalSpy stepped(&runner, &ExerciseRunner::stepChanged);
        runner.setExercise(
            exercise({say(QStringLiteral("First, a word.")), waiting(StepKind::Read)}));
        runner.start();
        runner.next();
        QCOMPARE(runner.stepKind(), QStringLiteral("read"));
        QVERIFY(runner.isWaiting());
        stepped.clear();
        for (int minute = 0; minute < 60; ++minute)
            advance(runner, 60000);
        QCOMPARE(runner.state(), ExerciseRunner::State::Running);
        QCOMPARE(runner.stepIndex(), 1);
        QCOMPARE(stepped.size(), 0);
        QCOMPARE(finished.size(), 0);
        // Nor does a pause and a resume on it (Back asks "End this exercise?" and pauses).
        runner.pause();
        advance(runner, 60000);
        runner.resume();
        advance(runner, 60000);
        QCOMPARE(runner.stepIndex(), 1);
        const qint64 skippedBefore = runner.skippedMs();
        runner.next();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExerciseRunner::Outcome>(),
                 ExerciseRunner::Outcome::Completed);
        QCOMPARE(runner.skippedMs(), skippedBefore);
    }

    void lengthOverrideScalesTheRun()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        runner.setExercise(
            exercise({say(QStringLiteral("Breathe with me.")), breathe({4, 0, 0, 6, 0}, 6)}));
        const qreal own = runner.total();
        runner.setMinutes(8);
        QVERIFY(std::abs(runner.total() - 480) <= 10);
        QVERIFY(runner.total() > own);
        runner.start();
        runner.setMinutes(2); // ignored while running
        QVERIFY(std::abs(runner.total() - 480) <= 10);
        QCOMPARE(runner.step().value(QStringLiteral("kind")).toString(), QStringLiteral("say"));
    }

    void stepDescribesItselfForViews()
    {
        ExerciseRunner runner;
        runner.setClock(&m_clock);
        Step senses = waiting(StepKind::Senses);
        senses.prompts
            = {{QStringLiteral("see"), 5, LocalizedText(QStringLiteral("Find five things."))}};
        runner.setExercise(exercise({breathe({2.5, 1, 0, 6, 0}, 2), senses}));
        runner.start();
        const QVariantMap pattern = runner.step().value(QStringLiteral("pattern")).toMap();
        QCOMPARE(pattern.value(QStringLiteral("inTop")).toDouble(), 1.0);
        QCOMPARE(runner.cycles(), 2);
        advance(runner, 2500);
        QCOMPARE(runner.phase(), Phase::InTop);
        runner.next();
        const QVariantList prompts = runner.step().value(QStringLiteral("prompts")).toList();
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts.first().toMap().value(QStringLiteral("count")).toInt(), 5);
    }

    void withoutAnExerciseNothingStarts()
    {
        ExerciseRunner runner;
        QVERIFY(!runner.isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot start")));
        runner.start();
        QCOMPARE(runner.state(), ExerciseRunner::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestExerciseRunner)
#include "tst_exerciserunner.moc"
