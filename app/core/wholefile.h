#pragma once

#include <QByteArray>
#include <QString>

// Files written whole or not at all: the configuration, and what a person keeps at home.
namespace WholeFile {

// Writes data to file through a temporary file renamed into place, making its folder if need
// be; ownerOnly makes it readable by its owner alone (else an existing file keeps its mode).
// Empty on success, else why not.
QString write(const QString &file, const QByteArray &data, bool ownerOnly);

// A file that could not be read is renamed aside (file.unreadable-YYYYMMDD-HHMMSS), so the next
// save does not write over what someone may still recover. Returns the new name, or empty.
QString setAside(const QString &file);

} // namespace WholeFile
