#include "soundchannel.h"

#include "logging.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>

#include <cstdio>
#include <cstring>
#include <thread>
#include <vorbis/vorbisfile.h>

namespace {

constexpr qint64 maxDecodedBytes = 64 * 1024 * 1024; // far above an hour of mono speech

// The decoded sound as a device for the sink to read. A looping one never runs dry, so the
// soundscape goes round without a gap; the loops were made so their ends meet.
class PcmDevice : public QIODevice
{
public:
    PcmDevice(const QByteArray &pcm, bool loop)
        : m_pcm(pcm)
        , m_loop(loop)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_loop ? m_pcm.size() : m_pcm.size() - m_position) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        qint64 done = 0;
        while (done < size) {
            if (m_position >= m_pcm.size()) {
                if (!m_loop)
                    break;
                m_position = 0;
            }
            const qint64 chunk = std::min(size - done, m_pcm.size() - m_position);
            std::memcpy(data + done, m_pcm.constData() + m_position, size_t(chunk));
            m_position += chunk;
            done += chunk;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pcm; // shared with the channel, not copied
    qint64 m_position = 0;
    bool m_loop;
};

} // namespace

SoundChannel::SoundChannel(QObject *parent)
    : QObject(parent)
{
    m_endTimer.setSingleShot(true);
    m_endTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_endTimer, &QTimer::timeout, this, &SoundChannel::checkEnd);
    m_loadTimer.setInterval(10);
    connect(&m_loadTimer, &QTimer::timeout, this, &SoundChannel::checkLoaded);
}

SoundChannel::~SoundChannel()
{
    if (m_sink)
        m_sink->stop();
}

QByteArray SoundChannel::decode(const QString &path, QAudioFormat *format, QString *error)
{
    // A pipe or a device never ends: reading one would hang Haven for good.
    const QFileInfo file(path);
    if (!file.exists()) {
        *error = QStringLiteral("the file is missing");
        return {};
    }
    if (!file.isFile()) {
        *error = QStringLiteral("not a regular file");
        return {};
    }
    FILE *stream = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!stream) {
        *error = QStringLiteral("cannot open the file");
        return {};
    }
    OggVorbis_File vorbis;
    // ov_open owns the FILE from here on, and closes it in ov_clear.
    if (ov_open(stream, &vorbis, nullptr, 0) != 0) {
        std::fclose(stream);
        *error = QStringLiteral("not an Ogg Vorbis file");
        return {};
    }
    const vorbis_info *info = ov_info(&vorbis, -1);
    format->setSampleRate(int(info->rate));
    format->setChannelCount(info->channels);
    format->setSampleFormat(QAudioFormat::Int16);
    QByteArray pcm;
    // Sized once from the stream's length, so a long soundscape is not grown piece by piece
    // (which leaves the heap holding megabytes after it is freed).
    const ogg_int64_t frames = ov_pcm_total(&vorbis, -1);
    if (frames > 0)
        pcm.reserve(qsizetype(std::min<qint64>(frames * info->channels * 2, maxDecodedBytes)));
    char chunk[16384];
    int section = 0;
    for (;;) {
        const long got = ov_read(&vorbis, chunk, sizeof chunk, 0, 2, 1, &section);
        if (got == 0)
            break;
        if (got < 0 || pcm.size() + got > maxDecodedBytes) {
            ov_clear(&vorbis);
            *error = got < 0 ? QStringLiteral("the file is damaged")
                             : QStringLiteral("the file is too long");
            return {};
        }
        pcm.append(chunk, got);
    }
    ov_clear(&vorbis);
    if (pcm.isEmpty())
        *error = QStringLiteral("the file holds no sound");
    return pcm;
}

void SoundChannel::load(const QString &path)
{
    stop();
    m_pending = {};
    m_loadTimer.stop();
    m_source = path;
    m_error.clear();
    m_pcm.clear();
    if (path.isEmpty())
        return;
    std::promise<Decoded> promise;
    m_pending = promise.get_future();
    // Detached: a read that never returns keeps its thread, not Haven, and not its exit.
    std::thread([path, promise = std::move(promise)]() mutable {
        if (s_beforeDecode)
            s_beforeDecode(path);
        Decoded decoded;
        decoded.pcm = decode(path, &decoded.format, &decoded.error);
        promise.set_value(std::move(decoded));
    }).detach();
    m_loadClock.start();
    m_loadTimer.start();
}

