#include "database.h"
#include "schema.h"
#include "sqlitetesting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using SqliteTesting::Connection;

// Opening the log: a new file, a damaged one, one from a newer Haven, one a report asks for.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_folders = 0;
    const QString m_name = QStringLiteral("tst_database");

    // A folder of its own per test, so set-aside files are easy to count.
    QString newPath()
    {
        const QString folder = m_dir.filePath(QString::number(++m_folders));
        QDir().mkpath(folder);
        return folder + QStringLiteral("/haven.db");
    }

    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QStringList filesBeside(const QString &path)
    {
        return QFileInfo(path).dir().entryList(QDir::Files, QDir::Name);
    }

    // A log with a few hundred runs, closed.
    void makeLog(const QString &path)
    {
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose::Log);
        QCOMPARE(opened.status, Database::Status::Ready);
        Connection c(path);
        for (int i = 0; i < 300; ++i)
            QVERIFY(c.exec(QStringLiteral(
                "INSERT INTO runs VALUES ('2025-02-03', 10, 1, 'kiosk', 'box-breathing', 1, 240, "
                "240, 'completed', 0, 'above', 7, 'inside', 4, 100, 0, 1, 'en')")));
        Database::close(m_name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsANewLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/haven.db"));
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose::Log);
        QCOMPARE(opened.status, Database::Status::Ready);
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QVERIFY(db.isOpen());
        QCOMPARE(Schema::userVersion(db), Schema::latest);
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        db = {};
        Database::close(m_name);
        QVERIFY(!QSqlDatabase::contains(m_name));
    }

    void reportNeedsAFile()
    {
        const QString path = newPath();
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose::Report);
        QCOMPARE(opened.status, Database::Status::Missing);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QSqlDatabase::contains(m_name));
    }

    void recoversADamagedFile_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<bool>("inRunsTable");
        // SQLite's header, then garbage: SQLite says so on the first read.
        QTest::newRow("not a database") << QByteArray(8192, 'x') << false;
        // A valid header over a broken page of runs: only quick_check finds it.
        QTest::newRow("broken page") << QByteArray(64, '\x5a') << true;
    }

    void recoversADamagedFile()
    {
        QFETCH(QByteArray, damage);
        QFETCH(bool, inRunsTable);
        const QString path = newPath();
        makeLog(path);
        qint64 at = 16; // past "SQLite format 3": a file without it is never set aside
        if (inRunsTable) {
            Connection c(path);
            at = (c.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'runs'"))
                      .toLongLong()
                  - 1)
                * c.value(QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > at + damage.size());
            file.seek(at);
            file.write(damage);
        }
        const QByteArray damaged = digest(path);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is damaged")));
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose::Log);
        QCOMPARE(opened.status, Database::Status::Recovered);
        Database::close(m_name);
        // Set aside as haven.db.corrupt-YYYYMMDD-HHMM, as it was; a fresh log in its place.
        static const QRegularExpression name(
            QStringLiteral("^haven\\.db\\.corrupt-\\d{8}-\\d{4}$"));
        QVERIFY2(name.match(QFileInfo(opened.setAside).fileName()).hasMatch(),
                 qPrintable(opened.setAside));
        QCOMPARE(digest(opened.setAside), damaged);
        QVERIFY(opened.message.contains(QFileInfo(opened.setAside).fileName()));
        QVERIFY(opened.message.contains(QStringLiteral("damaged")));
        Connection c(path);
        QCOMPARE(c.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(Schema::userVersion(c.database()), Schema::latest);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);
    }

    void reportLeavesADamagedFileWhereItIs()
    {
        const QString path = newPath();
        makeLog(path);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(16);
            file.write(QByteArray(4096, 'x'));
        }
        const QByteArray damaged = digest(path);
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose::Report);
        QCOMPARE(opened.status, Database::Status::Damaged);
        QCOMPARE(digest(path), damaged);
        QCOMPARE(filesBeside(path), QStringList{QStringLiteral("haven.db")});
    }

    void refusesANewerSchemaUntouched_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::newRow("log") << int(Database::Purpose::Log);
        QTest::newRow("report") << int(Database::Purpose::Report);
    }

    void refusesANewerSchemaUntouched()
    {
        QFETCH(int, purpose);
        const QString path = newPath();
        makeLog(path);
        {
            Connection c(path);
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latest + 5)));
        }
        const QByteArray before = digest(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const Database::Opened opened = Database::open(m_name, path, Database::Purpose(purpose));
        QCOMPARE(opened.status, Database::Status::Newer);
        QVERIFY(!QSqlDatabase::contains(m_name));
        QVERIFY2(opened.message.contains(QStringLiteral("newer version of Haven"))
                     && opened.message.contains(QStringLiteral("untouched")),
                 qPrintable(opened.message));
        QCOMPARE(digest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(filesBeside(path), QStringList{QStringLiteral("haven.db")});
    }

    void setAsideNamesDoNotCollide()
    {
        const QString path = newPath();
        const QDateTime when(QDate(2025, 3, 4), QTime(9, 7));
        const QString first = Database::setAsideName(path, when);
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("haven.db.corrupt-20250304-0907"));
        QFile(first).open(QIODevice::WriteOnly);
        QCOMPARE(QFileInfo(Database::setAsideName(path, when)).fileName(),
                 QStringLiteral("haven.db.corrupt-20250304-0907-2"));
    }

    void troubleFromSqliteCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("trouble");
        QTest::newRow("readonly") << QStringLiteral("8") << int(Database::Trouble::ReadOnly);
        QTest::newRow("readonly, extended")
            << QStringLiteral("1032") << int(Database::Trouble::ReadOnly);
        QTest::newRow("full") << QStringLiteral("13") << int(Database::Trouble::DiskFull);
        QTest::newRow("busy") << QStringLiteral("5") << int(Database::Trouble::Locked);
        QTest::newRow("corrupt") << QStringLiteral("11") << int(Database::Trouble::Damaged);
        QTest::newRow("not a db") << QStringLiteral("26") << int(Database::Trouble::Damaged);
        QTest::newRow("io") << QStringLiteral("10") << int(Database::Trouble::Unavailable);
    }

    void troubleFromSqliteCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, trouble);
        QCOMPARE(int(Database::troubleOf(QSqlError({}, {}, QSqlError::StatementError, code))),
                 trouble);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
