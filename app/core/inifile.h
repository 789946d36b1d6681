#pragma once

#include <QString>

// Edits an INI file's text the way a person would: one key's line changes (or is added to its
// section, or a new section at the end), and every other line, comment included, stays as it
// was. QSettings would rewrite the whole file and drop the clinic's comments.
namespace IniFile {

QString withValue(const QString &ini, const QString &section, const QString &key,
                  const QString &value);

// Writes text to file whole (a temporary file renamed into place), keeping the file's
// permissions, or restricting them to its owner when ownerOnly. Empty on success, else why not.
QString write(const QString &file, const QString &text, bool ownerOnly = false);

// The file's text, or empty when it does not exist yet.
QString read(const QString &file);

// How a value is written so QSettings reads it back as one string: quoted, with \n and \".
QString quoted(const QString &value);

} // namespace IniFile
