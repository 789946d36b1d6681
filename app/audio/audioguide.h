#pragma once

#include "clock.h"
#include "exerciserunner.h"
#include "narrationmanifest.h"
#include "soundchannel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

// Speaks an exercise as its runner moves through it: the narration of say and imagery steps, a
// looping soundscape under imagery, and a soft tone at each change of breathing phase. It follows
// the runner and never moves it: without a device, or with a missing or broken file, the steps
// go on with their captions, and one warning is logged for the run.
class AudioGuide : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // Set it before the runner starts: it makes spoken steps last as long as their narration.
    Q_PROPERTY(ExerciseRunner *runner READ runner WRITE setRunner NOTIFY runnerChanged)
    // 0 to 1, as a volume slider is felt (a logarithmic scale), for all three channels.
    Q_PROPERTY(qreal volume READ volume WRITE setVolume NOTIFY volumeChanged)
    // Silent; set before the start, it also times spoken steps by reading time.
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    // The person's choice of soundscape (ocean, rain, forest, quiet, or none) for imagery steps;
    // empty follows each step's own.
    Q_PROPERTY(QString soundscape READ soundscape WRITE setSoundscape NOTIFY soundscapeChanged)
    // The narrator (an id of AppConfig::voices()); empty: the one chosen for this device, the
    // person's (Preferences::voice) or else the configuration's (AppConfig::voice). A step whose
    // clip is missing in that voice is spoken in the other. Set while the runner is idle; a run
    // under way keeps the voice it started with, as its steps are timed by it.
    Q_PROPERTY(QString voice READ voice WRITE setVoice NOTIFY voiceChanged)
    // The voice the next run is spoken in: voice, or the device's choice.
    Q_PROPERTY(QString chosenVoice READ chosenVoice NOTIFY chosenVoiceChanged)
    // The soft tone at each breathing phase change, in breathe steps that ask for it.
    Q_PROPERTY(bool cues READ cues WRITE setCues NOTIFY cuesChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    // Whether sound reaches the person: a device is there and the guide is not muted.
    Q_PROPERTY(bool audible READ isAudible NOTIFY audibleChanged)
    // The soundscape that can be heard now, or empty.
    Q_PROPERTY(QString playingSoundscape READ playingSoundscape NOTIFY playingSoundscapeChanged)

public:
    static constexpr qint64 fadeMs = 1000;
    static constexpr qreal duckLevel = 0.35; // the soundscape under the voice, about -9 dB

    explicit AudioGuide(QObject *parent = nullptr);
    ~AudioGuide() override;

    ExerciseRunner *runner() const { return m_runner; }
    void setRunner(ExerciseRunner *runner);
    qreal volume() const { return m_volume; }
    void setVolume(qreal volume);
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    QString soundscape() const { return m_soundscape; }
    void setSoundscape(const QString &soundscape);
    QString voice() const { return m_voice; }
    void setVoice(const QString &voice);
    QString chosenVoice() const;
    bool cues() const { return m_cues; }
    void setCues(bool cues);
    bool isSpeaking() const { return m_speaking; }
    bool isAudible() const { return !m_muted && m_hasDevice; }
    QString playingSoundscape() const { return m_ambientName; }

    // Not owned; fades read the time from it. Tests pass a FakeClock and call update().
    void setClock(const Clock *clock);
    // Where soundscapes/<name>.ogg and cues/breath.ogg are; the shipped audio folder by default.
    void setSoundFolder(const QString &folder);
    QString soundFolder() const { return m_soundFolder; }
    // How long a step's narration plays, from the manifest beside its clip, in the chosen voice
    // (or the other); 0 (reading time) when muted, or when no voice's clip is there, listed and
    // made from the step's text. It also settles which file the step will play.
    qint64 narrationMs(const Step &step);
    // The file a step's narration plays, as narrationMs settled it; its audio path until then.
    QString narrationFile(const QString &stepAudio) const;
    // The soundscape's level now, 0 to 1 before the volume: its fade times the ducking.
    qreal ambientLevel() const;

    // Moves the fades on; a timer calls it while one runs.
    Q_INVOKABLE void update();

Q_SIGNALS:
    void runnerChanged();
    void volumeChanged();
    void mutedChanged();
    void soundscapeChanged();
    void voiceChanged();
    void chosenVoiceChanged();
    void cuesChanged();
    void speakingChanged();
    void audibleChanged();
    void playingSoundscapeChanged();

private:
    struct Ramp
    {
        qreal from = 0;
        qreal to = 0;
        qint64 startMs = 0;
        qreal at(qint64 nowMs) const;
        bool done(qint64 nowMs) const { return nowMs - startMs >= fadeMs; }
    };
    void onStateChanged();
    void onStepChanged();
    void onPhaseChanged();
    void startNarration();
    void stopNarration();
    void setSpeaking(bool speaking);
    QString stepSoundscape() const;
    void reconcileAmbient();
    void rampTo(Ramp &ramp, qreal to);
    void applyVolumes();
    bool load(SoundChannel *channel, const QString &file);
    void problem(const QString &message);
    void installNarrationLength();
    void onChoiceChanged();

    SteadyClock m_steadyClock;
    const Clock *m_clock = &m_steadyClock;
    QPointer<ExerciseRunner> m_runner;
    ExerciseRunner::State m_state = ExerciseRunner::State::Idle;
    QString m_soundFolder;
    qreal m_volume = 1;
    bool m_muted = false;
    QString m_soundscape;
    QString m_voice;
    QString m_timedVoice; // chosenVoice() when it last changed
    bool m_cues = true;
    bool m_speaking = false;
    bool m_warned = false; // one warning a run
    bool m_hasDevice;

    SoundChannel *m_narration; // children, so tests can find them by name
    SoundChannel *m_ambient;
    SoundChannel *m_cue;
    bool m_narrationLoaded = false; // a clip for this step, not yet played to its end

    QString m_ambientName; // the soundscape in the ambient channel, playing or fading
    Ramp m_ambientFade;
    Ramp m_duck{1, 1, 0};
    QTimer m_fadeTimer;

    NarrationClips m_clips;
    QSet<QString> m_stale; // clips whose text changed since they were made: never played
    QHash<QString, QString> m_files; // step audio path → the chosen voice's file
    QSet<QString> m_unplayable; // files that failed to load: not tried again
};
