#include "database.h"

#include "logging.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

struct Checked
{
    enum Kind { Fine, Damaged, Newer, Failed } kind = Failed;
    QSqlError error;
    QString finding; // what quick_check found, or the newer version
};

// Connects and looks, without writing: the version first (a newer file is only read), then
// quick_check.
Checked connectAndCheck(const QString &name, const QString &path, int busyTimeout)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout));
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
    if (const int version = query.value(0).toInt(); version > Schema::latest)
        return {Checked::Newer, {}, QString::number(version)};
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed(query.lastError());
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings != QStringList{QStringLiteral("ok")})
        return {Checked::Damaged, {}, findings.value(0)};
    return {Checked::Fine, {}, {}};
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
    if (purpose == Purpose::Report && !QFileInfo(path).isFile())
        return {Status::Missing, Trouble::None, u"there is no usage log at " % shown, {}};
    if (purpose == Purpose::Log && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return {Status::Unavailable,
                Trouble::Unavailable,
                u"the folder for " % shown % u" cannot be made",
                {}};

    Checked checked = connectAndCheck(connectionName, path, busyTimeout);
    Opened result{Status::Ready, Trouble::None, {}, {}};
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
        checked = connectAndCheck(connectionName, path, busyTimeout);
    }
    QSqlError error = checked.error;
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
    switch (error.nativeErrorCode().toInt() & 0xff) {
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
        return u"the disk that holds " % shown % u" is full";
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

QString Database::setAsideName(const QString &path, const QDateTime &when)
{
    const QString base = path % u".corrupt-" % when.toString(QStringLiteral("yyyyMMdd-HHmm"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base % u'-' % QString::number(n);
    return name;
}
