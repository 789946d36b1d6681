#pragma once

#include "appconfig.h"

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

    static constexpr int usageError = 2;
    static constexpr int maxMinutes = 60;

    static CommandLine parse(const QStringList &arguments);
};
