#include "appconfig.h"
#include "checkinhistory.h"
#include "commandline.h"
#include "contentcheck.h"
#include "exerciselibrary.h"
#include "logging.h"
#include "pincommand.h"
#include "preferences.h"
#include "quitonsignal.h"
#include "reportcommand.h"
#include "selftest.h"
#include "singleinstance.h"
#include "stafflock.h"
#include "usagelog.h"
#include "visit.h"

#include <QCursor>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTextStream>

#include <malloc.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

int main(int argc, char *argv[])
{
    // Every visit decodes and frees megabytes of sound. Served by mmap, they go back to the
    // system when freed; glibc would otherwise raise this threshold and keep them in a heap
    // that never shrinks, and a kiosk running for months would carry the bloat.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    QCoreApplication::setApplicationName(QStringLiteral("haven"));
    QCoreApplication::setApplicationVersion(AppConfig::version());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine cli = CommandLine::parse(arguments);
    if (cli.action == CommandLine::Action::Exit) {
        QTextStream(cli.exitCode == 0 ? stdout : stderr) << cli.output << Qt::endl;
        return cli.exitCode;
    }

    AppConfig config(nullptr);
    config.load(cli.configFile, cli.overrides);
    if (!cli.checkContent.isEmpty()) {
        QTextStream out(stdout);
        return checkContent(cli.checkContent, out);
    }

    if (cli.setPin) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return setPin(pinTarget(config), in, out, err);
    }

    if (cli.report) {
        QCoreApplication app(argc, argv); // Qt SQL loads its driver as a plugin
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QDate today = QDate::currentDate();
        const ReportQuery query{cli.reportFrom.isValid() ? cli.reportFrom
                                                         : today.addDays(-config.retentionDays()),
                                cli.reportTo.isValid() ? cli.reportTo : today,
                                cli.overrides.mode ? config.modeName() : QString()};
        return printReport(config.databaseFile(), query, cli.reportCsv, out, err);
    }

    ExerciseLibrary library(nullptr);
    QStringList folders{ExerciseLibrary::shippedFolder()};
    if (!config.contentFolder().isEmpty())
        folders.append(config.contentFolder());
    library.load(folders);
    if (!config.startExercise().isEmpty() && !library.exercise(config.startExercise())) {
        QTextStream(stderr) << "haven: --exercise: no exercise \"" << config.startExercise()
                            << "\"; the exercises are " << library.ids().join(QStringLiteral(", "))
                            << Qt::endl;
        return CommandLine::usageError;
    }

    // A kiosk has no keyboard: staff type on Qt's on-screen one, inside Haven's own window (see
    // KeyboardPanel) rather than in a window of its own.
    if (config.mode() == AppConfig::Mode::Kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Haven"));
    const QuitOnSignal quitOnSignal;
    // One Haven per user: a later start hands its exercise to the window already open and
    // exits. A self-test is not a use, and leaves a running Haven alone.
    SingleInstance instance(SingleInstance::defaultSocketPath());
    if (!cli.selfTest) {
        switch (instance.claim({config.startExercise(), config.startMinutes()})) {
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
    AppConfig::setInstance(&config);
    ExerciseLibrary::setInstance(&library);
    // Opens on its own thread, so start-up never waits for SQLite. A self-test is not a use.
    UsageLog usageLog(nullptr);
    usageLog.open(config.databaseFile(), config.retentionDays(), !cli.selfTest);
    if (!cli.selfTest && library.errorCount() > 0)
        usageLog.recordContentProblems(library.errorCount());
    UsageLog::setInstance(&usageLog);
    Visit visit(&library, &config);
    Visit::setInstance(&visit);
    StaffLock staffLock(config.pinRecord(), StaffLock::defaultStateFile());
    StaffLock::setInstance(&staffLock);
    if (config.mode() == AppConfig::Mode::Kiosk && config.hideCursor())
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
    QObject::connect(&visit, &Visit::runRecorded, &usageLog, &UsageLog::record);
    // A person's own check-ins and choices stay on their own device; a kiosk or a therapist's
    // device keeps none of them.
    const bool home = config.mode() == AppConfig::Mode::Home;
    CheckInHistory history(home ? CheckInHistory::defaultFile() : QString(), nullptr);
    CheckInHistory::setInstance(&history);
    if (history.isEnabled())
        QObject::connect(&visit, &Visit::runRecorded, &history, &CheckInHistory::addRun);
    Preferences preferences(home ? Preferences::defaultFile() : QString(), nullptr);
    Preferences::setInstance(&preferences);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    std::unique_ptr<SelfTest> selfTest;
    if (cli.selfTest)
        selfTest = std::make_unique<SelfTest>();
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Haven/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (selfTest)
        selfTest->watch(window);
    instance.setHandler([&](const SingleInstance::Request &request) -> SingleInstance::Answer {
        const bool kiosk = config.mode() == AppConfig::Mode::Kiosk;
        if (!request.exerciseId.isEmpty()) {
            // The visitor in front of a kiosk chooses for themselves.
            if (kiosk)
                return {false,
                        QStringLiteral("Haven is running as a kiosk here, which opens no "
                                       "exercise from outside")};
            if (!library.exercise(request.exerciseId))
                return {false,
                        u"the Haven already running has no exercise \"" % request.exerciseId
                            % u'"'};
            if (request.minutes > CommandLine::maxMinutes)
                return {false,
                        QStringLiteral("--minutes: at most %1").arg(CommandLine::maxMinutes)};
        }
        if (!kiosk) {
            window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
            window->raise();
            window->requestActivate();
        }
        if (request.exerciseId.isEmpty())
            return {true, QStringLiteral("Haven is already running")};
        QString title;
        QMetaObject::invokeMethod(window, "openExercise", Q_RETURN_ARG(QString, title),
                                  Q_ARG(QString, request.exerciseId), Q_ARG(int, request.minutes));
        return {true, u"opened \"" % title % u"\" in the Haven already running"};
    });
    const int exitCode = QGuiApplication::exec();
    usageLog.close(); // what is queued is on disk before Haven exits
    return exitCode;
}
