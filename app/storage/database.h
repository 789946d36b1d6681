#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Opening the usage log on the calling thread, with its own named connection: checks it
// (PRAGMA quick_check), refuses one from a newer Haven, sets WAL and brings the schema up to date.
class Database
{
public:
    enum class Status {
        Ready,
        Recovered, // it was damaged: set aside, and a fresh one made in its place
        Newer, // written by a newer Haven: refused, left untouched
        Damaged, // damaged, and left as it is (a report never moves files)
        Missing, // a report asked for a file that is not there
        Unavailable, // cannot be opened or written now (read-only, full, locked): try again later
    };

    // Why a write failed, from SQLite's error code.
    enum class Trouble { None, ReadOnly, DiskFull, Locked, Unavailable, Damaged };

    struct Opened
    {
        Status status = Status::Unavailable;
        Trouble trouble = Trouble::None; // with Unavailable
        QString message; // for staff: what happened and what Haven did
        QString setAside; // with Recovered: where the damaged file went
    };

    enum class Purpose {
        Log, // Haven itself: creates the file, and sets a damaged one aside
        // haven --report: the file must exist and a damaged one stays where it is; an older
        // schema is upgraded, as Haven itself would at its next start.
        Report,
    };

    static constexpr int busyTimeoutMs = 2000;

    // The connection is added as connectionName; close() removes it.
    static Opened open(const QString &connectionName, const QString &path, Purpose purpose,
                       int busyTimeout = busyTimeoutMs);
    static void close(const QString &connectionName);

    // Why a write failed, from SQLite's code. With the path, a file or folder that cannot be
    // written (a read-only mount, say) counts as read-only whatever SQLite said.
    static Trouble troubleOf(const QSqlError &error, const QString &path = {});
    // One sentence for staff about trouble with the file at path.
    static QString describe(Trouble trouble, const QString &path);
    // haven.db.corrupt-YYYYMMDD-HHMM, beside path, not yet taken.
    static QString setAsideName(const QString &path, const QDateTime &when);
};
