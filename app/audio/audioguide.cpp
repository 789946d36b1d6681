#include "audioguide.h"

#include "appconfig.h"
#include "exerciselibrary.h"
#include "logging.h"
#include "preferences.h"

#include <QAudio>
#include <QAudioDevice>
#include <QDir>
#include <QMediaDevices>

namespace {

const QString none = QStringLiteral("none");

bool spoken(const QString &kind)
{
    return kind == u"say" || kind == u"imagery";
}

// A level as the ear hears it (0 to 1) to the linear gain an output wants.
float gain(qreal level)
{
    return float(QAudio::convertVolume(std::clamp(level, 0.0, 1.0), QAudio::LogarithmicVolumeScale,
                                       QAudio::LinearVolumeScale));
}

} // namespace

qreal AudioGuide::Ramp::at(qint64 nowMs) const
{
    if (done(nowMs))
        return to;
    return from + (to - from) * std::max<qint64>(0, nowMs - startMs) / double(fadeMs);
}

AudioGuide::AudioGuide(QObject *parent)
    : QObject(parent)
    , m_soundFolder(QDir::cleanPath(ExerciseLibrary::shippedFolder() + QStringLiteral("/../audio")))
    , m_hasDevice(!QMediaDevices::defaultAudioOutput().isNull())
    , m_narration(new SoundChannel(this))
    , m_ambient(new SoundChannel(this))
    , m_cue(new SoundChannel(this))
{
    m_narration->setObjectName(QStringLiteral("narration"));
    m_ambient->setObjectName(QStringLiteral("ambient"));
    m_ambient->setLooping(true);
    m_cue->setObjectName(QStringLiteral("cue"));
    for (SoundChannel *channel : {m_narration, m_ambient, m_cue}) {
        connect(channel, &SoundChannel::noDevice, this, [this] {
            problem(QStringLiteral("no audio output device"));
            if (std::exchange(m_hasDevice, false) && !m_muted)
                Q_EMIT audibleChanged();
        });
    }
    for (SoundChannel *channel : {m_narration, m_ambient, m_cue}) {
        connect(channel, &SoundChannel::failed, this, [this, channel] {
            m_unplayable.insert(channel->source());
            problem(u"cannot play " % channel->source() % u": " % channel->errorString());
            if (channel == m_ambient && !std::exchange(m_ambientName, {}).isEmpty())
                Q_EMIT playingSoundscapeChanged();
        });
    }
    for (auto ended : {&SoundChannel::finished, &SoundChannel::failed}) {
        connect(m_narration, ended, this, [this] {
            m_narrationLoaded = false;
            setSpeaking(false);
        });
    }
    // The device's choice of voice, when it changes before a run, times the run anew.
    if (Preferences *preferences = Preferences::instance()) {
        connect(preferences, &Preferences::voiceChanged, this, &AudioGuide::onChoiceChanged);
    }
    if (AppConfig *config = AppConfig::instance())
        connect(config, &AppConfig::settingsChanged, this, &AudioGuide::onChoiceChanged);
    m_timedVoice = chosenVoice();
    m_fadeTimer.setInterval(30);
    connect(&m_fadeTimer, &QTimer::timeout, this, &AudioGuide::update);
    applyVolumes();
}

AudioGuide::~AudioGuide() = default;

void AudioGuide::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_steadyClock;
}

void AudioGuide::setSoundFolder(const QString &folder)
{
    m_soundFolder = QDir::cleanPath(folder);
}

void AudioGuide::setRunner(ExerciseRunner *runner)
{
    if (runner == m_runner)
        return;
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_state = ExerciseRunner::State::Idle;
    if (m_runner) {
        connect(m_runner, &ExerciseRunner::stateChanged, this, &AudioGuide::onStateChanged);
        connect(m_runner, &ExerciseRunner::stepChanged, this, &AudioGuide::onStepChanged);
        connect(m_runner, &ExerciseRunner::phaseChanged, this, &AudioGuide::onPhaseChanged);
        connect(m_runner, &ExerciseRunner::started, this, [this] { m_warned = false; });
        connect(m_runner, &QObject::destroyed, this, [this] {
            onStateChanged();
            Q_EMIT runnerChanged();
        });
        installNarrationLength();
    }
    onStateChanged();
    Q_EMIT runnerChanged();
}

