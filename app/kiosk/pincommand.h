#pragma once

#include <QString>
#include <QTextStream>

class AppConfig;

// Where a new PIN goes. Root sets the kiosk's: the system file, kept root:haven 0640 so that
// the kiosk (group haven) reads it, and the kiosk's lockout in /var/lib/haven (where
// haven-kiosk.service keeps its data). Anyone else sets their own: the --config file, made
// readable by its owner alone, and their own lockout.
struct PinTarget
{
    QString configFile;
    QString lockStateFile;
    bool kioskSystemFile = false;
};
PinTarget pinTarget(const AppConfig &config);

// `haven --set-pin [--config FILE]`: reads a new staff PIN twice from standard input, stores
// only its PBKDF2 hash in the target's config file (keeping the file's comments) and clears its
// lockout. Returns the exit code.
int setPin(const PinTarget &target, QTextStream &in, QTextStream &out, QTextStream &err);
