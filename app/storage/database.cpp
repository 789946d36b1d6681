#include "database.h"

#include "logging.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

namespace {

struct Checked
{
    enum Kind { Fine, Damaged, Newer, Foreign, Failed } kind = Failed;
    QSqlError error;
    QString finding; // what quick_check found, the newer version, or why it is not Haven's
};

// Connects and looks, without writing: the version first (a newer file is only read), whether
// the tables are Haven's, then quick_check.
Checked connectAndCheck(const QString &name, const QString &path, int busyTimeout, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout);
    if (readOnly) {
        // A report makes no file. While Haven has the log open its WAL and index exist, and a
        // read-only connection shares them; otherwise SQLite would make them (and cannot on a
        // read-only folder), so the file is read as it stands. Haven truncates the WAL after
        // each commit, so the file alone is the whole log.
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (QFileInfo::exists(path + QStringLiteral("-wal"))
            && QFileInfo::exists(path + QStringLiteral("-shm"))) {
            db.setDatabaseName(path);
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                               % u"?immutable=1");
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return {Checked::Failed, db.lastError(), {}};
    const auto failed = [](const QSqlError &error) {
        return Checked{Database::troubleOf(error) == Database::Trouble::Damaged ? Checked::Damaged
                                                                                : Checked::Failed,
                       error, error.databaseText()};
    };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    const int version = query.value(0).toInt();
    if (version > Schema::latest)
        return {Checked::Newer, {}, QString::number(version)};
    if (version < 0)
        return {Checked::Foreign,
                {},
                u"its schema version is " % QString::number(version) % u", which no Haven writes"};
    // Haven's own file has its two tables, or no table at all (new, or not yet migrated).
    if (!query.exec(QStringLiteral(
            "SELECT count(*), count(*) FILTER (WHERE name IN ('runs', 'app_events')) "
            "FROM sqlite_master WHERE type = 'table'"))
        || !query.next())
        return failed(query.lastError());
    const int tables = query.value(0).toInt();
    if (tables > 0 && query.value(1).toInt() < 2)
        return {Checked::Foreign, {}, QStringLiteral("it holds another program's tables")};
    if (tables == 0 && version != 0)
        return {Checked::Foreign, {}, QStringLiteral("it has a schema version but no tables")};
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed(query.lastError());
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings != QStringList{QStringLiteral("ok")})
        return {Checked::Damaged, {}, findings.value(0)};
    return {Checked::Fine, {}, {}};
}

// The log and what SQLite keeps beside it are readable by their owner alone, like the config.
// SQLite gives the WAL and its index the database file's permissions when it makes them.
void keepPrivate(const QString &path)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.close();
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(path + QLatin1StringView(suffix));
        if (file.exists())
            file.setPermissions(ownerOnly);
    }
}

// WAL lets a report read while the writer writes; NORMAL is safe with WAL against a crash of
// Haven, and a power cut loses at most the last commit, never the file.
QSqlError prepare(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return query.lastError();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return query.lastError();
    // Deleted rows and freed pages are zeroed, so retention and migrations leave nothing behind.
    if (!query.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return query.lastError();
    return Schema::migrate(db);
}

bool setAside(const QString &path, const QString &aside)
{
    if (!QFile::rename(path, aside))
        return false;
    // The journal belongs to the damaged file; left here, SQLite would apply it to the new one.
    for (const char *suffix : {"-wal", "-journal"}) {
        const QString journal = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(journal)
            && !QFile::rename(journal, aside + QLatin1StringView(suffix)))
            QFile::remove(journal);
    }
    QFile::remove(path + QStringLiteral("-shm"));
    return true;
}

} // namespace

