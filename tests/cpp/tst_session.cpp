#include "audioguide.h"
#include "exerciserunner.h"
#include "preferences.h"
#include "windowtest.h"

// Haven on a therapist's device, mid-session: an exercise in two taps, check-ins only when
// chosen, and a large End always in view.
class TestSession : public WindowTest
{
    Q_OBJECT

private:
    QList<RunRecord> m_records;

private Q_SLOTS:
    void initTestCase()
    {
        open(AppConfig::Mode::Session);
        connect(&flow(), &VisitFlow::runEnded, this,
                [this](const RunRecord &r) { m_records.append(r); });
    }

    void opensOnTheLauncher()
    {
        QCOMPARE(depth(), 1);
        QVERIFY(currentType().startsWith(u"SessionScreen"));
        QVERIFY(!item(QStringLiteral("sessionStart"))->isEnabled()); // nothing chosen yet
        QVERIFY(item(QStringLiteral("pick-safe-place")));
        save(QStringLiteral("session-launcher-1280x800"));
    }

    void twoTapsAndTheLengthChosen()
    {
        m_records.clear();
        tap(QStringLiteral("pick-box-breathing"));
        QVERIFY(item(QStringLiteral("sessionLength")));
        const int own = item(QStringLiteral("sessionLength"))->property("value").toInt();
        tap(QStringLiteral("sessionLength-more"));
        tap(QStringLiteral("sessionLength-more"));
        QCOMPARE(item(QStringLiteral("sessionLength"))->property("value").toInt(), own + 2);
        save(QStringLiteral("session-launcher-chosen-1280x800"));
        tap(QStringLiteral("sessionStart"));
        QVERIFY(currentType().startsWith(u"ExerciseScreen")); // no check-in on the way
        QVERIFY(runner());
        QCOMPARE(runner()->minutes(), own + 2);
        QVERIFY(qAbs(runner()->total() - (own + 2) * 60) < 30);
        QVERIFY(item(QStringLiteral("sessionEndButton")));
        QVERIFY(!item(QStringLiteral("endButton")));
        QVERIFY(!item(QStringLiteral("staffButton"))); // not while the client is in an exercise
        save(QStringLiteral("session-exercise-1280x800"));

        // End: straight back to the launcher, the run recorded without check-ins.
        tap(QStringLiteral("sessionEndButton"));
        settle();
        QCOMPARE(depth(), 1);
        QVERIFY(currentType().startsWith(u"SessionScreen"));
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().exerciseId, u"box-breathing"_qs);
        QCOMPARE(m_records.first().mode, u"session"_qs);
        QCOMPARE(m_records.first().ending, RunRecord::Ending::Stopped);
        QVERIFY(!m_records.first().before && !m_records.first().after);
    }

    // A Spanish-speaking client: the therapist taps Español on the launcher, the exercise and
    // its run are in Spanish, and English is one tap away.
    void theLauncherSwitchesLanguage()
    {
        m_records.clear();
        Language &language = m_haven->app->language();
        QCOMPARE(language.code(), u"en"_qs);
        tap(QStringLiteral("language-es"));
        QCOMPARE(language.code(), u"es"_qs);
        tap(QStringLiteral("pick-box-breathing"));
        QCOMPARE(item(QStringLiteral("sessionStart"))->property("text").toString(), u"Empezar"_qs);
        const auto summary = [this] {
            return item(QStringLiteral("sessionSummary"))->property("text").toString();
        };
        const ExercisePtr box = m_haven->app->library().exercise(u"box-breathing"_qs);
        QCOMPARE(summary(), box->summary.text(u"es"_qs));
        save(QStringLiteral("session-launcher-es-1280x800"));
        tap(QStringLiteral("sessionStart"));
        QVERIFY(currentType().startsWith(u"ExerciseScreen"));
        QCOMPARE(m_haven->app->library().language(), u"es"_qs);
        tap(QStringLiteral("sessionEndButton"));
        settle();
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().language, u"es"_qs);
        tap(QStringLiteral("language-en"));
        QCOMPARE(language.code(), u"en"_qs);
        QCOMPARE(item(QStringLiteral("sessionStart"))->property("text").toString(), u"Start"_qs);
        QCOMPARE(summary(), box->summary.english()); // chosen before the switch, read again
    }

    // The therapist picks the narrator from the top bar; the next exercise is spoken in it,
    // and the choice is still there after Haven restarts (Preferences, on this device).
    void theNarratorIsChosenFromTheTopBar()
    {
        tap(QStringLiteral("displayButton"));
        tap(QStringLiteral("voice-bdl"));
        save(QStringLiteral("session-display-1280x800"));
        tap(QStringLiteral("displayDone"));
        QCOMPARE(m_haven->app->preferences().voice(), u"bdl"_qs);
        tap(QStringLiteral("pick-orienting"));
        tap(QStringLiteral("sessionStart"));
        QVERIFY(flow().guide());
        QCOMPARE(flow().guide()->chosenVoice(), u"bdl"_qs);
        tap(QStringLiteral("sessionEndButton"));
        settle();
        QVERIFY(Preferences(m_haven->app->preferences().file(), nullptr).voice() == u"bdl");
        m_haven->app->preferences().setVoice({});
    }

    void checkInsWhenChosen()
    {
        tap(QStringLiteral("pick-orienting"));
        tap(QStringLiteral("sessionCheckIns"));
        tap(QStringLiteral("sessionStart"));
        QVERIFY(currentType().startsWith(u"CheckInScreen"));
        tap(QStringLiteral("checkInSkip"));
        QVERIFY(currentType().startsWith(u"ExerciseScreen"));
        QCOMPARE(runner()->exerciseId(), u"orienting"_qs);
        tap(QStringLiteral("sessionEndButton"));
        QVERIFY(currentType().startsWith(u"CheckInScreen")); // the check-in after, as chosen
        tap(QStringLiteral("checkInSkip"));
        QVERIFY(currentType().startsWith(u"SummaryScreen"));
        tap(QStringLiteral("finishButton"));
        settle();
        QCOMPARE(depth(), 1);
    }

    // What a second `haven --exercise ID --minutes N` asks of this window (see tst_handover).
    void anExerciseHandedOverOpensAtOnce()
    {
        tap(QStringLiteral("pick-safe-place")); // half-way through choosing something else
        const SingleInstance::Answer answer = m_haven->app->handOver({u"five-senses"_qs, 4});
        QVERIFY(answer.ok);
        QCOMPARE(answer.message, u"opened \"5-4-3-2-1 senses\" in the Haven already running"_qs);
        QVERIFY(currentType().startsWith(u"ExerciseScreen"));
        QCOMPARE(runner()->minutes(), 4);

        // A second one while it runs asks the therapist first; on Switch the first gives way and
        // is recorded as replaced.
        m_records.clear();
        const SingleInstance::Answer asked = m_haven->app->handOver({u"box-breathing"_qs, 0});
        QVERIFY(asked.ok);
        QCOMPARE(asked.message,
                 u"asked the Haven already running to switch to \"Box breathing\": an exercise "
                 u"is under way there"_qs);
        settle();
        QCOMPARE(item(QStringLiteral("switchQuestion"))->property("title").toString(),
                 u"Switch to Box breathing?"_qs);
        save(QStringLiteral("session-switch-question"));
        QVERIFY(m_records.isEmpty());
        tap(QStringLiteral("switchConfirmed"));
        settle();
        QCOMPARE(depth(), 2);
        QCOMPARE(runner()->exerciseId(), u"box-breathing"_qs);
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().ending, RunRecord::Ending::Replaced);
        QVERIFY(!m_haven->app->handOver({u"nothing-like-it"_qs, 0}).ok);
        tap(QStringLiteral("sessionEndButton"));
        settle();
        QCOMPARE(depth(), 1);
    }

    void portraitLauncher()
    {
        m_window->resize(800, 1280);
        tap(QStringLiteral("pick-safe-place"));
        QVERIFY(item(QStringLiteral("sessionStart")));
        save(QStringLiteral("session-launcher-800x1280"));
        m_window->resize(1280, 800);
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
