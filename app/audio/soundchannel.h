#pragma once

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <future>
#include <memory>

class QAudioSink;

// One line of sound (the voice, the soundscape, or the cue): an Ogg Vorbis file decoded into
// memory and played through a QAudioSink. Haven decodes with libvorbisfile rather than playing
// through QMediaPlayer because Qt 6.4's GStreamer player can deadlock when its source changes
// while a file is still loading, and a kiosk must never freeze.
//
// Without an audio device the channel plays silently, in real time, so a clip still ends when
// it would have ended and whatever waits for it still moves on.
//
// A file is decoded on a thread of its own, never on the UI thread: a clip on a stalled network
// folder must not freeze the screen. What has not been read within loadLimitMs is given up
// (failed()), and the thread left to finish or hang on its own. Play can be asked for while the
// file loads; the sound starts when it is ready.
class SoundChannel : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit SoundChannel(QObject *parent = nullptr);
    ~SoundChannel() override;

    // Starts decoding path; failed(), with errorString(), when it cannot be read. An empty path
    // unloads.
    void load(const QString &path);
    bool isLoading() const { return m_pending.valid(); }
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

    static constexpr int loadLimitMs = 5000;
    // For tests: called on the decoding thread before each file is read, where a stalled
    // network folder would block.
    static inline std::function<void(const QString &path)> s_beforeDecode;

Q_SIGNALS:
    void finished(); // the end of a clip that does not loop
    void noDevice(); // the first time sound could not reach a device
    void failed(); // the file loaded last cannot be played: errorString() says why
    void stateChanged();

private:
    void setState(State state);
    void startSink();
    void checkEnd();
    void checkLoaded();
    void fail(const QString &error);

    struct Decoded
    {
        QByteArray pcm;
        QAudioFormat format;
        QString error;
    };

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
    std::future<Decoded> m_pending; // valid while a file loads
    QElapsedTimer m_loadClock;
    QTimer m_loadTimer;
};
