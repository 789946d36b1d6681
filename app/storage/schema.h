#pragma once

#include "loggedrun.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The usage log's tables, versioned with PRAGMA user_version: one migrateToN() per version, each
// in one transaction. A migration that has shipped never changes; a change is a new version.
namespace Schema {

// 1: runs and app_events. 2: per-day totals kept by triggers, so reports need not scan every run.
// 3: the endings skipped, replaced and quit; a run's after check-in added to its row later.
constexpr int latest = 3;

int userVersion(const QSqlDatabase &db);

// Brings db up to version (tests ask for an old one). Returns no error on success. A failed
// migration is rolled back, the ones before it stay; a database newer than latest is refused.
QSqlError migrate(QSqlDatabase &db, int version = latest);

// Deletes every day before firstKept from every table, in one transaction. Whole days go at
// once, which keeps the totals equal to the runs they count.
QSqlError deleteBefore(QSqlDatabase &db, const QString &firstKept);

// Runs sql; the error, with SQLite's code, or none.
QSqlError exec(QSqlDatabase &db, const QString &sql);

// What app_events holds: no text but these names.
struct AppEvent
{
    QDate day;
    int hour = 0;
    QString kind; // start, content_problems, database_recovered or logging_paused
    QString detail; // logging_paused: read_only, disk_full, locked or unavailable
    int count = 0; // content_problems: files with errors; logging_paused: runs that waited
};

// Adds runs and events inside the caller's transaction. Each run gets a random rowid, so the
// order of rows does not tell which runs followed one another.
// The rowid of each run that has a runId goes into *rowids, for setAfter.
QSqlError insert(QSqlDatabase &db, const QList<LoggedRun> &runs,
                 QList<std::pair<quint64, qint64>> *rowids = nullptr);
// Adds the check-in after a run to the row it already has.
QSqlError setAfter(QSqlDatabase &db, qint64 rowid, const AfterCheckIn &after);
QSqlError insert(QSqlDatabase &db, const QList<AppEvent> &events);

} // namespace Schema
