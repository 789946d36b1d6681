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

struct Measured
{
    QString file;
    double integrated = 0; // LUFS
    double truePeak = 0; // dBTP
    double durationS = 0;
    QList<std::pair<double, double>> silences; // start and end, in seconds
    QString error;
};

// A stretch this quiet for this long is a pause: the voices' own gaps between words are shorter,
// make-media's between sentences are longer.
constexpr double silenceDb = -45;
constexpr double silenceS = 0.2;

// ffmpeg's silencedetect and ebur128 (with true peak) over many files, several at a time.
QList<Measured> measure(const QStringList &files)
{
    QList<Measured> results;
    const int parallel = std::max(2, QThread::idealThreadCount());
    QList<std::pair<QString, QProcess *>> running;
    qsizetype next = 0;
    static const QRegularExpression loudness(u"I:\\s+(-?[\\d.]+|-inf) LUFS"_s);
    static const QRegularExpression peak(u"Peak:\\s+(-?[\\d.]+|-inf) dBFS"_s);
    static const QRegularExpression duration(u"Duration: (\\d+):(\\d+):([\\d.]+)"_s);
    static const QRegularExpression silence(u"silence_(start|end): (-?[\\d.]+)"_s);
    const auto finish = [&](const QString &file, QProcess *process) {
        process->waitForFinished(60000);
        const QString out = QString::fromUtf8(process->readAllStandardError());
        const QString summary = out.mid(out.lastIndexOf(u"Summary:"_s));
        const auto i = loudness.match(summary);
        const auto p = peak.match(summary);
        const auto d = duration.match(out);
        Measured m{file, 0, 0, 0, {}, {}};
        if (process->exitCode() != 0 || !i.hasMatch() || !p.hasMatch() || !d.hasMatch())
            m.error = out.right(400);
        m.integrated = i.captured(1) == u"-inf" ? -1e9 : i.captured(1).toDouble();
        m.truePeak = p.captured(1) == u"-inf" ? -1e9 : p.captured(1).toDouble();
        m.durationS
            = d.captured(1).toInt() * 3600 + d.captured(2).toInt() * 60 + d.captured(3).toDouble();
        for (auto it = silence.globalMatch(out); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(1) == u"start")
                m.silences.append({match.captured(2).toDouble(), m.durationS});
            else if (!m.silences.isEmpty())
                m.silences.last().second = match.captured(2).toDouble();
        }
        results.append(m);
        delete process;
    };
    const QString filters = u"silencedetect=n="_s % QString::number(silenceDb) % u"dB:d="
        % QString::number(silenceS) % u",ebur128=peak=true";
    while (next < files.size() || !running.isEmpty()) {
        while (next < files.size() && running.size() < parallel) {
            auto *process = new QProcess;
            process->start(u"ffmpeg"_s,
                           {u"-hide_banner"_s, u"-nostats"_s, u"-i"_s, files.at(next), u"-af"_s,
                            filters, u"-f"_s, u"null"_s, u"-"_s});
            running.append({files.at(next++), process});
        }
        const auto [file, process] = running.takeFirst();
        finish(file, process);
    }
    return results;
}

// The words a listener hears, as make-media counts them ("4-7-8" is three).
qsizetype wordCount(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}'\u2019]+"_s);
    qsizetype count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// Sentences (and clauses ending in a colon or semicolon) as make-media cuts them.
