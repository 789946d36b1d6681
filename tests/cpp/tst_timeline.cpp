#include "timeline.h"

#include <QTest>

namespace {

Step say(const QString &text, double pause = 0)
{
    Step step;
    step.kind = StepKind::Say;
    step.text = LocalizedText(text);
    step.pause = pause;
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

Step pause(double seconds)
{
    Step step;
    step.kind = StepKind::Pause;
    step.seconds = seconds;
    return step;
}

Step waiting(StepKind kind, double seconds)
{
    Step step;
    step.kind = kind;
    step.seconds = seconds;
    return step;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingTime()
    {
        QCOMPARE(Timeline::readingMs(QString()), 2000);
        // 2 s to settle, then 0.46 s a word, to the half second.
        QCOMPARE(
            Timeline::readingMs(QStringLiteral("one two three four five six seven eight nine ten")),
            6500);
        QCOMPARE(Timeline::readingMs(QStringLiteral("  spaced\n\tout  ")), 3000);
    }

    void durations()
    {
        Exercise exercise;
        exercise.steps
            = {say(QStringLiteral("one two three four five six seven eight nine ten"), 2.5),
               breathe({4, 0, 0, 6, 0}, 3), pause(20), waiting(StepKind::Senses, 90)};
        const Timeline timeline = Timeline::build(exercise, {});
        QCOMPARE(timeline.steps.size(), 4);
        QCOMPARE(timeline.steps[0].durationMs, 6500 + 2500);
        QCOMPARE(timeline.steps[1].durationMs, 30000);
        QCOMPARE(timeline.steps[1].cycles, 3);
        QCOMPARE(timeline.steps[2].durationMs, 20000);
        QCOMPARE(timeline.steps[3].durationMs, 90000);
        QCOMPARE(timeline.totalMs, 9000 + 30000 + 20000 + 90000);
    }

    void narrationLengthWinsOverReadingTime()
    {
        Exercise exercise;
        exercise.steps = {say(QStringLiteral("Hello there."), 1)};
        Timeline::Options options;
        options.narrationMs = [](const Step &) { return qint64(4321); };
        QCOMPARE(Timeline::build(exercise, options).totalMs, 4321 + 1000);
        options.narrationMs = [](const Step &) { return qint64(0); }; // unknown: read it
        QCOMPARE(Timeline::build(exercise, options).totalMs,
                 Timeline::readingMs(QStringLiteral("Hello there.")) + 1000);
    }

    void lengthScalesBreathingAndPausesNeverWords_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("shorter") << 2;
        QTest::newRow("longer") << 10;
        QTest::newRow("much longer") << 20;
    }

    void lengthScalesBreathingAndPausesNeverWords()
    {
        QFETCH(int, minutes);
        Exercise exercise;
        exercise.steps = {say(QStringLiteral("We will breathe together for a while."), 2),
                          breathe({4, 0, 0, 6, 0}, 12), pause(30),
                          say(QStringLiteral("Notice how you feel now."))};
        const Timeline plain = Timeline::build(exercise, {});
        const Timeline scaled = Timeline::build(exercise, {minutes, {}});
        // Words keep their reading time.
        QCOMPARE(scaled.steps[0].durationMs - scaled.steps[0].pauseMs,
                 plain.steps[0].durationMs - plain.steps[0].pauseMs);
        QCOMPARE(scaled.steps[3].durationMs, plain.steps[3].durationMs);
        // Breathing keeps whole cycles; the total lands within one cycle of the request.
        QCOMPARE(scaled.steps[1].durationMs % 10000, 0);
        QVERIFY2(std::abs(scaled.totalMs - minutes * 60000) <= 10000,
                 qPrintable(QString::number(scaled.totalMs)));
        QCOMPARE(scaled.steps[2].pauseMs % 500, 0);
    }

    void tooShortKeepsOneBreathAndEveryWord()
    {
        Exercise exercise;
        const QString longText = QStringLiteral("word ").repeated(150); // about 71 s to read
        exercise.steps = {say(longText), breathe({5.5, 0, 0, 5.5, 0}, 30), pause(60)};
        const Timeline scaled = Timeline::build(exercise, {1, {}});
        QCOMPARE(scaled.steps[1].cycles, 1);
        QCOMPARE(scaled.steps[2].durationMs, 1000);
        QCOMPARE(scaled.steps[0].durationMs, Timeline::build(exercise, {}).steps[0].durationMs);
    }

    void breathPositions_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("cycle");
        QTest::addColumn<qint64>("phaseStart");
        // The cyclic sigh: in 2.5 s, a 1 s top-up, out 6 s, no holds; 9.5 s a cycle.
        QTest::newRow("start") << qint64(0) << int(BreathPosition::Phase::In) << 0 << qint64(0);
        QTest::newRow("end of in")
            << qint64(2499) << int(BreathPosition::Phase::In) << 0 << qint64(0);
        QTest::newRow("top-up") << qint64(2500) << int(BreathPosition::Phase::InTop) << 0
                                << qint64(2500);
        QTest::newRow("out") << qint64(3500) << int(BreathPosition::Phase::Out) << 0
                             << qint64(3500);
        QTest::newRow("second cycle")
            << qint64(9500) << int(BreathPosition::Phase::In) << 1 << qint64(9500);
        QTest::newRow("last moment")
            << qint64(18999) << int(BreathPosition::Phase::Out) << 1 << qint64(13000);
        QTest::newRow("past the end stays last")
            << qint64(50000) << int(BreathPosition::Phase::Out) << 1 << qint64(13000);
    }

    void breathPositions()
    {
        QFETCH(qint64, at);
        QFETCH(int, phase);
        QFETCH(int, cycle);
        QFETCH(qint64, phaseStart);
        const BreathPosition position = BreathPosition::at({2.5, 1, 0, 6, 0}, 2, at);
        QCOMPARE(int(position.phase), phase);
        QCOMPARE(position.cycle, cycle);
        QCOMPARE(position.phaseStartMs, phaseStart);
    }

    void holdsAreTheirOwnPhases()
    {
        const BreathPattern box{4, 0, 4, 4, 4};
        QCOMPARE(BreathPosition::at(box, 1, 4000).phase, BreathPosition::Phase::HoldIn);
        QCOMPARE(BreathPosition::at(box, 1, 8000).phase, BreathPosition::Phase::Out);
        QCOMPARE(BreathPosition::at(box, 1, 12000).phase, BreathPosition::Phase::HoldOut);
        QCOMPARE(BreathPosition::at(box, 1, 12000).phaseMs, 4000);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