void AudioGuide::installNarrationLength()
{
    // Rebuilding the timeline restarts the runner, so only an idle one is given lengths.
    if (!m_runner || m_runner->state() != ExerciseRunner::State::Idle)
        return;
    QPointer<AudioGuide> guide(this);
    m_runner->setNarrationLength(
        [guide](const Step &step) -> qint64 { return guide ? guide->narrationMs(step) : 0; });
}

qint64 AudioGuide::narrationMs(const Step &step)
{
    // In the captions' language: the library's, the person's.
    const ExerciseLibrary *library = m_runner ? m_runner->library() : nullptr;
    const NarrationClips::Choice choice
        = m_clips.choose(step, chosenVoice(), library ? library->language() : QStringLiteral("en"));
    if (!choice.manifestError.isEmpty())
        problem(u"cannot read the narration manifest for " % step.audio % u": "
                % choice.manifestError);
    if (choice.stale)
        m_stale.insert(step.audio);
    else
        m_stale.remove(step.audio);
    if (choice.file.isEmpty()) {
        m_files.remove(step.audio);
        return 0;
    }
    m_files.insert(step.audio, choice.file);
    return m_muted ? 0 : choice.durationMs;
}

QString AudioGuide::narrationFile(const QString &stepAudio) const
{
    return m_files.value(stepAudio, stepAudio);
}

void AudioGuide::setVoice(const QString &voice)
{
    if (voice == m_voice)
        return;
    m_voice = voice;
    Q_EMIT voiceChanged();
    onChoiceChanged();
}

QString AudioGuide::chosenVoice() const
{
    if (!m_voice.isEmpty())
        return m_voice;
    if (const Preferences *preferences = Preferences::instance();
        preferences && !preferences->voice().isEmpty())
        return preferences->voice();
    if (const AppConfig *config = AppConfig::instance())
        return config->voice();
    return AppConfig::voices().constFirst();
}

void AudioGuide::onChoiceChanged()
{
    const QString before = m_timedVoice;
    m_timedVoice = chosenVoice();
    if (m_timedVoice == before)
        return;
    installNarrationLength();
    Q_EMIT chosenVoiceChanged();
}

void AudioGuide::setVolume(qreal volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    applyVolumes();
    Q_EMIT volumeChanged();
}

void AudioGuide::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    applyVolumes();
    installNarrationLength();
    Q_EMIT mutedChanged();
    if (m_hasDevice)
        Q_EMIT audibleChanged();
}

void AudioGuide::setSoundscape(const QString &soundscape)
{
    if (soundscape == m_soundscape)
        return;
    m_soundscape = soundscape;
    reconcileAmbient();
    Q_EMIT soundscapeChanged();
}

void AudioGuide::setCues(bool cues)
{
    if (cues == m_cues)
        return;
    m_cues = cues;
    Q_EMIT cuesChanged();
}

void AudioGuide::setSpeaking(bool speaking)
{
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    rampTo(m_duck, speaking ? duckLevel : 1.0);
    Q_EMIT speakingChanged();
}

void AudioGuide::onStateChanged()
{
    const auto before = m_state;
    m_state = m_runner ? m_runner->state() : ExerciseRunner::State::Idle;
    switch (m_state) {
    case ExerciseRunner::State::Running:
        // A new run: its first step is still to come, and stepChanged() starts its sound.
        if (before != ExerciseRunner::State::Paused)
            return;
        if (m_narrationLoaded) {
            m_narration->play();
            setSpeaking(true);
        }
        break;
    case ExerciseRunner::State::Paused:
        m_narration->pause();
        m_cue->stop();
        setSpeaking(false);
        break;
    case ExerciseRunner::State::Idle:
    case ExerciseRunner::State::Finished:
    case ExerciseRunner::State::Stopped:
        stopNarration();
        m_cue->stop();
        break;
    }
    reconcileAmbient();
}

void AudioGuide::onStepChanged()
{
    if (m_state != ExerciseRunner::State::Running && m_state != ExerciseRunner::State::Paused)
        return;
    startNarration();
    reconcileAmbient();
}

