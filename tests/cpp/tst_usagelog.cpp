#include "sqlitetesting.h"
#include "usagelog.h"
#include "usagesamples.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using SqliteTesting::Connection;
using SqliteTesting::FailingVfs::Failure;

// The log as Haven uses it: the UI thread queues, the writer commits within a second, and a file
// that cannot be written pauses logging with a notice for staff while everything else goes on.
class TestUsageLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_folders = 0;
    QStringList m_mounts;

    QString newFolder()
    {
        const QString folder = m_dir.filePath(QString::number(++m_folders));
        QDir().mkpath(folder);
        return folder;
    }

    static RunRecord run(int plannedSeconds = 240)
    {
        RunRecord r;
        r.exerciseId = QStringLiteral("box-breathing");
        r.mode = QStringLiteral("kiosk");
        r.plannedSeconds = plannedSeconds;
        r.activeSeconds = plannedSeconds;
        r.before = CheckIn{0.8, 7};
        r.after = CheckIn{0.1, 4};
        r.endedAt = QDateTime::currentDateTime();
        return r;
    }

    static UsageLog::Options quick()
    {
        UsageLog::Options options;
        options.retryMs = 50;
        options.busyTimeoutMs = 100;
        return options;
    }

    static int count(const QString &path, const QString &table = QStringLiteral("runs"))
    {
        Connection c(path);
        return c.value(u"SELECT count(*) FROM " % table).toInt();
    }

    // A small filesystem of its own, where a test may fill the disk or make it read-only. Root
    // in a container without CAP_SYS_ADMIN may not mount; then the failing VFS stands in.
    bool mountTmpfs(const QString &folder, const QByteArray &size)
    {
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                    QByteArray("size=" + size).constData())
            != 0) {
            qInfo("cannot mount a tmpfs (%s); using the failing VFS", strerror(errno));
            return false;
        }
        m_mounts.append(folder);
        return true;
    }

    static bool remount(const QString &folder, bool readOnly)
    {
        return ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs",
                       MS_REMOUNT | (readOnly ? MS_RDONLY : 0), nullptr)
            == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqliteTesting::FailingVfs::install();
    }

    void cleanup() { SqliteTesting::FailingVfs::fail(Failure::None); }

    void cleanupTestCase()
    {
        for (const QString &folder : std::as_const(m_mounts))
            ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
    }

    void writesARunWithinASecond()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        QVERIFY(log.logging());
        QVERIFY(log.status().contains(path));
        QVERIFY(log.notices().isEmpty());
        QElapsedTimer sinceRecorded;
        sinceRecorded.start();
        log.record(run());
        QTRY_COMPARE_WITH_TIMEOUT(count(path), 1, 2000);
        QVERIFY2(sinceRecorded.elapsed() <= 1000,
                 qPrintable(QString::number(sinceRecorded.elapsed())));
        Connection c(path);
        QCOMPARE(c.rows(QStringLiteral("SELECT mode, exercise_id, zone_before, distress_before, "
                                       "zone_after, distress_after FROM runs")),
                 (QList<QVariantList>{{QStringLiteral("kiosk"), QStringLiteral("box-breathing"),
                                       QStringLiteral("above"), 7, QStringLiteral("inside"), 4}}));
    }

    void batchesRunsIntoOneCommit()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        QSignalSpy committed(&log, &UsageLog::committed);
        for (int i = 0; i < 100; ++i)
            log.record(run(i));
        QTRY_COMPARE(committed.size(), 1);
        QCOMPARE(committed.first().first().toInt(), 100);
        QCOMPARE(count(path), 100);
    }

    void closeFlushesWhatIsQueued()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365);
        // Recorded before the file is even open: queued, then written at close.
        for (int i = 0; i < 3; ++i)
            log.record(run());
        log.close();
        QCOMPARE(count(path), 3);
    }

    void appEvents()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        {
            UsageLog log(nullptr);
            log.open(path, 365, true);
            log.recordContentProblems(2);
        }
        {
            UsageLog log(nullptr);
            log.open(path, 365, false); // a self-test is not a start
        }
        Connection c(path);
        QCOMPARE(c.rows(QStringLiteral(
                     "SELECT kind, ifnull(detail, ''), count FROM app_events ORDER BY kind")),
                 (QList<QVariantList>{{QStringLiteral("content_problems"), QString(), 2},
                                      {QStringLiteral("start"), QString(), 0}}));
        QCOMPARE(c.value(QStringLiteral("SELECT day FROM app_events WHERE kind = 'start'")),
                 QVariant(QDate::currentDate().toString(Qt::ISODate)));
    }

    void refusesRunsThatCouldCarryText()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365);
        RunRecord bad = run();
        bad.exerciseId = QStringLiteral("Jane's exercise");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("malformed exercise id")));
        log.record(bad);
        log.record(run());
        log.close();
        QCOMPARE(count(path), 1);
    }

    void retentionAtStartAndDaily()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        const QDate today = QDate::currentDate();
        const auto daysAgo = [&](int days) {
            LoggedRun r = *LoggedRun::from(run());
            r.day = today.addDays(-days);
            return r;
        };
        {
            UsageLog log(nullptr);
            log.open(path, 365);
            QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        }
        const auto add = [&](const QList<LoggedRun> &runs) {
            Connection c(path);
            QSqlDatabase db = c.database();
            QVERIFY(!Schema::exec(db, QStringLiteral("BEGIN")).isValid());
            QVERIFY(!Schema::insert(db, runs).isValid());
            QVERIFY(!Schema::exec(db, QStringLiteral("COMMIT")).isValid());
        };
        add({daysAgo(400), daysAgo(366), daysAgo(365), daysAgo(10), daysAgo(0)});
        const auto days = [&] {
            Connection c(path);
            QStringList kept;
            for (const QVariantList &row :
                 c.rows(QStringLiteral("SELECT day FROM runs ORDER BY day")))
                kept.append(row.first().toString());
            return kept;
        };
        const auto iso = [&](int ago) { return today.addDays(-ago).toString(Qt::ISODate); };

        UsageLog::Options options = quick();
        options.retentionEveryMs = 100;
        UsageLog log(nullptr);
        log.open(path, 365, true, options);
        QTRY_COMPARE(days(), (QStringList{iso(365), iso(10), iso(0)}));
        // While it runs, a day that passes out of the window goes too.
        add({daysAgo(380)});
        QTRY_COMPARE(days(), (QStringList{iso(365), iso(10), iso(0)}));
    }

    void recoversADamagedFile()
    {
        const QString folder = newFolder();
        const QString path = folder + QStringLiteral("/haven.db");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(10000, 'x'));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is damaged")));
        UsageLog log(nullptr);
        log.open(path, 365);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        QCOMPARE(log.notices().size(), 1);
        QVERIFY2(log.notices().first().contains(QStringLiteral("damaged"))
                     && log.notices().first().contains(QStringLiteral("haven.db.corrupt-")),
                 qPrintable(log.notices().first()));
        log.record(run());
        log.close();
        QCOMPARE(count(path), 1);
        Connection c(path);
        QCOMPARE(c.value(QStringLiteral("SELECT group_concat(kind) FROM (SELECT kind FROM "
                                        "app_events ORDER BY kind)")),
                 QVariant(QStringLiteral("database_recovered,start")));
        const QStringList aside = QDir(folder).entryList({QStringLiteral("haven.db.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(QDir(folder).filePath(aside.first())).size(), 10000);

        // The next start tells staff it happened.
        UsageLog later(nullptr);
        later.open(path, 365);
        QTRY_COMPARE(later.state(), UsageLog::State::Logging);
        QCOMPARE(later.notices().size(), 1);
        QVERIFY2(later.notices().first().contains(QStringLiteral("damaged")),
                 qPrintable(later.notices().first()));
    }

    void refusesANewerSchema()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        {
            Connection c(path);
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer version")));
        UsageLog log(nullptr);
        log.open(path, 365);
        QTRY_COMPARE(log.state(), UsageLog::State::Off);
        QVERIFY(log.notices().first().contains(QStringLiteral("newer version of Haven")));
        QCOMPARE(log.status(), log.notices().first());
        log.record(run()); // the exercise goes on; nothing is written
        log.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void readOnlyPausesAndResumes_data()
    {
        QTest::addColumn<bool>("filesystem");
        QTest::newRow("read-only filesystem") << true;
        QTest::newRow("failing vfs") << false;
    }

    void readOnlyPausesAndResumes()
    {
        QFETCH(bool, filesystem);
        const QString folder = newFolder();
        const bool mounted = filesystem && mountTmpfs(folder, "1m");
        const QString path = folder + QStringLiteral("/haven.db");
        {
            UsageLog log(nullptr);
            log.open(path, 365);
            QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        }
        if (mounted)
            QVERIFY(remount(folder, true));
        else
            SqliteTesting::FailingVfs::fail(Failure::ReadOnly);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("paused")));
        UsageLog log(nullptr);
        log.open(path, 365, true, quick());
        QTRY_COMPARE(log.state(), UsageLog::State::Paused);
        QVERIFY2(log.notices().first().contains(QStringLiteral("read-only"))
                     && log.notices().first().contains(QStringLiteral("Haven keeps working")),
                 qPrintable(log.notices().first()));
        log.record(run());
        log.record(run());

        if (mounted)
            QVERIFY(remount(folder, false));
        else
            SqliteTesting::FailingVfs::fail(Failure::None);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        QVERIFY2(log.notices().first().contains(QStringLiteral("has resumed")),
                 qPrintable(log.notices().first()));
        log.close();
        QCOMPARE(count(path), 2);
        Connection c(path);
        QCOMPARE(c.rows(QStringLiteral("SELECT detail, count FROM app_events WHERE kind = "
                                       "'logging_paused'")),
                 (QList<QVariantList>{{QStringLiteral("read_only"), 2}}));
    }

    void fullDiskPausesAndResumes_data()
    {
        QTest::addColumn<bool>("filesystem");
        QTest::newRow("full filesystem") << true;
        QTest::newRow("failing vfs") << false;
    }

    void fullDiskPausesAndResumes()
    {
        QFETCH(bool, filesystem);
        const QString folder = newFolder();
        const bool mounted = filesystem && mountTmpfs(folder, "256k");
        const QString path = folder + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365, true, quick());
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        log.flush();

        const QString filler = folder + QStringLiteral("/filler");
        if (mounted) {
            QFile file(filler);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'f');
            while (file.write(block) == block.size()) { }
        } else {
            SqliteTesting::FailingVfs::fail(Failure::DiskFull);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("paused")));
        for (int i = 0; i < 300; ++i)
            log.record(run(i));
        QTRY_COMPARE(log.state(), UsageLog::State::Paused);
        QVERIFY2(log.notices().first().contains(QStringLiteral("is full"))
                     && log.notices().first().contains(QStringLiteral("300 runs waiting")),
                 qPrintable(log.notices().first()));

        if (mounted)
            QVERIFY(QFile::remove(filler));
        else
            SqliteTesting::FailingVfs::fail(Failure::None);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        log.close();
        QCOMPARE(count(path), 300);
        Connection c(path);
        QCOMPARE(c.value(QStringLiteral("PRAGMA integrity_check")), QVariant(QStringLiteral("ok")));
        QCOMPARE(c.rows(QStringLiteral("SELECT detail, count FROM app_events WHERE kind = "
                                       "'logging_paused'")),
                 (QList<QVariantList>{{QStringLiteral("disk_full"), 300}}));
    }

    // Another program holding the file: logging waits, and the UI thread never does.
    void lockedPausesWithoutBlockingTheUi()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog::Options options = quick();
        options.busyTimeoutMs = 1000;
        UsageLog log(nullptr);
        log.open(path, 365, true, options);
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        log.flush();

        Connection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("paused")));
        log.record(run());
        // The writer now waits up to a second for the lock; the UI thread goes on recording.
        qint64 longest = 0;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            log.record(run());
            longest = std::max(longest, timer.nsecsElapsed());
            QTest::qWait(2);
        }
        QVERIFY2(longest < 5'000'000, qPrintable(QString::number(longest)));
        QTRY_COMPARE(log.state(), UsageLog::State::Paused);
        QVERIFY2(log.notices().first().contains(QStringLiteral("locked")),
                 qPrintable(log.notices().first()));
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE_WITH_TIMEOUT(log.state(), UsageLog::State::Logging, 10000);
        log.close();
        QCOMPARE(count(path), 201);
    }

    void reportsComeFromTheWritersThread()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365);
        for (int i = 0; i < 12; ++i)
            log.record(run());
        log.flush();
        QSignalSpy ready(&log, &UsageLog::reportReady);
        const int request = log.requestReport({});
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toInt(), request);
        QCOMPARE(ready.first().at(2).toString(), QString());
        const Report report = ready.first().at(1).value<Report>();
        QCOMPARE(report.runs, Figure::count(12));
        QCOMPARE(report.completion.value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestUsageLog)
#include "tst_usagelog.moc"