void SoundChannel::checkLoaded()
{
    if (!isLoading()) {
        m_loadTimer.stop();
        return;
    }
    if (m_pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        if (m_loadClock.elapsed() >= loadLimitMs)
            fail(u"it could not be read within " % QString::number(loadLimitMs / 1000)
                 % u" seconds (is its folder on a network that stalled?)");
        return;
    }
    m_loadTimer.stop();
    Decoded decoded = m_pending.get();
    if (decoded.pcm.isEmpty()) {
        fail(decoded.error);
        return;
    }
    m_pcm = std::move(decoded.pcm);
    m_format = decoded.format;
    // Nothing was heard while it loaded: the clip starts now, from its beginning.
    m_silentOffsetMs = 0;
    if (m_state == State::Playing) {
        m_silentClock.start();
        startSink();
        checkEnd();
    }
}

void SoundChannel::fail(const QString &error)
{
    const QString source = m_source;
    load({});
    m_source = source;
    m_error = error;
    Q_EMIT failed();
}

qint64 SoundChannel::durationMs() const
{
    return m_pcm.isEmpty() ? 0 : m_format.durationForBytes(qint32(m_pcm.size())) / 1000;
}

qint64 SoundChannel::positionMs() const
{
    if (m_sink) {
        const qint64 played = m_sink->processedUSecs() / 1000;
        return m_looping && durationMs() > 0 ? played % durationMs()
                                             : std::min(played, durationMs());
    }
    const qint64 elapsed
        = m_silentOffsetMs + (m_state == State::Playing ? m_silentClock.elapsed() : 0);
    return m_looping && durationMs() > 0 ? elapsed % durationMs() : std::min(elapsed, durationMs());
}

void SoundChannel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SoundChannel::play()
{
    if ((m_pcm.isEmpty() && !isLoading()) || m_state == State::Playing)
        return;
    if (m_state == State::Paused) {
        if (m_sink)
            m_sink->resume();
        else
            m_silentClock.start();
        setState(State::Playing);
        checkEnd();
        return;
    }
    m_silentOffsetMs = 0;
    m_silentClock.start();
    if (!isLoading())
        startSink();
    setState(State::Playing);
    checkEnd();
}

void SoundChannel::startSink()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || !device.isFormatSupported(m_format)) {
        Q_EMIT noDevice();
        return;
    }
    m_device = std::make_unique<PcmDevice>(m_pcm, m_looping);
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    m_sink->setVolume(m_volume);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState && m_state == State::Playing && !m_looping) {
            setState(State::Stopped);
            Q_EMIT finished();
        } else if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError
                   && m_sink->error() != QAudio::UnderrunError) {
            // The device went away mid-clip: the rest plays silently, on time.
            m_silentOffsetMs = positionMs();
            m_silentClock.start();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sink.reset();
                    checkEnd();
                },
                Qt::QueuedConnection);
            Q_EMIT noDevice();
        }
    });
    m_sink->start(m_device.get());
    if (m_sink->error() != QAudio::NoError) {
        m_sink.reset();
        Q_EMIT noDevice();
    }
}

// Silent play ends by the clock; audible play ends when the sink runs dry.
void SoundChannel::checkEnd()
{
    if (m_sink || m_looping || m_state != State::Playing || isLoading())
        return;
    const qint64 left = durationMs() - positionMs();
    if (left > 0) {
        m_endTimer.start(int(left));
        return;
    }
    setState(State::Stopped);
    Q_EMIT finished();
}

void SoundChannel::pause()
{
    if (m_state != State::Playing)
        return;
    if (m_sink) {
        m_sink->suspend();
    } else {
        m_silentOffsetMs += m_silentClock.elapsed();
        m_endTimer.stop();
    }
    setState(State::Paused);
}

void SoundChannel::stop()
{
    m_endTimer.stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    m_silentOffsetMs = 0;
    setState(State::Stopped);
}

void SoundChannel::setVolume(qreal volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}