Database::Opened Database::open(const QString &connectionName, const QString &path, Purpose purpose,
                                int busyTimeout)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo file(path);
    const bool report = purpose == Purpose::Report;
    if (report && !file.exists())
        return {Status::Missing, Trouble::None, u"there is no usage log at " % shown, {}};
    if (file.exists() && !file.isFile())
        return {Status::Foreign,
                Trouble::None,
                shown
                    % u" is not a file (a folder, a pipe or a device). Give --db or [storage] "
                      u"database the name of a file.",
                {}};
    // Only a file that says it is SQLite can be a damaged log; anything else (a config, a text
    // file) is some other file given by mistake, and is never moved.
    if (file.size() > 0 && !hasSqliteHeader(path))
        return {Status::Foreign,
                Trouble::None,
                shown
                    % u" is not a usage log (it is not an SQLite file). Haven leaves it as it "
                      u"is; give --db or [storage] database a new file name.",
                {}};
    if (!report && !QDir().mkpath(file.absolutePath()))
        return {Status::Unavailable,
                Trouble::Unavailable,
                u"the folder for " % shown % u" cannot be made",
                {}};
    if (!report)
        keepPrivate(path);

    Checked checked = connectAndCheck(connectionName, path, busyTimeout, report);
    Opened result{Status::Ready, Trouble::None, {}, {}};
    if (checked.kind == Checked::Foreign) {
        close(connectionName);
        return {Status::Foreign,
                Trouble::None,
                shown % u" is not a Haven usage log: " % checked.finding
                    % u". Haven leaves it as it is; give --db or [storage] database a new file "
                      u"name.",
                {}};
    }
    if (checked.kind == Checked::Newer) {
        close(connectionName);
        return {Status::Newer,
                Trouble::None,
                shown % u" was written by a newer version of Haven (schema " % checked.finding
                    % u"; this one knows up to " % QString::number(Schema::latest)
                    % u"). It was left untouched; update Haven to use it.",
                {}};
    }
    if (checked.kind == Checked::Damaged) {
        close(connectionName);
        const QString detail
            = checked.finding.isEmpty() ? QString() : u" (" % checked.finding % u')';
        if (purpose == Purpose::Report)
            return {Status::Damaged,
                    Trouble::Damaged,
                    shown % u" is damaged" % detail
                        % u". Haven will set it aside and start a new log when it next starts.",
                    {}};
        const QString aside = setAsideName(path, QDateTime::currentDateTime());
        if (!setAside(path, aside))
            return {Status::Unavailable,
                    Trouble::Damaged,
                    shown % u" is damaged" % detail % u" and cannot be moved aside.",
                    {}};
        qCWarning(lcStorage).noquote() << shown << "is damaged" << detail << "; moved to" << aside;
        result = {Status::Recovered, Trouble::None,
                  u"The usage log was damaged" % detail % u". It was moved to "
                      % QDir::toNativeSeparators(aside) % u" and a new, empty log was started.",
                  aside};
        keepPrivate(path);
        checked = connectAndCheck(connectionName, path, busyTimeout, false);
    }
    QSqlError error = checked.error;
    if (checked.kind == Checked::Fine && report) {
        // The totals a report reads came with schema 2; an older file is brought up to date by
        // Haven itself, never by a report.
        if (const int version = Schema::userVersion(QSqlDatabase::database(connectionName, false));
            version < 2) {
            close(connectionName);
            return {Status::Unavailable,
                    Trouble::None,
                    shown % u" was written by an older Haven (schema " % QString::number(version)
                        % u"). Start Haven once to bring it up to date, then run the report "
                          u"again.",
                    {}};
        }
        return result;
    }
    if (checked.kind == Checked::Fine)
        error = prepare(QSqlDatabase::database(connectionName, false));
    if (checked.kind != Checked::Fine || error.isValid()) {
        close(connectionName);
        const Trouble trouble = troubleOf(error, path);
        return {Status::Unavailable, trouble,
                describe(trouble, path) % u" (" % error.text().trimmed() % u')', result.setAside};
    }
    return result;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Database::Trouble Database::troubleOf(const QSqlError &error, const QString &path)
{
    if (!path.isEmpty()) {
        const QFileInfo file(path);
        const QFileInfo folder(file.absolutePath());
        if ((file.exists() && !file.isWritable()) || (folder.exists() && !folder.isWritable()))
            return Trouble::ReadOnly;
    }
    // Qt reports SQLite's result code; its low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    // A write that fails for want of space often comes back as a plain "disk I/O error".
    constexpr int ioError = 10, cantOpen = 14;
    if ((code == ioError || code == cantOpen || code == 13) && !path.isEmpty()) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < 256 * 1024)
            return Trouble::DiskFull;
    }
    switch (code) {
    case 8: // SQLITE_READONLY
        return Trouble::ReadOnly;
    case 13: // SQLITE_FULL
        return Trouble::DiskFull;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Trouble::Locked;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Trouble::Damaged;
    default:
        return Trouble::Unavailable;
    }
}

QString Database::describe(Trouble trouble, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (trouble) {
    case Trouble::ReadOnly:
        return shown % u" cannot be written: the file or its folder is read-only";
    case Trouble::DiskFull:
        return u"the disk that holds " % shown % u" is full (free some space on it)";
    case Trouble::Locked:
        return u"another program is holding " % shown % u" locked";
    case Trouble::Damaged:
        return shown % u" is damaged";
    case Trouble::None:
    case Trouble::Unavailable:
        break;
    }
    return shown % u" cannot be opened or written";
}

bool Database::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

QString Database::setAsideName(const QString &path, const QDateTime &when)
{
    const QString base = path % u".corrupt-" % when.toString(QStringLiteral("yyyyMMdd-HHmm"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base % u'-' % QString::number(n);
    return name;
}
