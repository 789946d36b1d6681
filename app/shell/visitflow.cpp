#include "visitflow.h"

#include "logging.h"
#include "recommender.h"

#include <QDateTime>

namespace {

// arousal is NaN when the person gave only the distress.
CheckIn clamped(qreal arousal, int distress)
{
    return {std::isnan(arousal) ? arousal : std::clamp(arousal, -1.0, 1.0),
            std::clamp(distress, -1, 10)};
}

} // namespace

VisitFlow::VisitFlow(ExerciseLibrary *library, AppConfig *config, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_config(config)
    , m_clock(options.clock ? options.clock : &m_steadyClock)
    , m_sound(options.sound)
    , m_preferredMinutes(options.preferredMinutes)
{
    m_display = options.display ? options.display : new DisplaySettings(config, {}, nullptr, this);
    connect(this, &VisitFlow::screensChanged, this, &VisitFlow::idleWatchedChanged);
    connect(this, &VisitFlow::runChanged, this, &VisitFlow::idleWatchedChanged);
    connect(this, &VisitFlow::runChanged, this, &VisitFlow::runningChanged);
}

VisitFlow::~VisitFlow() = default;

int VisitFlow::homeDepth() const
{
    return m_config->mode() == AppConfig::Mode::Kiosk ? 2 : 1;
}

bool VisitFlow::canGoBack() const
{
    // A kiosk's visitor stays in the library; the attract screen is for the next one.
    return depth() > homeDepth() || (depth() > 1 && screen() != Screen::Library);
}

bool VisitFlow::staffIn() const
{
    return m_screens.contains(Screen::Staff) || m_screens.contains(Screen::Settings)
        || m_screens.contains(Screen::Dashboard);
}

bool VisitFlow::idleWatched() const
{
    // A paused exercise may have been left behind: the kiosk asks about it too.
    const bool moving = m_runner && m_runner->state() == ExerciseRunner::State::Running;
    return m_config->mode() == AppConfig::Mode::Kiosk && depth() > 1 && !moving && !staffIn();
}

bool VisitFlow::running() const
{
    return m_runner
        && (m_runner->state() == ExerciseRunner::State::Running
            || m_runner->state() == ExerciseRunner::State::Paused);
}

void VisitFlow::push(Screen screen, const QVariantMap &properties)
{
    m_screens.append(screen);
    Q_EMIT pushed(screen, properties);
    Q_EMIT screensChanged();
}

void VisitFlow::popTo(int depth)
{
    depth = std::max(1, depth);
    if (depth >= m_screens.size())
        return;
    const bool exerciseGoes = m_screens.mid(depth).contains(Screen::Exercise);
    m_screens.resize(depth);
    Q_EMIT poppedTo(depth);
    Q_EMIT screensChanged();
    if (exerciseGoes)
        dropRunner();
}

void VisitFlow::replaceTop(Screen screen)
{
    popTo(depth() - 1);
    push(screen);
}

void VisitFlow::start()
{
    quit();
    forget();
    m_last = {};
    if (!m_screens.isEmpty()) {
        m_screens.clear();
        Q_EMIT poppedTo(0);
    }
    dropRunner();
    switch (m_config->mode()) {
    case AppConfig::Mode::Kiosk:
        push(Screen::Attract);
        break;
    case AppConfig::Mode::Session:
        push(Screen::Launcher);
        break;
    case AppConfig::Mode::Home:
        push(Screen::Library);
        break;
    }
}

void VisitFlow::begin()
{
    if (screen() == Screen::Attract)
        push(Screen::Library);
}

void VisitFlow::openCheckIn()
{
    if (screen() == Screen::Library)
        push(Screen::CheckIn);
}

void VisitFlow::checkIn(qreal arousal, int distress)
{
    if (screen() != Screen::CheckIn)
        return;
    const CheckIn checkIn = clamped(arousal, distress);
    if (!checkIn.placed() && !checkIn.hasDistress())
        return skipCheckIn();
    m_checkIn = checkIn;
    recommend(*m_checkIn);
    skipCheckIn();
    if (distress >= helpFirstDistress)
        Q_EMIT helpSuggested();
}

void VisitFlow::skipCheckIn()
{
    if (screen() != Screen::CheckIn)
        return;
    popTo(depth() - 1);
    if (const std::optional<Pending> pending = std::exchange(m_pending, std::nullopt))
        beginRun(pending->exerciseId, pending->minutes, true);
}

void VisitFlow::startExercise(const QString &exerciseId, int minutes, bool checkIns)
{
    if (running() || exerciseId.isEmpty())
        return;
    const bool session = m_config->mode() == AppConfig::Mode::Session;
    if (session && checkIns) {
        // This run's own check-in comes first; nobody else's can reach it.
        m_checkIn.reset();
        m_pending = Pending{exerciseId, minutes};
        push(Screen::CheckIn);
        return;
    }
    beginRun(exerciseId, minutes, !session);
}

void VisitFlow::beginRun(const QString &exerciseId, int minutes, bool checksOut)
{
    closeRun();
    popTo(homeDepth());
    dropRunner();

    auto *runner = new ExerciseRunner(this);
    runner->setClock(m_clock);
    runner->setLibrary(m_library);
    runner->setExerciseId(exerciseId);
    runner->setMinutes(minutes == 0 && m_preferredMinutes ? m_preferredMinutes(exerciseId)
                                                          : minutes);
    m_runner = runner;
    if (m_sound && runner->isValid()) {
        m_guide = new AudioGuide(this);
        m_guide->setClock(m_clock);
        m_guide->setMuted(!m_display->sound());
        m_guide->setRunner(runner); // before the start: spoken steps last as long as the voice
        connect(m_guide, &AudioGuide::audibleChanged, this, &VisitFlow::noteAudible);
    }
    m_checksOut = checksOut;
    m_ending.reset();
    m_audibleMs = 0;
    m_audibleSinceMs = -1;

    m_record = {};
    m_record.id = m_nextId++;
    m_record.exerciseId = runner->exerciseId();
    m_record.exerciseVersion = runner->exerciseVersion();
    m_record.mode = m_config->modeName();
    m_record.language = m_config->language();
    m_record.recommended
        = std::any_of(m_recommendations.cbegin(), m_recommendations.cend(), [&](const QVariant &r) {
              return r.toMap().value(QStringLiteral("exerciseId")).toString() == exerciseId;
          });
    m_record.before = std::exchange(m_checkIn, std::nullopt); // consumed by this run
    m_record.textScale = m_display->textScale();
    m_record.reducedMotion = m_display->reducedMotion();
    connect(runner, &ExerciseRunner::finished, this,
            [this](ExerciseRunner::Outcome outcome) { onRunnerFinished(outcome); });
    connect(runner, &ExerciseRunner::stateChanged, this, &VisitFlow::idleWatchedChanged);
    connect(runner, &ExerciseRunner::stateChanged, this, &VisitFlow::runningChanged);

    push(Screen::Exercise,
         {{QStringLiteral("runner"), QVariant::fromValue(runner)},
          {QStringLiteral("guide"), QVariant::fromValue(m_guide.data())}});
    Q_EMIT runChanged();
    Q_EMIT changed();
    if (runner->isValid()) {
        runner->start();
        if (m_guide && m_guide->isAudible())
            m_audibleSinceMs = 0;
    } else {
        qCWarning(lcSession).noquote() << "no exercise" << exerciseId << "to start";
    }
}

void VisitFlow::noteAudible()
{
    if (!running())
        return;
    m_runner->update();
    if (!running())
        return; // that update ended the run, which counted the sound
    const auto active = qint64(std::llround(m_runner->elapsed() * 1000));
    if (m_guide && m_guide->isAudible()) {
        if (m_audibleSinceMs < 0)
            m_audibleSinceMs = active;
    } else if (m_audibleSinceMs >= 0) {
        m_audibleMs += active - std::exchange(m_audibleSinceMs, -1);
    }
}

void VisitFlow::endRun(RunRecord::Ending ending)
{
    stopAsking();
    if (!running())
        return;
    m_ending = ending;
    m_runner->stop(); // onRunnerFinished records it
}

void VisitFlow::onRunnerFinished(ExerciseRunner::Outcome outcome)
{
    stopAsking(); // End tapped while it asked
    const auto activeMs = qint64(std::llround(m_runner->elapsed() * 1000));
    const auto plannedMs = qint64(std::llround(m_runner->total() * 1000));
    if (m_audibleSinceMs >= 0)
        m_audibleMs += activeMs - std::exchange(m_audibleSinceMs, -1);
    const bool byPerson = !m_ending.has_value();
    RunRecord::Ending ending = RunRecord::Ending::Stopped;
    if (m_ending)
        ending = *m_ending;
    else if (outcome == ExerciseRunner::Outcome::Completed)
        ending = 2 * m_runner->skippedMs() > plannedMs ? RunRecord::Ending::Skipped
                                                       : RunRecord::Ending::Completed;
    m_ending.reset();

    m_record.plannedSeconds = int(std::lround(plannedMs / 1000.0));
    m_record.activeSeconds = int(std::lround(activeMs / 1000.0));
    m_record.ending = ending;
    // Heard for most of the run; a run that ended at once, as it began.
    m_record.audioOn = activeMs > 0 ? 2 * m_audibleMs > activeMs : m_guide && m_guide->isAudible();
    m_record.endedAt = QDateTime::currentDateTime();
    m_last = m_record;
    m_lastOpen = true;
    Q_EMIT runEnded(m_last);
    Q_EMIT runChanged();
    Q_EMIT changed();
    if (!byPerson || !m_checksOut)
        closeRun();
    if (!byPerson)
        return; // whatever ended it decides what comes next
    if (m_checksOut)
        replaceTop(Screen::CheckOut);
    else if (ending == RunRecord::Ending::Stopped)
        popTo(homeDepth());
    else
        replaceTop(Screen::Summary);
}

void VisitFlow::closeRun()
{
    if (std::exchange(m_lastOpen, false))
        Q_EMIT runClosed(m_last);
}

void VisitFlow::dropRunner()
{
    if (!m_runner && !m_guide)
        return;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->deleteLater();
    }
    if (m_guide) {
        m_guide->disconnect(this);
        m_guide->deleteLater();
    }
    m_runner.clear();
    m_guide.clear();
    Q_EMIT runChanged();
}

