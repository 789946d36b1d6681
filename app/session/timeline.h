#pragma once

#include "exercise.h"

#include <QList>

#include <functional>

// An exercise laid out in time: how long each step lasts, after a requested length has scaled
// its repeatable parts. All durations are whole milliseconds, so boundaries are exact.
struct TimedStep
{
    qint64 durationMs = 0; // for a step that waits for the person: about how long it takes
    int cycles = 0; // breathe, after scaling
    qint64 pauseMs = 0; // say, imagery, pause: quiet time, after scaling
};

struct Timeline
{
    struct Options
    {
        int minutes = 0; // 0 keeps the exercise's own length
        // How long a step's narration plays, in ms; when unknown (or muted), reading time is used.
        std::function<qint64(const Step &)> narrationMs;
    };

    QList<TimedStep> steps;
    qint64 totalMs = 0;

    static Timeline build(const Exercise &exercise, const Options &options);
    // Time a calm reader needs for text: 2 s to settle, then about 130 words a minute.
    static qint64 readingMs(const QString &text);
};

// The breathing phase at a moment inside a breathe step.
struct BreathPosition
{
    enum class Phase { In, InTop, HoldIn, Out, HoldOut };

    Phase phase = Phase::In;
    int cycle = 0; // from 0
    qint64 phaseStartMs = 0; // from the start of the step
    qint64 phaseMs = 0; // the phase's length

    static BreathPosition at(const BreathPattern &pattern, int cycles, qint64 stepElapsedMs);
};
