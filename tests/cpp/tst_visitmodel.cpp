#include "flowtesting.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using Screen = VisitFlow::Screen;
using Mode = AppConfig::Mode;

namespace {

QString checkInText(const std::optional<CheckIn> &c)
{
    if (!c)
        return QStringLiteral("- -");
    return (c->placed() ? LoggedRun::zoneName(*c) : QStringLiteral("-")) % u' '
        % (c->hasDistress() ? QString::number(c->distress) : QStringLiteral("-"));
}

// What the log should hold, worked out from the actions alone by the rules the README gives:
// every run started is one row, ended by whatever ended it, with the check-in given just before
// it (and consumed by it) and the one given just after it, or none.
struct Reference
{
    struct Row
    {
        QString exercise;
        QString ending; // empty while the run is under way
        std::optional<CheckIn> before;
        std::optional<CheckIn> after;
    };

    QString mode;
    QList<Row> rows;
    std::optional<CheckIn> waiting; // given, not yet consumed by a run
    std::optional<QString> chosen; // session: starts after its check-in
    int running = -1; // the row of the run under way
    int open = -1; // the row that may still get its after check-in
    bool checksOut = false;
    qint64 plannedMs = 0;
    qint64 skippedMs = 0;

    void started(const QString &exercise, qint64 planned, bool withCheckOut)
    {
        rows.append({exercise, {}, std::exchange(waiting, std::nullopt), {}});
        running = int(rows.size()) - 1;
        open = -1;
        checksOut = withCheckOut;
        plannedMs = planned;
        skippedMs = 0;
    }

    void ended(const QString &ending, bool byPerson)
    {
        if (running < 0)
            return;
        rows[running].ending = ending;
        open = byPerson && checksOut ? running : -1;
        running = -1;
    }

    void forget()
    {
        waiting.reset();
        chosen.reset();
        open = -1;
    }

    QStringList expected() const
    {
        QStringList lines;
        for (const Row &row : rows) {
            lines.append(row.exercise % u' ' % row.ending % u' ' % checkInText(row.before) % u' '
                         % checkInText(row.after) % u' ' % mode);
        }
        lines.sort();
        return lines;
    }
};

} // namespace

