// Timing benchmark: a real-clock breathing exercise runs for 120 s while the main thread is kept
// busy the way a UI keeps it. Reports how late the runner announced each phase change, against
// the moment it was due, and how late it ended. The baseline, in the same run and under the same
// load, is the naive way: counting frames as elapsed time.
#include "exerciserunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

namespace {

constexpr double target = 20; // ms

struct Errors
{
    double worstBoundary = 0;
    double end = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 120;

    auto exercise = std::make_shared<Exercise>();
    exercise->id = QStringLiteral("timing");
    Step breathe;
    breathe.kind = StepKind::Breathe;
    breathe.pattern = {4, 0, 0, 6, 0};
    breathe.cycles = seconds / 10;
    exercise->steps = {breathe};
    const qint64 cycleMs = 10000;

    SteadyClock clock;
    ExerciseRunner runner;
    runner.setExercise(exercise);

    // Haven: each change is compared with when it was due, from the start time alone.
    Errors haven;
    qint64 startMs = 0;
    int changes = 0;
    QObject::connect(&runner, &ExerciseRunner::phaseChanged, [&] {
        if (runner.phase() == ExerciseRunner::Phase::None)
            return;
        const qint64 due = startMs + (runner.cycle() - 1) * cycleMs
            + (runner.phase() == ExerciseRunner::Phase::Out ? 4000 : 0);
        haven.worstBoundary = std::max(haven.worstBoundary, double(clock.nowMs() - due));
        ++changes;
    });
    QObject::connect(&runner, &ExerciseRunner::finished, [&] {
        haven.end = double(clock.nowMs() - (startMs + breathe.cycles * cycleMs));
    });

    // The load and the baseline share one frame loop on a 60 Hz grid, as a UI has. Each frame
    // does 1-14 ms of work (layout, painting), and every 120th frame 18-19 ms, which overruns
    // the grid and drops a frame. The baseline counts frames as time, the naive way.
    constexpr double frameMs = 1000.0 / 60;
    Errors frames;
    qint64 frameCount = 0;
    int dropped = 0;
    bool frameOut = false;
    int frameCycle = 0;
    double longestFrame = 0;
    QRandomGenerator random(7);
    QTimer vsync;
    vsync.setSingleShot(true);
    vsync.setTimerType(Qt::PreciseTimer);
    const auto scheduleFrame = [&] {
        const double sinceStart = double(clock.nowMs() - startMs);
        const qint64 nextVsync = qint64(std::floor(sinceStart / frameMs)) + 1;
        vsync.start(int(std::ceil(nextVsync * frameMs - sinceStart)));
    };
    qint64 lastVsync = 0;
    QObject::connect(&vsync, &QTimer::timeout, [&] {
        const double sinceStart = double(clock.nowMs() - startMs);
        const qint64 thisVsync = qint64(std::round(sinceStart / frameMs));
        dropped += int(std::max<qint64>(0, thisVsync - lastVsync - 1));
        lastVsync = thisVsync;
        ++frameCount;
        const double counted = frameCount * frameMs;
        const bool out = std::fmod(counted, double(cycleMs)) >= 4000;
        const int cycle = int(counted / cycleMs);
        if (counted <= breathe.cycles * cycleMs && (out != frameOut || cycle != frameCycle)) {
            const double boundary = out ? cycle * cycleMs + 4000.0 : double(cycle * cycleMs);
            frames.worstBoundary = std::max(frames.worstBoundary, std::abs(sinceStart - boundary));
            frameOut = out;
            frameCycle = cycle;
        }
        QElapsedTimer busy;
        busy.start();
        const qint64 workUs
            = frameCount % 120 == 0 ? random.bounded(18000, 19000) : random.bounded(1000, 14000);
        while (busy.nsecsElapsed() < workUs * 1000) { }
        longestFrame = std::max(longestFrame, busy.nsecsElapsed() / 1e6);
        scheduleFrame();
    });

    // When the exercise really ended, how far behind the frame count was.
    QObject::connect(&runner, &ExerciseRunner::finished, &app, [&] {
        frames.end = double(clock.nowMs() - startMs) - frameCount * frameMs;
        QCoreApplication::quit();
    });
    startMs = clock.nowMs();
    runner.start();
    scheduleFrame();
    app.exec();

    QTextStream out(stdout);
    out << "timing: " << seconds << " s of breathing (4 in, 6 out; " << changes
        << " phase changes); 60 Hz frames doing 1-14 ms of work, every 120th 18-19 ms (" << dropped
        << " frames dropped, longest " << QString::number(longestFrame, 'f', 1) << " ms)"
        << Qt::endl;
    out << "  haven runner (clock-derived)  worst phase-boundary error "
        << QString::number(haven.worstBoundary, 'f', 1) << " ms, end error "
        << QString::number(haven.end, 'f', 1) << " ms" << Qt::endl;
    out << "  baseline (counting frames)    worst phase-boundary error "
        << QString::number(frames.worstBoundary, 'f', 1) << " ms, end error "
        << QString::number(frames.end, 'f', 1) << " ms" << Qt::endl;
    out << "  ratio haven/baseline (worst boundary) "
        << QString::number(haven.worstBoundary / std::max(1.0, frames.worstBoundary), 'f', 3)
        << "; target <= " << target << " ms: " << (haven.worstBoundary <= target ? "met" : "MISSED")
        << Qt::endl;
    return haven.worstBoundary <= target ? 0 : 1;
}
