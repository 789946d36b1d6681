#pragma once

#include <QByteArray>
#include <QString>

// The files a person keeps at home (their check-ins, their favourites): written whole or not at
// all, and readable by them alone.
namespace PrivateFile {

// Writes data to file through a temporary file renamed into place, making its folder if need
// be. Empty on success, else why not.
QString write(const QString &file, const QByteArray &data);

} // namespace PrivateFile
