#include "exerciserunner.h"

#include "exerciselibrary.h"
#include "logging.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

QVariantList localized(const QList<LocalizedText> &texts, const QString &language)
{
    QVariantList list;
    for (const LocalizedText &text : texts)
        list.append(text.text(language));
    return list;
}

// What a step view needs, in the person's language.
QVariantMap describe(const Step &step, const TimedStep &timed, const QString &language)
{
    QVariantMap map{{QStringLiteral("kind"), nameOfStepKind(step.kind)},
                    {QStringLiteral("text"), step.text.text(language)},
                    {QStringLiteral("title"), step.title.text(language)},
                    {QStringLiteral("audio"), step.audio},
                    {QStringLiteral("soundscape"), step.soundscape},
                    {QStringLiteral("chooseSoundscape"), step.chooseSoundscape},
                    {QStringLiteral("cues"), step.cues},
                    {QStringLiteral("cycles"), timed.cycles},
                    {QStringLiteral("seconds"), timed.durationMs / 1000.0}};
    if (step.kind == StepKind::Breathe) {
        map.insert(QStringLiteral("pattern"),
                   QVariantMap{{QStringLiteral("in"), step.pattern.in},
                               {QStringLiteral("inTop"), step.pattern.inTop},
                               {QStringLiteral("holdIn"), step.pattern.holdIn},
                               {QStringLiteral("out"), step.pattern.out},
                               {QStringLiteral("holdOut"), step.pattern.holdOut}});
    }
    QVariantList prompts;
    for (const SensePrompt &prompt : step.prompts) {
        prompts.append(QVariantMap{{QStringLiteral("sense"), prompt.sense},
                                   {QStringLiteral("count"), prompt.count},
                                   {QStringLiteral("prompt"), prompt.prompt.text(language)}});
    }
    map.insert(QStringLiteral("prompts"), prompts);
    QVariantList lists;
    for (const WordList &list : step.wordLists) {
        lists.append(QVariantMap{{QStringLiteral("label"), list.label.text(language)},
                                 {QStringLiteral("words"), localized(list.words, language)}});
    }
    map.insert(QStringLiteral("lists"), lists);
    QVariantList pages;
    for (const Page &page : step.pages) {
        pages.append(
            QVariantMap{{QStringLiteral("text"), page.text.text(language)},
                        {QStringLiteral("image"),
                         page.image.isEmpty() ? QUrl() : QUrl::fromLocalFile(page.image)}});
    }
    map.insert(QStringLiteral("pages"), pages);
    return map;
}

ExerciseRunner::Phase toPhase(BreathPosition::Phase phase)
{
    switch (phase) {
    case BreathPosition::Phase::In:
        return ExerciseRunner::Phase::In;
    case BreathPosition::Phase::InTop:
        return ExerciseRunner::Phase::InTop;
    case BreathPosition::Phase::HoldIn:
        return ExerciseRunner::Phase::HoldIn;
    case BreathPosition::Phase::Out:
        return ExerciseRunner::Phase::Out;
    case BreathPosition::Phase::HoldOut:
        return ExerciseRunner::Phase::HoldOut;
    }
    return ExerciseRunner::Phase::None;
}

} // namespace

ExerciseRunner::ExerciseRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExerciseRunner::update);
}

ExerciseRunner::~ExerciseRunner() = default;

void ExerciseRunner::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_steadyClock;
}

void ExerciseRunner::setExercise(ExercisePtr exercise)
{
    stop();
    m_exercise = std::move(exercise);
    reload();
}

void ExerciseRunner::setNarrationLength(std::function<qint64(const Step &)> narrationMs)
{
    m_narrationMs = std::move(narrationMs);
    reload();
}

void ExerciseRunner::setLibrary(ExerciseLibrary *library)
{
    if (library == m_library)
        return;
    m_library = library;
    setExerciseId(m_requestedId);
}

