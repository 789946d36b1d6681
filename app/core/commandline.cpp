#include "commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

QString errorLine(const QString &message)
{
    return u"haven: " % message % u" (see haven --help)";
}

QString invalid(const QString &option, const QString &expected, const QString &got)
{
    return errorLine(u"--" % option % u": expected " % expected % u", got \"" % got % u'"');
}

// A path that must name a file: it may not exist yet, but it must not be a folder.
bool isFilePath(const QString &path)
{
    return !path.isEmpty() && !QFileInfo(path).isDir();
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    struct Spec
    {
        QString name;
        QString valueName;
        QString expected;
        QString description;
    };
    const QList<Spec> specs = {
        {QStringLiteral("mode"), QStringLiteral("mode"), QStringLiteral("kiosk, home or session"),
         QStringLiteral("Where Haven runs: kiosk (waiting-room tablet), home (your own device) "
                        "or session (a therapist, mid-session). Default: the config file's "
                        "app/mode, else home.")},
        {QStringLiteral("exercise"), QStringLiteral("id"), QStringLiteral("an exercise id"),
         QStringLiteral("Start this exercise at once.")},
        {QStringLiteral("minutes"), QStringLiteral("n"),
         QStringLiteral("a whole number from 1 to %1").arg(maxMinutes),
         QStringLiteral("Length of the exercise started with --exercise, in minutes.")},
        {QStringLiteral("content"), QStringLiteral("dir"), QStringLiteral("a folder"),
         QStringLiteral("A clinic folder of exercise files, laid over the shipped ones. Default: "
                        "the config file's content/folder.")},
        {QStringLiteral("check-content"), QStringLiteral("dir"), QStringLiteral("a folder"),
         QStringLiteral("Check every exercise file in a folder, print each problem, and exit: "
                        "1 if any file has an error, else 0. Starts no window.")},
        {QStringLiteral("db"), QStringLiteral("file"), QStringLiteral("a file path"),
         QStringLiteral("The anonymous usage log (SQLite). Default: haven.db in the app data "
                        "folder, or the config file's storage/database.")},
        {QStringLiteral("config"), QStringLiteral("file"), QStringLiteral("a file path"),
         QStringLiteral("The user's configuration (INI), read over /etc/haven/haven.conf. "
                        "Default: %1")
             .arg(AppConfig::defaultConfigFile())},
        {QStringLiteral("from"), QStringLiteral("date"), QStringLiteral("a date as YYYY-MM-DD"),
         QStringLiteral("With --report: the first day to count. Default: as far back as the log "
                        "keeps (storage/retentionDays).")},
        {QStringLiteral("to"), QStringLiteral("date"), QStringLiteral("a date as YYYY-MM-DD"),
         QStringLiteral("With --report: the last day to count. Default: today.")},
        {QStringLiteral("csv"), QStringLiteral("file"), QStringLiteral("a file path"),
         QStringLiteral("With --report: write the report to this CSV file instead of printing "
                        "it.")},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Haven guides you through short grounding and regulation exercises."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show Haven's version and exit."));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the whole screen."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load the whole interface, render one frame and exit: 0 if no QML warning "
                       "or error was printed, else 1."));
    parser.addOption(help);
    parser.addOption(version);
    for (const Spec &spec : specs)
        parser.addOption(QCommandLineOption(spec.name, spec.description, spec.valueName));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral(
            "Print the anonymous usage report from the --db file and exit: runs per "
            "exercise, completion, distress change, zone shifts, hours, weekdays and languages. "
            "Any figure from fewer than 11 runs shows as \"fewer than 11\". --mode "
            "limits it to one mode. Starts no window."));
    const QCommandLineOption setPin(
        QStringLiteral("set-pin"),
        QStringLiteral("Set the kiosk's staff PIN: reads it twice from standard input (4 to 8 "
                       "digits) and stores only a salted hash: as root in /etc/haven/haven.conf, "
                       "readable by root and the group haven; else in the --config file, made "
                       "readable by its owner alone. Starts no window."));
    const QList<QCommandLineOption> flags = {fullscreen, selfTest, report, setPin};
    for (const QCommandLineOption &flag : flags)
        parser.addOption(flag);

    const auto expected = [&specs](const QString &name) {
        for (const Spec &spec : specs) {
            if (spec.name == name)
                return spec.expected;
        }
        return QString();
    };

    CommandLine result;
    const auto fail = [&result](const QString &message) {
        result.action = Action::Exit;
        result.exitCode = usageError;
        result.output = message;
        return result;
    };

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            QStringList known = {QStringLiteral("--help"), QStringLiteral("--version")};
            for (const Spec &spec : specs)
                known.append(u"--" % spec.name);
            for (const QCommandLineOption &flag : flags)
                known.append(u"--" % flag.names().constFirst());
            // The parser strips the dashes; show the option as it was typed.
            const QString name = unknown.constFirst();
            QString typed = u"--" % name;
            for (const QString &argument : arguments) {
                if (argument.startsWith(u'-') && argument.section(u'=', 0, 0).endsWith(u'-' % name))
                    typed = argument.section(u'=', 0, 0);
            }
            return fail(u"haven: unknown option '" % typed % u"'; the options are "
                        % known.join(QStringLiteral(", ")));
        }
        for (const Spec &spec : specs) {
            if (parser.errorText().contains(u"--" % spec.name))
                return fail(errorLine(u"--" % spec.name % u" needs a value: " % spec.expected));
        }
        return fail(errorLine(parser.errorText()));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            errorLine(u"unexpected argument '" % parser.positionalArguments().constFirst() % u"'"));

    if (parser.isSet(help)) {
        result.action = Action::Exit;
        result.output = parser.helpText().replace(u"<executable_name>"_qs, u"haven"_qs);
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Exit;
        result.output = u"haven " % AppConfig::version() % u'\n' % AppConfig::credits();
        return result;
    }

    if (parser.isSet(QStringLiteral("mode"))) {
        const QString name = parser.value(QStringLiteral("mode"));
        result.overrides.mode = AppConfig::modeFromName(name);
        if (!result.overrides.mode)
            return fail(invalid(QStringLiteral("mode"), expected(QStringLiteral("mode")), name));
    }
    result.overrides.startExercise = parser.value(QStringLiteral("exercise"));
    if (parser.isSet(QStringLiteral("minutes"))) {
        const QString value = parser.value(QStringLiteral("minutes"));
        bool ok = false;
        result.overrides.startMinutes = value.toInt(&ok);
        if (!ok || result.overrides.startMinutes < 1 || result.overrides.startMinutes > maxMinutes)
            return fail(
                invalid(QStringLiteral("minutes"), expected(QStringLiteral("minutes")), value));
        if (result.overrides.startExercise.isEmpty())
            return fail(errorLine(
                QStringLiteral("--minutes needs --exercise: the length of which exercise?")));
    }
    for (const QString &name : {QStringLiteral("content"), QStringLiteral("check-content")}) {
        const QString folder = parser.value(name);
        if (parser.isSet(name) && !QFileInfo(folder).isDir())
            return fail(invalid(name, expected(name), folder));
    }
    result.overrides.contentFolder = parser.value(QStringLiteral("content"));
    result.checkContent = parser.value(QStringLiteral("check-content"));
    if (parser.isSet(QStringLiteral("db"))) {
        result.overrides.databaseFile = parser.value(QStringLiteral("db"));
        if (!isFilePath(result.overrides.databaseFile))
            return fail(invalid(QStringLiteral("db"), expected(QStringLiteral("db")),
                                result.overrides.databaseFile));
    }
    if (parser.isSet(QStringLiteral("config"))) {
        result.configFile = parser.value(QStringLiteral("config"));
        if (!isFilePath(result.configFile))
            return fail(invalid(QStringLiteral("config"), expected(QStringLiteral("config")),
                                result.configFile));
    }
    result.overrides.fullscreen = parser.isSet(fullscreen);
    result.selfTest = parser.isSet(selfTest);

    result.report = parser.isSet(report);
    result.setPin = parser.isSet(setPin);
    // --set-pin may make the file; anything else reads it, and a mistyped name must not pass
    // for a clinic's settings.
    result.overrides.configRequired = !result.configFile.isEmpty() && !result.setPin;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || value.size() != 10)
            return fail(invalid(name, expected(name), value));
        (name == u"from" ? result.reportFrom : result.reportTo) = date;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        result.reportCsv = parser.value(QStringLiteral("csv"));
        if (!isFilePath(result.reportCsv))
            return fail(
                invalid(QStringLiteral("csv"), expected(QStringLiteral("csv")), result.reportCsv));
    }
    for (const QString &name :
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv")}) {
        if (parser.isSet(name) && !result.report)
            return fail(
                errorLine(u"--" % name % u" belongs to --report: add --report, or leave it out"));
    }
    // Each of these does one job and exits; two at once would leave one silently undone.
    QStringList jobs;
    for (const char *job : {"report", "set-pin", "check-content", "self-test"}) {
        if (parser.isSet(QLatin1StringView(job)))
            jobs.append(u"--" % QLatin1StringView(job));
    }
    if (jobs.size() > 1)
        return fail(errorLine(jobs.join(u" and ") % u" cannot be used together: choose one"));
    if (!result.overrides.startExercise.isEmpty() && !jobs.isEmpty() && !result.selfTest)
        return fail(errorLine(u"--exercise cannot be used with " % jobs.first()
                              % u": it starts an exercise, and " % jobs.first()
                              % u" does not start Haven"));
    if (result.reportFrom.isValid() && result.reportTo.isValid()
        && result.reportFrom > result.reportTo)
        return fail(errorLine(u"--from " % result.reportFrom.toString(Qt::ISODate)
                              % u" is after --to " % result.reportTo.toString(Qt::ISODate)));
    return result;
}