void VisitFlow::endExercise()
{
    if (screen() == Screen::Exercise)
        running() ? m_runner->stop() : back();
}

void VisitFlow::checkOut(qreal arousal, int distress)
{
    if (screen() != Screen::CheckOut)
        return;
    const CheckIn after = clamped(arousal, distress);
    if (!after.placed() && !after.hasDistress())
        return skipCheckOut();
    if (m_lastOpen) {
        m_last.after = after;
        Q_EMIT runCheckedOut(m_last);
    }
    recommend(after);
    skipCheckOut();
}

void VisitFlow::skipCheckOut()
{
    if (screen() != Screen::CheckOut)
        return;
    closeRun();
    replaceTop(Screen::Summary);
}

void VisitFlow::another()
{
    if (screen() != Screen::Summary)
        return;
    closeRun();
    popTo(homeDepth());
}

void VisitFlow::finish()
{
    if (screen() != Screen::Summary)
        return;
    closeRun();
    forget();
    m_last = {};
    popTo(1);
}

void VisitFlow::back()
{
    if (!canGoBack())
        return;
    switch (screen()) {
    case Screen::CheckIn:
        m_pending.reset();
        popTo(depth() - 1);
        break;
    case Screen::Exercise:
        // A frightened person may hit Back by mistake; a therapist means it.
        if (running() && m_config->mode() != AppConfig::Mode::Session) {
            if (m_askingToEnd || m_offer) {
                keepGoing(); // Back (or Escape) from the question closes it
                return;
            }
            pauseToAsk();
            m_askingToEnd = true;
            Q_EMIT askingToEndChanged();
            return;
        }
        endRun(RunRecord::Ending::Stopped);
        closeRun();
        popTo(homeDepth());
        break;
    case Screen::CheckOut:
    case Screen::Summary:
        closeRun();
        popTo(homeDepth());
        break;
    default:
        popTo(depth() - 1);
        break;
    }
}

