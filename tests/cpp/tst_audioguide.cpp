#include "appconfig.h"
#include "audioguide.h"
#include "exerciselibrary.h"
#include "preferences.h"

#include <QAudio>
#include <QAudioDevice>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <future>

using namespace Qt::StringLiterals;

namespace {

const QString clips = QStringLiteral(HAVEN_TEST_DATA "/audio/clips/");
const QString sounds = QStringLiteral(HAVEN_TEST_DATA "/audio/sounds");

Step say(const QString &text, const QString &clip, double pause = 0)
{
    Step step;
    step.kind = StepKind::Say;
    step.text = LocalizedText(text);
    step.audio = clip.isEmpty() ? QString() : clips + clip;
    step.pause = pause;
    return step;
}

Step imagery(const QString &text, const QString &clip, const QString &soundscape, double pause)
{
    Step step = say(text, clip, pause);
    step.kind = StepKind::Imagery;
    step.soundscape = soundscape;
    return step;
}

Step breathe(bool cues)
{
    Step step;
    step.kind = StepKind::Breathe;
    step.pattern = {2, 0, 0, 2, 0};
    step.cycles = 2;
    step.cues = cues;
    return step;
}

ExercisePtr exercise(QList<Step> steps)
{
    auto e = std::make_shared<Exercise>();
    e->id = QStringLiteral("test");
    e->title = LocalizedText(QStringLiteral("Test"));
    e->steps = std::move(steps);
    return e;
}

// The warnings AudioGuide logs; Qt's own go on to the usual handler.
QStringList audioWarnings;
QtMessageHandler previousHandler = nullptr;

void catchAudioWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "haven.audio") == 0 && type == QtWarningMsg)
        audioWarnings.append(message);
    previousHandler(type, context, message);
}

