#pragma once

#include "appconfig.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What the person asked for on the command line. Parsing needs no QGuiApplication, so --help,
// --version and errors work on a machine without a display.
struct CommandLine
{
    enum class Action { Run, Exit };

    Action action = Action::Run;
    int exitCode = 0;
    QString output; // printed before exiting: to stdout when exitCode is 0, else to stderr

    AppConfig::Overrides overrides;
    QString configFile;
    QString checkContent; // a folder to check, instead of starting the app
    bool selfTest = false;

    // haven --report: print the usage report (or write it with --csv) and exit. Open ends are
    // invalid dates.
    bool report = false;
    QDate reportFrom;
    QDate reportTo;
    QString reportCsv;
    bool setPin = false; // haven --set-pin

    static constexpr int usageError = 2;
    static constexpr int maxMinutes = 60;

    static CommandLine parse(const QStringList &arguments);
};
