#pragma once

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioSink;

// One line of sound (the voice, the soundscape, or the cue): an Ogg Vorbis file decoded into
// memory and played through a QAudioSink. Haven decodes with libvorbisfile rather than playing
// through QMediaPlayer because Qt 6.4's GStreamer player can deadlock when its source changes
// while a file is still loading, and a kiosk must never freeze.
//
// Without an audio device the channel plays silently, in real time, so a clip still ends when
// it would have ended and whatever waits for it still moves on.
class SoundChannel : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit SoundChannel(QObject *parent = nullptr);
    ~SoundChannel() override;

    // Decodes path; false, with errorString(), when it cannot be read. An empty path unloads.
    bool load(const QString &path);
    QString errorString() const { return m_error; }
    QString source() const { return m_source; }
    void setLooping(bool looping) { m_looping = looping; }
    bool isLooping() const { return m_looping; }

    void play();
    void pause();
    void stop();
    State state() const { return m_state; }
    qint64 positionMs() const;
    qint64 durationMs() const;

    // Linear gain, 0 to 1.
    void setVolume(qreal volume);
    qreal volume() const { return m_volume; }
    // True when sound really reaches a device; false while playing silently.
    bool isAudible() const { return m_sink != nullptr; }

    // Decodes an Ogg Vorbis file to signed 16-bit PCM; empty with *error set when it cannot.
    static QByteArray decode(const QString &path, QAudioFormat *format, QString *error);

Q_SIGNALS:
    void finished(); // the end of a clip that does not loop
    void noDevice(); // the first time sound could not reach a device
    void stateChanged();

private:
    void setState(State state);
    void startSink();
    void checkEnd();

    QString m_source;
    QString m_error;
    QByteArray m_pcm;
    QAudioFormat m_format;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QAudioSink> m_sink;
    bool m_looping = false;
    qreal m_volume = 1;
    State m_state = State::Stopped;
    // Silent play: the position follows this clock instead of the device.
    QElapsedTimer m_silentClock;
    qint64 m_silentOffsetMs = 0;
    QTimer m_endTimer;
};
