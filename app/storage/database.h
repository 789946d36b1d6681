#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Opening the usage log on the calling thread, with its own named connection: checks it
// (PRAGMA quick_check), refuses one from a newer Haven or one that is not a Haven log, sets WAL
// and brings the schema up to date. A report opens it read-only and changes nothing.
class Database
{
public:
    enum class Status {
        Ready,
        Recovered, // it was damaged: set aside, and a fresh one made in its place
        Newer, // written by a newer Haven: refused, left untouched
        // not a Haven log (not SQLite at all, another program's database, a version Haven never
        // wrote): refused, left untouched
        Foreign,
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
        // haven --report: read-only. The file must exist; nothing is created, migrated or moved,
        // so a report works on a read-only folder or a full disk, and never alters another file.
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
    // Whether the file at path begins with SQLite's 16-byte header.
    static bool hasSqliteHeader(const QString &path);
};
