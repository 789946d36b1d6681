#include "flowtesting.h"

#include <QSignalSpy>
#include <QTest>

using Screen = VisitFlow::Screen;
using Ending = RunRecord::Ending;
using Mode = AppConfig::Mode;

// Every path of the visit, in each mode, with no window: which screen comes next, and what each
// transition records. The window only stacks what the flow says (see tst_screens, tst_kiosk).
class TestVisitFlow : public QObject
{
    Q_OBJECT

private:
    static QString recommendedId(VisitFlow &flow, int index = 0)
    {
        return flow.recommendations()
            .at(index)
            .toMap()
            .value(QStringLiteral("exerciseId"))
            .toString();
    }

private Q_SLOTS:
    void opensOnTheModesFirstScreen_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Screen>("first");
        QTest::newRow("kiosk") << Mode::Kiosk << Screen::Attract;
        QTest::newRow("home") << Mode::Home << Screen::Library;
        QTest::newRow("session") << Mode::Session << Screen::Launcher;
    }

    void opensOnTheModesFirstScreen()
    {
        QFETCH(Mode, mode);
        QFETCH(Screen, first);
        FlowFixture f(mode);
        QCOMPARE(f.flow().screens(), QList<Screen>{first});
        QVERIFY(!f.flow().canGoBack());
        QVERIFY(!f.flow().idleWatched());
    }

    void theWholeLoopAtHome()
    {
        FlowFixture f(Mode::Home);
        VisitFlow &flow = f.flow();
        QSignalSpy pushed(&flow, &VisitFlow::pushed);
        flow.openCheckIn();
        QCOMPARE(flow.screen(), Screen::CheckIn);
        flow.checkIn(0.7, 8);
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Library});
        QVERIFY(flow.checkedIn());
        const QString id = recommendedId(flow);
        QVERIFY(!f.haven.app->library().exercise(id)->hasBreathHolds());

        flow.startExercise(id);
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Library, Screen::Exercise}));
        QVERIFY(!flow.checkedIn()); // consumed by this run
        QCOMPARE(pushed.last().at(1).toMap().value(QStringLiteral("runner")).value<QObject *>(),
                 flow.runner());
        f.runToTheEnd();
        // On disk the moment it ends, before the check-in after it.
        QCOMPARE(f.recorder.ended, 1);
        QCOMPARE(f.recorder.closed, 0);
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Library, Screen::CheckOut}));
        QVERIFY(!flow.runner()); // gone with its screen

        flow.checkOut(0.1, 4);
        QCOMPARE(flow.screen(), Screen::Summary);
        QCOMPARE(f.recorder.amended, 1);
        QCOMPARE(f.recorder.closed, 1);
        QCOMPARE(f.recorder.rows.size(), 1);
        const RunRecord &row = f.recorder.rows.first();
        QCOMPARE(row.exerciseId, id);
        QCOMPARE(row.mode, QStringLiteral("home"));
        QCOMPARE(row.ending, Ending::Completed);
        QVERIFY(row.recommended);
        QCOMPARE(row.before->zone(), CheckIn::Zone::Above);
        QCOMPARE(row.before->distress, 8);
        QCOMPARE(row.after->zone(), CheckIn::Zone::Inside);
        QCOMPARE(row.after->distress, 4);
        QVERIFY(!row.audioOn); // no sound in this fixture
        QVERIFY(flow.hasBefore() && flow.hasAfter());
        QCOMPARE(flow.beforeDistress(), 8);
        QCOMPARE(flow.afterDistress(), 4);

        // Another: the suggestions now come from how the person feels after.
        flow.another();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Library});
        QCOMPARE(flow.recommendations().first().toMap().value(QStringLiteral("group")).toString(),
                 QStringLiteral("present"));
        QVERIFY(!flow.checkedIn()); // the after check-in belongs to the run before

        // A run from the library with no check-in has none.
        flow.startExercise(QStringLiteral("feet-on-the-floor"));
        flow.endExercise();
        QCOMPARE(flow.screen(), Screen::CheckOut);
        flow.skipCheckOut();
        flow.finish();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Library});
        QVERIFY(flow.recommendations().isEmpty());
        QVERIFY(!flow.hasBefore());
        QCOMPARE(f.recorder.rows.size(), 2);
        QCOMPARE(f.recorder.rows.last().ending, Ending::Stopped);
        QVERIFY(!f.recorder.rows.last().before);
        QVERIFY(!f.recorder.rows.last().after);
    }

    void aSkippedCheckInKeepsTheOneBefore()
    {
        FlowFixture f(Mode::Home);
        f.flow().openCheckIn();
        f.flow().checkIn(-0.8, 6);
        f.flow().openCheckIn();
        f.flow().skipCheckIn();
        QVERIFY(f.flow().checkedIn());
        f.flow().startExercise(QStringLiteral("five-senses"));
        f.flow().endExercise();
        QCOMPARE(f.recorder.rows.first().before->distress, 6);
    }

    void kioskLoopAndFinish()
    {
        FlowFixture f(Mode::Kiosk);
        VisitFlow &flow = f.flow();
        flow.begin();
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Attract, Screen::Library}));
        QVERIFY(!flow.canGoBack()); // the visitor stays in; attract is for the next person
        QVERIFY(flow.idleWatched());
        flow.openCheckIn();
        flow.checkIn(0.6, 7);
        flow.startExercise(recommendedId(flow));
        QVERIFY(!flow.idleWatched()); // nobody is asked mid-exercise
        QVERIFY(flow.canGoBack());
        f.runToTheEnd();
        QVERIFY(flow.idleWatched());
        flow.skipCheckOut();
        flow.finish();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Attract});
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().mode, QStringLiteral("kiosk"));
        QVERIFY(f.recorder.rows.first().before);
        QVERIFY(!f.recorder.rows.first().after);
    }

    void sessionCheckInBelongsToItsOwnRun()
    {
        FlowFixture f(Mode::Session);
        VisitFlow &flow = f.flow();
        flow.startExercise(QStringLiteral("box-breathing"), 3, true);
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Launcher, Screen::CheckIn}));
        QVERIFY(!flow.runner());
        flow.checkIn(0.8, 9);
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Launcher, Screen::Exercise}));
        QCOMPARE(flow.runner()->minutes(), 3);
        flow.endExercise();
        QCOMPARE(flow.screen(), Screen::CheckOut); // chosen with check-ins: one after too
        flow.checkOut(0.2, 5);
        flow.another();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Launcher});

        // The next client's run, without check-ins: no one else's check-in reaches it, and the
        // therapist goes straight back to the launcher.
        flow.startExercise(QStringLiteral("feet-on-the-floor"), 0, false);
        QCOMPARE(flow.screen(), Screen::Exercise);
        flow.endExercise();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Launcher});
        QCOMPARE(f.recorder.rows.size(), 2);
        QCOMPARE(f.recorder.rows.at(0).before->distress, 9);
        QCOMPARE(f.recorder.rows.at(0).after->distress, 5);
        QVERIFY(!f.recorder.rows.at(0).recommended);
        QVERIFY(!f.recorder.rows.at(1).before);
        QVERIFY(!f.recorder.rows.at(1).after);
        QCOMPARE(f.recorder.closed, 2);
    }

    void sessionRunThatCompletesShowsThanks()
    {
        FlowFixture f(Mode::Session);
        f.flow().startExercise(QStringLiteral("feet-on-the-floor"));
        f.runToTheEnd();
        QCOMPARE(f.flow().screens(), (QList<Screen>{Screen::Launcher, Screen::Summary}));
        QCOMPARE(f.recorder.closed, 1);
        f.flow().finish();
        QCOMPARE(f.flow().screens(), QList<Screen>{Screen::Launcher});
    }

    void backDuringAPendingStartStartsNothing()
    {
        FlowFixture f(Mode::Session);
        VisitFlow &flow = f.flow();
        flow.startExercise(QStringLiteral("box-breathing"), 0, true);
        flow.back();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Launcher});
        flow.skipCheckIn(); // nothing is waiting to start
        QVERIFY(!flow.runner());
        flow.startExercise(QStringLiteral("feet-on-the-floor"));
        flow.endExercise();
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().exerciseId, QStringLiteral("feet-on-the-floor"));
    }

    void backMidRunAsksFirst_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("home") << Mode::Home;
        QTest::newRow("kiosk") << Mode::Kiosk;
    }

    // Back (or Escape) mid-run asks "End this exercise?", and the run rests while it asks.
    void backMidRunAsksFirst()
    {
        QFETCH(Mode, mode);
        FlowFixture f(mode);
        VisitFlow &flow = f.flow();
        if (mode == Mode::Kiosk)
            flow.begin();
        const QList<Screen> exercise = flow.screens() + QList<Screen>{Screen::Exercise};
        flow.startExercise(QStringLiteral("box-breathing"));
        QSignalSpy asking(&flow, &VisitFlow::askingToEndChanged);
        f.advance(10000);
        flow.back();
        QVERIFY(flow.askingToEnd());
        QCOMPARE(asking.count(), 1);
        QCOMPARE(flow.screens(), exercise);
        QCOMPARE(f.runner()->state(), ExerciseRunner::State::Paused);
        f.advance(60000);
        flow.back(); // Back from the question goes on with the run
        QCOMPARE(asking.count(), 2);
        QVERIFY(!flow.askingToEnd());
        QCOMPARE(f.runner()->state(), ExerciseRunner::State::Running);
        f.advance(10000);
        QVERIFY(f.recorder.rows.isEmpty());

        // Asked while paused by the person: Keep going leaves it paused.
        f.runner()->pause();
        flow.back();
        QVERIFY(flow.askingToEnd());
        flow.keepGoing();
        QVERIFY(!flow.askingToEnd());
        QCOMPARE(f.runner()->state(), ExerciseRunner::State::Paused);
        f.runner()->resume();

        flow.back();
        flow.confirmEnd();
        QVERIFY(!flow.askingToEnd());
        QCOMPARE(flow.screens(), exercise.mid(0, exercise.size() - 1));
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().ending, Ending::Stopped);
        QCOMPARE(f.recorder.rows.first().activeSeconds, 20); // not the minute it asked
        flow.confirmEnd(); // nothing left to confirm
        QCOMPARE(f.recorder.rows.size(), 1);
    }

    // End while it asks ends the run, and the question goes with it.
    void endWhileAskingEnds()
    {
        FlowFixture f(Mode::Home);
        VisitFlow &flow = f.flow();
        flow.startExercise(QStringLiteral("box-breathing"));
        flow.back();
        flow.endExercise();
        QVERIFY(!flow.askingToEnd());
        QCOMPARE(f.recorder.rows.size(), 1);
    }

    // A therapist's Back ends the run at once, as their End does.
    void backMidRunStopsAndRecords()
    {
        FlowFixture f(Mode::Session);
        f.flow().startExercise(QStringLiteral("box-breathing"));
        f.advance(20000);
        f.flow().back();
        QVERIFY(!f.flow().askingToEnd());
        QCOMPARE(f.flow().screens(), QList<Screen>{Screen::Launcher});
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().ending, Ending::Stopped);
        QCOMPARE(f.recorder.rows.first().activeSeconds, 20);
        QCOMPARE(f.recorder.closed, 1);
    }

    void handOverMidRun_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("home") << Mode::Home;
        QTest::newRow("session") << Mode::Session;
    }

    void handOverMidRun()
    {
        QFETCH(Mode, mode);
        FlowFixture f(mode);
        VisitFlow &flow = f.flow();
        if (mode == Mode::Home) {
            flow.openCheckIn();
            flow.checkIn(0.7, 8);
            flow.startExercise(recommendedId(flow));
        } else {
            flow.startExercise(QStringLiteral("box-breathing"), 0, true);
            flow.checkIn(0.7, 8);
        }
        f.advance(30000);
        QSignalSpy handedOver(&flow, &VisitFlow::handedOver);
        QVERIFY(flow.handOver(QStringLiteral("five-senses"), 4));
        // More than a minute to go: asked first, the run paused meanwhile.
        QCOMPARE(flow.switchOffered(), u"five-senses");
        QCOMPARE(flow.runner()->state(), ExerciseRunner::State::Paused);
        QCOMPARE(handedOver.count(), 0);
        QCOMPARE(f.recorder.rows.size(), 0);
        flow.confirmSwitch();
        QVERIFY(flow.switchOffered().isEmpty());
        QCOMPARE(handedOver.count(), 1);
        QCOMPARE(flow.screen(), Screen::Exercise);
        QCOMPARE(flow.runner()->exerciseId(), QStringLiteral("five-senses"));
        QVERIFY(flow.recommendations().isEmpty());
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().ending, Ending::Replaced);
        QCOMPARE(f.recorder.rows.first().activeSeconds, 30);
        QCOMPARE(f.recorder.rows.first().before->distress, 8);

        flow.endExercise();
        QCOMPARE(f.recorder.rows.size(), 2);
        QVERIFY(!f.recorder.rows.last().before); // the check-in went with the run it preceded
        QVERIFY(!f.recorder.rows.last().recommended);
        QVERIFY(!flow.handOver(QStringLiteral("no-such-exercise"), 0));
    }

    // "Keep going" (or Back) to the question resumes the run as it was; a newer hand-over
    // replaces the question; on its last minute a run gives way without asking.
    void handOverAsksWhileARunHasTimeLeft()
    {
        FlowFixture f(Mode::Session);
        VisitFlow &flow = f.flow();
        flow.startExercise(QStringLiteral("box-breathing"));
        f.advance(10000);
        QVERIFY(flow.handOver(QStringLiteral("five-senses"), 0));
        QVERIFY(flow.handOver(QStringLiteral("orienting"), 0));
        QCOMPARE(flow.switchOffered(), u"orienting");
        flow.keepGoing();
        QVERIFY(flow.switchOffered().isEmpty());
        QCOMPARE(flow.runner()->state(), ExerciseRunner::State::Running);
        QCOMPARE(flow.runner()->exerciseId(), u"box-breathing");

        // Paused by the person first: the question leaves it paused.
        flow.runner()->pause();
        flow.handOver(QStringLiteral("orienting"), 0);
        flow.back(); // Back closes the question, as Keep going
        QVERIFY(flow.switchOffered().isEmpty());
        QCOMPARE(flow.runner()->state(), ExerciseRunner::State::Paused);
        QCOMPARE(flow.screen(), Screen::Exercise);
        flow.runner()->resume();

        f.advance(qint64((flow.runner()->remaining() - VisitFlow::lastMinute + 1) * 1000));
        QVERIFY(flow.runner()->remaining() <= VisitFlow::lastMinute);
        flow.handOver(QStringLiteral("orienting"), 0);
        QVERIFY(flow.switchOffered().isEmpty());
        QCOMPARE(flow.runner()->exerciseId(), u"orienting");
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().ending, Ending::Replaced);
    }

    void handOverDuringCheckOut()
    {
        FlowFixture f(Mode::Home);
        VisitFlow &flow = f.flow();
        flow.startExercise(QStringLiteral("feet-on-the-floor"));
        flow.endExercise();
        QCOMPARE(flow.screen(), Screen::CheckOut);
        flow.handOver(QStringLiteral("box-breathing"), 0);
        QCOMPARE(flow.screens(), (QList<Screen>{Screen::Library, Screen::Exercise}));
        flow.checkOut(0.1, 2); // not on that screen any more: nothing to add to
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.amended, 0);
        QCOMPARE(f.recorder.closed, 1);
        QVERIFY(!f.recorder.rows.first().after);
    }

    void idleResetMidRunAndMidCheckOut()
    {
        FlowFixture f(Mode::Kiosk);
        VisitFlow &flow = f.flow();
        QSignalSpy wiped(&flow, &VisitFlow::wiped);
        flow.begin();
        flow.openCheckIn();
        flow.checkIn(-0.7, 3);
        flow.startExercise(recommendedId(flow));
        f.advance(10000);
        flow.idleReset();
        QCOMPARE(wiped.count(), 1);
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Attract});
        QVERIFY(!flow.runner());
        QVERIFY(flow.recommendations().isEmpty());
        QCOMPARE(f.recorder.rows.size(), 1);
        QCOMPARE(f.recorder.rows.first().ending, Ending::ResetByIdle);
        QCOMPARE(f.recorder.rows.first().before->distress, 3);

        flow.begin();
        flow.startExercise(QStringLiteral("feet-on-the-floor"));
        flow.endExercise();
        QCOMPARE(flow.screen(), Screen::CheckOut);
        flow.idleReset();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Attract});
        QCOMPARE(f.recorder.rows.size(), 2);
        QCOMPARE(f.recorder.rows.last().ending, Ending::Stopped); // the visitor had ended it
        QVERIFY(!f.recorder.rows.last().before);
        QCOMPARE(f.recorder.closed, 2);
    }

    // Quit on every screen a visit can be on: a run under way is recorded as quit, one already
    // recorded is not recorded again, and nothing else is written.
    void quitOnEveryScreen_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("quitRow");
        for (const auto &[mode, name] :
             {std::pair{Mode::Kiosk, "kiosk"}, {Mode::Home, "home"}, {Mode::Session, "session"}}) {
            for (const auto &[where, rows, quit] : {std::tuple{"first", 0, false},
                                                    {"checkin", 0, false},
                                                    {"running", 1, true},
                                                    {"paused", 1, true},
                                                    {"checkout", 1, false},
                                                    {"summary", 1, false},
                                                    {"staff", 0, false}}) {
                QTest::addRow("%s %s", name, where)
                    << mode << QString::fromLatin1(where) << rows << quit;
            }
        }
    }

    void quitOnEveryScreen()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, where);
        QFETCH(int, rows);
        QFETCH(bool, quitRow);
        FlowFixture f(mode);
        VisitFlow &flow = f.flow();
        const bool session = mode == Mode::Session;
        flow.begin();
        const auto start = [&] {
            flow.startExercise(QStringLiteral("box-breathing"), 0, session);
            if (session)
                flow.skipCheckIn();
            f.advance(5000);
        };
        if (where == u"checkin") {
            session ? flow.startExercise(QStringLiteral("box-breathing"), 0, true)
                    : flow.openCheckIn();
            QCOMPARE(flow.screen(), Screen::CheckIn);
        } else if (where == u"running" || where == u"paused") {
            start();
            if (where == u"paused")
                flow.helpOpened();
            QCOMPARE(flow.runner()->state(),
                     where == u"paused" ? ExerciseRunner::State::Paused
                                        : ExerciseRunner::State::Running);
        } else if (where == u"checkout" || where == u"summary") {
            start();
            flow.endExercise();
            QCOMPARE(flow.screen(), Screen::CheckOut);
            if (where == u"summary")
                flow.checkOut(0, 3);
        } else if (where == u"staff") {
            flow.openStaff();
            QCOMPARE(flow.screen(), Screen::Staff);
        }
        const QList<Screen> before = flow.screens();
        f.haven.app->shutdown();
        QCOMPARE(flow.screens(), before); // nothing moves while Haven closes
        QCOMPARE(f.recorder.rows.size(), rows);
        QCOMPARE(f.recorder.ended, rows);
        QCOMPARE(f.recorder.closed, rows);
        if (rows > 0)
            QCOMPARE(f.recorder.rows.first().ending, quitRow ? Ending::Quit : Ending::Stopped);
    }

    void skippingMoreThanHalfIsNotCompleted()
    {
        FlowFixture f(Mode::Home);
        f.flow().startExercise(QStringLiteral("box-breathing"));
        while (f.flow().running())
            f.runner()->next(); // Skip on every step
        QCOMPARE(f.recorder.rows.first().ending, Ending::Skipped);

        // Skipping only the first step leaves most of it done.
        f.flow().skipCheckOut();
        f.flow().another();
        f.flow().startExercise(QStringLiteral("box-breathing"));
        f.runner()->next();
        f.runToTheEnd();
        QCOMPARE(f.recorder.rows.last().ending, Ending::Completed);

        // Reading at one's own pace and moving on is not skipping.
        f.flow().skipCheckOut();
        f.flow().another();
        f.flow().startExercise(QStringLiteral("window-of-tolerance"));
        while (f.flow().running()) {
            f.advance(3000);
            if (f.flow().running() && f.runner()->isWaiting())
                f.runner()->next();
        }
        QCOMPARE(f.recorder.rows.last().ending, Ending::Completed);
    }

    void withoutADeviceSoundIsNotOn()
    {
        // A real guide: here (CI, a headless server) there is no audio device.
        FakeClock clock;
        HavenFixture haven(Mode::Home, HavenFixture::options(&clock));
        RowRecorder recorder;
        recorder.watch(haven.flow());
        haven.flow().start();
        haven.flow().startExercise(QStringLiteral("box-breathing"));
        QVERIFY(haven.flow().guide());
        const bool device = haven.flow().guide()->isAudible();
        clock.advanceMs(30000);
        haven.flow().runner()->update();
        haven.flow().endExercise();
        QCOMPARE(recorder.rows.first().audioOn, device);

        // Muted for most of the run: not on, whatever the device.
        haven.flow().skipCheckOut();
        haven.flow().another();
        haven.flow().startExercise(QStringLiteral("box-breathing"));
        clock.advanceMs(10000);
        haven.flow().guide()->setMuted(true);
        clock.advanceMs(30000);
        haven.flow().runner()->update();
        haven.flow().endExercise();
        QVERIFY(!recorder.rows.last().audioOn);
    }

    void kioskStaffHaveBackAndNoIdleQuestion()
    {
        FlowFixture f(Mode::Kiosk);
        VisitFlow &flow = f.flow();
        flow.openStaff(); // from the attract screen
        QVERIFY(flow.canGoBack());
        QVERIFY(!flow.idleWatched());
        flow.openSettings();
        QVERIFY(!flow.idleWatched());
        flow.back();
        flow.back();
        QCOMPARE(flow.screens(), QList<Screen>{Screen::Attract});

        QSignalSpy exit(&flow, &VisitFlow::exitRequested);
        flow.exitHaven(); // only from the staff screens
        QCOMPARE(exit.count(), 0);
        flow.openStaff();
        flow.exitHaven();
        QCOMPARE(exit.count(), 1);
    }

    void staffCannotOpenMidRun()
    {
        FlowFixture f(Mode::Session);
        f.flow().startExercise(QStringLiteral("box-breathing"));
        f.flow().openStaff();
        QCOMPARE(f.flow().screen(), Screen::Exercise);
    }

    void unknownExerciseShowsAndRecordsNothing()
    {
        FlowFixture f(Mode::Home);
        f.flow().startExercise(QStringLiteral("not-there"));
        QCOMPARE(f.flow().screen(), Screen::Exercise);
        QVERIFY(!f.runner()->isValid());
        f.flow().back();
        QCOMPARE(f.flow().screens(), QList<Screen>{Screen::Library});
        QVERIFY(f.recorder.rows.isEmpty());
    }

    // At 9 or 10, help comes first; from it, one tap starts the gentlest settling exercise.
    void highDistressSuggestsHelpThenGrounding()
    {
        FlowFixture f(Mode::Home);
        QSignalSpy help(&f.flow(), &VisitFlow::helpSuggested);
        f.flow().openCheckIn();
        f.flow().checkIn(0.5, 8);
        QCOMPARE(help.count(), 0);
        f.flow().openCheckIn();
        f.flow().checkIn(0.9, 9);
        QCOMPARE(help.count(), 1);
        QCOMPARE(f.flow().screen(), Screen::Library);
        const QString first = recommendedId(f.flow());
        f.flow().groundNow();
        QCOMPARE(f.runner()->exerciseId(), first);
        QVERIFY(!f.haven.app->library().exercise(first)->hasBreathHolds());
        f.flow().groundNow(); // mid-run, nothing else starts
        QCOMPARE(f.runner()->exerciseId(), first);

        // With no check-in at all, a settling exercise still.
        FlowFixture kiosk(Mode::Kiosk);
        kiosk.flow().groundNow();
        QCOMPARE(kiosk.flow().screen(), Screen::Exercise);
        QCOMPARE(kiosk.haven.app->library().exercise(kiosk.runner()->exerciseId())->group,
                 QStringLiteral("settle"));
    }

    void checkInValuesAreClamped()
    {
        FlowFixture f(Mode::Home);
        f.flow().openCheckIn();
        f.flow().checkIn(4, 42);
        f.flow().startExercise(QStringLiteral("feet-on-the-floor"));
        f.flow().endExercise();
        QCOMPARE(f.recorder.rows.first().before->arousal, 1.0);
        QCOMPARE(f.recorder.rows.first().before->distress, 10);
    }

    // The log itself: the row is on disk before the check-in after it, which is then added to it.
    void theLogGetsOneRowAndItsCheckIn()
    {
        FlowFixture f(Mode::Home, true);
        f.flow().openCheckIn();
        f.flow().checkIn(0.7, 8);
        f.flow().startExercise(QStringLiteral("box-breathing"));
        f.advance(12000);
        f.flow().endExercise();
        f.haven.app->usageLog().flush();
        const QString db = f.haven.config().databaseFile();
        QCOMPARE(loggedRows(db), QStringList{u"box-breathing stopped above 8 - - home"_qs});
        f.flow().checkOut(-0.1, 3);
        f.haven.app->shutdown();
        QCOMPARE(loggedRows(db), QStringList{u"box-breathing stopped above 8 inside 3 home"_qs});
    }
};

QTEST_GUILESS_MAIN(TestVisitFlow)
#include "tst_visitflow.moc"
