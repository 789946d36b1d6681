#pragma once

#include <QString>
#include <QTextStream>

// `haven --set-pin [--config FILE]`: reads a new staff PIN twice from standard input, stores
// only its PBKDF2 hash in the config file (keeping the file's comments), makes the file readable
// by its owner alone, and clears any lockout. Returns the exit code.
int setPin(const QString &configFile, const QString &lockStateFile, QTextStream &in,
           QTextStream &out, QTextStream &err);