void AudioGuide::onPhaseChanged()
{
    if (!m_cues || !m_runner || m_state != ExerciseRunner::State::Running
        || m_runner->phase() == ExerciseRunner::Phase::None
        || !m_runner->step().value(QStringLiteral("cues")).toBool())
        return;
    const QString file = m_soundFolder + QStringLiteral("/cues/breath.ogg");
    if (m_cue->source() != file && !load(m_cue, file))
        return;
    m_cue->stop(); // from its start, each time
    m_cue->play();
}

void AudioGuide::startNarration()
{
    stopNarration();
    const QVariantMap step = m_runner->step();
    const QString audio = step.value(QStringLiteral("audio")).toString();
    if (!spoken(step.value(QStringLiteral("kind")).toString()) || audio.isEmpty())
        return;
    if (m_stale.contains(audio)) {
        problem(audio
                % u" has no clip of the text its step shows now (an older text's, or none in "
                  u"its language), so it is not played; run tools/make-media");
        return;
    }
    if (!load(m_narration, narrationFile(audio)))
        return;
    m_narrationLoaded = true;
    if (m_state == ExerciseRunner::State::Running) {
        m_narration->play();
        setSpeaking(true);
    }
}

void AudioGuide::stopNarration()
{
    m_narrationLoaded = false;
    m_narration->load({});
    setSpeaking(false);
}

QString AudioGuide::stepSoundscape() const
{
    if (!m_runner || m_runner->stepKind() != u"imagery")
        return {};
    const QString chosen = m_soundscape.isEmpty()
        ? m_runner->step().value(QStringLiteral("soundscape")).toString()
        : m_soundscape;
    return chosen == none ? QString() : chosen;
}

void AudioGuide::reconcileAmbient()
{
    const bool active
        = m_state == ExerciseRunner::State::Running || m_state == ExerciseRunner::State::Paused;
    const QString wanted = active ? stepSoundscape() : QString();
    if (!m_ambientName.isEmpty()
        && (m_ambientName != wanted || m_state != ExerciseRunner::State::Running)) {
        // Out over a second; update() then pauses or stops it, and starts what comes next.
        rampTo(m_ambientFade, 0);
        return;
    }
    if (wanted.isEmpty() || m_state != ExerciseRunner::State::Running)
        return;
    if (m_ambientName.isEmpty()) {
        const QString file = m_soundFolder % u"/soundscapes/" % wanted % u".ogg";
        if (!load(m_ambient, file))
            return;
        m_ambientName = wanted;
        m_ambientFade = {0, 0, m_clock->nowMs()};
        Q_EMIT playingSoundscapeChanged();
    }
    m_ambient->play();
    rampTo(m_ambientFade, 1);
}

void AudioGuide::rampTo(Ramp &ramp, qreal to)
{
    const qint64 now = m_clock->nowMs();
    if (ramp.to == to)
        return; // on its way there already, or there
    ramp = {ramp.at(now), to, now};
    applyVolumes();
    m_fadeTimer.start();
}

qreal AudioGuide::ambientLevel() const
{
    const qint64 now = m_clock->nowMs();
    return m_ambientFade.at(now) * m_duck.at(now);
}

void AudioGuide::applyVolumes()
{
    const qreal level = m_muted ? 0 : m_volume;
    m_narration->setVolume(gain(level));
    m_cue->setVolume(gain(level));
    m_ambient->setVolume(gain(level * ambientLevel()));
}

void AudioGuide::update()
{
    const qint64 now = m_clock->nowMs();
    applyVolumes();
    if (!m_ambientName.isEmpty() && m_ambientFade.to == 0 && m_ambientFade.done(now)) {
        if (m_state == ExerciseRunner::State::Paused && m_ambientName == stepSoundscape()) {
            m_ambient->pause();
        } else {
            m_ambient->load({});
            m_ambientName.clear();
            Q_EMIT playingSoundscapeChanged();
            reconcileAmbient();
        }
    }
    if (m_ambientFade.done(now) && m_duck.done(now))
        m_fadeTimer.stop();
}

// Starts loading file, unless it failed before in this run (a stalled folder is not asked again).
bool AudioGuide::load(SoundChannel *channel, const QString &file)
{
    if (m_unplayable.contains(file))
        return false;
    channel->load(file);
    return true;
}

void AudioGuide::problem(const QString &message)
{
    if (m_warned)
        return;
    m_warned = true;
    qCWarning(lcAudio).noquote() << message
                                 << "- the exercise goes on with captions; further audio problems "
                                    "in this run are not logged";
}