qsizetype sentenceCount(const QString &text)
{
    static const QRegularExpression end(u"[.!?:;][\"\u201d\u2019)]?\\s+"_s);
    qsizetype count = 1;
    for (auto it = end.globalMatch(text.trimmed()); it.hasNext(); it.next())
        ++count;
    return count;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
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
    // One voice's clip of one spoken step; voice is "en/slt", "es/pico".
    struct VoiceClip
    {
        QString voice;
        QString file;
        QString text;
    };
    const QStringList languages = {u"en"_s, u"es"_s};

    ExerciseLibrary m_library{nullptr};
    NarrationManifest m_manifest;
    QStringList m_voices; // every language's, as "en/slt"
    QList<VoiceClip> m_clips;
    QHash<QString, Measured> m_measured; // by file: every clip, soundscape and the cue

    const QStringList soundscapes
        = {audioDir + u"/soundscapes/ocean.ogg"_s, audioDir + u"/soundscapes/rain.ogg"_s,
           audioDir + u"/soundscapes/forest.ogg"_s, audioDir + u"/soundscapes/quiet.ogg"_s};
    const QString cue = audioDir + u"/cues/breath.ogg"_s;

    // Measured once, for loudness and for the pace.
    const QHash<QString, Measured> &measured()
    {
        if (m_measured.isEmpty()) {
            QStringList files;
            for (const VoiceClip &clip : std::as_const(m_clips))
                files.append(clip.file);
            for (const Measured &m : measure(files + soundscapes + QStringList{cue}))
                m_measured.insert(m.file, m);
        }
        return m_measured;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty())
            QFAIL("ffmpeg is missing: install Debian's ffmpeg package (tools/dev does)");
        m_library.load({ExerciseLibrary::shippedFolder()});
        m_manifest = NarrationManifest::read(audioDir + u"/manifest.json"_s);
        QVERIFY2(m_manifest.error().isEmpty(), qPrintable(m_manifest.error()));
        QCOMPARE(m_manifest.voices(u"en"_s), (QStringList{u"slt"_s, u"bdl"_s}));
        QCOMPARE(m_manifest.voices(u"es"_s), QStringList{u"pico"_s});
        for (const QString &language : languages) {
            for (const QString &voice : m_manifest.voices(language))
                m_voices << language % u'/' % voice;
        }
        for (const QString &id : m_library.ids()) {
            for (const Step &step : m_library.exercise(id)->steps) {
                const NarrationManifest::Entry *entry = m_manifest.entry(step.audio);
                for (const QString &language : languages) {
                    const auto clips = entry ? entry->clips.value(language)
                                             : QHash<QString, NarrationManifest::Clip>();
                    for (const QString &voice : m_manifest.voices(language)) {
                        if (clips.contains(voice))
                            m_clips.append({language % u'/' % voice, clips.value(voice).file,
                                            step.text.text(language)});
                    }
                }
            }
        }
    }

    // Every spoken step has its clip in every voice of every language, made from the text it
    // shows now in that language.
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
                const NarrationManifest::Entry *entry = m_manifest.entry(step.audio);
                if (step.audio.isEmpty()) {
                    problems << where % u": no narration";
                    continue;
                }
                if (!entry) {
                    problems << where % u": " % step.audio % u" is not in the manifest";
                    continue;
                }
                if (entry->exercise != id || entry->step != i)
                    problems << where % u": the manifest lists it as " % entry->exercise % u" step "
                            % QString::number(entry->step);
                for (const QString &language : languages) {
                    const auto clips = entry->clips.value(language);
                    const QString text = step.text.text(language);
                    for (const QString &voice : m_manifest.voices(language)) {
                        const auto clip = clips.constFind(voice);
                        if (clip == clips.constEnd())
                            problems << where % u": no clip in the " % language % u'/' % voice
                                    % u" voice";
                        else if (!QFileInfo::exists(clip->file))
                            problems << where % u": " % clip->file % u" is missing";
                        else if (clip->textSha256 != NarrationManifest::textHash(text))
                            problems << where % u": its " % language % u" text changed since its "
                                    % voice % u" narration was made";
                    }
                }
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
        QSet<QString> listed;
        for (auto it = m_manifest.entries().begin(); it != m_manifest.entries().end(); ++it) {
            QVERIFY2(spoken.contains(it.key()), qPrintable(it.key() % u": no step speaks it"));
            for (const auto &voices : it->clips) {
                for (const NarrationManifest::Clip &clip : voices) {
                    QVERIFY2(QFileInfo::exists(clip.file), qPrintable(clip.file));
                    listed.insert(clip.file);
                }
            }
        }
        QDirIterator files(audioDir, {u"*.ogg"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const QString relative = QDir(audioDir).relativeFilePath(file);
            if (relative.startsWith(u"soundscapes/") || relative.startsWith(u"cues/"))
                continue;
            QVERIFY2(listed.contains(file), qPrintable(file % u" is not in the manifest"));
        }
    }

    void loudnessAndPeaks()
    {
        const QHash<QString, Measured> &all = measured();
        QCOMPARE(all.size(), m_clips.size() + soundscapes.size() + 1);
        QStringList problems;
        QHash<QString, std::array<double, 3>> perVoice; // lowest, highest LUFS; highest peak
        for (const VoiceClip &clip : std::as_const(m_clips))
            perVoice.insert(clip.voice, {0, -100, -100});
        const auto check = [&](const Measured &m, double target, double tolerance) {
            if (!m.error.isEmpty()) {
                problems << m.file % u": could not be measured: " % m.error;
                return;
            }
            if (std::abs(m.integrated - target) > tolerance || m.truePeak > -1) {
                problems << m.file % u": " % QString::number(m.integrated, 'f', 1) % u" LUFS, "
                        % QString::number(m.truePeak, 'f', 1) % u" dBTP; wanted "
                        % QString::number(target) % u" ±" % QString::number(tolerance)
                        % u" LUFS and at most -1 dBTP";
            }
        };
        for (const VoiceClip &clip : std::as_const(m_clips)) {
            const Measured &m = all.value(clip.file);
            check(m, -19, 1);
            auto &range = perVoice[clip.voice];
            range = {std::min(range[0], m.integrated), std::max(range[1], m.integrated),
                     std::max(range[2], m.truePeak)};
        }
        for (const QString &file : soundscapes)
            check(all.value(file), -30, 2);
        check(all.value(cue), -28, 2);
        for (const QString &voice : std::as_const(m_voices)) {
            const auto range = perVoice.value(voice);
            qInfo("%s: narration %.1f to %.1f LUFS, true peak at most %.1f dBTP", qPrintable(voice),
                  range[0], range[1], range[2]);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Slow enough to follow and with room to breathe: 100 to 140 words a minute from the first
    // word to the last, and a pause of at least 0.8 s where one sentence ends and the next begins.
    void narrationIsSlowWithRealPauses()
    {
        const QHash<QString, Measured> &all = measured();
        QStringList problems;
        QHash<QString, QList<double>> rates;
        QHash<QString, double> shortestPause, totalS;
        for (const VoiceClip &clip : std::as_const(m_clips)) {
            const Measured &m = all.value(clip.file);
            if (!m.error.isEmpty()) {
                problems << clip.file % u": could not be measured: " % m.error;
                continue;
            }
            // The speech runs from the end of the quiet at the start to the start of the quiet
            // at the end; every quiet between is a pause.
            QList<std::pair<double, double>> quiet = m.silences;
            double from = 0, to = m.durationS;
            if (!quiet.isEmpty() && quiet.first().first < 0.05)
                from = quiet.takeFirst().second;
            if (!quiet.isEmpty() && quiet.last().second > m.durationS - 0.05)
                to = quiet.takeLast().first;
            const double wpm = wordCount(clip.text) / std::max(0.1, to - from) * 60;
            double longest = 0;
            for (const auto &[start, end] : std::as_const(quiet))
                longest = std::max(longest, end - start);
            rates[clip.voice].append(wpm);
            totalS[clip.voice] += m.durationS;
            const QString name = QDir(audioDir).relativeFilePath(clip.file);
            if (wpm < 100 || wpm > 140)
                problems << name % u": " % QString::number(wpm, 'f', 0)
                        % u" words a minute; wanted 100 to 140";
            if (sentenceCount(clip.text) > 1) {
                shortestPause[clip.voice] = std::min(shortestPause.value(clip.voice, 1e9), longest);
                if (longest < 0.8)
                    problems << name % u": its longest pause is " % QString::number(longest, 'f', 2)
                            % u" s; wanted at least 0.8 s between sentences";
            }
        }
        for (const QString &voice : std::as_const(m_voices)) {
            const QList<double> &r = rates.value(voice);
            qInfo("%s: %lld clips, median %.0f words a minute (%.0f to %.0f), the shortest "
                  "sentence pause %.2f s, %.1f minutes of narration",
                  qPrintable(voice), qlonglong(r.size()), median(r),
                  r.isEmpty() ? 0 : *std::min_element(r.begin(), r.end()),
                  r.isEmpty() ? 0 : *std::max_element(r.begin(), r.end()),
                  shortestPause.value(voice), totalS.value(voice) / 60);
        }
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
