#pragma once

#include "clock.h"
#include "exercise.h"
#include "exerciselibrary.h"
#include "timeline.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

// Runs one exercise. Where the person is (step, breathing phase, progress, time left) is worked
// out from the clock, the start time and the pauses alone, never from counted ticks, so a long
// exercise ends on time however many frames were dropped. Views bind to its properties; the
// usage log listens to started() and finished().
class ExerciseRunner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // State and Outcome both name "Stopped"; unscoped, QML warns of the clash on first use.
    // QML writes ExerciseRunner.State.Stopped, ExerciseRunner.Phase.In.
    Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

    Q_PROPERTY(ExerciseLibrary *library READ library WRITE setLibrary NOTIFY exerciseChanged)
    Q_PROPERTY(QString exerciseId READ exerciseId WRITE setExerciseId NOTIFY exerciseChanged)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY exerciseChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY exerciseChanged)
    Q_PROPERTY(QString title READ title NOTIFY exerciseChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY exerciseChanged)
    Q_PROPERTY(qreal total READ total NOTIFY exerciseChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(QString stepKind READ stepKind NOTIFY stepChanged)
    Q_PROPERTY(QVariantMap step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool waiting READ isWaiting NOTIFY stepChanged)
    Q_PROPERTY(int cycles READ cycles NOTIFY stepChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(int cycle READ cycle NOTIFY phaseChanged)
    Q_PROPERTY(qreal phaseSeconds READ phaseSeconds NOTIFY phaseChanged)
    Q_PROPERTY(qreal phaseProgress READ phaseProgress NOTIFY tick)
    Q_PROPERTY(int phaseSecondsLeft READ phaseSecondsLeft NOTIFY tick)
    Q_PROPERTY(qreal stepProgress READ stepProgress NOTIFY tick)
    Q_PROPERTY(qreal elapsed READ elapsed NOTIFY tick)
    Q_PROPERTY(qreal remaining READ remaining NOTIFY tick)
    // How far along, 0 to 1: the share of the planned time behind the person (1 − remaining /
    // total), so it agrees with the time left however the run was skipped or waited on.
    Q_PROPERTY(qreal progress READ progress NOTIFY tick)

public:
    enum class State { Idle, Running, Paused, Finished, Stopped };
    Q_ENUM(State)
    enum class Outcome { Completed, Stopped };
    Q_ENUM(Outcome)
    enum class Phase { None, In, InTop, HoldIn, Out, HoldOut };
    Q_ENUM(Phase)

    explicit ExerciseRunner(QObject *parent = nullptr);
    ~ExerciseRunner() override;

    // Not owned; the default is the monotonic clock. Tests pass a FakeClock and call update().
    void setClock(const Clock *clock);
    void setExercise(ExercisePtr exercise);
    void setNarrationLength(std::function<qint64(const Step &)> narrationMs);

    ExerciseLibrary *library() const { return m_library; }
    void setLibrary(ExerciseLibrary *library);
    QString exerciseId() const { return m_exercise ? m_exercise->id : m_requestedId; }
    int exerciseVersion() const { return m_exercise ? m_exercise->version : 0; }
    void setExerciseId(const QString &id);
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);

    bool isValid() const { return bool(m_exercise); }
    QString title() const;
    int stepCount() const { return int(m_timeline.steps.size()); }
    qreal total() const { return m_timeline.totalMs / 1000.0; }
    const Timeline &timeline() const { return m_timeline; }
    State state() const { return m_state; }
    int stepIndex() const { return m_stepIndex; }
    QString stepKind() const;
    QVariantMap step() const { return m_step; }
    bool isWaiting() const;
    int cycles() const;
    Phase phase() const { return m_phase; }
    int cycle() const { return m_breath.cycle + 1; }
    qreal phaseSeconds() const { return m_phase == Phase::None ? 0 : m_breath.phaseMs / 1000.0; }
    qreal phaseProgress() const;
    int phaseSecondsLeft() const;
    qreal stepProgress() const;
    qreal elapsed() const { return m_activeMs / 1000.0; }
    // The planned time that Skip passed over in timed steps.
    qint64 skippedMs() const { return m_skippedMs; }
    qreal remaining() const;
    qreal progress() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void stop();
    // Reads the clock and moves everything on; views call it every frame they animate.
    Q_INVOKABLE void update();

Q_SIGNALS:
    void exerciseChanged();
    void stateChanged();
    void stepChanged();
    void phaseChanged();
    void tick();
    void started(const QString &exerciseId, int version);
    void stepReached(int index, const QString &kind);
    void finished(ExerciseRunner::Outcome outcome, qreal activeSeconds);

private:
    qint64 activeMsAt(qint64 now) const;
    qint64 stepElapsedMs() const { return m_activeMs - m_stepStartMs; }
    void reload();
    void enterStep(int index);
    void setState(State state);
    void finish(Outcome outcome);
    void updatePhase();
    void scheduleNextBoundary();
    QString language() const;

    SteadyClock m_steadyClock;
    const Clock *m_clock = &m_steadyClock;
    QPointer<ExerciseLibrary> m_library;
    QString m_requestedId;
    int m_minutes = 0;
    std::function<qint64(const Step &)> m_narrationMs;
    ExercisePtr m_exercise;
    Timeline m_timeline;
    State m_state = State::Idle;
    qint64 m_startMs = 0;
    qint64 m_pausedMs = 0; // total paused time before the current pause
    qint64 m_pausedAtMs = 0; // when the current pause began
    qint64 m_activeMs = 0; // active time at the last update
    qint64 m_stepStartMs = 0; // active time at which the current step began
    qint64 m_skippedMs = 0;
    int m_stepIndex = 0;
    QVariantMap m_step;
    Phase m_phase = Phase::None;
    BreathPosition m_breath;
    QTimer m_timer;
};