qreal expectedVolume(qreal level)
{
    return QAudio::convertVolume(level, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

} // namespace

class TestAudioGuide : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

    // A runner and a guide on the fake clock, the guide's sounds from the test folder.
    struct Rig
    {
        ExerciseRunner runner;
        AudioGuide guide;
        SoundChannel *channel(const char *name)
        {
            return guide.findChild<SoundChannel *>(QLatin1StringView(name));
        }
    };
    std::unique_ptr<Rig> rig(ExercisePtr e)
    {
        auto r = std::make_unique<Rig>();
        r->runner.setClock(&m_clock);
        r->guide.setClock(&m_clock);
        r->guide.setSoundFolder(sounds);
        r->guide.setRunner(&r->runner);
        r->runner.setExercise(std::move(e));
        return r;
    }
    void advance(Rig &r, qint64 ms)
    {
        m_clock.advanceMs(ms);
        r.guide.update();
    }

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(catchAudioWarnings); }
    void init() { audioWarnings.clear(); }

    // Spoken steps last as long as their clip (from the manifest) plus their pause; without a
    // usable clip, or muted, they take reading time.
    void durationsReachTheTimeline()
    {
        ExerciseRunner runner;
        runner.setExercise(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg"), 1),
                                     say(QStringLiteral("No clip at all."), {}),
                                     say(QStringLiteral("Gone."), QStringLiteral("gone.ogg")),
                                     say(QStringLiteral("Changed."), QStringLiteral("one.ogg")),
                                     imagery(QStringLiteral("Two."), QStringLiteral("two.ogg"),
                                             QStringLiteral("rain"), 2)}));
        QCOMPARE(runner.timeline().steps[0].durationMs, Timeline::readingMs(u"One."_s) + 1000);
        AudioGuide guide;
        guide.setRunner(&runner); // after the exercise: the timeline is built again
        const auto &steps = runner.timeline().steps;
        QCOMPARE(steps[0].durationMs, 1500 + 1000);
        QCOMPARE(steps[1].durationMs, Timeline::readingMs(u"No clip at all."_s));
        QCOMPARE(steps[2].durationMs, Timeline::readingMs(u"Gone."_s));
        QCOMPARE(steps[3].durationMs, Timeline::readingMs(u"Changed."_s)); // its clip is stale
        QCOMPARE(steps[4].durationMs, 1000 + 2000);

        guide.setMuted(true);
        QCOMPARE(runner.timeline().steps[0].durationMs, Timeline::readingMs(u"One."_s) + 1000);
        guide.setMuted(false);
        QCOMPARE(runner.timeline().steps[0].durationMs, 1500 + 1000);

        // Set before the exercise, the lengths apply to every exercise the runner is given.
        ExerciseRunner second;
        AudioGuide secondGuide;
        secondGuide.setRunner(&second);
        second.setExercise(exercise({say(QStringLiteral("Two."), QStringLiteral("two.ogg"))}));
        QCOMPARE(second.timeline().steps[0].durationMs, 1000);
        QCOMPARE(second.total(), 1.0);
    }

    // Each voice's clip times and plays its step; a clip missing in one voice is the other's.
    void theChosenVoiceSpeaksAndAMissingClipFallsBack()
    {
        ExerciseRunner runner;
        runner.setExercise(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg")),
                                     say(QStringLiteral("Two."), QStringLiteral("two.ogg")),
                                     say(QStringLiteral("Three."), QStringLiteral("three.ogg"))}));
        AudioGuide guide;
        QCOMPARE(guide.chosenVoice(), QStringLiteral("slt")); // no device choice: the first
        guide.setRunner(&runner);
        const auto lengths = [&runner] {
            QList<qint64> ms;
            for (const TimedStep &step : runner.timeline().steps)
                ms.append(step.durationMs);
            return ms;
        };
        QCOMPARE(lengths(), (QList<qint64>{1500, 1000, 1000})); // three.ogg: only bdl's
        QCOMPARE(guide.narrationFile(clips + u"three.ogg"_s), clips + u"voices/en/bdl/three.ogg"_s);

        QSignalSpy chosen(&guide, &AudioGuide::chosenVoiceChanged);
        guide.setVoice(QStringLiteral("bdl"));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(lengths(), (QList<qint64>{1000, 1000, 1000})); // two.ogg: only slt's
        QCOMPARE(guide.narrationFile(clips + u"one.ogg"_s), clips + u"voices/en/bdl/one.ogg"_s);
        QCOMPARE(guide.narrationFile(clips + u"two.ogg"_s), clips + u"two.ogg"_s);

        // It plays the file it was timed by.
        runner.start();
        SoundChannel *narration = guide.findChild<SoundChannel *>(u"narration"_s);
        QCOMPARE(narration->source(), clips + u"voices/en/bdl/one.ogg"_s);

        // A run under way keeps its voice; the next run takes the new one.
        guide.setVoice(QStringLiteral("slt"));
        QCOMPARE(runner.timeline().steps[0].durationMs, 1000);
        runner.stop();
        runner.setExercise(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg"))}));
        QCOMPARE(runner.timeline().steps[0].durationMs, 1500);
    }

    // In Spanish a step speaks its Spanish clip, as its caption shows its Spanish text; with no
    // Spanish clip it is not spoken in English under Spanish words, but timed by reading; a text
    // written in English alone is spoken in English.
    void narrationFollowsTheCaptionsLanguage()
    {
        const auto both = [](const QString &english, const QString &spanish, const QString &clip) {
            Step step = say(english, clip);
            step.text
                = LocalizedText(QHash<QString, QString>{{u"en"_s, english}, {u"es"_s, spanish}});
            return step;
        };
        ExerciseLibrary library(nullptr);
        library.setLanguage(u"es-US"_s);
        ExerciseRunner runner;
        runner.setLibrary(&library);
        runner.setExercise(
            exercise({both(u"One."_s, u"Uno."_s, u"one.ogg"_s),
                      both(u"Two."_s, u"Dos."_s, u"two.ogg"_s), say(u"Three."_s, u"three.ogg"_s)}));
        AudioGuide guide;
        guide.setRunner(&runner);
        const auto &steps = runner.timeline().steps;
        QCOMPARE(steps[0].durationMs, 2000);
        QCOMPARE(guide.narrationFile(clips + u"one.ogg"_s), clips + u"voices/es/pico/one.ogg"_s);
        QCOMPARE(steps[1].durationMs, Timeline::readingMs(u"Dos."_s));
        QCOMPARE(steps[2].durationMs, 1000); // in English, bdl's: the only three.ogg
        QCOMPARE(guide.narrationFile(clips + u"three.ogg"_s), clips + u"voices/en/bdl/three.ogg"_s);

        runner.start();
        SoundChannel *narration = guide.findChild<SoundChannel *>(u"narration"_s);
        QCOMPARE(narration->source(), clips + u"voices/es/pico/one.ogg"_s);
        runner.next();
        QCOMPARE(narration->source(), QString()); // no English under the Spanish words
        QVERIFY(!guide.isSpeaking());
        QVERIFY2(audioWarnings.join(u'\n').contains(
                     u"two.ogg has no clip of the text its step shows now (an older text's, or "
                     u"none in its language)"_s),
                 qPrintable(audioWarnings.join(u'\n')));
        runner.stop();

        // In English the same steps speak their English clips.
        library.setLanguage(u"en"_s);
        runner.setExercise(exercise({both(u"One."_s, u"Uno."_s, u"one.ogg"_s)}));
        QCOMPARE(runner.timeline().steps[0].durationMs, 1500);
    }

    // Without a voice of its own the guide follows the person's choice, then the device's.
    void theDevicesChoiceIsTheDefault()
    {
        QTemporaryDir dir;
        AppConfig config(nullptr);
        config.load(dir.filePath(u"haven.conf"_s));
        Preferences preferences(dir.filePath(u"preferences.json"_s), nullptr);
        AppConfig::setInstance(&config);
        Preferences::setInstance(&preferences);
        {
            ExerciseRunner runner;
            runner.setExercise(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg"))}));
            AudioGuide guide;
            guide.setRunner(&runner);
            QCOMPARE(runner.timeline().steps[0].durationMs, 1500);
            QCOMPARE(config.saveSettings({{u"voice"_s, u"bdl"_s}}), QString());
            QCOMPARE(guide.chosenVoice(), u"bdl"_s);
            QCOMPARE(runner.timeline().steps[0].durationMs, 1000);
            preferences.setVoice(u"slt"_s);
            QCOMPARE(guide.chosenVoice(), u"slt"_s);
            QCOMPARE(runner.timeline().steps[0].durationMs, 1500);
            guide.setVoice(u"bdl"_s); // its own voice wins
            QCOMPARE(runner.timeline().steps[0].durationMs, 1000);
        }
        AppConfig::setInstance(nullptr);
        Preferences::setInstance(nullptr);
    }

    // A manifest from before voices still times its clips, as the first voice's.
    void aManifestWithOneVoiceStillReads()
    {
        QTemporaryDir dir;
        QFile clip(dir.filePath(u"a/00.ogg"_s));
        QVERIFY(QDir(dir.path()).mkpath(u"a"_s) && clip.open(QIODevice::WriteOnly));
        QFile file(dir.filePath(u"manifest.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"narration": {"a/00.ogg": {"exercise": "a", "step": 0, "textSha256": ")"
                   + NarrationManifest::textHash(u"Hello."_s).toLatin1()
                   + R"(", "durationMs": 2500, "source": "recording"}}})");
        file.close();
        const NarrationManifest manifest = NarrationManifest::read(file.fileName());
        QVERIFY(manifest.error().isEmpty());
        QCOMPARE(manifest.voices(u"en"_s), QStringList{u"slt"_s});
        const QString step = dir.filePath(u"a/00.ogg"_s);
        const NarrationManifest::Clip *chosen
            = manifest.choose(step, u"en"_s, u"bdl"_s, NarrationManifest::textHash(u"Hello."_s));
        QVERIFY(chosen);
        QCOMPARE(chosen->file, step);
        QCOMPARE(chosen->durationMs, 2500);
        QCOMPARE(chosen->source, u"recording"_s);
        QVERIFY(!manifest.choose(step, u"en"_s, u"slt"_s, NarrationManifest::textHash(u"Bye."_s)));
    }

    void followsPauseResumeStop()
    {
        auto r = rig(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg")),
                               say(QStringLiteral("Two."), QStringLiteral("two.ogg"))}));
        SoundChannel *narration = r->channel("narration");
        QVERIFY(narration);
        QCOMPARE(narration->state(), SoundChannel::State::Stopped);
        r->runner.start();
        QCOMPARE(narration->source(), QString(clips + QStringLiteral("one.ogg")));
        QCOMPARE(narration->state(), SoundChannel::State::Playing);
        QVERIFY(r->guide.isSpeaking());
        QTRY_VERIFY(narration->positionMs() > 0); // it plays, heard or not

        r->runner.pause();
        QCOMPARE(narration->state(), SoundChannel::State::Paused);
        QVERIFY(!r->guide.isSpeaking());
        r->runner.resume();
        QCOMPARE(narration->state(), SoundChannel::State::Playing);
        QVERIFY(r->guide.isSpeaking());

        // A new step stops the old narration and starts its own.
        r->runner.next();
        QCOMPARE(narration->source(), QString(clips + QStringLiteral("two.ogg")));
        QCOMPARE(narration->state(), SoundChannel::State::Playing);

        r->runner.stop();
        QCOMPARE(narration->state(), SoundChannel::State::Stopped);
        QVERIFY(narration->source().isEmpty());
        QVERIFY(!r->guide.isSpeaking());
        QVERIFY(audioWarnings.size() <= 1); // at most "no audio output device"
    }

    // A clip on a network folder that stopped answering: the read never returns, yet the run,
    // the screen and the next steps go on; the clip is given up after the limit and not tried
    // again. The folder is a real FUSE mount whose reads block (tests/tools/stalledfs.py) where
    // the machine allows one, else the same block in the decoding thread.
    void aStalledFolderNeverFreezes()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(u"share"_s);
        QVERIFY(QDir().mkpath(mount));
        QProcess server;
        server.start(u"/usr/bin/python3"_s,
                     {QStringLiteral(HAVEN_TEST_DATA "/../tools/stalledfs.py"), mount});
        const bool mounted
            = server.waitForReadyRead(5000) && server.readLine().trimmed() == "ready";
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        if (!mounted) {
            qWarning("no FUSE mount here (%s): the stall is made in the decoding thread",
                     server.readAllStandardError().constData());
            server.kill();
            SoundChannel::s_beforeDecode = [released](const QString &) { released.wait(); };
        }
        const auto cleanUp = qScopeGuard([&] {
            SoundChannel::s_beforeDecode = nullptr;
            release.set_value();
            server.kill();
            server.waitForFinished();
            QProcess::execute(u"fusermount3"_s, {u"-u"_s, u"-z"_s, mount});
        });
        const QString stalled = mounted ? mount + u"/clip.ogg"_s : dir.filePath(u"clip.ogg"_s);
        QVERIFY(mounted || QFile::copy(clips + u"one.ogg"_s, stalled));
        Step first = say(QStringLiteral("One."), {});
        first.audio = stalled;
        Step second = first;
        second.text = LocalizedText(QStringLiteral("Two."));
        auto r = rig(exercise({first, second}));
        SoundChannel *narration = r->channel("narration");

        QElapsedTimer held;
        held.start();
        r->runner.start();
        QVERIFY2(held.elapsed() < 1000, qPrintable(QString::number(held.elapsed())));
        QVERIFY(narration->isLoading());
        QCOMPARE(narration->state(), SoundChannel::State::Playing);
        // The UI thread keeps turning: a 50 ms timer ticks all through the wait.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(!narration->isLoading(), SoundChannel::loadLimitMs + 3000);
        QVERIFY2(held.elapsed() >= SoundChannel::loadLimitMs,
                 qPrintable(QString::number(held.elapsed())));
        QVERIFY2(ticks >= SoundChannel::loadLimitMs / 50 / 2, qPrintable(QString::number(ticks)));
        QCOMPARE(narration->state(), SoundChannel::State::Stopped);
        QVERIFY(!r->guide.isSpeaking());
        QCOMPARE(r->runner.state(), ExerciseRunner::State::Running);
        QCOMPARE(audioWarnings.size(), 1);
        QVERIFY2(audioWarnings.first().contains(u"could not be read within 5 seconds"_s),
                 qPrintable(audioWarnings.first()));
        // The next step with the same clip goes on in captions at once, without a new wait.
        r->runner.next();
        QCOMPARE(r->runner.stepIndex(), 1);
        QVERIFY(!narration->isLoading());
        QVERIFY(!r->guide.isSpeaking());
        qInfo("stalled for %lld ms on a %s; the UI thread ticked %d times meanwhile",
              held.elapsed(), mounted ? "FUSE mount" : "blocked decoding thread", ticks);
    }

    // Skipping on while paused shows the next step, and its narration waits for the resume.
    void stepWhilePausedWaitsForResume()
    {
        auto r = rig(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg")),
                               say(QStringLiteral("Two."), QStringLiteral("two.ogg"))}));
        SoundChannel *narration = r->channel("narration");
        r->runner.start();
        r->runner.pause();
        r->runner.next();
        QCOMPARE(narration->source(), QString(clips + QStringLiteral("two.ogg")));
        QVERIFY(narration->state() != SoundChannel::State::Playing);
        r->runner.resume();
        QCOMPARE(narration->state(), SoundChannel::State::Playing);
    }

    // The narration ends on its own: then the quiet pause, then the next step.
    void narrationEndsBeforeTheStep()
    {
        auto r = rig(exercise({say(QStringLiteral("Two."), QStringLiteral("two.ogg"), 2)}));
        r->runner.start();
        QVERIFY(r->guide.isSpeaking());
        QTRY_VERIFY_WITH_TIMEOUT(!r->guide.isSpeaking(), 5000);
        QCOMPARE(r->runner.state(), ExerciseRunner::State::Running);
    }

    void soundscapeFadesAndDucksUnderTheVoice()
    {
        auto r = rig(exercise(
            {imagery(QStringLiteral("One."), QStringLiteral("one.ogg"), QStringLiteral("rain"), 5),
             say(QStringLiteral("Two."), {})}));
        SoundChannel *ambient = r->channel("ambient");
        r->guide.setVolume(0.8);
        r->runner.start();
        QCOMPARE(r->guide.playingSoundscape(), u"rain"_s);
        QCOMPARE(ambient->source(), QString(sounds + QStringLiteral("/soundscapes/rain.ogg")));
        QCOMPARE(ambient->state(), SoundChannel::State::Playing);
        QVERIFY(ambient->isLooping());

        // In over a second, while the voice ducks it to duckLevel over the same second.
        QCOMPARE(r->guide.ambientLevel(), 0.0);
        advance(*r, 500);
        const qreal duckHalfway = 1 - (1 - AudioGuide::duckLevel) / 2;
        QCOMPARE(r->guide.ambientLevel(), 0.5 * duckHalfway);
        QCOMPARE(ambient->volume(), float(expectedVolume(0.8 * 0.5 * duckHalfway)));
        advance(*r, 500);
        QCOMPARE(r->guide.ambientLevel(), AudioGuide::duckLevel);
        advance(*r, 2000);
        QCOMPARE(r->guide.ambientLevel(), AudioGuide::duckLevel);

        // The voice ends: back up over a second.
        QTRY_VERIFY_WITH_TIMEOUT(!r->guide.isSpeaking(), 5000);
        QCOMPARE(r->guide.ambientLevel(), AudioGuide::duckLevel);
        advance(*r, 500);
        QCOMPARE(r->guide.ambientLevel(), duckHalfway);
        advance(*r, 500);
        QCOMPARE(r->guide.ambientLevel(), 1.0);
        QCOMPARE(ambient->volume(), float(expectedVolume(0.8)));

        // Pause: out over a second, then paused where it was; resume: in again.
        r->runner.pause();
        advance(*r, 500);
        QCOMPARE(r->guide.ambientLevel(), 0.5);
        QCOMPARE(ambient->state(), SoundChannel::State::Playing);
        advance(*r, 500);
        QCOMPARE(ambient->state(), SoundChannel::State::Paused);
        QCOMPARE(r->guide.playingSoundscape(), u"rain"_s);
        r->runner.resume();
        QCOMPARE(ambient->state(), SoundChannel::State::Playing);
        advance(*r, 1000);
        QCOMPARE(r->guide.ambientLevel(), 1.0);

        // The next step has no soundscape: out over a second, then stopped.
        r->runner.next();
        advance(*r, 999);
        QCOMPARE(ambient->state(), SoundChannel::State::Playing);
        advance(*r, 1);
        QCOMPARE(ambient->state(), SoundChannel::State::Stopped);
        QCOMPARE(r->guide.playingSoundscape(), QString());
    }

    // The person's choice in the imagery view overrides the step's own sound, or silences it.
    void chosenSoundscapeReplacesTheStepsOwn()
    {
        auto r = rig(
            exercise({imagery(QStringLiteral("Picture it."), {}, QStringLiteral("rain"), 30)}));
        SoundChannel *ambient = r->channel("ambient");
        r->runner.start();
        advance(*r, 1000);
        QCOMPARE(r->guide.ambientLevel(), 1.0);
        r->guide.setSoundscape(QStringLiteral("ocean"));
        QCOMPARE(r->guide.playingSoundscape(), u"rain"_s); // fading out first
        advance(*r, 1000);
        QCOMPARE(r->guide.playingSoundscape(), u"ocean"_s);
        QCOMPARE(ambient->source(), QString(sounds + QStringLiteral("/soundscapes/ocean.ogg")));
        QCOMPARE(r->guide.ambientLevel(), 0.0);
        advance(*r, 1000);
        QCOMPARE(r->guide.ambientLevel(), 1.0);

        r->guide.setSoundscape(QStringLiteral("none"));
        advance(*r, 1000);
        QCOMPARE(r->guide.playingSoundscape(), QString());
        QCOMPARE(ambient->state(), SoundChannel::State::Stopped);
    }

    void cueAtBreathingPhaseChanges()
    {
        auto r = rig(exercise({breathe(true), breathe(false)}));
        SoundChannel *cue = r->channel("cue");
        r->runner.start();
        QCOMPARE(cue->source(), QString(sounds + QStringLiteral("/cues/breath.ogg")));
        QCOMPARE(cue->state(), SoundChannel::State::Playing);
        r->runner.stop();
        QCOMPARE(cue->state(), SoundChannel::State::Stopped);

        r->guide.setCues(false); // the person turned them off
        r->runner.start();
        QCOMPARE(cue->state(), SoundChannel::State::Stopped);
        r->guide.setCues(true);
        r->runner.next(); // a step that does not ask for them
        m_clock.advanceMs(2000);
        r->runner.update();
        QCOMPARE(cue->state(), SoundChannel::State::Stopped);
    }

    void volumeAndMute()
    {
        auto r = rig(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg"))}));
        r->guide.setVolume(0.5);
        QCOMPARE(r->channel("narration")->volume(), qreal(float(expectedVolume(0.5))));
        QCOMPARE(r->channel("cue")->volume(), qreal(float(expectedVolume(0.5))));
        r->guide.setVolume(7);
        QCOMPARE(r->guide.volume(), 1.0);
        r->guide.setMuted(true);
        for (const char *channel : {"narration", "ambient", "cue"})
            QCOMPARE(r->channel(channel)->volume(), 0.0);
        r->guide.setMuted(false);
        QVERIFY(r->channel("narration")->volume() > 0);
    }

    // Missing files: every step still runs, by reading time, and one warning is logged.
    void missingFilesWarnOnceAndTheRunGoesOn()
    {
        auto r = rig(exercise({say(QStringLiteral("Gone."), QStringLiteral("gone-1.ogg")),
                               imagery(QStringLiteral("Gone too."), QStringLiteral("gone-2.ogg"),
                                       QStringLiteral("forest"), 1),
                               say(QStringLiteral("Also gone."), QStringLiteral("gone-3.ogg")),
                               breathe(true)}));
        r->guide.setSoundFolder(QStringLiteral("/nonexistent"));
        QCOMPARE(r->runner.timeline().steps[0].durationMs, Timeline::readingMs(u"Gone."_s));
        r->runner.start();
        for (int step = 0; step < 4; ++step) {
            QCOMPARE(r->runner.stepIndex(), step);
            QTRY_VERIFY(!r->guide.isSpeaking()); // found missing off the UI thread
            m_clock.advanceMs(r->runner.timeline().steps[step].durationMs);
            r->runner.update();
        }
        QCOMPARE(r->runner.state(), ExerciseRunner::State::Finished);
        QCOMPARE(audioWarnings.size(), 1);
        QVERIFY2(audioWarnings.first().contains(clips + u"gone-1.ogg"),
                 qPrintable(audioWarnings.first()));

        // A new run may warn once again.
        r->runner.start();
        QTRY_COMPARE(audioWarnings.size(), 2);
    }

    // A file that is not audio: one warning, the step goes on, and the next clip plays.
    void unreadableFileWarnsOnceAndTheNextClipPlays()
    {
        auto r = rig(exercise({say(QStringLiteral("Broken."), QStringLiteral("broken.ogg")),
                               say(QStringLiteral("Two."), QStringLiteral("two.ogg"))}));
        r->runner.start();
        QTRY_VERIFY(!r->guide.isSpeaking()); // it could not be decoded, so nothing was said
        QCOMPARE(audioWarnings.size(), 1);
        QVERIFY2(audioWarnings.first().contains(u"broken.ogg: not an Ogg Vorbis file"_s),
                 qPrintable(audioWarnings.first()));
        QCOMPARE(r->runner.state(), ExerciseRunner::State::Running);
        r->runner.next();
        SoundChannel *narration = r->channel("narration");
        QCOMPARE(narration->source(), QString(clips + QStringLiteral("two.ogg")));
        QCOMPARE(narration->state(), SoundChannel::State::Playing);
        QTRY_VERIFY(narration->positionMs() > 0);
        QCOMPARE(audioWarnings.size(), 1);
    }

    // Without an audio device Qt still plays, silently: one warning for the run, not one a step.
    void noDeviceWarnsOnce()
    {
        if (!QMediaDevices::defaultAudioOutput().isNull())
            QSKIP("this machine has an audio output device");
        auto r = rig(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg")),
                               say(QStringLiteral("Two."), QStringLiteral("two.ogg")),
                               say(QStringLiteral("One."), QStringLiteral("one.ogg"))}));
        SoundChannel *narration = r->channel("narration");
        r->runner.start();
        for (int step = 1; step < 3; ++step) {
            QTRY_VERIFY(!narration->isLoading());
            r->runner.next();
        }
        QTRY_VERIFY(!narration->isLoading());
        QCOMPARE(audioWarnings.size(), 1);
        QVERIFY(audioWarnings.first().startsWith(u"no audio output device"));
    }

    void runnerGoneStopsTheSound()
    {
        auto r = std::make_unique<Rig>();
        auto *runner = new ExerciseRunner;
        runner->setClock(&m_clock);
        r->guide.setRunner(runner);
        r->guide.setClock(&m_clock);
        runner->setExercise(exercise({say(QStringLiteral("One."), QStringLiteral("one.ogg"))}));
        runner->start();
        QCOMPARE(r->channel("narration")->state(), SoundChannel::State::Playing);
        delete runner;
        QCOMPARE(r->guide.runner(), nullptr);
        QCOMPARE(r->channel("narration")->state(), SoundChannel::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestAudioGuide)
#include "tst_audioguide.moc"