// Thousands of random visits driven against HavenApp on the fake clock, as a person, a therapist,
// an idle kiosk and the operating system would, checked against the reference above through the
// real usage log on disk. HAVEN_MODEL_SEQUENCES=3000 runs more (with QTEST_FUNCTION_TIMEOUT raised
// past Qt Test's 300 s), HAVEN_MODEL_SEED repeats a run.
class TestVisitModel : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_random;
    QStringList m_log; // the actions of the sequence under way, printed if it fails
    qint64 m_actions = 0;

    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    // One in five gives only the distress, without a place on the gauge.
    CheckIn randomCheckIn()
    {
        if (chance(20))
            return CheckIn::distressOnly(pick(11));
        return {m_random.bounded(2.0) - 1.0, pick(12) - 1};
    }

    void note(const QString &action)
    {
        m_log.append(action);
        ++m_actions;
    }

    // One visit of up to length actions; false when the log does not match the reference.
    bool runSequence(Mode mode, int length)
    {
        m_log.clear();
        FlowFixture f(mode, true);
        VisitFlow &flow = f.flow();
        const QStringList ids = f.haven.app->library().ids();
        Reference ref;
        ref.mode = f.haven.config().modeName();
        const bool session = mode == Mode::Session;
        const auto randomId = [&] { return ids.at(pick(int(ids.size()))); };
        const auto began = [&](const QString &id, bool checksOut) {
            if (flow.running())
                ref.started(id, qint64(std::llround(flow.runner()->total() * 1000)), checksOut);
        };
        bool ended = false;
        for (int step = 0; step < length && !ended; ++step) {
            const bool wasRunning = flow.running();
            switch (flow.screen()) {
            case Screen::Attract:
                if (chance(85)) {
                    note(u"begin"_qs);
                    flow.begin();
                } else {
                    note(u"staff (PIN)"_qs);
                    flow.openStaff();
                }
                break;
            case Screen::Library: {
                const int what = pick(10);
                if (what < 6) {
                    const QString id = randomId();
                    note(u"card " % id);
                    flow.startExercise(id, chance(20) ? 1 + pick(10) : 0);
                    began(id, true);
                } else if (what < 9) {
                    note(u"check in first"_qs);
                    flow.openCheckIn();
                } else if (mode == Mode::Home) {
                    note(u"my check-ins"_qs);
                    flow.openHistory();
                } else {
                    note(u"staff"_qs);
                    flow.openStaff();
                }
                break;
            }
            case Screen::Launcher: {
                if (chance(10)) {
                    note(u"staff"_qs);
                    flow.openStaff();
                    break;
                }
                const QString id = randomId();
                const bool checkIns = chance(50);
                note(u"launch " % id % (checkIns ? u" with check-ins" : u""));
                flow.startExercise(id, pick(12), checkIns);
                if (checkIns) {
                    ref.waiting.reset();
                    ref.chosen = id;
                } else {
                    began(id, false);
                }
                break;
            }
            case Screen::CheckIn: {
                const int what = pick(10);
                if (what < 6) {
                    const CheckIn c = randomCheckIn();
                    note(u"check in " % checkInText(c));
                    flow.checkIn(c.arousal, c.distress);
                    ref.waiting = c;
                } else if (what < 9) {
                    note(u"skip check-in"_qs);
                    flow.skipCheckIn();
                } else {
                    note(u"back"_qs);
                    flow.back();
                    ref.chosen.reset();
                    break;
                }
                if (const std::optional<QString> id = std::exchange(ref.chosen, std::nullopt))
                    began(*id, true);
                break;
            }
            case Screen::Exercise: {
                ExerciseRunner *runner = flow.runner();
                const int what = pick(20);
                // Back mid-run at home or on a kiosk asks "End this exercise?" first.
                const auto back = [&] {
                    note(u"back"_qs);
                    const bool asks = !session && flow.running();
                    flow.back();
                    if (asks && chance(30)) {
                        note(u"keep going"_qs);
                        flow.keepGoing();
                        return;
                    }
                    if (asks) {
                        note(u"end it"_qs);
                        flow.confirmEnd();
                    }
                    ref.ended(u"stopped"_qs, false);
                };
                if (!runner->isValid() || what == 0) {
                    back();
                } else if (what < 5) {
                    note(u"skip step"_qs);
                    if (!runner->isWaiting()) {
                        const qint64 duration
                            = runner->timeline().steps.at(runner->stepIndex()).durationMs;
                        ref.skippedMs += duration
                            - std::min(duration,
                                       qint64(std::llround(runner->stepProgress() * duration)));
                    }
                    runner->next();
                } else if (what < 7) {
                    note(u"pause (or help)"_qs);
                    chance(50) ? runner->pause() : flow.helpOpened();
                } else if (what < 9) {
                    note(u"resume"_qs);
                    runner->resume();
                } else if (what < 16) {
                    const int seconds = chance(20) ? 600 : 1 + pick(90);
                    note(u"wait " % QString::number(seconds) % u" s");
                    f.advance(seconds * 1000);
                } else if (what < 18) {
                    note(u"end"_qs);
                    flow.endExercise();
                    ref.ended(u"stopped"_qs, true);
                } else {
                    back();
                }
                break;
            }
            case Screen::CheckOut: {
                const int what = pick(10);
                if (what < 6) {
                    const CheckIn c = randomCheckIn();
                    note(u"check out " % checkInText(c));
                    flow.checkOut(c.arousal, c.distress);
                    if (ref.open >= 0)
                        ref.rows[ref.open].after = c;
                } else if (what < 9) {
                    note(u"skip check-out"_qs);
                    flow.skipCheckOut();
                } else {
                    note(u"back"_qs);
                    flow.back();
                }
                ref.open = -1;
                break;
            }
            case Screen::Summary:
                if (chance(50)) {
                    note(u"another"_qs);
                    flow.another();
                } else {
                    note(u"finish"_qs);
                    flow.finish();
                    ref.forget();
                }
                ref.open = -1;
                break;
            case Screen::History:
            case Screen::Settings:
            case Screen::Dashboard:
                note(u"back"_qs);
                flow.back();
                break;
            case Screen::Staff:
                if (mode == Mode::Kiosk && chance(10)) {
                    note(u"exit Haven"_qs);
                    flow.exitHaven();
                    ended = true;
                } else if (chance(30)) {
                    note(u"settings"_qs);
                    flow.openSettings();
                } else {
                    note(u"back"_qs);
                    flow.back();
                }
                break;
            case Screen::None:
                qWarning("no screen");
                return false;
            }
            // A run that reached its end by itself (or by the last Skip).
            if (wasRunning && !flow.running() && ref.running >= 0) {
                ref.ended(2 * ref.skippedMs > ref.plannedMs ? u"skipped"_qs : u"completed"_qs,
                          true);
            }
            if (ref.open >= 0 && flow.screen() != Screen::CheckOut) {
                qWarning("a run that should be checked out is not: on screen %d",
                         int(flow.screen()));
                return false;
            }

            // What happens to the person, at any moment.
            const int outside = pick(100);
            if (!ended && mode != Mode::Kiosk && outside < 3) {
                const QString id = randomId();
                note(u"hand-over " % id);
                // Mid-exercise, with more than a minute to go, it asks first.
                const bool asks
                    = flow.running() && flow.runner()->remaining() > VisitFlow::lastMinute;
                flow.handOver(id, pick(5));
                if (asks && chance(50)) {
                    note(u"keep going"_qs);
                    flow.keepGoing();
                } else {
                    if (asks) {
                        note(u"switch"_qs);
                        flow.confirmSwitch();
                    }
                    ref.ended(u"replaced"_qs, false);
                    ref.forget();
                    began(id, !session);
                }
            } else if (!ended && mode == Mode::Kiosk && outside < 6 && flow.idleWatched()) {
                note(u"nobody there: idle reset"_qs);
                ref.ended(u"reset_by_idle"_qs, false);
                ref.forget();
                flow.idleReset();
            } else if (!ended && outside == 99) {
                note(chance(50) ? u"quit"_qs : u"SIGTERM"_qs);
                ended = true;
            }
        }
        ref.ended(u"quit"_qs, false); // shutdown() ends what is under way
        f.haven.app->shutdown();
        const QStringList logged = loggedRows(f.haven.config().databaseFile());
        const QStringList expected = ref.expected();
        if (logged == expected)
            return true;
        qWarning().noquote() << "actions:" << m_log.join(u", ");
        qWarning().noquote() << "logged:  " << logged;
        qWarning().noquote() << "expected:" << expected;
        return false;
    }

