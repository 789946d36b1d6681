#include "appconfig.h"
#include "commandline.h"
#include "contentcheck.h"
#include "exerciselibrary.h"
#include "pincommand.h"
#include "reportcommand.h"
#include "selftest.h"
#include "stafflock.h"
#include "usagelog.h"
#include "visit.h"

#include <QCursor>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTextStream>

#include <memory>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

int main(int argc, char *argv[])
{
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
        return setPin(config.configFile(), StaffLock::defaultStateFile(), in, out, err);
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

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Haven"));
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
    const int exitCode = QGuiApplication::exec();
    usageLog.close(); // what is queued is on disk before Haven exits
    return exitCode;
}