void ExerciseRunner::setExerciseId(const QString &id)
{
    m_requestedId = id;
    const ExercisePtr exercise = m_library && !id.isEmpty() ? m_library->exercise(id) : nullptr;
    if (exercise != m_exercise)
        setExercise(exercise);
}

void ExerciseRunner::setMinutes(int minutes)
{
    if (minutes == m_minutes || m_state == State::Running || m_state == State::Paused)
        return;
    m_minutes = minutes;
    reload();
}

void ExerciseRunner::reload()
{
    m_timeline = m_exercise ? Timeline::build(*m_exercise, {m_minutes, m_narrationMs}) : Timeline();
    m_state = State::Idle;
    m_stepIndex = 0;
    m_activeMs = m_stepStartMs = 0;
    m_step.clear();
    m_phase = Phase::None;
    Q_EMIT exerciseChanged();
    Q_EMIT stateChanged();
    Q_EMIT stepChanged();
    Q_EMIT phaseChanged();
    Q_EMIT tick();
}

QString ExerciseRunner::language() const
{
    return m_library ? m_library->language() : QStringLiteral("en");
}

QString ExerciseRunner::title() const
{
    return m_exercise ? m_exercise->title.text(language()) : QString();
}

QString ExerciseRunner::stepKind() const
{
    return m_step.value(QStringLiteral("kind")).toString();
}

bool ExerciseRunner::isWaiting() const
{
    return m_exercise && m_stepIndex < m_exercise->steps.size()
        && m_exercise->steps.at(m_stepIndex).waitsForPerson();
}

int ExerciseRunner::cycles() const
{
    return m_stepIndex < m_timeline.steps.size() ? m_timeline.steps.at(m_stepIndex).cycles : 0;
}

qint64 ExerciseRunner::activeMsAt(qint64 now) const
{
    const qint64 pausedNow = m_state == State::Paused ? now - m_pausedAtMs : 0;
    return now - m_startMs - m_pausedMs - pausedNow;
}

qreal ExerciseRunner::phaseProgress() const
{
    if (m_phase == Phase::None || m_breath.phaseMs <= 0)
        return 0;
    return std::clamp(double(stepElapsedMs() - m_breath.phaseStartMs) / m_breath.phaseMs, 0.0, 1.0);
}

int ExerciseRunner::phaseSecondsLeft() const
{
    if (m_phase == Phase::None)
        return 0;
    const qint64 left = m_breath.phaseStartMs + m_breath.phaseMs - stepElapsedMs();
    return int(std::ceil(std::max<qint64>(left, 0) / 1000.0));
}

qreal ExerciseRunner::stepProgress() const
{
    if (m_stepIndex >= m_timeline.steps.size())
        return m_state == State::Finished ? 1 : 0;
    const qint64 duration = m_timeline.steps.at(m_stepIndex).durationMs;
    return duration > 0 ? std::clamp(double(stepElapsedMs()) / duration, 0.0, 1.0) : 0;
}

qreal ExerciseRunner::remaining() const
{
    if (m_state == State::Finished || m_state == State::Stopped || m_timeline.steps.isEmpty())
        return 0;
    // A step that waits for the person may run past its typical length; the rest still counts.
    qint64 left
        = std::max<qint64>(0, m_timeline.steps.at(m_stepIndex).durationMs - stepElapsedMs());
    for (qsizetype i = m_stepIndex + 1; i < m_timeline.steps.size(); ++i)
        left += m_timeline.steps.at(i).durationMs;
    return left / 1000.0;
}

qreal ExerciseRunner::progress() const
{
    if (m_state == State::Finished)
        return 1;
    if (m_timeline.totalMs <= 0 || m_state == State::Idle)
        return 0;
    return std::clamp(1 - remaining() * 1000.0 / double(m_timeline.totalMs), 0.0, 1.0);
}

void ExerciseRunner::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void ExerciseRunner::start()
{
    if (!m_exercise || m_timeline.steps.isEmpty()) {
        qCWarning(lcSession) << "cannot start: no exercise" << m_requestedId;
        return;
    }
    m_timer.stop();
    m_startMs = m_clock->nowMs();
    m_pausedMs = 0;
    m_activeMs = 0;
    m_skippedMs = 0;
    setState(State::Running);
    Q_EMIT started(m_exercise->id, m_exercise->version);
    m_stepStartMs = 0;
    enterStep(0);
    update();
}

