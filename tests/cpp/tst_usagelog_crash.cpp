#include "sqlitetesting.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Haven killed at any moment — power cut aside — loses no committed run and leaves a sound file.
// A child logs runs in a loop and is killed with SIGKILL at a random moment, 200 times, on the
// same file: after each kill, PRAGMA integrity_check is ok and every run the child reported
// committed is there.
class TestUsageLogCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTwoHundredTimes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("haven.db"));
        QRandomGenerator random(20250301);
        constexpr int kills = 200;
        constexpr int block = 100000; // each life numbers its runs from its own block
        int killedBeforeLogging = 0;
        qint64 committedRuns = 0;
        for (int life = 0; life < kills; ++life) {
            const int first = 1 + life * block;
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(HAVEN_CRASH_CHILD), {path, QString::number(first)});
            QVERIFY(child.waitForStarted());
            // From the middle of opening to a few dozen commits in.
            QTest::qWait(int(random.bounded(10, 600)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            int last = first - 1;
            bool logging = false;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed "))
                    last = line.mid(10).toInt();
                logging = logging || line == "logging";
            }
            killedBeforeLogging += logging ? 0 : 1;
            committedRuns += last - first + 1;

            SqliteTesting::Connection c(path);
            const QString where = u"after kill " % QString::number(life + 1);
            QCOMPARE(c.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const int present = c.value(QStringLiteral("SELECT count(DISTINCT planned_seconds) "
                                                       "FROM runs WHERE planned_seconds "
                                                       "BETWEEN %1 AND %2")
                                            .arg(first)
                                            .arg(last))
                                    .toInt();
            QVERIFY2(present == last - first + 1,
                     qPrintable(where % u": " % QString::number(present) % u" of the "
                                % QString::number(last - first + 1) % u" committed runs"));
        }
        // Nothing was ever taken for damaged and set aside.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*corrupt*")}), QStringList());
        SqliteTesting::Connection c(path);
        const qint64 total = c.value(QStringLiteral("SELECT count(*) FROM runs")).toLongLong();
        QVERIFY(total >= committedRuns);
        qInfo("%d kills (%d before the log was open): integrity ok after each; %lld runs reported "
              "committed, all present; %lld in the file",
              kills, killedBeforeLogging, committedRuns, total);
    }
};

QTEST_GUILESS_MAIN(TestUsageLogCrash)
#include "tst_usagelog_crash.moc"
