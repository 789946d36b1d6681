#include "exerciseparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

const QString contentData = QStringLiteral(HAVEN_TEST_DATA "/content");

// Each malformed file with every line the parser must print for it, without the "<file>: " that
// starts each line. One problem per file, unless the mistake itself makes two.
QList<std::pair<QString, QStringList>> malformedTable()
{
    QList<std::pair<QString, QStringList>> table;
    const auto row = [&](const char *name, std::initializer_list<const char *> lines) {
        QStringList expected;
        for (const char *line : lines)
            expected.append(QString::fromUtf8(line));
        table.append({QString::fromUtf8(name), expected});
    };

    row("empty", {R"(the file is empty; expected an exercise object { "id": … })"});
    row("not-json-plain-text",
        {"line 1, column 1: not valid JSON: expected the file to start with {"});
    row("not-json-missing-comma",
        {"line 3, column 17: not valid JSON: expected a comma or a closing } here (keys and text "
         "go in double quotes)"});
    row("not-json-after-spanish-text",
        {"line 4, column 44: not valid JSON: expected a comma or a closing } here (keys and text "
         "go in double quotes)"});
    row("not-json-trailing-comma",
        {"line 10, column 89: not valid JSON: a comma with nothing after it; remove it"});
    row("not-json-word-without-quotes",
        {"line 9, column 36: not valid JSON: expected a value: text in double quotes, a number, "
         "true, false, a list [ ] or an object { }"});
    row("not-json-text-not-closed",
        {"line 4, column 14: not valid JSON: text with no closing double quote"});
    row("not-json-comment",
        {"line 2, column 5: not valid JSON: JSON files cannot have comments; remove this one"});
    row("not-json-missing-closing-brace",
        {"line 10, column 6: not valid JSON: expected a comma or a closing } here (keys and text "
         "go in double quotes)"});
    row("root-is-a-list", {R"(expected an exercise object { "id": … }, got a list)"});
    row("id-missing",
        {R"(id: missing, expected an id of at most 64 lower-case letters, digits and dashes )"
         R"((like "box-breathing"))"});
    row("id-is-a-number",
        {R"(id: expected an id of at most 64 lower-case letters, digits and dashes (like )"
         R"("box-breathing"), got 12)"});
    row("id-has-spaces",
        {R"(id: expected an id of at most 64 lower-case letters, digits and dashes (like )"
         R"("box-breathing"), got "Box Breathing")"});
    row("version-missing", {"version: missing, expected a whole number from 1 to 1000000"});
    row("version-zero", {"version: expected a whole number from 1 to 1000000, got 0"});
    row("version-is-a-fraction", {"version: expected a whole number from 1 to 1000000, got 1.5"});
    row("version-is-text", {R"(version: expected a whole number from 1 to 1000000, got "2")"});
    row("title-missing",
        {R"(title: missing, expected some text (at most 80 characters), or {"en": "…", "es": )"
         R"("…"})"});
    row("title-misspelled",
        {R"(tilte: warning: unknown key, ignored; did you mean "title"?)",
         R"(title: missing, expected some text (at most 80 characters), or {"en": "…", "es": )"
         R"("…"})"});
    row("title-empty", {R"(title: expected some text (at most 80 characters), got "")"});
    row("title-too-long", {"title: expected at most 80 characters, got 89"});
    row("title-without-english",
        {R"(title: expected an English text under "en", the fallback for every other language)"});
    row("title-language-not-a-code",
        {R"(title.Spanish: expected a language code such as "en" or "es")"});
    row("summary-missing",
        {R"(summary: missing, expected some text (at most 240 characters), or {"en": "…", )"
         R"("es": "…"})"});
    row("summary-is-a-list", {"summary: expected some text (at most 240 characters), got a list"});
    row("group-missing", {"group: missing, expected one of settle, wake, present, learn"});
    row("group-unknown", {R"(group: expected one of settle, wake, present, learn, got "calm")"});
    row("minutes-missing", {"minutes: missing, expected a number from 0.5 to 60"});
    row("minutes-too-long", {"minutes: expected a number from 0.5 to 60, got 90"});
    row("minutes-is-text", {R"(minutes: expected a number from 0.5 to 60, got "3 minutes")"});
    row("tags-not-words", {"tags[1]: expected a word, got 4"});
    row("tags-one-string", {R"(tags: expected a list of words, got "breathing, eyes open")"});
    row("reasons-unknown-zone",
        {R"(reasons.calm: expected a reason for "below", "inside" or "above" the window)"});
    row("reasons-a-list",
        {R"(reasons: expected an object of reasons such as {"above": "…"}, got a list)"});
    row("reasons-text-too-long", {"reasons.above: expected at most 240 characters, got 299"});
    row("steps-missing", {"steps: missing, expected a list of 1 to 200 steps"});
    row("steps-empty", {"steps: expected a list of 1 to 200 steps, got an empty list"});
    row("steps-is-an-object", {"steps: expected a list of 1 to 200 steps, got an object"});
    row("step-is-text",
        {R"(steps[1]: expected a step object { "kind": … }, got "Breathe in for four")"});
    row("step-kind-missing",
        {"steps[1].kind: missing, expected one of say, breathe, senses, imagery, bodymap, draw, "
         "pause, read"});
    row("step-kind-unknown",
        {R"(steps[1].kind: expected one of say, breathe, senses, imagery, bodymap, draw, )"
         R"(pause, read, got "breath")"});
    row("say-text-missing",
        {R"(steps[1].text: missing, expected some text (at most 2000 characters), or {"en": )"
         R"("…", "es": "…"})"});
    row("say-text-too-long", {"steps[1].text: expected at most 2000 characters, got 2024"});
    row("say-audio-absolute-path",
        {R"(steps[1].audio: expected a file path relative to the exercise file, got )"
         R"("/home/clinic/Desktop/welcome.ogg")"});
    row("say-pause-negative", {"steps[1].pause: expected a number from 0 to 120, got -2"});
    row("breathe-in-is-a-word",
        {R"(steps[1].in: expected a number from 0.5 to 20 in steps of 0.5, got "four")"});
    row("breathe-in-three-parts",
        {"steps[1].in: expected two parts for a two-part breath in ([4, 1]), got a list of 3"});
    row("breathe-in-part-not-a-number",
        {R"(steps[1].in[1]: expected a number from 0.5 to 20 in steps of 0.5, got "1")"});
    row("breathe-in-not-half-steps",
        {"steps[1].in: expected a number from 0.5 to 20 in steps of 0.5, got 4.3"});
    row("breathe-out-missing",
        {"steps[1].out: missing, expected a number from 0.5 to 20 in steps of 0.5"});
    row("breathe-hold-too-long",
        {"steps[1].holdIn: expected a number from 0 to 20 in steps of 0.5, got 30"});
    row("breathe-cycles-and-seconds", {"steps[1]: expected cycles or seconds, not both"});
    row("breathe-no-cycles-or-seconds",
        {"steps[1].cycles: missing, expected cycles (a whole number from 1 to 500) or seconds (a "
         "number from 5 to 3600)"});
    row("breathe-cycles-fraction",
        {"steps[1].cycles: expected a whole number from 1 to 500, got 6.5"});
    row("breathe-seconds-too-short", {"steps[1].seconds: expected a number from 5 to 3600, got 2"});
    row("breathe-cues-yes", {R"(steps[1].cues: expected true or false, got "yes")"});
    row("senses-prompts-missing",
        {"steps[1].prompts: missing, expected a list of 1 to 10 prompts"});
    row("senses-prompts-empty",
        {"steps[1].prompts: expected a list of 1 to 10 prompts, got an empty list"});
    row("senses-prompt-is-a-string",
        {R"(steps[1].prompts[1]: expected a prompt { "sense", "count", "prompt" }, got "Listen )"
         R"(for three sounds.")"});
    row("senses-sense-unknown",
        {R"(steps[1].prompts[1].sense: expected one of see, hear, touch, smell, taste, notice, )"
         R"(got "listen")"});
    row("senses-count-zero",
        {"steps[1].prompts[0].count: expected a whole number from 1 to 10, got 0"});
    row("imagery-text-missing",
        {R"(steps[1].text: missing, expected some text (at most 2000 characters), or {"en": )"
         R"("…", "es": "…"})"});
    row("imagery-soundscape-unknown",
        {R"(steps[1].soundscape: expected one of ocean, rain, forest, quiet, got "waves")"});
    row("imagery-choose-is-text", {R"(steps[1].choose: expected true or false, got "true")"});
    row("bodymap-lists-missing", {"steps[1].lists: missing, expected a list of 1 to 6 word lists"});
    row("bodymap-too-many-lists",
        {"steps[1].lists: expected a list of 1 to 6 word lists, got a list of 8"});
    row("bodymap-label-missing",
        {R"(steps[1].lists[0].label: missing, expected some text (at most 80 characters), or )"
         R"({"en": "…", "es": "…"})"});
    row("bodymap-words-empty",
        {"steps[1].lists[1].words: expected a list of 1 to 12 words, got an empty list"});
    row("bodymap-word-not-text",
        {"steps[1].lists[0].words[1]: expected some text (at most 80 characters), got 2"});
    row("draw-text-missing",
        {R"(steps[1].text: missing, expected some text (at most 2000 characters), or {"en": )"
         R"("…", "es": "…"})"});
    row("draw-seconds-too-short", {"steps[1].seconds: expected a number from 5 to 3600, got 2"});
    row("pause-seconds-missing", {"steps[1].seconds: missing, expected a number from 1 to 600"});
    row("pause-seconds-too-long", {"steps[1].seconds: expected a number from 1 to 600, got 900"});
    row("read-title-too-long", {"steps[1].title: expected at most 80 characters, got 86"});
    row("read-pages-empty",
        {"steps[1].pages: expected a list of 1 to 20 pages, got an empty list"});
    row("breathe-too-many-breaths",
        {"steps[0].seconds: expected at most 500 breaths, got 3600 (3600 seconds of a 1-second "
         "breath)"});
    row("read-page-text-missing",
        {R"(steps[1].pages[1].text: missing, expected some text (at most 2000 characters), or )"
         R"({"en": "…", "es": "…"})",
         "steps[1].pages[1].image: warning: file not found: images/breath.png; the page shows "
         "without its picture"});
    row("read-page-image-absolute-path",
        {R"(steps[1].pages[0].image: expected a file path relative to the exercise file, got )"
         R"("/srv/haven/images/breath.png")"});
    return table;
}

