#pragma once

#include "loggedrun.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The usage log's tables, versioned with PRAGMA user_version: one migrateToN() per version, each
// in one transaction. A migration that has shipped never changes; a change is a new version.
namespace Schema {

// 1: runs and app_events. 2: per-day totals kept by triggers, so reports need not scan every run.
// 3: the endings skipped, replaced and quit; an after check-in added later moves the totals.
// 4: the language of each run (en or es), and its totals.
constexpr int latest = 4;

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
// order of rows does not tell which runs followed one another; rowids, if asked for, gets each
// run's (0 for a run that was dropped), for the writer's memory only.
QSqlError insert(QSqlDatabase &db, const QList<LoggedRun> &runs, QList<qint64> *rowids = nullptr);
// Sets the after check-in of the run at rowid (a run just written), inside the caller's
// transaction; the totals follow by trigger.
QSqlError setAfter(QSqlDatabase &db, qint64 rowid, const QString &zoneAfter,
                   std::optional<int> distressAfter);
QSqlError insert(QSqlDatabase &db, const QList<AppEvent> &events);

} // namespace Schema
