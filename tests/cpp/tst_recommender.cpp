#include "exerciselibrary.h"
#include "recommender.h"

#include <QTest>

using Recommender::Context;

namespace {

ExercisePtr make(const char *id, const char *group, double minutes, QStringList tags,
                 bool holds = false)
{
    auto e = std::make_shared<Exercise>();
    e->id = QLatin1StringView(id);
    e->group = QLatin1StringView(group);
    e->minutes = minutes;
    e->tags = std::move(tags);
    Step breathe;
    breathe.kind = StepKind::Breathe;
    breathe.pattern = holds ? BreathPattern{4, 0, 4, 4, 4} : BreathPattern{4, 0, 0, 6, 0};
    breathe.cycles = 3;
    e->steps = {breathe};
    return e;
}

// The library Haven is meant to ship, by the tags and timings the rules read.
QList<ExercisePtr> library()
{
    const QString gentle = QStringLiteral("gentle");
    const QString eyesOpen = QStringLiteral("eyes open");
    return {make("extended-exhale", "settle", 3, {gentle}),
            make("resonance-breathing", "settle", 5, {}),
            make("box-breathing", "settle", 4, {}, true),
            make("four-seven-eight", "settle", 2, {}, true),
            make("cyclic-sighing", "settle", 5, {}),
            make("muscle-release", "settle", 6, {}),
            make("feet-on-the-floor", "settle", 2, {gentle, eyesOpen}),
            make("safe-place", "settle", 5, {gentle}),
            make("orienting", "wake", 3, {eyesOpen}),
            make("five-senses", "wake", 4, {eyesOpen}),
            make("gentle-movement", "wake", 3, {QStringLiteral("movement")}),
            make("alerting-kit", "wake", 2, {}),
            make("body-scan", "present", 7, {QStringLiteral("inward")}),
            make("mindful-noticing", "present", 3, {eyesOpen}),
            make("parts-check-in", "present", 4, {}),
            make("self-kindness", "present", 3, {gentle}),
            make("window-of-tolerance", "learn", 3, {}),
            make("attachment-styles", "learn", 5, {}),
            make("why-slow-breathing", "learn", 3, {}),
            make("haven-with-therapist", "learn", 2, {})};
}

Context context(double arousal, int distress, AppConfig::Mode mode = AppConfig::Mode::Home,
                int minutes = 0)
{
    return {{arousal, distress}, mode, minutes};
}

const QString settleReason = QStringLiteral("You feel revved up. This helps the body settle.");
const QString gentleReason
    = QStringLiteral("A gentle place to start when everything feels like too much.");
const QString roomReason
    = QStringLiteral("You feel far away. Noticing the room around you can bring you back.");
const QString wakeReason = QStringLiteral("You feel shut down. This can help you wake up, gently.");
const QString presentReason = QStringLiteral("You feel okay. This can help you stay here.");
const QString learnReason
    = QStringLiteral("You have room to think. A short read about how stress works.");

} // namespace

Q_DECLARE_METATYPE(Context)

class TestRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<Context>("context");
        QTest::addColumn<QStringList>("top"); // the first choices, in order
        QTest::addColumn<QString>("reason"); // the first choice's reason
        using M = AppConfig::Mode;
        const auto ids = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *id : list)
                out.append(QLatin1StringView(id));
            return out;
        };
        // Above the window: settle. Mildly above, holds are allowed but come after the rest.
        QTest::newRow("above, mild, no distress given")
            << context(0.45, -1) << ids({"feet-on-the-floor", "extended-exhale", "safe-place"})
            << settleReason;
        QTest::newRow("above, distress 3")
            << context(0.5, 3) << ids({"feet-on-the-floor", "extended-exhale", "safe-place"})
            << settleReason;
        QTest::newRow("above, distress 5")
            << context(0.6, 5) << ids({"feet-on-the-floor", "extended-exhale"}) << settleReason;
        QTest::newRow("above, distress 7")
            << context(0.6, 7) << ids({"feet-on-the-floor", "extended-exhale"}) << settleReason;
        // At 8 and above: the gentlest first, and never a breath hold.
        QTest::newRow("above, distress 8")
            << context(0.6, 8) << ids({"feet-on-the-floor", "extended-exhale", "safe-place"})
            << gentleReason;
        QTest::newRow("above, distress 10")
            << context(0.9, 10) << ids({"feet-on-the-floor", "extended-exhale", "safe-place"})
            << gentleReason;
        QTest::newRow("far above, no distress given")
            << context(1.0, -1) << ids({"feet-on-the-floor", "extended-exhale", "safe-place"})
            << gentleReason;
        QTest::newRow("just above the edge")
            << context(0.34, 2) << ids({"feet-on-the-floor", "extended-exhale"}) << settleReason;
        QTest::newRow("above, kiosk")
            << context(0.5, 4, M::Kiosk) << ids({"feet-on-the-floor", "extended-exhale"})
            << settleReason;
        QTest::newRow("above, 2 minutes")
            << context(0.5, 4, M::Home, 2) << ids({"feet-on-the-floor", "four-seven-eight"})
            << settleReason;
        QTest::newRow("above, 2 minutes, distress 9")
            << context(0.5, 9, M::Home, 2) << ids({"feet-on-the-floor"}) << gentleReason;
        QTest::newRow("above, 10 minutes, session")
            << context(0.7, 6, M::Session, 10)
            << ids({"feet-on-the-floor", "extended-exhale", "safe-place"}) << settleReason;
        // Below the window: wake up, the outside world first.
        QTest::newRow("below, mild")
            << context(-0.4, -1) << ids({"orienting", "five-senses", "alerting-kit"}) << roomReason;
        QTest::newRow("below, distress 4")
            << context(-0.5, 4) << ids({"orienting", "five-senses"}) << roomReason;
        QTest::newRow("far below")
            << context(-1.0, -1) << ids({"orienting", "five-senses", "alerting-kit"}) << roomReason;
        QTest::newRow("below, distress 9")
            << context(-0.7, 9) << ids({"orienting", "five-senses", "alerting-kit"}) << roomReason;
        QTest::newRow("below, kiosk")
            << context(-0.6, 5, M::Kiosk) << ids({"orienting", "five-senses", "alerting-kit"})
            << roomReason;
        QTest::newRow("below, 2 minutes")
            << context(-0.6, 5, M::Home, 2) << ids({"alerting-kit"}) << wakeReason;
        QTest::newRow("below, 1 minute: the shortest")
            << context(-0.6, 5, M::Home, 1) << ids({"alerting-kit"}) << wakeReason;
        QTest::newRow("just below the edge")
            << context(-0.34, 3) << ids({"orienting", "five-senses"}) << roomReason;
        // Inside the window: stay present, or learn.
        QTest::newRow("inside, middle")
            << context(0, -1) << ids({"mindful-noticing", "self-kindness", "parts-check-in"})
            << presentReason;
        QTest::newRow("inside, distress 2")
            << context(0.1, 2) << ids({"mindful-noticing", "self-kindness", "parts-check-in"})
            << presentReason;
        QTest::newRow("inside, near the top")
            << context(0.33, 4) << ids({"mindful-noticing", "self-kindness"}) << presentReason;
        QTest::newRow("inside, near the bottom")
            << context(-0.33, 4) << ids({"mindful-noticing", "self-kindness"}) << presentReason;
        QTest::newRow("inside, kiosk")
            << context(0, 1, M::Kiosk)
            << ids({"mindful-noticing", "self-kindness", "parts-check-in"}) << presentReason;
        QTest::newRow("inside, 2 minutes: a short read")
            << context(0, 1, M::Home, 2) << ids({"haven-with-therapist"}) << learnReason;
        QTest::newRow("inside, 3 minutes")
            << context(0, 1, M::Session, 3)
            << ids({"mindful-noticing", "self-kindness", "haven-with-therapist"}) << presentReason;
    }

    void table()
    {
        QFETCH(Context, context);
        QFETCH(QStringList, top);
        QFETCH(QString, reason);
        const auto result = Recommender::recommend(library(), context);
        QVERIFY(!result.isEmpty());
        QVERIFY(result.size() <= Recommender::maxResults);
        QStringList got;
        for (const auto &r : result)
            got.append(r.exerciseId);
        QCOMPARE(got.first(top.size()), top);
        QCOMPARE(result.first().reason, reason);
    }

    // The safety rule, over every position and every exercise Haven ships: high distress above
    // the window never offers a breath hold.
    void noHoldsAboveTheWindowAtHighDistress()
    {
        ExerciseLibrary shipped(nullptr);
        shipped.load({ExerciseLibrary::shippedFolder()});
        QList<ExercisePtr> all;
        for (const QString &id : shipped.ids())
            all.append(shipped.exercise(id));
        all += library();
        for (double arousal = 0.34; arousal <= 1.0; arousal += 0.05) {
            for (int distress = 8; distress <= 10; ++distress) {
                for (auto mode :
                     {AppConfig::Mode::Home, AppConfig::Mode::Kiosk, AppConfig::Mode::Session}) {
                    const auto result = Recommender::recommend(all, {{arousal, distress}, mode, 0});
                    QVERIFY(!result.isEmpty());
                    for (const auto &r : result) {
                        const auto it
                            = std::find_if(all.begin(), all.end(), [&](const ExercisePtr &e) {
                                  return e->id == r.exerciseId;
                              });
                        QVERIFY2(!(*it)->hasBreathHolds(), qPrintable(r.exerciseId));
                    }
                }
            }
        }
    }

    // An exercise's own reason for the zone is given, in the person's language; an exercise
    // without one gets the general reason.
    void theExerciseGivesItsOwnReason()
    {
        QList<ExercisePtr> all = library();
        auto feet = std::make_shared<Exercise>(*all.at(6));
        QCOMPARE(feet->id, u"feet-on-the-floor");
        feet->reasons.insert(
            QStringLiteral("above"),
            LocalizedText({{QStringLiteral("en"), QStringLiteral("Feel the ground.")},
                           {QStringLiteral("es"), QStringLiteral("Siente el suelo.")}}));
        feet->reasons.insert(QStringLiteral("below"), LocalizedText(QStringLiteral("Not shown.")));
        all[6] = feet;
        Context above = context(0.5, 3);
        QCOMPARE(Recommender::recommend(all, above).first().reason, u"Feel the ground.");
        above.language = QStringLiteral("es-MX");
        const auto spanish = Recommender::recommend(all, above);
        QCOMPARE(spanish.first().reason, u"Siente el suelo.");
        QCOMPARE(spanish.at(1).reason, settleReason); // extended-exhale has none of its own
        // A reason for a zone the exercise is not suggested in changes nothing.
        QCOMPARE(Recommender::recommend(all, context(-0.5, 3)).first().reason, roomReason);
    }

    // Every shipped exercise, wherever the recommender suggests it (every position, distress and
    // mode), gives a reason of its own, in English and in Spanish; the first reason differs by
    // zone.
    void everyShippedSuggestionHasItsOwnReason()
    {
        ExerciseLibrary shipped(nullptr);
        shipped.load({ExerciseLibrary::shippedFolder()});
        QList<ExercisePtr> all;
        for (const QString &id : shipped.ids())
            all.append(shipped.exercise(id));
        QHash<CheckIn::Zone, QSet<QString>> firstReasons;
        QSet<QString> suggested;
        int checked = 0;
        for (int step = -20; step <= 20; ++step) {
            for (int distress = -1; distress <= 10; ++distress) {
                for (auto mode :
                     {AppConfig::Mode::Home, AppConfig::Mode::Kiosk, AppConfig::Mode::Session}) {
                    for (const QString &language : {u"en"_qs, u"es"_qs}) {
                        const CheckIn checkIn{step / 20.0, distress};
                        const auto result
                            = Recommender::recommend(all, {checkIn, mode, 0, language});
                        QVERIFY(!result.isEmpty());
                        for (const auto &r : result) {
                            const LocalizedText own
                                = shipped.exercise(r.exerciseId)
                                      ->reasons.value(CheckIn::nameOf(*checkIn.zone()));
                            QVERIFY2(!own.isEmpty(), qPrintable(r.exerciseId));
                            QCOMPARE(r.reason, own.text(language));
                            QVERIFY2(language == u"en" || r.reason != own.english(),
                                     qPrintable(r.exerciseId + u": no Spanish reason"));
                            suggested.insert(r.exerciseId);
                            ++checked;
                        }
                        firstReasons[*checkIn.zone()].insert(result.first().reason);
                    }
                }
            }
        }
        const QSet<QString> below = firstReasons.value(CheckIn::Zone::Below);
        QVERIFY(!below.intersects(firstReasons.value(CheckIn::Zone::Inside)));
        QVERIFY(!below.intersects(firstReasons.value(CheckIn::Zone::Above)));
        QVERIFY(!firstReasons.value(CheckIn::Zone::Inside)
                     .intersects(firstReasons.value(CheckIn::Zone::Above)));
        qInfo("%d suggestions checked, of %lld exercises; first reasons: %lld below, %lld inside, "
              "%lld above",
              checked, qsizetype(suggested.size()), qsizetype(below.size()),
              qsizetype(firstReasons.value(CheckIn::Zone::Inside).size()),
              qsizetype(firstReasons.value(CheckIn::Zone::Above).size()));
    }

    void zones()
    {
        QCOMPARE(CheckIn({0.34, -1}).zone(), CheckIn::Zone::Above);
        QCOMPARE(CheckIn({0.33, -1}).zone(), CheckIn::Zone::Inside);
        QCOMPARE(CheckIn({-0.34, -1}).zone(), CheckIn::Zone::Below);
        QCOMPARE(CheckIn({1.0, -1}).distanceOutside(), 1.0);
        QCOMPARE(CheckIn({0.2, -1}).distanceOutside(), 0.0);
    }

    void emptyLibraryGivesNothing()
    {
        QVERIFY(Recommender::recommend({}, context(0.8, 9)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
