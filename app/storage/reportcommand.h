#pragma once

#include "reports.h"

#include <QString>
#include <QTextStream>

// `haven --report`: the same figures as the staff dashboard, printed as aligned text or written
// as CSV. Aggregates only. Needs a QCoreApplication (Qt SQL loads its driver as a plugin).
// Returns 0, or 1 with one line on err when the log cannot be read or the CSV not written.
int printReport(const QString &databaseFile, const ReportQuery &query, const QString &csvFile,
                QTextStream &out, QTextStream &err);
