#include "sqlitetesting.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Haven killed at any moment — power cut aside — loses no committed run and leaves a sound file.
// A child logs runs in a loop and kills itself with SIGKILL at a chosen point of the writer's
// commit (as it begins, with the rows written, just committed, just vacuumed), the 1st to 10th
// time it gets there: 200 kills on the same file. After each, PRAGMA integrity_check is ok and
// every run the child reported committed is there, with its after check-in.
class TestUsageLogCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTwoHundredTimes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("haven.db"));
        const QStringList steps = {u"begun"_qs, u"written"_qs, u"committed"_qs, u"vacuumed"_qs};
        constexpr int kills = 200;
        constexpr int block = 100000; // each life numbers its runs from its own block
        int killedBeforeLogging = 0;
        qint64 committedRuns = 0;
        for (int life = 0; life < kills; ++life) {
            const int first = 1 + life * block;
            const QString step = steps.at(life % steps.size());
            const int nth = 1 + (life / int(steps.size())) % 10;
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(HAVEN_CRASH_CHILD),
                        {path, QString::number(first), step, QString::number(nth)});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForFinished(60000), qPrintable(step % u" never reached"));
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
            const QString where = u"after kill " % QString::number(life + 1) % u" (" % step % u' '
                % QString::number(nth) % u')';
            QCOMPARE(c.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const int present = c.value(QStringLiteral("SELECT count(DISTINCT planned_seconds) "
                                                       "FROM runs WHERE zone_after = 'inside' "
                                                       "AND planned_seconds BETWEEN %1 AND %2")
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
        qInfo("%d kills, at %d points of the commit, each the 1st to %dth time (%d before the log "
              "was open): integrity ok after each; %lld runs reported committed, all present with "
              "their after check-in; %lld in the file",
              kills, int(steps.size()), 10, killedBeforeLogging, committedRuns, total);
    }
};

QTEST_GUILESS_MAIN(TestUsageLogCrash)
#include "tst_usagelog_crash.moc"