void VisitFlow::confirmEnd()
{
    if (!m_askingToEnd)
        return;
    endRun(RunRecord::Ending::Stopped);
    closeRun();
    popTo(homeDepth());
}

void VisitFlow::pauseToAsk()
{
    if (m_runner && m_runner->state() == ExerciseRunner::State::Running) {
        m_pausedToAsk = true;
        m_runner->pause();
    }
}

void VisitFlow::keepGoing()
{
    if (!m_askingToEnd && !m_offer)
        return;
    const bool resume = m_pausedToAsk;
    stopAsking();
    if (resume && m_runner)
        m_runner->resume();
}

void VisitFlow::stopAsking()
{
    m_pausedToAsk = false;
    const bool offered = std::exchange(m_offer, std::nullopt).has_value();
    if (!std::exchange(m_askingToEnd, false) && !offered)
        return;
    Q_EMIT askingToEndChanged();
}

void VisitFlow::openHistory()
{
    if (screen() == Screen::Library)
        push(Screen::History);
}

void VisitFlow::openStaff()
{
    if (running() || screen() == Screen::Staff)
        return;
    closeRun();
    push(Screen::Staff);
}

void VisitFlow::openSettings()
{
    if (screen() == Screen::Staff)
        push(Screen::Settings);
}

void VisitFlow::openDashboard()
{
    if (screen() == Screen::Staff)
        push(Screen::Dashboard);
}

