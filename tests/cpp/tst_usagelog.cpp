#include "sqlitetesting.h"
#include "usagelog.h"
#include "usagesamples.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <sys/mount.h>
#include <sys/stat.h>

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

    static int mode(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    }

    static int count(const QString &path, const QString &table = QStringLiteral("runs"))
    {
        Connection c(path);
        return c.value(u"SELECT count(*) FROM " % table).toInt();
    }

    // A small filesystem of its own (1 MB: room for the WAL and a VACUUM once the filler goes),
    // where a test may fill the disk or make it read-only. Root in a container without
    // CAP_SYS_ADMIN may not mount; then the failing VFS stands in.
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
        RunRecord spanish = run();
        spanish.language = QStringLiteral("es");
        log.record(spanish);
        QTRY_COMPARE_WITH_TIMEOUT(count(path), 1, 2000);
        QVERIFY2(sinceRecorded.elapsed() <= 1000,
                 qPrintable(QString::number(sinceRecorded.elapsed())));
        Connection c(path);
        QCOMPARE(c.rows(QStringLiteral("SELECT mode, exercise_id, zone_before, distress_before, "
                                       "zone_after, distress_after, language FROM runs")),
                 (QList<QVariantList>{{QStringLiteral("kiosk"), QStringLiteral("box-breathing"),
                                       QStringLiteral("above"), 7, QStringLiteral("inside"), 4,
                                       QStringLiteral("es")}}));
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
        RunRecord named = run();
        named.language = QStringLiteral("Español de México");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown language")));
        log.record(named);
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
            file.write(QByteArray("SQLite format 3", 16) + QByteArray(10000, 'x'));
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
        QCOMPARE(QFileInfo(QDir(folder).filePath(aside.first())).size(), 10016);

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
        const bool mounted = filesystem && mountTmpfs(folder, "1m");
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

    // A disk already full when Haven starts: SQLite often says only "disk I/O error"; staff are
    // told the disk is full.
    void fullDiskAtStartSaysSo()
    {
        const QString folder = newFolder();
        if (!mountTmpfs(folder, "64k"))
            QSKIP("needs a tmpfs of its own");
        {
            QFile filler(folder + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size()) { }
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("paused")));
        UsageLog log(nullptr);
        log.open(folder + QStringLiteral("/haven.db"), 365, true, quick());
        QTRY_COMPARE(log.state(), UsageLog::State::Paused);
        QVERIFY2(log.status().contains(u"is full (free some space on it)"),
                 qPrintable(log.status()));
        log.close();
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

    // The after check-in joins the row of its own run: in memory while the run still waits, by
    // an UPDATE of the remembered row once it is on disk, with the totals moved to match.
    void amendAfterUpdatesThatRun()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365, false);
        RunRecord first = run();
        first.after.reset();
        RunRecord second = first;
        second.exerciseId = QStringLiteral("safe-place");
        const quint64 a = log.record(first);
        const quint64 b = log.record(second);
        QVERIFY(a != 0 && b != 0 && a != b);
        log.amendAfter(a, CheckIn{-0.9, 2}); // still waiting: amended in memory
        log.flush();
        QCOMPARE(count(path), 2);
        log.amendAfter(b, CheckIn{0.0, 5}); // on disk: an UPDATE of that row
        log.amendAfter(0, CheckIn{0.0, 9}); // no run: ignored
        log.amendAfter(999, CheckIn{0.0, 9});
        log.flush();
        Connection c(path);
        QCOMPARE(
            c.rows(QStringLiteral("SELECT exercise_id, zone_after, distress_after FROM runs "
                                  "ORDER BY exercise_id")),
            (QList<QVariantList>{{QStringLiteral("box-breathing"), QStringLiteral("below"), 2},
                                 {QStringLiteral("safe-place"), QStringLiteral("inside"), 5}}));
        // The totals the reports read moved with it: each run's change, and its zone after.
        QCOMPARE(c.rows(QStringLiteral("SELECT exercise_id, distress_pairs, distress_change "
                                       "FROM exercise_totals ORDER BY exercise_id")),
                 (QList<QVariantList>{{QStringLiteral("box-breathing"), 1, -5},
                                      {QStringLiteral("safe-place"), 1, -2}}));
        QCOMPARE(c.rows(QStringLiteral("SELECT zone_before, zone_after, runs FROM zone_totals "
                                       "ORDER BY zone_after")),
                 (QList<QVariantList>{{QStringLiteral("above"), QStringLiteral("below"), 1},
                                      {QStringLiteral("above"), QStringLiteral("inside"), 1}}));
        log.close();
    }

    // Every file Haven writes, read raw: the WAL is empty after each commit, the rows lie in the
    // file in no relation to the order they came in, and the files are the owner's alone.
    void filesKeepNoOrder()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365, false);
        constexpr int runs = 40;
        // Names in an order of their own, so that tables sorted by name say nothing either.
        QList<int> names(runs);
        std::iota(names.begin(), names.end(), 100);
        std::shuffle(names.begin(), names.end(), *QRandomGenerator::global());
        QList<QByteArray> ids;
        for (int i = 0; i < runs; ++i) {
            RunRecord r = run();
            ids.append(QByteArray("order-probe-") + QByteArray::number(names[i]));
            r.exerciseId = QString::fromLatin1(ids.last());
            log.record(r);
            log.flush(); // one commit per run, as a quiet kiosk makes them
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(mode(path + QLatin1StringView(suffix)), 0600);
        // The raw file, as someone who copied it would read it: where each run's id first lies,
        // against the order the runs came in. Spearman's rank correlation is near 0 if shuffled
        // (|rho| >= 0.6 happens by chance about once in 10^4 runs of 40).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QList<std::pair<qsizetype, int>> positions;
        for (int i = 0; i < runs; ++i) {
            const qsizetype at = bytes.indexOf(ids[i]);
            QVERIFY2(at >= 0, ids[i].constData());
            positions.append({at, i});
        }
        std::sort(positions.begin(), positions.end());
        double d2 = 0;
        for (int rank = 0; rank < runs; ++rank)
            d2 += double(rank - positions[rank].second) * (rank - positions[rank].second);
        const double rho = 1 - 6 * d2 / (double(runs) * (runs * runs - 1));
        QVERIFY2(std::abs(rho) < 0.6, qPrintable(QString::number(rho)));
        log.close();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // Deleted, or moved away, while Haven runs: the next commit starts a new log in its place,
    // staff are told, and no run is lost.
    void deletedLogStartsANewOne_data()
    {
        QTest::addColumn<bool>("moved");
        QTest::newRow("deleted") << false;
        QTest::newRow("moved") << true;
    }

    void deletedLogStartsANewOne()
    {
        QFETCH(bool, moved);
        const QString path = newFolder() + QStringLiteral("/haven.db");
        UsageLog log(nullptr);
        log.open(path, 365, false);
        log.record(run());
        log.flush();
        QCOMPARE(count(path), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("deleted or moved")));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = path + QLatin1StringView(suffix);
            QVERIFY(moved ? QFile::rename(file, file + QStringLiteral(".moved"))
                          : QFile::remove(file));
        }
        log.record(run());
        log.record(run());
        log.flush();
        QTRY_COMPARE(log.state(), UsageLog::State::Logging);
        QCOMPARE(count(path), 2);
        QVERIFY2(log.notices().join(u'\n').contains(u"deleted or moved"),
                 qPrintable(log.notices().join(u'\n')));
        log.close();
    }

    // Runs that wait when Haven closes, the log locked from the start, are kept beside it (0600)
    // and written at the next start that can.
    void runsWaitingAtExitAreKept()
    {
        const QString path = newFolder() + QStringLiteral("/haven.db");
        {
            UsageLog first(nullptr);
            first.open(path, 365, false);
            first.flush();
        }
        Connection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("paused")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept in")));
        {
            UsageLog log(nullptr);
            log.open(path, 365, false, quick());
            QTRY_COMPARE(log.state(), UsageLog::State::Paused);
            for (int i = 0; i < 3; ++i)
                log.record(run());
            log.close();
        }
        const QString spool = path + QStringLiteral(".spool");
        QVERIFY(QFileInfo::exists(spool));
        QCOMPARE(mode(spool), 0600);
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        UsageLog again(nullptr);
        again.open(path, 365, false);
        again.flush();
        QCOMPARE(count(path), 3);
        QVERIFY(!QFileInfo::exists(spool));
        QTRY_VERIFY2(again.notices().join(u'\n').contains(u"3 runs kept at the last close"),
                     qPrintable(again.notices().join(u'\n')));
    }

    // Another program's SQLite file, or a file that is not SQLite at all, is never adopted and
    // never moved: logging stays off, with a staff notice, and the file is as it was.
    void refusesAFileThatIsNotAHavenLog_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("another program's database") << true;
        QTest::newRow("a config file") << false;
    }

    void refusesAFileThatIsNotAHavenLog()
    {
        QFETCH(bool, sqlite);
        const QString folder = newFolder();
        const QString path = folder + QStringLiteral("/other.db");
        if (sqlite) {
            Connection c(path);
            QVERIFY(c.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[staff]\npin=pbkdf2-sha256$1$x$y\n");
        }
        const QByteArray before = QCryptographicHash::hash(
            [&] {
                QFile f(path);
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }(),
            QCryptographicHash::Sha256);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a")));
        UsageLog log(nullptr);
        log.open(path, 365, false);
        QTRY_COMPARE(log.state(), UsageLog::State::Off);
        QVERIFY2(log.status().contains(u"leaves it as it is"), qPrintable(log.status()));
        log.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("other.db")});
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
