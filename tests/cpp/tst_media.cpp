#include "exerciselibrary.h"
#include "narrationmanifest.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// The shipped audio: every clip there and made from its step's current text, at the loudness
// Haven promises, soundscapes that loop without a click, and the whole library kept small.
namespace {

const QString mediaDir = QStringLiteral(HAVEN_MEDIA_DIR);
const QString audioDir = mediaDir + u"/audio"_s;

struct Loudness
{
    QString file;
    double integrated = 0; // LUFS
    double truePeak = 0; // dBTP
    QString error;
};

// ffmpeg's ebur128 (with true peak) over many files, several at a time.
QList<Loudness> measure(const QStringList &files)
{
    QList<Loudness> results;
    const int parallel = std::max(2, QThread::idealThreadCount());
    QList<std::pair<QString, QProcess *>> running;
    qsizetype next = 0;
    const auto finish = [&](const QString &file, QProcess *process) {
        process->waitForFinished(60000);
        const QString out = QString::fromUtf8(process->readAllStandardError());
        const QString summary = out.mid(out.lastIndexOf(u"Summary:"_s));
        const auto i = QRegularExpression(u"I:\\s+(-?[\\d.]+|-inf) LUFS"_s).match(summary);
        const auto peak = QRegularExpression(u"Peak:\\s+(-?[\\d.]+|-inf) dBFS"_s).match(summary);
        Loudness l{file, 0, 0, {}};
        if (process->exitCode() != 0 || !i.hasMatch() || !peak.hasMatch())
            l.error = out.right(400);
        l.integrated = i.captured(1) == u"-inf" ? -1e9 : i.captured(1).toDouble();
        l.truePeak = peak.captured(1) == u"-inf" ? -1e9 : peak.captured(1).toDouble();
        results.append(l);
        delete process;
    };
    while (next < files.size() || !running.isEmpty()) {
        while (next < files.size() && running.size() < parallel) {
            auto *process = new QProcess;
            process->start(u"ffmpeg"_s,
                           {u"-hide_banner"_s, u"-nostats"_s, u"-i"_s, files.at(next), u"-af"_s,
                            u"ebur128=peak=true"_s, u"-f"_s, u"null"_s, u"-"_s});
            running.append({files.at(next++), process});
        }
        const auto [file, process] = running.takeFirst();
        finish(file, process);
    }
    return results;
}

// Decoded samples, interleaved floats, at the file's own rate and channels.
QList<float> decode(const QString &file, int channels)
{
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-v"_s, u"error"_s, u"-i"_s, file, u"-ac"_s, QString::number(channels), u"-f"_s,
                  u"f32le"_s, u"-"_s});
    ffmpeg.waitForFinished(60000);
    const QByteArray bytes = ffmpeg.readAllStandardOutput();
    QList<float> samples(bytes.size() / qsizetype(sizeof(float)));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
    return samples;
}

