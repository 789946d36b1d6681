#pragma once

#include "appconfig.h"
#include "checkinhistory.h"
#include "commandline.h"
#include "displaysettings.h"
#include "exerciselibrary.h"
#include "language.h"
#include "preferences.h"
#include "singleinstance.h"
#include "stafflock.h"
#include "usagelog.h"
#include "visitflow.h"

#include <QObject>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

// How HavenApp is made; tests change them.
struct HavenOptions
{
    // Where the staff lock, history and preferences live; empty: the user's usual folders.
    QString stateFolder;
    const Clock *clock = nullptr; // the flow's and its runners'; the monotonic clock if null
    bool sound = true;
    bool openLog = true; // the usage log at --db
    // What the desktop says of text size, motion and contrast (home and session); tests give it.
    std::optional<DisplaySettings::Layer> desktop;
    // The desktop's locale, which picks Haven's language at home; tests give it.
    std::optional<QLocale> systemLocale;
};

// The composition root: makes and wires everything Haven is (config, library, usage log, visit
// flow, staff lock, a person's own history and preferences), runs the commands that open no
// window, and decides what a hand-over from another start does. (Model: Elisa's ElisaApplication.)
class HavenApp : public QObject
{
    Q_OBJECT

public:
    using Options = HavenOptions;

    explicit HavenApp(const CommandLine &cli, const Options &options = {});
    ~HavenApp() override;

    // main(): runs the command asked for, or Haven itself until it quits; the exit code.
    int exec(int &argc, char **argv);

    // The pieces of exec(), for tests; a Q(Gui)Application must exist. setUp() makes everything
    // below and opens the first screen; false, with the reason in *error, if it cannot start.
    bool setUp(QString *error = nullptr);
    QQuickWindow *loadWindow(QQmlApplicationEngine &engine);
    // What another `haven --exercise ID` start asked of this one.
    SingleInstance::Answer handOver(const SingleInstance::Request &request);
    // Ends the run in progress as quit, then writes and closes the log. Once, before exit.
    void shutdown();

    AppConfig &config() { return m_config; }
    ExerciseLibrary &library() { return m_library; }
    UsageLog &usageLog() { return m_log; }
    VisitFlow &flow() { return *m_flow; }
    StaffLock &staffLock() { return *m_staffLock; }
    CheckInHistory &history() { return *m_history; }
    Preferences &preferences() { return *m_preferences; }
    DisplaySettings &display() { return *m_display; }
    Language &language() { return *m_language; }

private:
    QString stateFile(const QString &name, const QString &fallback) const;

    CommandLine m_cli;
    Options m_options;
    AppConfig m_config{nullptr};
    ExerciseLibrary m_library{nullptr};
    UsageLog m_log{nullptr};
    std::unique_ptr<DisplaySettings> m_display;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<VisitFlow> m_flow;
    std::unique_ptr<StaffLock> m_staffLock;
    std::unique_ptr<CheckInHistory> m_history;
    std::unique_ptr<Preferences> m_preferences;
    QQuickWindow *m_window = nullptr;
    // The latest run handed to the log, by the flow's id and the log's token: only it can still
    // get its after check-in.
    std::pair<quint64, quint64> m_logged;
    bool m_shutDown = false;
};
