#include "havenapp.h"

#include "contentcheck.h"
#include "logging.h"
#include "pincommand.h"
#include "quitonsignal.h"
#include "reportcommand.h"
#include "selftest.h"

#include <QAccessible>
#include <QCursor>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

HavenApp::HavenApp(const CommandLine &cli, const Options &options)
    : m_cli(cli)
    , m_options(options)
{
    m_config.load(cli.configFile, cli.overrides);
}

HavenApp::~HavenApp()
{
    shutdown();
}

QString HavenApp::stateFile(const QString &name, const QString &fallback) const
{
    return m_options.stateFolder.isEmpty() ? fallback : QDir(m_options.stateFolder).filePath(name);
}

bool HavenApp::setUp(QString *error)
{
    QStringList folders{ExerciseLibrary::shippedFolder()};
    if (!m_config.contentFolder().isEmpty())
        folders.append(m_config.contentFolder());
    m_library.load(folders);
    if (!m_config.startExercise().isEmpty() && !m_library.exercise(m_config.startExercise())) {
        if (error)
            *error = u"--exercise: no exercise \"" % m_config.startExercise()
                % u"\"; the exercises are " % m_library.ids().join(QStringLiteral(", "));
        return false;
    }
    // A self-test is not a use: it opens the log but records no start and no problems.
    if (m_options.openLog) {
        m_log.open(m_config.databaseFile(), m_config.retentionDays(), !m_cli.selfTest);
        if (!m_cli.selfTest && m_library.errorCount() > 0)
            m_log.recordContentProblems(m_library.errorCount());
    }

    m_staffLock = std::make_unique<StaffLock>(
        m_config.pinRecord(),
        stateFile(QStringLiteral("staff-lock.ini"), StaffLock::defaultStateFile()));
    // A person's own check-ins stay on their own device; a kiosk or a therapist's device keeps
    // none. Choices (favourites, lengths, voice, display) are kept on a device of one's own: at
    // home and on the therapist's; a kiosk forgets its visitor's with the visit.
    const bool home = m_config.mode() == AppConfig::Mode::Home;
    const bool kiosk = m_config.mode() == AppConfig::Mode::Kiosk;
    m_history = std::make_unique<CheckInHistory>(
        home ? stateFile(QStringLiteral("checkins.json"), CheckInHistory::defaultFile())
             : QString(),
        nullptr);
    m_preferences = std::make_unique<Preferences>(
        kiosk ? QString()
              : stateFile(QStringLiteral("preferences.json"), Preferences::defaultFile()),
        nullptr);
    m_display = std::make_unique<DisplaySettings>(
        &m_config,
        kiosk ? DisplaySettings::Layer{}
              : m_options.desktop.value_or(DisplaySettings::readDesktop()),
        m_preferences.get(), nullptr);

    // Before any screen exists, so the first one is already in the person's language.
    m_language
        = std::make_unique<Language>(&m_config, &m_library, home ? m_preferences.get() : nullptr,
                                     m_options.systemLocale.value_or(QLocale::system()), nullptr);

    VisitFlow::Options flowOptions{m_options.clock, m_options.sound, {}, m_display.get()};
    if (home)
        flowOptions.preferredMinutes
            = [this](const QString &id) { return m_preferences->minutesFor(id); };
    m_flow = std::make_unique<VisitFlow>(&m_library, &m_config, flowOptions);
    // Written when it ends, whatever ends it; the after check-in joins the same row.
    connect(m_flow.get(), &VisitFlow::runEnded, this, [this](const RunRecord &run) {
        m_logged = {run.id, m_log.record(run)};
    });
    connect(m_flow.get(), &VisitFlow::runCheckedOut, this, [this](const RunRecord &run) {
        if (run.id == m_logged.first && run.after)
            m_log.amendAfter(m_logged.second, *run.after);
    });
    if (kiosk) {
        connect(m_flow.get(), &VisitFlow::wiped, m_display.get(), &DisplaySettings::forget);
        connect(m_flow.get(), &VisitFlow::wiped, m_language.get(), &Language::forget);
    }
    connect(m_flow.get(), &VisitFlow::exitRequested, this, [] { QCoreApplication::exit(0); });
    connect(m_language.get(), &Language::changed, m_history.get(), &CheckInHistory::relocalize);
    connect(m_language.get(), &Language::changed, m_flow.get(), &VisitFlow::relocalize);
    if (m_history->isEnabled())
        connect(m_flow.get(), &VisitFlow::runClosed, m_history.get(), &CheckInHistory::addRun);

    AppConfig::setInstance(&m_config);
    ExerciseLibrary::setInstance(&m_library);
    UsageLog::setInstance(&m_log);
    VisitFlow::setInstance(m_flow.get());
    StaffLock::setInstance(m_staffLock.get());
    CheckInHistory::setInstance(m_history.get());
    Preferences::setInstance(m_preferences.get());
    DisplaySettings::setInstance(m_display.get());
    Language::setInstance(m_language.get());
    return true;
}

