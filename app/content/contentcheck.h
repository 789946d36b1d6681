#pragma once

#include <QString>
#include <QTextStream>

// `haven --check-content DIR`: what a clinic runs before copying exercise files in. Prints every
// problem in DIR, then a summary; returns 1 if any file has an error, else 0.
int checkContent(const QString &folder, QTextStream &out);
