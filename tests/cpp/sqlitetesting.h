#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

// What the storage tests share: a file's view of the log from outside Haven, old databases from
// SQL fixtures, and a SQLite VFS that fails on demand.
namespace SqliteTesting {

// Runs a file of SQL statements on the database at path, as the sqlite3 shell would.
inline QString loadSql(const QString &sqlFile, const QString &path)
{
    QFile file(sqlFile);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    char *message = nullptr;
    const int rc = sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, &message);
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

// A connection of the test's own, as another program would open the file.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("test.%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery query(database());
        QList<QVariantList> rows;
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            rows.append(row);
        }
        return rows;
    }
    QVariant value(const QString &sql) const
    {
        const QList<QVariantList> all = rows(sql);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(database());
        return query.exec(sql);
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

// The default VFS with failures switched on by the test: for machines where a test may not mount
// a small or read-only filesystem (containers without CAP_SYS_ADMIN). DiskFull makes every write
// fail as on a full disk; ReadOnly opens every file read-only, as SQLite does with a file it may
// not write.
namespace FailingVfs {

enum class Failure { None, DiskFull, ReadOnly };

inline std::atomic<Failure> &failure()
{
    static std::atomic<Failure> f = Failure::None;
    return f;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

inline sqlite3_vfs *realVfs()
{
    static sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

inline sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

inline const sqlite3_io_methods *methods()
{
    static const sqlite3_io_methods m = {
        3,
        [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
        [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
            return real(f)->pMethods->xRead(real(f), b, n, o);
        },
        [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
            if (failure() == Failure::DiskFull)
                return SQLITE_FULL;
            return real(f)->pMethods->xWrite(real(f), b, n, o);
        },
        [](sqlite3_file *f, sqlite3_int64 size) {
            return real(f)->pMethods->xTruncate(real(f), size);
        },
        [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
        [](sqlite3_file *f, sqlite3_int64 *size) {
            return real(f)->pMethods->xFileSize(real(f), size);
        },
        [](sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
        [](sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
        [](sqlite3_file *f, int *out) {
            return real(f)->pMethods->xCheckReservedLock(real(f), out);
        },
        [](sqlite3_file *f, int op, void *arg) {
            return real(f)->pMethods->xFileControl(real(f), op, arg);
        },
        [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
        [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
        [](sqlite3_file *f, int page, int size, int extend, void volatile **out) {
            return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
        },
        [](sqlite3_file *f, int offset, int n, int flags) {
            return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
        },
        [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); },
        [](sqlite3_file *f, int deleteFlag) {
            return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
        },
        [](sqlite3_file *f, sqlite3_int64 o, int n, void **out) {
            return real(f)->pMethods->xFetch(real(f), o, n, out);
        },
        [](sqlite3_file *f, sqlite3_int64 o, void *p) {
            return real(f)->pMethods->xUnfetch(real(f), o, p);
        },
    };
    return &m;
}

// Installs it as the default VFS, which every connection then uses; harmless while not failing.
inline void install()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs v = *realVfs();
        v.zName = "haven-failing";
        v.szOsFile = int(sizeof(File)) + realVfs()->szOsFile;
        v.xOpen = [](sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags,
                     int *outFlags) {
            auto *wrapped = reinterpret_cast<File *>(file);
            wrapped->real = reinterpret_cast<sqlite3_file *>(wrapped + 1);
            if (failure() == Failure::ReadOnly && (flags & SQLITE_OPEN_MAIN_DB))
                flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                    | SQLITE_OPEN_READONLY;
            const int rc = realVfs()->xOpen(realVfs(), name, wrapped->real, flags, outFlags);
            file->pMethods = rc == SQLITE_OK ? methods() : nullptr;
            return rc;
        };
        return v;
    }();
    sqlite3_vfs_register(&vfs, 1);
}

inline void fail(Failure f)
{
    failure() = f;
}

} // namespace FailingVfs

} // namespace SqliteTesting
