// Usage log benchmark, each figure against a baseline measured in the same run:
//  (a) the longest the UI thread spends in UsageLog::record while 10,000 runs are logged
//      (target <= 0.5 ms), against writing each run on the calling thread;
//  (b) the dashboard's full report over 1,000,000 runs in a year (target <= 100 ms), against
//      the same figures computed from the runs table without the totals;
//  (c) the file's size per 100,000 runs, against the same runs in a bare table.
#include "usagelog.h"

#include "database.h"
#include "reports.h"
#include "schema.h"
#include "usagesamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace {

constexpr double recordTargetMs = 0.5;
constexpr double reportTargetMs = 100;
constexpr int loggedRuns = 10000;
constexpr int reportRuns = 1000000;
constexpr int sizeRuns = 100000;
const QDate lastDay(2025, 6, 30);

QTextStream out(stdout);

struct Spread
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Spread spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values.at(qsizetype(q * double(values.size() - 1))); };
    return {at(0.5), at(0.99), values.last()};
}

QString ms(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals) % u" ms";
}

RunRecord record(int i)
{
    RunRecord r;
    r.exerciseId = QStringLiteral("box-breathing");
    r.mode = QStringLiteral("kiosk");
    r.plannedSeconds = 240;
    r.activeSeconds = 180 + i % 60;
    r.before = CheckIn{0.7, 7};
    r.after = CheckIn{0.1, 4};
    r.endedAt = QDateTime::currentDateTime();
    return r;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Paced
{
    QList<double> wall; // how long each call took
    QList<double> cpu; // how much of that this thread ran: the rest it waited or was preempted
};

// Calls work(i) for i in 0..count-1, two per millisecond from the event loop, as a busy UI
// would.
Paced paced(int count, const std::function<void(int)> &work)
{
    Paced took;
    took.wall.reserve(count);
    took.cpu.reserve(count);
    QTimer timer;
    QEventLoop loop;
    int i = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (int k = 0; k < 2 && i < count; ++k, ++i) {
            QElapsedTimer t;
            const double cpu = threadCpuMs();
            t.start();
            work(i);
            took.wall.append(double(t.nsecsElapsed()) / 1e6);
            took.cpu.append(threadCpuMs() - cpu);
        }
        if (i == count)
            loop.quit();
    });
    timer.start(1);
    loop.exec();
    return took;
}

qsizetype over(const QList<double> &values, double limit)
{
    return std::count_if(values.begin(), values.end(), [limit](double v) { return v > limit; });
}