void ExerciseRunner::pause()
{
    if (m_state != State::Running)
        return;
    update();
    m_pausedAtMs = m_clock->nowMs();
    m_timer.stop();
    setState(State::Paused);
}

void ExerciseRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_pausedMs += m_clock->nowMs() - m_pausedAtMs;
    setState(State::Running);
    update();
}

void ExerciseRunner::next()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_activeMs = activeMsAt(m_clock->nowMs());
    // Moving on from a page read at one's own pace is not skipping; cutting a timed step short is.
    if (!isWaiting())
        m_skippedMs
            += std::max<qint64>(0, m_timeline.steps.at(m_stepIndex).durationMs - stepElapsedMs());
    if (m_stepIndex + 1 >= m_timeline.steps.size()) {
        finish(Outcome::Completed);
        return;
    }
    m_stepStartMs = m_activeMs;
    enterStep(m_stepIndex + 1);
    update();
}

void ExerciseRunner::previous()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_activeMs = activeMsAt(m_clock->nowMs());
    m_stepStartMs = m_activeMs;
    enterStep(std::max(0, m_stepIndex - 1));
    update();
}

void ExerciseRunner::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_activeMs = activeMsAt(m_clock->nowMs());
    finish(Outcome::Stopped);
}

void ExerciseRunner::finish(Outcome outcome)
{
    m_timer.stop();
    m_phase = Phase::None;
    setState(outcome == Outcome::Completed ? State::Finished : State::Stopped);
    Q_EMIT phaseChanged();
    Q_EMIT tick();
    Q_EMIT finished(outcome, m_activeMs / 1000.0);
}

void ExerciseRunner::enterStep(int index)
{
    m_stepIndex = index;
    m_step = describe(m_exercise->steps.at(index), m_timeline.steps.at(index), language());
    Q_EMIT stepChanged();
    Q_EMIT stepReached(index, stepKind());
}

void ExerciseRunner::update()
{
    if (m_state != State::Running)
        return;
    m_activeMs = activeMsAt(m_clock->nowMs());
    // Step ends are carried forward exactly, so timed steps never drift from the clock.
    while (!isWaiting()) {
        const qint64 end = m_stepStartMs + m_timeline.steps.at(m_stepIndex).durationMs;
        if (m_activeMs < end)
            break;
        if (m_stepIndex + 1 >= m_timeline.steps.size()) {
            m_activeMs = end;
            finish(Outcome::Completed);
            return;
        }
        m_stepStartMs = end;
        enterStep(m_stepIndex + 1);
    }
    updatePhase();
    Q_EMIT tick();
    scheduleNextBoundary();
}

void ExerciseRunner::updatePhase()
{
    const Step &step = m_exercise->steps.at(m_stepIndex);
    const BreathPosition before = m_breath;
    const Phase phaseBefore = m_phase;
    if (step.kind == StepKind::Breathe) {
        m_breath = BreathPosition::at(step.pattern, cycles(), stepElapsedMs());
        m_phase = toPhase(m_breath.phase);
    } else {
        m_breath = {};
        m_phase = Phase::None;
    }
    if (m_phase != phaseBefore || m_breath.cycle != before.cycle
        || m_breath.phaseStartMs != before.phaseStartMs)
        Q_EMIT phaseChanged();
}

void ExerciseRunner::scheduleNextBoundary()
{
    qint64 boundary = -1; // in step time
    if (m_phase != Phase::None)
        boundary = m_breath.phaseStartMs + m_breath.phaseMs;
    else if (!isWaiting())
        boundary = m_timeline.steps.at(m_stepIndex).durationMs;
    if (boundary < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(boundary - stepElapsedMs(), 0, 24 * 3600 * 1000)));
}