void VisitFlow::helpOpened()
{
    if (m_runner && m_runner->state() == ExerciseRunner::State::Running)
        m_runner->pause();
}

void VisitFlow::groundNow()
{
    if (running())
        return;
    QString id;
    if (!m_recommendations.isEmpty()) {
        id = m_recommendations.constFirst().toMap().value(QStringLiteral("exerciseId")).toString();
    } else {
        const auto picks = Recommender::recommend(
            offered(), {CheckIn{0.8, helpFirstDistress}, m_config->mode(), 0});
        if (picks.isEmpty())
            return;
        id = picks.constFirst().exerciseId;
    }
    m_pending.reset();
    beginRun(id, 0, m_config->mode() != AppConfig::Mode::Session);
}

void VisitFlow::exitHaven()
{
    if (!staffIn())
        return;
    quit();
    Q_EMIT exitRequested();
}

bool VisitFlow::handOver(const QString &exerciseId, int minutes)
{
    if (!m_library->exercise(exerciseId))
        return false;
    // The client may be in the middle of something: the therapist says yes first, unless it is
    // about to end anyway. A newer hand-over replaces the question.
    if (running() && m_runner->remaining() > lastMinute) {
        pauseToAsk();
        m_askingToEnd = false;
        m_offer = Offer{exerciseId, minutes};
        Q_EMIT askingToEndChanged();
        return true;
    }
    replaceWith(exerciseId, minutes);
    return true;
}

void VisitFlow::confirmSwitch()
{
    if (!m_offer)
        return;
    const Offer offer = *m_offer;
    replaceWith(offer.exerciseId, offer.minutes);
}

void VisitFlow::replaceWith(const QString &exerciseId, int minutes)
{
    endRun(RunRecord::Ending::Replaced);
    closeRun();
    forget();
    m_last = {};
    Q_EMIT handedOver();
    beginRun(exerciseId, minutes, m_config->mode() != AppConfig::Mode::Session);
}

void VisitFlow::idleReset()
{
    endRun(RunRecord::Ending::ResetByIdle);
    closeRun();
    forget();
    m_last = {};
    popTo(1);
    Q_EMIT wiped();
}

void VisitFlow::quit()
{
    endRun(RunRecord::Ending::Quit);
    closeRun();
}

void VisitFlow::forget()
{
    m_checkIn.reset();
    m_recommendations.clear();
    m_pending.reset();
    Q_EMIT changed();
}

QList<ExercisePtr> VisitFlow::offered() const
{
    QList<ExercisePtr> exercises;
    for (const QString &id : m_library->ids()) {
        if (!m_config->hiddenExercises().contains(id))
            exercises.append(m_library->exercise(id));
    }
    return exercises;
}

void VisitFlow::relocalize()
{
    if (!m_recommendations.isEmpty() && m_recommendedFor)
        recommend(*m_recommendedFor);
}

void VisitFlow::recommend(const CheckIn &checkIn)
{
    m_recommendations.clear();
    m_recommendedFor = checkIn;
    const QString language = m_library->language();
    for (const auto &r :
         Recommender::recommend(offered(), {checkIn, m_config->mode(), 0, language})) {
        const ExercisePtr e = m_library->exercise(r.exerciseId);
        m_recommendations.append(QVariantMap{{QStringLiteral("exerciseId"), e->id},
                                             {QStringLiteral("title"), e->title.text(language)},
                                             {QStringLiteral("summary"), e->summary.text(language)},
                                             {QStringLiteral("minutes"), e->minutes},
                                             {QStringLiteral("group"), e->group},
                                             {QStringLiteral("reason"), r.reason}});
    }
    Q_EMIT changed();
}