bool fill(QSqlDatabase db, int runs, quint32 seed)
{
    // Making the data set is not what is measured; it need not survive a power cut.
    Schema::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    constexpr int chunk = 100000;
    for (int done = 0; done < runs; done += chunk) {
        if (Schema::exec(db, QStringLiteral("BEGIN")).isValid()
            || Schema::insert(
                   db, sampleRuns(std::min(chunk, runs - done), lastDay, 365, seed + quint32(done)))
                   .isValid()
            || Schema::exec(db, QStringLiteral("COMMIT")).isValid())
            return false;
    }
    Schema::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `bench_usagelog a c` runs only those parts; no argument runs all three.
    const QStringList parts = app.arguments().mid(1);
    const auto runs = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1StringView(part));
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    bool met = true;

    // (a) The UI thread's cost of a run, with the writer committing alongside.
    if (runs("a")) {
        const QString path = dir.filePath(QStringLiteral("a-haven.db"));
        UsageLog log(nullptr);
        log.open(path, 3650, false);
        while (log.state() != UsageLog::State::Logging)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        int commits = 0;
        QObject::connect(&log, &UsageLog::committed, [&commits] { ++commits; });
        const Paced havenCalls = paced(loggedRuns, [&log](int i) { log.record(record(i)); });
        const Spread haven = spread(havenCalls.wall);
        log.close();

        const QString syncPath = dir.filePath(QStringLiteral("a-sync.db"));
        Database::open(QStringLiteral("sync"), syncPath, Database::Purpose::Log);
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("sync"));
        const Paced syncCalls = paced(loggedRuns, [&db](int i) {
            Schema::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
            Schema::insert(db, {*LoggedRun::from(record(i))});
            Schema::exec(db, QStringLiteral("COMMIT"));
        });
        const Spread sync = spread(syncCalls.wall);
        db = {};
        Database::close(QStringLiteral("sync"));

        out << "usagelog (a): UI-thread time per record, " << loggedRuns << " runs at 2 per ms ("
            << commits << " commits by the writer)" << Qt::endl;
        out << "  haven (queue, writer thread)     median " << ms(haven.median) << ", p99 "
            << ms(haven.p99) << ", max " << ms(haven.max) << " (on CPU at most "
            << ms(spread(havenCalls.cpu).max) << "; " << over(havenCalls.wall, recordTargetMs)
            << " calls over " << recordTargetMs << " ms)" << Qt::endl;
        out << "  baseline (write on the caller)   median " << ms(sync.median) << ", p99 "
            << ms(sync.p99) << ", max " << ms(sync.max) << " (on CPU at most "
            << ms(spread(syncCalls.cpu).max) << "; " << over(syncCalls.wall, recordTargetMs)
            << " calls over " << recordTargetMs << " ms)" << Qt::endl;
        out << "  ratio haven/baseline (max) " << QString::number(haven.max / sync.max, 'f', 3)
            << "; target max <= " << recordTargetMs
            << " ms: " << (haven.max <= recordTargetMs ? "met" : "MISSED") << Qt::endl;
        met = met && haven.max <= recordTargetMs;
    }

    // (b) The dashboard's report over a year of a million runs.
    if (runs("b")) {
        const QString path = dir.filePath(QStringLiteral("b-haven.db"));
        Database::open(QStringLiteral("b"), path, Database::Purpose::Log);
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("b"));
        QElapsedTimer generating;
        generating.start();
        if (!fill(db, reportRuns, 1))
            return 2;
        const double generated = double(generating.elapsed()) / 1000;
        const ReportQuery year{lastDay.addDays(-364), lastDay, {}};
        QList<double> times;
        Report report;
        for (int i = 0; i < 16; ++i) {
            QElapsedTimer t;
            t.start();
            QSqlError error;
            report = Reports::compute(db, year, &error);
            if (error.isValid())
                return 2;
            if (i > 0) // the first warms the page cache, as the dashboard's first look does
                times.append(double(t.nsecsElapsed()) / 1e6);
        }
        const Spread haven = spread(times);

        // Without the totals: the same figures from every run.
        const QStringList naive
            = {QStringLiteral("SELECT exercise_id, count(*), sum(ending = 'completed'), "
                              "count(distress_after - distress_before), "
                              "sum(distress_after - distress_before) FROM runs "
                              "WHERE day BETWEEN ?1 AND ?2 GROUP BY exercise_id"),
               QStringLiteral("SELECT hour, count(*) FROM runs WHERE day BETWEEN ?1 AND ?2 "
                              "GROUP BY hour"),
               QStringLiteral("SELECT weekday, count(*) FROM runs WHERE day BETWEEN ?1 AND ?2 "
                              "GROUP BY weekday"),
               QStringLiteral("SELECT zone_before, zone_after, count(*) FROM runs "
                              "WHERE day BETWEEN ?1 AND ?2 GROUP BY 1, 2")};
        QList<double> baselineTimes;
        qint64 naiveRuns = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            naiveRuns = 0;
            for (const QString &sql : naive) {
                QSqlQuery q(db);
                q.prepare(sql);
                q.addBindValue(year.from.toString(Qt::ISODate));
                q.addBindValue(year.to.toString(Qt::ISODate));
                q.exec();
                while (q.next()) {
                    if (sql == naive.first())
                        naiveRuns += q.value(1).toLongLong();
                }
            }
            baselineTimes.append(double(t.nsecsElapsed()) / 1e6);
        }
        const Spread baseline = spread(baselineTimes);
        db = {};
        Database::close(QStringLiteral("b"));

        out << "usagelog (b): the dashboard's full report, " << reportRuns
            << " runs over 365 days (made in " << QString::number(generated, 'f', 1) << " s; file "
            << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;
        out << "  haven (per-day totals)           median " << ms(haven.median, 1) << ", max "
            << ms(haven.max, 1) << " (15 runs); " << qint64(report.runs.value) << " runs counted"
            << Qt::endl;
        out << "  baseline (every run scanned)     median " << ms(baseline.median, 1)
            << " (3 runs); " << naiveRuns << " runs counted" << Qt::endl;
        out << "  ratio haven/baseline (median) "
            << QString::number(haven.median / baseline.median, 'f', 3)
            << "; target <= " << reportTargetMs
            << " ms: " << (haven.max <= reportTargetMs ? "met" : "MISSED") << Qt::endl;
        met = met && haven.max <= reportTargetMs && naiveRuns == qint64(report.runs.value);
    }

    // (c) What 100,000 runs cost on disk.
    if (runs("c")) {
        const QString path = dir.filePath(QStringLiteral("c-haven.db"));
        Database::open(QStringLiteral("c"), path, Database::Purpose::Log);
        if (!fill(QSqlDatabase::database(QStringLiteral("c")), sizeRuns, 3))
            return 2;
        Database::close(QStringLiteral("c"));

        const QString barePath = dir.filePath(QStringLiteral("c-bare.db"));
        {
            QSqlDatabase bare
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
            bare.setDatabaseName(barePath);
            bare.open();
            QSqlQuery q(bare);
            q.exec(QStringLiteral(
                "CREATE TABLE runs (day TEXT, hour INTEGER, weekday INTEGER, mode TEXT, "
                "exercise_id TEXT, exercise_version INTEGER, planned_seconds INTEGER, "
                "active_seconds INTEGER, ending TEXT, recommended INTEGER, zone_before TEXT, "
                "distress_before INTEGER, zone_after TEXT, distress_after INTEGER, "
                "text_scale INTEGER, reduced_motion INTEGER, audio_on INTEGER)"));
            q.exec(QStringLiteral("ATTACH '%1' AS haven").arg(path));
            q.exec(QStringLiteral("INSERT INTO runs SELECT * FROM haven.runs ORDER BY rowid"));
            q.exec(QStringLiteral("DETACH haven"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));

        const qint64 haven = QFileInfo(path).size();
        const qint64 bare = QFileInfo(barePath).size();
        out << "usagelog (c): file size per " << sizeRuns << " runs" << Qt::endl;
        out << "  haven (runs, day index, totals)  " << QString::number(double(haven) / 1e6, 'f', 2)
            << " MB, " << haven / sizeRuns << " bytes a run" << Qt::endl;
        out << "  baseline (bare runs table)       " << QString::number(double(bare) / 1e6, 'f', 2)
            << " MB, " << bare / sizeRuns << " bytes a run" << Qt::endl;
        out << "  ratio haven/baseline " << QString::number(double(haven) / double(bare), 'f', 2)
            << Qt::endl;
    }
    return met ? 0 : 1;
}