double rmsDb(const QList<float> &samples, qsizetype from, qsizetype count)
{
    double sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += double(samples.at(i)) * samples.at(i);
    return 10 * std::log10(sum / count + 1e-20);
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    ExerciseLibrary m_library{nullptr};
    NarrationManifest m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty())
            QFAIL("ffmpeg is missing: install Debian's ffmpeg package (tools/dev does)");
        m_library.load({ExerciseLibrary::shippedFolder()});
        m_manifest = NarrationManifest::read(audioDir + u"/manifest.json"_s);
        QVERIFY2(m_manifest.error().isEmpty(), qPrintable(m_manifest.error()));
    }

    // Every spoken step has its clip, made from the text it shows now.
    void everyClipExistsAndIsCurrent()
    {
        QStringList problems;
        for (const QString &id : m_library.ids()) {
            const ExercisePtr e = m_library.exercise(id);
            for (qsizetype i = 0; i < e->steps.size(); ++i) {
                const Step &step = e->steps.at(i);
                if (step.kind != StepKind::Say && step.kind != StepKind::Imagery)
                    continue;
                const QString where = id % u" step " % QString::number(i);
                const NarrationManifest::Clip *clip = m_manifest.clip(step.audio);
                if (step.audio.isEmpty())
                    problems << where % u": no narration";
                else if (!QFileInfo::exists(step.audio))
                    problems << where % u": " % step.audio % u" is missing";
                else if (!clip)
                    problems << where % u": " % step.audio % u" is not in the manifest";
                else if (clip->textSha256 != NarrationManifest::textHash(step.text.english()))
                    problems << where % u": its text changed since its narration was made";
                else if (clip->exercise != id || clip->step != i)
                    problems << where % u": the manifest lists it as " % clip->exercise % u" step "
                            % QString::number(clip->step);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(u'\n') % u"\nrun tools/make-media to make them again"));
    }

    // Nothing in the audio folder that no step speaks, and nothing listed that is not there.
    void noStrayClips()
    {
        QSet<QString> spoken;
        for (const QString &id : m_library.ids()) {
            for (const Step &step : m_library.exercise(id)->steps)
                spoken.insert(step.audio);
        }
        for (auto it = m_manifest.clips().begin(); it != m_manifest.clips().end(); ++it) {
            QVERIFY2(QFileInfo::exists(it.key()), qPrintable(it.key()));
            QVERIFY2(spoken.contains(it.key()), qPrintable(it.key() % u": no step speaks it"));
        }
        QDirIterator files(audioDir, {u"*.ogg"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const QString relative = QDir(audioDir).relativeFilePath(file);
            if (relative.startsWith(u"soundscapes/") || relative.startsWith(u"cues/"))
                continue;
            QVERIFY2(m_manifest.clip(file), qPrintable(file % u" is not in the manifest"));
        }
    }

    void loudnessAndPeaks()
    {
        QStringList narration = m_manifest.clips().keys();
        narration.sort();
        const QStringList soundscapes
            = {audioDir + u"/soundscapes/ocean.ogg"_s, audioDir + u"/soundscapes/rain.ogg"_s,
               audioDir + u"/soundscapes/forest.ogg"_s, audioDir + u"/soundscapes/quiet.ogg"_s};
        const QString cue = audioDir + u"/cues/breath.ogg"_s;
        const QList<Loudness> all = measure(narration + soundscapes + QStringList{cue});
        QCOMPARE(all.size(), narration.size() + soundscapes.size() + 1);

        QStringList problems;
        double low = 0, high = -100, peak = -100;
        for (const Loudness &l : all) {
            if (!l.error.isEmpty()) {
                problems << l.file % u": could not be measured: " % l.error;
                continue;
            }
            const double target = soundscapes.contains(l.file) ? -30 : l.file == cue ? -28 : -19;
            const double tolerance = narration.contains(l.file) ? 1 : 2;
            if (std::abs(l.integrated - target) > tolerance || l.truePeak > -1) {
                problems << l.file % u": " % QString::number(l.integrated, 'f', 1) % u" LUFS, "
                        % QString::number(l.truePeak, 'f', 1) % u" dBTP; wanted "
                        % QString::number(target) % u" ±" % QString::number(tolerance)
                        % u" LUFS and at most -1 dBTP";
            }
            if (narration.contains(l.file)) {
                low = std::min(low, l.integrated);
                high = std::max(high, l.integrated);
                peak = std::max(peak, l.truePeak);
            }
        }
        qInfo("%lld narration clips: %.1f to %.1f LUFS, true peak at most %.1f dBTP",
              qlonglong(narration.size()), low, high, peak);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // At least a minute, and the end runs into the start as smoothly as any two samples inside.
    void soundscapesLoopWithoutAClick_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"ocean", "rain", "forest", "quiet"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void soundscapesLoopWithoutAClick()
    {
        QFETCH(QString, name);
        const QList<float> samples = decode(audioDir % u"/soundscapes/" % name % u".ogg", 1);
        const int rate = 44100;
        QVERIFY2(samples.size() >= 60 * rate, qPrintable(QString::number(samples.size())));
        QList<float> steps;
        steps.reserve(samples.size());
        for (qsizetype i = 1; i < samples.size(); ++i)
            steps.append(std::abs(samples.at(i) - samples.at(i - 1)));
        std::sort(steps.begin(), steps.end());
        const float usual = steps.at(qsizetype(steps.size() * 0.999));
        const float seam = std::abs(samples.first() - samples.last());
        QVERIFY2(seam <= usual,
                 qPrintable(u"the seam jumps by "_s % QString::number(seam)
                            % u", the largest usual step is " % QString::number(usual)));
        const qsizetype quarter = rate / 4;
        const double endDb = rmsDb(samples, samples.size() - quarter, quarter);
        const double startDb = rmsDb(samples, 0, quarter);
        QVERIFY2(std::abs(endDb - startDb) < 3,
                 qPrintable(u"level at the end "_s % QString::number(endDb) % u" dB, at the start "
                            % QString::number(startDb) % u" dB"));
    }

    void mediaStaysSmall()
    {
        qint64 bytes = 0;
        QDirIterator files(mediaDir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            bytes += files.nextFileInfo().size();
        qInfo("media/ holds %.1f MB (target: under 40 MB)", bytes / 1e6);
        QVERIFY(bytes < 40'000'000);
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
