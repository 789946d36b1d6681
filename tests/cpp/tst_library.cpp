#include "appconfig.h"
#include "audioguide.h"
#include "contentcheck.h"
#include "exerciselibrary.h"
#include "spanishreadability.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The exercises Haven ships: what CONTENT.md asks of every script, their lengths and tags, their
// reading level, and each one run from start to finish.
namespace {

// Every text a person reads in an exercise, one paragraph each (word lists aside).
QStringList visibleTexts(const Exercise &e, const QString &language = u"en"_s)
{
    QStringList texts = {e.title.text(language), e.summary.text(language)};
    for (const Step &step : e.steps) {
        texts << step.text.text(language) << step.title.text(language);
        for (const SensePrompt &prompt : step.prompts)
            texts << prompt.prompt.text(language);
        for (const Page &page : step.pages)
            texts << page.text.text(language);
    }
    // Why it may help, shown with a suggestion on the home screen.
    for (const QString &zone : {u"below"_s, u"inside"_s, u"above"_s})
        texts << e.reasons.value(zone).text(language);
    texts.removeAll(QString());
    return texts;
}

QString allText(const Exercise &e, const QString &language = u"en"_s)
{
    return visibleTexts(e, language).join(u' ');
}

// What the person hears and reads before the exercise proper begins.
QString opening(const Exercise &e, const QString &language = u"en"_s)
{
    QStringList texts;
    for (const Step &step : e.steps.first(std::min<qsizetype>(2, e.steps.size()))) {
        texts << step.text.text(language);
        if (!step.pages.isEmpty())
            texts << step.pages.first().text.text(language);
    }
    return texts.join(u' ');
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    ExerciseLibrary m_library{nullptr};

    QList<ExercisePtr> exercises() const
    {
        QList<ExercisePtr> all;
        for (const QString &id : m_library.ids())
            all.append(m_library.exercise(id));
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library.load({ExerciseLibrary::shippedFolder()});
    }

    void everyExercisePassesCheckContent()
    {
        QVERIFY2(m_library.problems().isEmpty(), qPrintable(m_library.problems().join(u'\n')));
        QString output;
        QTextStream out(&output);
        QCOMPARE(checkContent(ExerciseLibrary::shippedFolder(), out), 0);
        const QString summary = QString::number(m_library.count()) % u" ready, 0 with errors";
        QVERIFY2(output.contains(summary), qPrintable(output));
        QVERIFY2(output.contains(u" 0 warnings."), qPrintable(output));
    }

    void theLibraryIsComplete()
    {
        const QList<std::pair<const char *, const char *>> expected
            = {{"safe-place", "settle"},
               {"extended-exhale", "settle"},
               {"resonance-breathing", "settle"},
               {"box-breathing", "settle"},
               {"four-seven-eight", "settle"},
               {"cyclic-sighing", "settle"},
               {"muscle-release", "settle"},
               {"feet-on-the-floor", "settle"},
               {"orienting", "wake"},
               {"five-senses", "wake"},
               {"gentle-movement", "wake"},
               {"alerting-kit", "wake"},
               {"body-scan", "present"},
               {"mindful-noticing", "present"},
               {"parts-check-in", "present"},
               {"self-kindness", "present"},
               {"window-of-tolerance", "learn"},
               {"attachment-styles", "learn"},
               {"why-slow-breathing", "learn"},
               {"haven-with-therapist", "learn"}};
        for (const auto &[id, group] : expected) {
            const ExercisePtr e = m_library.exercise(QLatin1StringView(id));
            QVERIFY2(e, id);
            QCOMPARE(e->group, QLatin1StringView(group));
        }
    }

    // `minutes` is what the home screen promises: it must be what the exercise takes, spoken in
    // either voice or in Spanish, to the nearest minute, as `haven --check-content` reports it.
    void minutesMatchTheLength()
    {
        NarrationClips clips;
        for (const ExercisePtr &e : exercises()) {
            // Spanish has one voice: asked for the first, the manifest gives it.
            const QList<std::pair<QString, QString>> narrators
                = {{u"en"_s, u"slt"_s}, {u"en"_s, u"bdl"_s}, {u"es"_s, u"slt"_s}};
            for (const auto &[language, voice] : narrators) {
                const auto narrationMs = [&](const Step &step) {
                    return clips.choose(step, voice, language).durationMs;
                };
                const qint64 ms = Timeline::build(*e, {0, narrationMs}).totalMs;
                QVERIFY2(std::abs(ms - e->minutes * 60000) <= 30000,
                         qPrintable(e->id % u": minutes is " % QString::number(e->minutes)
                                    % u", but in " % language % u" in the " % voice
                                    % u" voice it takes " % QString::number(ms / 1000) % u" s"));
            }
        }
    }

    // The recommender reads these tags; they must say what the exercise does.
    void tagsAreTruthful()
    {
        for (const ExercisePtr &e : exercises()) {
            const auto tagged
                = [&](const char *tag) { return e->tags.contains(QLatin1StringView(tag)); };
            const bool breathes = std::any_of(e->steps.begin(), e->steps.end(), [](const Step &s) {
                return s.kind == StepKind::Breathe;
            });
            const QString text = allText(*e).toLower();
            QVERIFY2(tagged("holds") == e->hasBreathHolds(), qPrintable(e->id));
            QVERIFY2(!(tagged("no holds") && e->hasBreathHolds()), qPrintable(e->id));
            if (e->group != u"learn")
                QVERIFY2(tagged("breathing") == breathes, qPrintable(e->id));
            QVERIFY2(!(tagged("gentle") && e->hasBreathHolds()), qPrintable(e->id));
            // Outside-world exercises never ask the person to close their eyes ("closely" is
            // another word).
            static const QRegularExpression closing(u"\\bclos(e|ed|ing)\\b"_s);
            if (tagged("eyes open"))
                QVERIFY2(!text.contains(closing), qPrintable(e->id));
            if (tagged("inward"))
                QVERIFY2(e->group == u"present", qPrintable(e->id)); // never offered shut down
            QVERIFY2(tagged("movement") == (e->id == u"gentle-movement"), qPrintable(e->id));
        }
    }

    // CONTENT.md: say what is coming, that the person can stop, and offer an eyes-open way in
    // everything that is not a card to read. A spoken exercise's opening names no length: the
    // person can change it and the screen shows it, while a recording cannot follow (a card to
    // read says about how long it takes to read).
    void everyScriptOffersChoiceAndAWayOut()
    {
        for (const ExercisePtr &e : exercises()) {
            const QString start = opening(*e).toLower();
            const bool card = e->steps.first().kind == StepKind::Read;
            QVERIFY2(start.contains(u"minute") == card, qPrintable(e->id % u": " % start));
            QVERIFY2(start.contains(u"stop"), qPrintable(e->id % u": " % start));
            if (card)
                continue;
            const QString text = allText(*e).toLower();
            QVERIFY2(text.contains(u"eyes open") || text.contains(u"stay open")
                         || text.contains(u"rest them") || text.contains(u"rest softly"),
                     qPrintable(e->id));
            QVERIFY2(!text.contains(u"you must") && !text.contains(u"relax!"), qPrintable(e->id));
        }
    }

    // Every text is in Spanish too, so a Spanish reader never meets English mid-exercise.
    void everyTextIsInSpanish()
    {
        for (const ExercisePtr &e : exercises()) {
            QVERIFY2(e->textCount > 0, qPrintable(e->id));
            QVERIFY2(e->translatedTexts.value(u"es"_s) == e->textCount,
                     qPrintable(e->id % u": es "
                                % QString::number(e->translatedTexts.value(u"es"_s)) % u'/'
                                % QString::number(e->textCount)));
        }
    }

    // The same promises in Spanish: the person can stop (parar), a card says how long it takes
    // to read, there is an eyes-open way, and nothing is an order.
    void everySpanishScriptOffersChoiceAndAWayOut()
    {
        for (const ExercisePtr &e : exercises()) {
            const QString start = opening(*e, u"es"_s).toLower();
            const bool card = e->steps.first().kind == StepKind::Read;
            QVERIFY2(start.contains(u"minuto") == card, qPrintable(e->id % u": " % start));
            QVERIFY2(start.contains(u"parar"), qPrintable(e->id % u": " % start));
            const QString text = allText(*e, u"es"_s).toLower();
            QVERIFY2(!text.contains(u"debes") && !text.contains(u"tienes que")
                         && !text.contains(u"¡relájate"),
                     qPrintable(e->id));
            if (card)
                continue;
            QVERIFY2(text.contains(u"ojos abiertos") || text.contains(u"quedar abiertos")
                         || text.contains(u"quedan abiertos") || text.contains(u"mirada"),
                     qPrintable(e->id));
            if (e->tags.contains(u"eyes open"_s))
                QVERIFY2(!text.contains(u"cierra") && !text.contains(u"cerrar"), qPrintable(e->id));
        }
    }

    // The breathing table in CONTENT.md, as shipped.
    void breathingFollowsTheTable()
    {
        const auto breath = [&](const char *id) {
            for (const Step &step : m_library.exercise(QLatin1StringView(id))->steps) {
                if (step.kind == StepKind::Breathe)
                    return step;
            }
            return Step();
        };
        const Step exhale = breath("extended-exhale");
        QCOMPARE(exhale.pattern.in, 4.0);
        QCOMPARE(exhale.pattern.out, 6.0);
        QVERIFY(!exhale.pattern.hasHolds());
        const Step resonance = breath("resonance-breathing");
        QCOMPARE(resonance.pattern.in, 5.5);
        QCOMPARE(resonance.pattern.out, 5.5);
        const Step box = breath("box-breathing");
        QCOMPARE(box.pattern.cycleSeconds(), 16.0);
        QCOMPARE(box.pattern.holdIn, 4.0);
        const Step fourSevenEight = breath("four-seven-eight");
        QCOMPARE(fourSevenEight.pattern.holdIn, 7.0);
        QCOMPARE(fourSevenEight.pattern.out, 8.0);
        QVERIFY(fourSevenEight.cycles <= 4);
        QVERIFY(allText(*m_library.exercise(u"four-seven-eight"_s)).contains(u"light-headed"));
        const Step sigh = breath("cyclic-sighing");
        QVERIFY(sigh.pattern.inTop > 0);
        QVERIFY(sigh.pattern.out > sigh.pattern.in + sigh.pattern.inTop);
        QVERIFY(!sigh.pattern.hasHolds());
    }

    void scriptsDoWhatTheIssueAsks()
    {
        const ExercisePtr safePlace = m_library.exercise(u"safe-place"_s);
        QCOMPARE(safePlace->steps.last().kind, StepKind::Draw); // it ends by inviting a drawing
        QVERIFY(std::any_of(safePlace->steps.begin(), safePlace->steps.end(),
                            [](const Step &s) { return s.chooseSoundscape; }));
        const QString place = allText(*safePlace).toLower();
        for (const char *sense : {"colours", "hear", "feel", "smell", "taste"})
            QVERIFY2(place.contains(QLatin1StringView(sense)), sense);

        const ExercisePtr parts = m_library.exercise(u"parts-check-in"_s);
        QVERIFY(std::any_of(parts->steps.begin(), parts->steps.end(),
                            [](const Step &s) { return s.kind == StepKind::BodyMap; }));

        const QString kit = allText(*m_library.exercise(u"alerting-kit"_s)).toLower();
        for (const char *thing : {"cool water", "mint", "crunchy", "music", "stretch"})
            QVERIFY2(kit.contains(QLatin1StringView(thing)), thing);

        const QString attachment = allText(*m_library.exercise(u"attachment-styles"_s));
        for (const char *words :
             {"Secure", "Anxious-preoccupied", "Dismissive-avoidant", "Fearful-avoidant", "therapy",
              "reassurance", "pull back", "test", "corrective experience",
              "Therapists have attachment styles", "toward security"})
            QVERIFY2(attachment.contains(QLatin1StringView(words)), words);

        // Said once, gently, where a person reads it.
        int substitute = 0;
        for (const ExercisePtr &e : exercises())
            substitute += int(allText(*e).count(u"No exercise is a substitute for care"));
        QCOMPARE(substitute, 1);
    }

    // GNU style's Kincaid grade over each exercise's visible text: at most 7 (CONTENT.md).
    void readingLevelIsGradeSevenAtMost()
    {
        if (QStandardPaths::findExecutable(u"style"_s).isEmpty())
            QFAIL("GNU style is missing: install Debian's diction package (tools/dev does)");
        QStringList report;
        bool tooHard = false;
        for (const ExercisePtr &e : exercises()) {
            QStringList paragraphs;
            for (QString text : visibleTexts(*e)) {
                // Titles and labels end without a full stop; style would run them into the next.
                if (!text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
                    text += u'.';
                paragraphs << text;
            }
            QProcess style;
            style.start(u"style"_s, {});
            style.write(paragraphs.join(u"\n\n"_s).toUtf8());
            style.closeWriteChannel();
            QVERIFY(style.waitForFinished(10000));
            const QString out = QString::fromUtf8(style.readAllStandardOutput());
            const auto match = QRegularExpression(u"Kincaid: (-?[\\d.]+)"_s).match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            const double grade = match.captured(1).toDouble();
            tooHard = tooHard || grade > 7;
            report << e->id % u": Kincaid grade " % match.captured(1)
                    % (grade > 7 ? u"  <- above 7"_s : QString());
        }
        qInfo().noquote() << u"Reading level of each exercise:\n  "_s + report.join(u"\n  "_s);
        QVERIFY2(!tooHard, "an exercise reads above grade 7; see the list above");
    }

    // Fernández-Huerta over each exercise's Spanish, the same texts style reads in English: at
    // least 70, the top of grade 7 on Flesch's scale that it adapts (and grade 6 on its own
    // table), so the Spanish is no harder than the English's grade 7 at most.
    void spanishReadsAtGradeSevenAtMost()
    {
        QStringList report;
        QString worst;
        double worstScore = 1000;
        for (const ExercisePtr &e : exercises()) {
            const auto counts = SpanishReadability::count(visibleTexts(*e, u"es"_s));
            const double score = SpanishReadability::fernandezHuerta(counts);
            if (score < worstScore) {
                worstScore = score;
                worst = e->id;
            }
            report << e->id % u": Fernández-Huerta " % QString::number(score, 'f', 1) % u" ("
                    % QString::number(counts.words) % u" words, "
                    % QString::number(double(counts.syllables) / counts.words, 'f', 2)
                    % u" syllables a word, "
                    % QString::number(double(counts.words) / counts.sentences, 'f', 1)
                    % u" words a sentence)" % (score < 70 ? u"  <- below 70"_s : QString());
        }
        qInfo().noquote() << u"Reading ease of each exercise in Spanish:\n  "_s
                + report.join(u"\n  "_s) + u"\nHardest: "_s + worst + u", "_s
                + QString::number(worstScore, 'f', 1);
        QVERIFY2(worstScore >= 70, "an exercise reads below 70 in Spanish; see the list above");
    }

    // Each exercise, timed by its narration as the AudioGuide times it, runs from its first step
    // to finished on the fake clock; steps that wait for the person are moved on by next().
    void everyExerciseRunsToTheEnd_data()
    {
        QTest::addColumn<QString>("voice");
        for (const QString &voice : AppConfig::voices())
            QTest::newRow(qPrintable(voice)) << voice;
    }
    void everyExerciseRunsToTheEnd()
    {
        QFETCH(QString, voice);
        AudioGuide guide; // its narration lengths only; it is given no runner, so plays nothing
        guide.setVoice(voice);
        QStringList lengths;
        for (const ExercisePtr &e : exercises()) {
            FakeClock clock;
            ExerciseRunner runner;
            runner.setClock(&clock);
            runner.setNarrationLength(
                [&guide](const Step &step) { return guide.narrationMs(step); });
            runner.setExercise(e);
            QSignalSpy reached(&runner, &ExerciseRunner::stepReached);
            QSignalSpy finished(&runner, &ExerciseRunner::finished);
            runner.start();
            for (int guard = 0; runner.state() == ExerciseRunner::State::Running && guard < 1000;
                 ++guard) {
                if (runner.isWaiting()) {
                    runner.next();
                    continue;
                }
                const TimedStep &step = runner.timeline().steps.at(runner.stepIndex());
                clock.advanceMs(qint64(std::ceil(step.durationMs * (1 - runner.stepProgress()))));
                runner.update();
            }
            QVERIFY2(runner.state() == ExerciseRunner::State::Finished, qPrintable(e->id));
            QCOMPARE(reached.count(), int(e->steps.size()));
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.first().at(0).value<ExerciseRunner::Outcome>(),
                     ExerciseRunner::Outcome::Completed);

            // Spoken steps took their narration's length, not reading time.
            for (qsizetype i = 0; i < e->steps.size(); ++i) {
                const Step &step = e->steps.at(i);
                if (step.kind != StepKind::Say && step.kind != StepKind::Imagery)
                    continue;
                QVERIFY2(guide.narrationMs(step) > 0,
                         qPrintable(e->id % u" step " % QString::number(i)));
                QCOMPARE(runner.timeline().steps.at(i).durationMs,
                         guide.narrationMs(step) + qint64(step.pause * 1000));
                // In this voice's own clip: the shipped narration has both voices throughout.
                QVERIFY(guide.narrationFile(step.audio).contains(u"/voices/en/"_s)
                        == (voice != AppConfig::voices().constFirst()));
            }
            const qint64 narrated = runner.timeline().totalMs / 1000;
            lengths << e->id % u": " % QString::number(narrated / 60) % u" min "
                    % QString::number(narrated % 60) % u" s with narration";
        }
        qInfo().noquote() << u"Length of each exercise, spoken in the "_s + voice + u" voice:\n  "_s
                + lengths.join(u"\n  "_s);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