QQuickWindow *HavenApp::loadWindow(QQmlApplicationEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_language->setEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Haven/qml/Main.qml")));
    m_window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!m_window)
        return nullptr; // Main.qml has started the flow
    // The title names the screen ("Check in – Haven"); Qt 6.4 tells a screen reader nothing when
    // it changes, so Orca would not say where the person has arrived.
    QObject::connect(m_window, &QWindow::windowTitleChanged, m_window, [window = m_window] {
        QAccessibleEvent event(window, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    });
    if (!m_config.startExercise().isEmpty())
        m_flow->startExercise(m_config.startExercise(), m_config.startMinutes());
    return m_window;
}

SingleInstance::Answer HavenApp::handOver(const SingleInstance::Request &request)
{
    const bool kiosk = m_config.mode() == AppConfig::Mode::Kiosk;
    if (!request.exerciseId.isEmpty()) {
        // The visitor in front of a kiosk chooses for themselves.
        if (kiosk)
            return {false,
                    QStringLiteral(
                        "Haven is running as a kiosk here, which opens no exercise from outside")};
        if (!m_library.exercise(request.exerciseId))
            return {false,
                    u"the Haven already running has no exercise \"" % request.exerciseId % u'"'};
        if (request.minutes > CommandLine::maxMinutes)
            return {false, QStringLiteral("--minutes: at most %1").arg(CommandLine::maxMinutes)};
    }
    if (m_window && !kiosk) {
        m_window->setWindowStates(m_window->windowStates() & ~Qt::WindowMinimized);
        m_window->raise();
        m_window->requestActivate();
    }
    if (request.exerciseId.isEmpty())
        return {true, QStringLiteral("Haven is already running")};
    m_flow->handOver(request.exerciseId, request.minutes);
    const QString title = m_library.titleOf(request.exerciseId);
    if (!m_flow->switchOffered().isEmpty())
        return {true,
                u"asked the Haven already running to switch to \"" % title
                    % u"\": an exercise is under way there"};
    return {true, u"opened \"" % title % u"\" in the Haven already running"};
}

void HavenApp::shutdown()
{
    if (std::exchange(m_shutDown, true))
        return;
    if (m_flow)
        m_flow->quit(); // the run in progress is recorded first,
    m_log.close(); // then written, before the file closes
}

int HavenApp::exec(int &argc, char **argv)
{
    if (!m_cli.checkContent.isEmpty()) {
        QTextStream out(stdout);
        return checkContent(m_cli.checkContent, out);
    }
    if (m_cli.setPin) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return setPin(pinTarget(m_config), in, out, err);
    }
    if (m_cli.report) {
        QCoreApplication app(argc, argv); // Qt SQL loads its driver as a plugin
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QDate today = QDate::currentDate();
        const ReportQuery query{m_cli.reportFrom.isValid()
                                    ? m_cli.reportFrom
                                    : today.addDays(-m_config.retentionDays()),
                                m_cli.reportTo.isValid() ? m_cli.reportTo : today,
                                m_cli.overrides.mode ? m_config.modeName() : QString()};
        return printReport(m_config.databaseFile(), query, m_cli.reportCsv, out, err);
    }

    // A kiosk has no keyboard: staff type on Qt's on-screen one, inside Haven's own window (see
    // KeyboardPanel) rather than in a window of its own.
    if (m_config.mode() == AppConfig::Mode::Kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Haven"));
    const QuitOnSignal quitOnSignal;
    // One Haven per user: a later start hands its exercise to the window already open and
    // exits. A self-test is not a use, and leaves a running Haven alone.
    SingleInstance instance(SingleInstance::defaultSocketPath());
    if (!m_cli.selfTest) {
        switch (instance.claim({m_config.startExercise(), m_config.startMinutes()})) {
        case SingleInstance::Role::Primary:
            break;
        case SingleInstance::Role::HandedOver:
            QTextStream(stdout) << "haven: " << instance.reply() << Qt::endl;
            return 0;
        case SingleInstance::Role::Refused:
            QTextStream(stderr) << "haven: " << instance.reply() << Qt::endl;
            return 1;
        case SingleInstance::Role::Failed: // a second window is better than none
            qCWarning(lcApp).noquote() << instance.error() << "- starting a second Haven";
            break;
        }
    }
    QString error;
    if (!setUp(&error)) {
        QTextStream(stderr) << "haven: " << error << Qt::endl;
        return CommandLine::usageError;
    }
    if (m_config.mode() == AppConfig::Mode::Kiosk && m_config.hideCursor())
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));

    QQmlApplicationEngine engine;
    std::unique_ptr<SelfTest> selfTest;
    if (m_cli.selfTest)
        selfTest = std::make_unique<SelfTest>();
    if (!loadWindow(engine))
        return 1;
    if (selfTest)
        selfTest->watch(m_window);
    instance.setHandler(
        [this](const SingleInstance::Request &request) { return handOver(request); });
    const int exitCode = QGuiApplication::exec();
    shutdown();
    return exitCode;
}
