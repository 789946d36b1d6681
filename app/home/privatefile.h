#pragma once

#include <QByteArray>
#include <QString>

// The files a person keeps at home (their check-ins, their favourites): written whole or not at
// all, and readable by them alone.
namespace PrivateFile {

// Writes data to file through a temporary file renamed into place, making its folder if need
// be. Empty on success, else why not.
QString write(const QString &file, const QByteArray &data);

// A file that could not be read is renamed aside (file.unreadable-YYYYMMDD-HHMMSS), so the next
// save does not write over what someone may still recover. Returns the new name, or empty.
QString setAside(const QString &file);

} // namespace PrivateFile
