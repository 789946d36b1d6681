#include "timeline.h"

#include <QRegularExpression>

#include <cmath>

namespace {

qint64 ms(double seconds)
{
    return std::llround(seconds * 1000);
}

// Pauses scale in half seconds, like every other timing in an exercise.
qint64 roundToHalfSecond(double milliseconds)
{
    return std::llround(milliseconds / 500) * 500;
}

struct PhaseLength
{
    BreathPosition::Phase phase;
    qint64 ms;
};

QList<PhaseLength> phases(const BreathPattern &pattern)
{
    QList<PhaseLength> all = {{BreathPosition::Phase::In, ms(pattern.in)},
                              {BreathPosition::Phase::InTop, ms(pattern.inTop)},
                              {BreathPosition::Phase::HoldIn, ms(pattern.holdIn)},
                              {BreathPosition::Phase::Out, ms(pattern.out)},
                              {BreathPosition::Phase::HoldOut, ms(pattern.holdOut)}};
    all.removeIf([](const PhaseLength &p) { return p.ms <= 0; });
    return all;
}

} // namespace

qint64 Timeline::readingMs(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const qsizetype words = text.split(spaces, Qt::SkipEmptyParts).size();
    return roundToHalfSecond(2000 + words * 460.0);
}

Timeline Timeline::build(const Exercise &exercise, const Options &options)
{
    Timeline timeline;
    qint64 fixedMs = 0;
    qint64 scalableMs = 0;
    for (const Step &step : exercise.steps) {
        TimedStep timed;
        switch (step.kind) {
        case StepKind::Say:
        case StepKind::Imagery: {
            const qint64 narration = options.narrationMs ? options.narrationMs(step) : 0;
            timed.durationMs = narration > 0 ? narration : readingMs(step.text.english());
            timed.pauseMs = ms(step.pause);
            fixedMs += timed.durationMs;
            scalableMs += timed.pauseMs;
            break;
        }
        case StepKind::Breathe:
            timed.cycles = step.cycles;
            scalableMs += step.cycles * ms(step.pattern.cycleSeconds());
            break;
        case StepKind::Pause:
            timed.pauseMs = ms(step.seconds);
            scalableMs += timed.pauseMs;
            break;
        case StepKind::Senses:
        case StepKind::BodyMap:
        case StepKind::Draw:
        case StepKind::Read:
            timed.durationMs = ms(step.seconds);
            fixedMs += timed.durationMs;
            break;
        }
        timeline.steps.append(timed);
    }

    // A requested length stretches or shrinks breathing and quiet time only: never a sentence.
    if (options.minutes > 0 && scalableMs > 0) {
        const double factor = std::max(0.0, double(options.minutes * 60000 - fixedMs)) / scalableMs;
        for (qsizetype i = 0; i < timeline.steps.size(); ++i) {
            const Step &step = exercise.steps.at(i);
            TimedStep &timed = timeline.steps[i];
            if (step.kind == StepKind::Breathe)
                timed.cycles = std::max(1, int(std::lround(step.cycles * factor)));
            else if (step.kind == StepKind::Pause)
                timed.pauseMs = std::max<qint64>(1000, roundToHalfSecond(timed.pauseMs * factor));
            else
                timed.pauseMs = roundToHalfSecond(timed.pauseMs * factor);
        }
    }

    for (qsizetype i = 0; i < timeline.steps.size(); ++i) {
        TimedStep &timed = timeline.steps[i];
        const Step &step = exercise.steps.at(i);
        if (step.kind == StepKind::Breathe)
            timed.durationMs = timed.cycles * ms(step.pattern.cycleSeconds());
        else if (step.kind == StepKind::Pause)
            timed.durationMs = timed.pauseMs;
        else
            timed.durationMs += timed.pauseMs;
        timeline.totalMs += timed.durationMs;
    }
    return timeline;
}

BreathPosition BreathPosition::at(const BreathPattern &pattern, int cycles, qint64 stepElapsedMs)
{
    BreathPosition position;
    const QList<PhaseLength> all = phases(pattern);
    const qint64 cycleMs = ms(pattern.cycleSeconds());
    if (all.isEmpty() || cycleMs <= 0 || cycles <= 0)
        return position;
    const qint64 elapsed = std::clamp<qint64>(stepElapsedMs, 0, cycles * cycleMs - 1);
    position.cycle = int(elapsed / cycleMs);
    qint64 start = position.cycle * cycleMs;
    for (const PhaseLength &phase : all) {
        if (elapsed < start + phase.ms) {
            position.phase = phase.phase;
            position.phaseStartMs = start;
            position.phaseMs = phase.ms;
            break;
        }
        start += phase.ms;
    }
    return position;
}
