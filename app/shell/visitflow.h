#pragma once

#include "appconfig.h"
#include "audioguide.h"
#include "checkin.h"
#include "clock.h"
#include "displaysettings.h"
#include "exerciselibrary.h"
#include "exerciserunner.h"
#include "qmlsingleton.h"
#include "runrecord.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

// One person's time with Haven, and which screen comes next. It decides every step of the core
// loop (attract, check-in, exercise, check-out, summary, reset), owns the run in progress, and
// records each run once, when it ends, whatever ends it: the person, a hand-over, an idle reset or
// Haven quitting. The window only shows what it says: it stacks the screen each pushed() names and
// pops to each poppedTo(). (Model: KDE Elisa's ViewManager.)
class VisitFlow : public QObject, public QmlSingleton<VisitFlow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(int depth READ depth NOTIFY screensChanged)
    Q_PROPERTY(Screen screen READ screen NOTIFY screensChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY screensChanged)
    // A kiosk asks whether anyone is still there only while a visitor is in, and not while an
    // exercise moves on or staff are in.
    Q_PROPERTY(bool idleWatched READ idleWatched NOTIFY idleWatchedChanged)
    // The run on screen, and its sound; null when none.
    Q_PROPERTY(ExerciseRunner *runner READ runner NOTIFY runChanged)
    Q_PROPERTY(AudioGuide *guide READ guide NOTIFY runChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // Whether runs can speak at all (a run's guide, and a detail sheet's "A calm voice guides
    // you").
    Q_PROPERTY(bool sound READ sound CONSTANT)
    // Back or Escape during a run at home or on a kiosk asks "End this exercise?" first (the run
    // rests while it asks, and Back again closes the question); a therapist's Back ends it at once.
    Q_PROPERTY(bool askingToEnd READ askingToEnd NOTIFY askingToEndChanged)
    // A hand-over waiting for the therapist's yes while an exercise runs: what it would switch to
    // (empty when none).
    Q_PROPERTY(QString switchOffered READ switchOffered NOTIFY askingToEndChanged)
    // Whether the run on screen is followed by the check-in after it.
    Q_PROPERTY(bool checksOut READ checksOut NOTIFY runChanged)
    // The check-in waiting for the next run, if the person gave one.
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    // Each: exerciseId, title, summary, minutes, group, reason.
    Q_PROPERTY(QVariantList recommendations READ recommendations NOTIFY changed)
    // The first recommendation (a list of one, or none) and the others, as the library shows them.
    Q_PROPERTY(QVariantList suggestion READ suggestion NOTIFY changed)
    Q_PROPERTY(QVariantList alternatives READ alternatives NOTIFY changed)
    // The last run's check-ins, for the summary; arousal −1…1, distress 0–10 or −1.
    Q_PROPERTY(bool hasBefore READ hasBefore NOTIFY changed)
    Q_PROPERTY(qreal beforeArousal READ beforeArousal NOTIFY changed)
    Q_PROPERTY(int beforeDistress READ beforeDistress NOTIFY changed)
    Q_PROPERTY(bool hasAfter READ hasAfter NOTIFY changed)
    Q_PROPERTY(qreal afterArousal READ afterArousal NOTIFY changed)
    Q_PROPERTY(int afterDistress READ afterDistress NOTIFY changed)

public:
    enum class Screen {
        None,
        Attract,
        Library,
        Launcher,
        CheckIn,
        Exercise,
        CheckOut,
        Summary,
        History,
        Staff,
        Settings,
        Dashboard
    };
    Q_ENUM(Screen)

    struct Options
    {
        const Clock *clock = nullptr; // the monotonic clock by default
        bool sound = true; // false: runs have no AudioGuide, and time spoken steps by reading
        // At home, the length the person last chose for an exercise (0: its own).
        std::function<int(const QString &exerciseId)> preferredMinutes;
        // Text size, motion and sound as the person has them; the configuration's if null.
        const DisplaySettings *display = nullptr;
    };

    VisitFlow(ExerciseLibrary *library, AppConfig *config, const Options &options,
              QObject *parent = nullptr);
    ~VisitFlow() override;

    int depth() const { return int(m_screens.size()); }
    Screen screen() const { return m_screens.isEmpty() ? Screen::None : m_screens.constLast(); }
    QList<Screen> screens() const { return m_screens; }
    bool canGoBack() const;
    bool idleWatched() const;
    ExerciseRunner *runner() const { return m_runner; }
    AudioGuide *guide() const { return m_guide; }
    bool sound() const { return m_sound; }
    bool askingToEnd() const { return m_askingToEnd; }
    QString switchOffered() const { return m_offer ? m_offer->exerciseId : QString(); }
    bool checksOut() const { return m_checksOut; }
    bool running() const; // an exercise is under way (running or paused)
    bool checkedIn() const { return m_checkIn.has_value(); }
    QVariantList recommendations() const { return m_recommendations; }
    QVariantList suggestion() const { return m_recommendations.mid(0, 1); }
    QVariantList alternatives() const { return m_recommendations.mid(1); }
    bool hasBefore() const { return m_last.before.has_value(); }
    qreal beforeArousal() const { return m_last.before ? m_last.before->arousal : 0; }
    int beforeDistress() const { return m_last.before ? m_last.before->distress : -1; }
    bool hasAfter() const { return m_last.after.has_value(); }
    qreal afterArousal() const { return m_last.after ? m_last.after->arousal : 0; }
    int afterDistress() const { return m_last.after ? m_last.after->distress : -1; }

    // The window is ready: the first screen of the mode, attract (kiosk), launcher (session) or
    // library (home), for a visit with nothing in it. A run still going ends as quit.
    Q_INVOKABLE void start();

    // What the person does.
    Q_INVOKABLE void begin(); // tapped the attract screen
    Q_INVOKABLE void openCheckIn();
    // arousal −1…1, or NaN for none; distress 0–10, or −1 for none. Either is enough.
    Q_INVOKABLE void checkIn(qreal arousal, int distress);
    Q_INVOKABLE void skipCheckIn();
    // An exercise chosen from a card, a length dialog or the session launcher; minutes 0 keeps its
    // own length. In session mode, checkIns asks for a check-in first and one after.
    Q_INVOKABLE void startExercise(const QString &exerciseId, int minutes = 0,
                                   bool checkIns = false);
    Q_INVOKABLE void endExercise(); // the End button
    Q_INVOKABLE void checkOut(qreal arousal, int distress);
    Q_INVOKABLE void skipCheckOut();
    Q_INVOKABLE void another(); // from the summary: back to the library, suggestions kept
    Q_INVOKABLE void finish(); // from the summary: the visit ends
    Q_INVOKABLE void back();
    // The answers to "End this exercise?": it ends as Back would have, or goes on from where it
    // was.
    Q_INVOKABLE void confirmEnd();
    Q_INVOKABLE void keepGoing(); // to either question: ending, or switching
    Q_INVOKABLE void confirmSwitch();
    Q_INVOKABLE void openHistory();
    Q_INVOKABLE void openStaff(); // after the PIN on a kiosk
    Q_INVOKABLE void openSettings();
    Q_INVOKABLE void openDashboard();
    Q_INVOKABLE void helpOpened(); // "Need help now?" pauses a running exercise
    // "Try a grounding exercise now" from the help sheet: the gentlest settling exercise there is
    // for someone very revved up, or the first suggestion after their check-in.
    Q_INVOKABLE void groundNow();
    // A distress at which help comes first, before any exercise.
    static constexpr int helpFirstDistress = 9;
    Q_INVOKABLE void exitHaven(); // staff leaving a kiosk, confirmed

    // What happens to the person.
    // Another `haven --exercise ID` took over: the run gives way, ending as replaced, and every
    // check-in and pending choice goes with it. While an exercise has more than its last minute
    // to go, it asks first (switchOffered). False if there is no such exercise.
    bool handOver(const QString &exerciseId, int minutes);
    static constexpr qreal lastMinute = 60; // seconds left when a hand-over no longer asks
    // A kiosk's visitor has gone: the run ends as reset by idle and the visit is forgotten.
    Q_INVOKABLE void idleReset();
    // The language changed: the recommendations on offer are told again in it.
    void relocalize();
    // Haven is closing: the run ends as quit. Nothing moves on screen after it.
    void quit();

Q_SIGNALS:
    void pushed(VisitFlow::Screen screen, const QVariantMap &properties);
    void poppedTo(int depth);
    void screensChanged();
    void idleWatchedChanged();
    void askingToEndChanged();
    void runChanged();
    void runningChanged();
    void changed();
    // The person checked in at helpFirstDistress or more: the help sheet opens first, gently.
    void helpSuggested();
    // Every trace of the visit is gone (a kiosk's idle reset): sheets close too.
    void wiped();
    // A hand-over took the window: sheets close.
    void handedOver();
    void exitRequested();
    // A run has ended and is recorded: the log writes it now.
    void runEnded(const RunRecord &record);
    // The check-in after that run (same id): the log adds it to the row.
    void runCheckedOut(const RunRecord &record);
    // Nothing more will come for that run: it has its after check-in, or never will.
    void runClosed(const RunRecord &record);

private:
    struct Pending
    {
        QString exerciseId;
        int minutes = 0;
    };

    int homeDepth() const;
    void push(Screen screen, const QVariantMap &properties = {});
    void popTo(int depth);
    void replaceTop(Screen screen);
    void beginRun(const QString &exerciseId, int minutes, bool checksOut);
    void endRun(RunRecord::Ending ending);
    void onRunnerFinished(ExerciseRunner::Outcome outcome);
    void closeRun(); // the last run will get no after check-in
    void dropRunner();
    void noteAudible();
    QList<ExercisePtr> offered() const; // the library, less what the clinic hid
    void pauseToAsk();
    void stopAsking();
    void replaceWith(const QString &exerciseId, int minutes);
    void recommend(const CheckIn &checkIn);
    void forget(); // check-ins, suggestions and pending choices
    bool staffIn() const;

    ExerciseLibrary *m_library;
    AppConfig *m_config;
    const DisplaySettings *m_display;
    SteadyClock m_steadyClock;
    const Clock *m_clock;
    bool m_sound;
    std::function<int(const QString &)> m_preferredMinutes;

    QList<Screen> m_screens;
    std::optional<CheckIn> m_checkIn; // waiting for the next run
    QVariantList m_recommendations;
    std::optional<CheckIn> m_recommendedFor; // the check-in m_recommendations answer
    std::optional<Pending> m_pending; // session: chosen, starts after its check-in

    // The run on screen and what its record needs.
    QPointer<ExerciseRunner> m_runner;
    QPointer<AudioGuide> m_guide;
    bool m_checksOut = false;
    bool m_askingToEnd = false;
    bool m_pausedToAsk = false; // the question paused it: keepGoing() resumes it
    struct Offer
    {
        QString exerciseId;
        int minutes = 0;
    };
    std::optional<Offer> m_offer; // a hand-over asked about
    RunRecord m_record; // filled as the run goes
    std::optional<RunRecord::Ending> m_ending; // set by whatever ends the run, before it stops
    qint64 m_audibleMs = 0; // active time with sound reaching the person
    qint64 m_audibleSinceMs = -1; // the runner's active time when sound began, or −1
    quint64 m_nextId = 1;

    RunRecord m_last; // the latest run to end, for the check-out and summary
    bool m_lastOpen = false; // it may still get its after check-in
};