private Q_SLOTS:
    // Thousands of log files: in memory where the machine has it, as durability is not the point
    // here (tst_usagelog_crash is about that).
    void initTestCase()
    {
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            qputenv("TMPDIR", "/dev/shm");
    }

    void everyRunIsLoggedOnceWithItsOwnCheckIns_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("kiosk") << Mode::Kiosk;
        QTest::newRow("home") << Mode::Home;
        QTest::newRow("session") << Mode::Session;
    }

    void everyRunIsLoggedOnceWithItsOwnCheckIns()
    {
        QFETCH(Mode, mode);
        const quint32 seed = qEnvironmentVariableIsSet("HAVEN_MODEL_SEED")
            ? quint32(qEnvironmentVariableIntValue("HAVEN_MODEL_SEED"))
            : QRandomGenerator::global()->generate();
        const int sequences = qEnvironmentVariableIsSet("HAVEN_MODEL_SEQUENCES")
            ? qEnvironmentVariableIntValue("HAVEN_MODEL_SEQUENCES")
            : 400;
        m_random.seed(seed + quint32(mode));
        m_actions = 0;
        qInfo("seed %u (HAVEN_MODEL_SEED repeats it)", seed);
        for (int i = 0; i < sequences; ++i) {
            if (!runSequence(mode, 10 + pick(60)))
                QFAIL(qPrintable(u"sequence " % QString::number(i) % u" failed; seed "
                                 % QString::number(seed)));
        }
        qInfo("%s: %d random visits, %lld actions, seed %u: every run logged once, with its own "
              "check-ins",
              QTest::currentDataTag(), sequences, m_actions, seed);
    }
};

QTEST_GUILESS_MAIN(TestVisitModel)
#include "tst_visitmodel.moc"
