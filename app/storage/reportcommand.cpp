#include "reportcommand.h"

#include "database.h"

#include <QDir>
#include <QSaveFile>

int printReport(const QString &databaseFile, const ReportQuery &query, const QString &csvFile,
                QTextStream &out, QTextStream &err)
{
    const QString connection = QStringLiteral("haven.report");
    const Database::Opened opened
        = Database::open(connection, databaseFile, Database::Purpose::Report);
    if (opened.status != Database::Status::Ready) {
        err << "haven: --report: " << opened.message << Qt::endl;
        return 1;
    }
    QSqlError error;
    const Report report
        = Reports::compute(QSqlDatabase::database(connection, false), query, &error);
    Database::close(connection);
    if (error.isValid()) {
        err << "haven: --report: " << QDir::toNativeSeparators(databaseFile)
            << " could not be read: " << error.text() << Qt::endl;
        return 1;
    }
    if (csvFile.isEmpty()) {
        out << report.toText() << Qt::flush;
        return 0;
    }
    QSaveFile file(csvFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toCsv().toUtf8()) < 0
        || !file.commit()) {
        err << "haven: --csv: " << QDir::toNativeSeparators(csvFile)
            << " could not be written: " << file.errorString() << Qt::endl;
        return 1;
    }
    out << "haven: wrote the report to " << QDir::toNativeSeparators(csvFile) << Qt::endl;
    return 0;
}