QStringList lines(const QList<ContentProblem> &problems)
{
    QStringList result;
    for (const ContentProblem &problem : problems)
        result.append(problem.toString());
    return result;
}

QStringList prefixed(const QString &file, const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result.append(file % u": " % line);
    return result;
}

QString writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

// The smallest exercise that loads, with one step to vary.
QByteArray exerciseWith(const QByteArray &step)
{
    return R"({"id": "x", "version": 1, "title": "X", "summary": "X", "group": "settle",
              "minutes": 1, "steps": [)"
        + step + "]}";
}

} // namespace

class TestExerciseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        for (const auto &[name, expected] : malformedTable()) {
            const QString file = contentData % u"/malformed/" % name % u".json";
            QTest::newRow(qPrintable(name)) << file << prefixed(file, expected);
        }
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const ExerciseParser::Result result = ExerciseParser::parseFile(file);
        QVERIFY(!result.exercise);
        QVERIFY(hasErrors(result.problems));
        QCOMPARE(lines(result.problems), expected);
    }

    // A fixture added without its expected lines would go untested.
    void everyMalformedFileIsInTheTable()
    {
        QStringList names;
        for (const auto &[name, expected] : malformedTable())
            names.append(name % u".json");
        names.sort();
        const QStringList files
            = QDir(contentData % u"/malformed").entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files, names);
        QVERIFY(files.size() >= 30);
    }

    void everyKindLoadsAsWritten()
    {
        const QString file = contentData % u"/valid/every-kind.json";
        const ExerciseParser::Result result = ExerciseParser::parseFile(file);
        QCOMPARE(lines(result.problems), QStringList());
        QVERIFY(result.exercise);
        const Exercise &exercise = *result.exercise;
        QCOMPARE(exercise.file, file);
        QCOMPARE(exercise.id, QStringLiteral("every-kind"));
        QCOMPARE(exercise.version, 3);
        QCOMPARE(exercise.title.english(), QStringLiteral("A bit of everything"));
        QCOMPARE(exercise.summary.english(),
                 QStringLiteral("One step of every kind, so staff can see each of them once."));
        QCOMPARE(exercise.group, QStringLiteral("present"));
        QCOMPARE(exercise.minutes, 12.5);
        QCOMPARE(exercise.tags,
                 (QStringList{QStringLiteral("breathing"), QStringLiteral("eyes open")}));
        QVERIFY(exercise.hasBreathHolds());

        const QList<Step> &steps = exercise.steps;
        QStringList kinds;
        for (const Step &step : steps)
            kinds.append(nameOfStepKind(step.kind));
        QCOMPARE(kinds,
                 QStringLiteral("say breathe breathe senses imagery bodymap draw pause read")
                     .split(u' '));

        const Step &say = steps.at(0);
        QCOMPARE(say.text.english(),
                 QStringLiteral("This takes about twelve minutes. You can stop at any time."));
        QCOMPARE(say.pause, 2.5);
        QVERIFY(say.audio.isEmpty());
        QVERIFY(!say.waitsForPerson());

        const Step &box = steps.at(1);
        QCOMPARE(box.text.english(), QStringLiteral("In for four, hold, out for four, hold."));
        QCOMPARE(box.pattern.in, 4.0);
        QCOMPARE(box.pattern.inTop, 0.0);
        QCOMPARE(box.pattern.holdIn, 4.0);
        QCOMPARE(box.pattern.out, 4.0);
        QCOMPARE(box.pattern.holdOut, 4.0);
        QCOMPARE(box.cycles, 6);
        QVERIFY(box.cues);

        // 100 seconds of a 10-second breath (2.5 + 1 in, 6.5 out) is 10 whole breaths.
        const Step &sigh = steps.at(2);
        QCOMPARE(sigh.pattern.in, 2.5);
        QCOMPARE(sigh.pattern.inTop, 1.0);
        QCOMPARE(sigh.pattern.out, 6.5);
        QVERIFY(!sigh.pattern.hasHolds());
        QCOMPARE(sigh.cycles, 10);
        QVERIFY(!sigh.cues);

        const Step &senses = steps.at(3);
        QCOMPARE(senses.text.english(), QStringLiteral("Tap once for each thing you notice."));
        QCOMPARE(senses.prompts.size(), 2);
        QCOMPARE(senses.prompts.at(0).sense, QStringLiteral("see"));
        QCOMPARE(senses.prompts.at(0).count, 5);
        QCOMPARE(senses.prompts.at(0).prompt.english(),
                 QStringLiteral("Find five things you can see."));
        QCOMPARE(senses.prompts.at(1).sense, QStringLiteral("hear"));
        QCOMPARE(senses.prompts.at(1).count, 3);
        QCOMPARE(senses.seconds, 120.0);
        QVERIFY(senses.waitsForPerson());

        const Step &imagery = steps.at(4);
        QCOMPARE(imagery.text.english(), QStringLiteral("Picture a place where you feel calm."));
        QCOMPARE(imagery.soundscape, QStringLiteral("ocean"));
        QVERIFY(imagery.chooseSoundscape);
        QCOMPARE(imagery.pause, 30.0);

        const Step &bodymap = steps.at(5);
        QCOMPARE(bodymap.wordLists.size(), 2);
        QCOMPARE(bodymap.wordLists.at(0).label.english(), QStringLiteral("Size"));
        QCOMPARE(bodymap.wordLists.at(0).words,
                 (QList<LocalizedText>{LocalizedText(QStringLiteral("small")),
                                       LocalizedText(QStringLiteral("medium")),
                                       LocalizedText(QStringLiteral("big"))}));
        QCOMPARE(bodymap.wordLists.at(1).label.english(), QStringLiteral("Feels like"));
        QCOMPARE(bodymap.wordLists.at(1).words.at(1).text(QStringLiteral("es")),
                 QStringLiteral("cálido"));
        QCOMPARE(bodymap.seconds, 180.0);

        const Step &draw = steps.at(6);
        QCOMPARE(draw.text.english(), QStringLiteral("Draw anything you like. Nothing is saved."));
        QCOMPARE(draw.seconds, 300.0);

        const Step &pause = steps.at(7);
        QCOMPARE(pause.text.english(), QStringLiteral("Rest here for a moment."));
        QCOMPARE(pause.seconds, 20.0);
        QVERIFY(!pause.waitsForPerson());

        const Step &read = steps.at(8);
        QCOMPARE(read.title.english(), QStringLiteral("Why this helps"));
        QCOMPARE(read.pages.size(), 2);
        QCOMPARE(read.pages.at(0).text.english(),
                 QStringLiteral("A longer breath out tells the body it is safe."));
        QVERIFY(read.pages.at(0).image.isEmpty());
        QCOMPARE(read.seconds, 90.0);
    }

    void localizedTextFallsBackToEnglish()
    {
        const auto result = ExerciseParser::parseFile(contentData % u"/valid/every-kind.json");
        QVERIFY(result.exercise);
        const LocalizedText &title = result.exercise->title;
        QCOMPARE(title.text(QStringLiteral("es")), QStringLiteral("Un poco de todo"));
        QCOMPARE(title.text(QStringLiteral("en")), QStringLiteral("A bit of everything"));
        QCOMPARE(title.text(QStringLiteral("fr")), QStringLiteral("A bit of everything"));
        // Written in English only: every language reads the English.
        const LocalizedText &caption = result.exercise->steps.at(1).text;
        QCOMPARE(caption.text(QStringLiteral("es")),
                 QStringLiteral("In for four, hold, out for four, hold."));
        const LocalizedText &hear = result.exercise->steps.at(3).prompts.at(1).prompt;
        QCOMPARE(hear.text(QStringLiteral("es")), QStringLiteral("Escucha tres sonidos."));
        QCOMPARE(hear.text(QStringLiteral("de")), QStringLiteral("Listen for three sounds."));
    }

    void optionalKeysTakeTheirDefaults()
    {
        const auto result = ExerciseParser::parse(
            exerciseWith(R"({"kind": "imagery", "text": "Picture a calm place."},
                            {"kind": "draw", "text": "Draw."},
                            {"kind": "breathe", "in": 4, "out": 6, "cycles": 3},
                            {"kind": "say", "text": "Done."})"),
            QStringLiteral("defaults.json"));
        QCOMPARE(lines(result.problems), QStringList());
        QVERIFY(result.exercise);
        const QList<Step> &steps = result.exercise->steps;
        QCOMPARE(steps.at(0).soundscape, QStringLiteral("quiet"));
        QVERIFY(!steps.at(0).chooseSoundscape);
        QCOMPARE(steps.at(0).pause, 0.0);
        QCOMPARE(steps.at(1).seconds, 60.0);
        QVERIFY(!steps.at(2).cues);
        QVERIFY(!steps.at(2).pattern.hasHolds());
        QVERIFY(steps.at(2).text.isEmpty());
        QVERIFY(result.exercise->tags.isEmpty());
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *line) {
            const QString file = contentData % u"/warnings/" % QString::fromUtf8(name);
            QTest::newRow(name) << file << QStringList{file % u": " % QString::fromUtf8(line)};
        };
        row("tags-misspelled.json", R"(tgas: warning: unknown key, ignored; did you mean "tags"?)");
        row("step-key-misspelled.json",
            R"(steps[1].cue: warning: unknown key, ignored; did you mean "cues"?)");
        row("unknown-key.json", "author: warning: unknown key, ignored");
        row("audio-missing.json",
            "steps[0].audio: warning: file not found: audio/box-breathing-1.ogg; the caption "
            "shows without narration");
        row("image-missing.json",
            "steps[2].pages[0].image: warning: file not found: images/breath.png; the page shows "
            "without its picture");
    }

    void warnings()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ExerciseParser::Result result = ExerciseParser::parseFile(file);
        QVERIFY(result.exercise);
        QVERIFY(!hasErrors(result.problems));
        QCOMPARE(lines(result.problems), expected);
    }

    void mediaResolvesBesideTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("audio")));
        writeFile(dir.filePath(QStringLiteral("audio/welcome.ogg")), "not really audio");
        const QString file = writeFile(
            dir.filePath(QStringLiteral("welcome.json")),
            exerciseWith(R"({"kind": "say", "text": "Welcome.", "audio": "audio/welcome.ogg"})"));
        const ExerciseParser::Result result = ExerciseParser::parseFile(file);
        QCOMPARE(lines(result.problems), QStringList());
        QVERIFY(result.exercise);
        QCOMPARE(result.exercise->steps.at(0).audio,
                 dir.filePath(QStringLiteral("audio/welcome.ogg")));
    }

    void fileOverOneMegabyteIsRejected()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Valid JSON padded with spaces, so only its size is wrong.
        QByteArray json = exerciseWith(R"({"kind": "say", "text": "Hello."})");
        json += QByteArray(ExerciseParser::maxFileBytes - json.size(), ' ');
        const QString fits = writeFile(dir.filePath(QStringLiteral("fits.json")), json);
        QVERIFY(ExerciseParser::parseFile(fits).exercise);

        json += ' ';
        const QString file = writeFile(dir.filePath(QStringLiteral("big.json")), json);
        const QStringList expected{file
                                   % u": expected an exercise file of at most 1 MB, got 1025 KB"};
        const ExerciseParser::Result fromFile = ExerciseParser::parseFile(file);
        QVERIFY(!fromFile.exercise);
        QCOMPARE(lines(fromFile.problems), expected);
        const ExerciseParser::Result fromBytes = ExerciseParser::parse(json, file);
        QVERIFY(!fromBytes.exercise);
        QCOMPARE(lines(fromBytes.problems), expected);
    }

    void missingFileCannotBeRead()
    {
        const QString file = contentData % u"/no-such-exercise.json";
        const ExerciseParser::Result result = ExerciseParser::parseFile(file);
        QVERIFY(!result.exercise);
        QCOMPARE(lines(result.problems),
                 QStringList{file % u": could not be read: No such file or directory"});
    }

    // A value quoted in a message is cut at 40 characters, never between the halves of an emoji.
    void longValuesAreCutWholeCharacters()
    {
        const QString group = QString(39, u'a') % QStringLiteral("🌊🌊");
        const auto result = ExerciseParser::parse(
            R"({"id": "x", "version": 1, "title": "X", "summary": "X", "group": ")" + group.toUtf8()
                + R"(", "minutes": 1, "steps": [{"kind": "draw", "text": "D"}]})",
            QStringLiteral("long.json"));
        QCOMPARE(
            lines(result.problems),
            QStringList{u"long.json: group: expected one of settle, wake, present, learn, got \""
                        % QString(39, u'a') % u"…\""});
    }
};

QTEST_GUILESS_MAIN(TestExerciseParser)
#include "tst_exerciseparser.moc"
