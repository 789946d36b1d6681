#include "schema.h"

#include "logging.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QSqlError run(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (const QSqlError error = Schema::exec(db, sql); error.isValid())
            return error;
    }
    return {};
}

// The runs table. CHECK constraints hold every column to the values the privacy list allows, so
// no free text can reach the file even by mistake. Schema 1 made it with the first three endings;
// schema 3 remakes it with all of them.
QString runsTable(const QString &name, const QString &endings)
{
    const QString zone = QStringLiteral(" TEXT CHECK (%1 IN ('below', 'inside', 'above'))");
    const QString distress = QStringLiteral(" INTEGER CHECK (%1 BETWEEN 0 AND 10)");
    const QString flag = QStringLiteral(" INTEGER NOT NULL CHECK (%1 IN (0, 1))");
    return u"CREATE TABLE " % name
        % u" ("
          u"day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), "
          u"hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23), "
          u"weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
          u"mode TEXT NOT NULL CHECK (mode IN ('home', 'kiosk', 'session')), "
          u"exercise_id TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64 "
          u"AND exercise_id NOT GLOB '*[^a-z0-9-]*'), "
          u"exercise_version INTEGER NOT NULL CHECK (exercise_version >= 1), "
          u"planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0), "
          u"active_seconds INTEGER NOT NULL CHECK (active_seconds >= 0), "
          u"ending TEXT NOT NULL CHECK (ending IN ("
        % endings % u")), recommended" % flag.arg(u"recommended") % u", zone_before"
        % zone.arg(u"zone_before") % u", distress_before" % distress.arg(u"distress_before")
        % u", zone_after" % zone.arg(u"zone_after") % u", distress_after"
        % distress.arg(u"distress_after")
        % u", text_scale INTEGER NOT NULL CHECK (text_scale IN (100, 150, 200)), "
          u"reduced_motion"
        % flag.arg(u"reduced_motion") % u", audio_on" % flag.arg(u"audio_on") % u')';
}

const QString insertTrigger = QStringLiteral(
    "CREATE TRIGGER runs_totals AFTER INSERT ON runs BEGIN "
    "INSERT INTO exercise_totals VALUES (NEW.day, NEW.mode, NEW.exercise_id, 1, "
    "NEW.ending = 'completed', NEW.distress_after - NEW.distress_before IS NOT NULL, "
    "coalesce(NEW.distress_after - NEW.distress_before, 0)) "
    "ON CONFLICT DO UPDATE SET runs = runs + 1, completed = completed + "
    "excluded.completed, distress_pairs = distress_pairs + excluded.distress_pairs, "
    "distress_change = distress_change + excluded.distress_change; "
    "INSERT INTO hour_totals VALUES (NEW.day, NEW.mode, NEW.hour, 1) "
    "ON CONFLICT DO UPDATE SET runs = runs + 1; "
    "INSERT INTO zone_totals VALUES (NEW.day, NEW.mode, coalesce(NEW.zone_before, "
    "'none'), coalesce(NEW.zone_after, 'none'), 1) "
    "ON CONFLICT DO UPDATE SET runs = runs + 1; "
    "END");

QSqlError migrateTo1(QSqlDatabase &db)
{
    return run(
        db,
        {runsTable(QStringLiteral("runs"),
                   QStringLiteral("'completed', 'stopped', 'reset_by_idle'")),
         QStringLiteral("CREATE INDEX runs_by_day ON runs (day)"),
         QStringLiteral(
             "CREATE TABLE app_events ("
             "day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), "
             "hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23), "
             "kind TEXT NOT NULL CHECK (kind IN ('start', 'content_problems', "
             "'database_recovered', 'logging_paused')), "
             "detail TEXT CHECK (detail IN ('read_only', 'disk_full', 'locked', 'unavailable')), "
             "count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0))"),
         QStringLiteral("CREATE INDEX app_events_by_day ON app_events (day)")});
}

// Reports read these instead of the runs: a year of a busy clinic is a few thousand rows here
// against a million runs. Triggers keep them in step with every insert; retention deletes
// whole days from both.
QSqlError migrateTo2(QSqlDatabase &db)
{
    return run(
        db,
        {QStringLiteral("CREATE TABLE exercise_totals ("
                        "day TEXT NOT NULL, mode TEXT NOT NULL, exercise_id TEXT NOT NULL, "
                        "runs INTEGER NOT NULL, completed INTEGER NOT NULL, "
                        "distress_pairs INTEGER NOT NULL, distress_change INTEGER NOT NULL, "
                        "PRIMARY KEY (day, mode, exercise_id)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE hour_totals ("
                        "day TEXT NOT NULL, mode TEXT NOT NULL, hour INTEGER NOT NULL, "
                        "runs INTEGER NOT NULL, PRIMARY KEY (day, mode, hour)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE zone_totals ("
                        "day TEXT NOT NULL, mode TEXT NOT NULL, "
                        "zone_before TEXT NOT NULL, zone_after TEXT NOT NULL, "
                        "runs INTEGER NOT NULL, "
                        "PRIMARY KEY (day, mode, zone_before, zone_after)) WITHOUT ROWID"),
         insertTrigger,
         QStringLiteral(
             "INSERT INTO exercise_totals SELECT day, mode, exercise_id, count(*), "
             "sum(ending = 'completed'), count(distress_after - distress_before), "
             "coalesce(sum(distress_after - distress_before), 0) FROM runs GROUP BY 1, 2, 3"),
         QStringLiteral("INSERT INTO hour_totals SELECT day, mode, hour, count(*) FROM runs "
                        "GROUP BY 1, 2, 3"),
         QStringLiteral("INSERT INTO zone_totals SELECT day, mode, coalesce(zone_before, 'none'), "
                        "coalesce(zone_after, 'none'), count(*) FROM runs GROUP BY 1, 2, 3, 4")});
}

// The endings a run can have since the visit flow writes every run when it ends (replaced by a
// hand-over, quit with the app, skipped through), and the after check-in added to a row already
// written: an UPDATE whose trigger moves the row's share of the totals. SQLite cannot change a
// CHECK in place, so the runs table is made again and its rows copied, rowids and all.
QSqlError migrateTo3(QSqlDatabase &db)
{
    const QString columns = QStringLiteral(
        "rowid, day, hour, weekday, mode, exercise_id, exercise_version, planned_seconds, "
        "active_seconds, ending, recommended, zone_before, distress_before, zone_after, "
        "distress_after, text_scale, reduced_motion, audio_on");
    return run(
        db,
        {runsTable(QStringLiteral("runs_3"),
                   QStringLiteral("'completed', 'stopped', 'reset_by_idle', 'skipped', "
                                  "'replaced', 'quit'")),
         u"INSERT INTO runs_3 (" % columns % u") SELECT " % columns % u" FROM runs",
         QStringLiteral("DROP TABLE runs"), QStringLiteral("ALTER TABLE runs_3 RENAME TO runs"),
         QStringLiteral("CREATE INDEX runs_by_day ON runs (day)"), insertTrigger,
         QStringLiteral(
             "CREATE TRIGGER runs_totals_after AFTER UPDATE OF zone_after, distress_after "
             "ON runs BEGIN "
             "UPDATE exercise_totals SET distress_pairs = distress_pairs "
             "- (OLD.distress_after - OLD.distress_before IS NOT NULL) "
             "+ (NEW.distress_after - NEW.distress_before IS NOT NULL), "
             "distress_change = distress_change "
             "- coalesce(OLD.distress_after - OLD.distress_before, 0) "
             "+ coalesce(NEW.distress_after - NEW.distress_before, 0) "
             "WHERE day = NEW.day AND mode = NEW.mode AND exercise_id = NEW.exercise_id; "
             "UPDATE zone_totals SET runs = runs - 1 WHERE day = OLD.day AND mode = OLD.mode "
             "AND zone_before = coalesce(OLD.zone_before, 'none') "
             "AND zone_after = coalesce(OLD.zone_after, 'none'); "
             "DELETE FROM zone_totals WHERE day = OLD.day AND mode = OLD.mode AND runs = 0; "
             "INSERT INTO zone_totals VALUES (NEW.day, NEW.mode, coalesce(NEW.zone_before, "
             "'none'), coalesce(NEW.zone_after, 'none'), 1) "
             "ON CONFLICT DO UPDATE SET runs = runs + 1; "
             "END")});
}

// The language each run was shown in, and its totals for reports. Runs before it were all in
// English, the only language Haven had.
QSqlError migrateTo4(QSqlDatabase &db)
{
    return run(
        db,
        {QStringLiteral("ALTER TABLE runs ADD COLUMN language TEXT NOT NULL DEFAULT 'en' "
                        "CHECK (language IN ('en', 'es'))"),
         QStringLiteral("CREATE TABLE language_totals ("
                        "day TEXT NOT NULL, mode TEXT NOT NULL, language TEXT NOT NULL, "
                        "runs INTEGER NOT NULL, PRIMARY KEY (day, mode, language)) WITHOUT ROWID"),
         QStringLiteral("CREATE TRIGGER runs_language_totals AFTER INSERT ON runs BEGIN "
                        "INSERT INTO language_totals VALUES (NEW.day, NEW.mode, NEW.language, 1) "
                        "ON CONFLICT DO UPDATE SET runs = runs + 1; "
                        "END"),
         QStringLiteral("INSERT INTO language_totals SELECT day, mode, language, count(*) "
                        "FROM runs GROUP BY 1, 2, 3")});
}

using Migration = QSqlError (*)(QSqlDatabase &);
constexpr Migration migrations[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4};
static_assert(std::size(migrations) == Schema::latest);

} // namespace

int Schema::userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlError Schema::exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QSqlError() : query.lastError();
}

QSqlError Schema::migrate(QSqlDatabase &db, int version)
{
    const int current = userVersion(db);
    if (current < 0)
        return db.lastError();
    if (current > latest)
        return QSqlError(QStringLiteral("schema %1 is newer than this Haven knows (%2)")
                             .arg(current)
                             .arg(latest),
                         {}, QSqlError::UnknownError);
    for (int next = current + 1; next <= std::min(version, latest); ++next) {
        QSqlError error = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        if (!error.isValid())
            error = migrations[next - 1](db);
        if (!error.isValid())
            error = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next));
        if (!error.isValid())
            error = exec(db, QStringLiteral("COMMIT"));
        if (error.isValid()) {
            exec(db, QStringLiteral("ROLLBACK"));
            qCWarning(lcStorage).noquote()
                << db.databaseName() << "upgrading to schema" << next << "failed:" << error.text();
            return error;
        }
        qCInfo(lcStorage).noquote() << "upgraded" << db.databaseName() << "to schema" << next;
    }
    return {};
}

QSqlError Schema::deleteBefore(QSqlDatabase &db, const QString &firstKept)
{
    QSqlError error = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery query(db);
    for (const char *table : {"runs", "app_events", "exercise_totals", "hour_totals", "zone_totals",
                              "language_totals"}) {
        if (error.isValid())
            break;
        query.prepare(u"DELETE FROM " % QLatin1StringView(table) % u" WHERE day < ?");
        query.addBindValue(firstKept);
        if (!query.exec())
            error = query.lastError();
    }
    if (!error.isValid())
        error = exec(db, QStringLiteral("COMMIT"));
    if (error.isValid())
        exec(db, QStringLiteral("ROLLBACK"));
    return error;
}

QSqlError Schema::insert(QSqlDatabase &db, const QList<LoggedRun> &runs, QList<qint64> *rowids)
{
    if (rowids)
        rowids->clear();
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO runs (rowid, day, hour, weekday, mode, exercise_id, exercise_version, "
            "planned_seconds, active_seconds, ending, recommended, zone_before, distress_before, "
            "zone_after, distress_after, text_scale, reduced_motion, audio_on, language) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return query.lastError();
    const auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : value; };
    const auto number = [](std::optional<int> value) { return value ? *value : QVariant(); };
    for (const LoggedRun &run : runs) {
        const QVariantList values = {run.day.toString(Qt::ISODate),
                                     run.hour,
                                     run.weekday,
                                     run.mode,
                                     run.exerciseId,
                                     run.exerciseVersion,
                                     run.plannedSeconds,
                                     run.activeSeconds,
                                     run.ending,
                                     int(run.recommended),
                                     text(run.zoneBefore),
                                     number(run.distressBefore),
                                     text(run.zoneAfter),
                                     number(run.distressAfter),
                                     run.textScale,
                                     int(run.reducedMotion),
                                     int(run.audioOn),
                                     run.language};
        // A random rowid can, once in billions, be taken already: draw again. A run that breaks
        // a CHECK is a bug; it is dropped rather than left to block every run after it.
        for (int attempt = 1;; ++attempt) {
            const qint64 rowid = qint64(QRandomGenerator::global()->generate64() >> 1);
            query.addBindValue(rowid);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec()) {
                if (rowids)
                    rowids->append(rowid);
                break;
            }
            constexpr int constraint = 19; // SQLITE_CONSTRAINT
            if ((query.lastError().nativeErrorCode().toInt() & 0xff) != constraint)
                return query.lastError();
            if (attempt == 3) {
                qCWarning(lcStorage).noquote() << "a run of" << run.exerciseId
                                               << "was not logged:" << query.lastError().text();
                if (rowids)
                    rowids->append(-1);
                break;
            }
        }
    }
    return {};
}

QSqlError Schema::setAfter(QSqlDatabase &db, qint64 rowid, const QString &zoneAfter,
                           std::optional<int> distressAfter)
{
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("UPDATE runs SET zone_after = ?, distress_after = ? WHERE rowid = ?")))
        return query.lastError();
    query.addBindValue(zoneAfter.isEmpty() ? QVariant() : zoneAfter);
    query.addBindValue(distressAfter ? *distressAfter : QVariant());
    query.addBindValue(rowid);
    return query.exec() ? QSqlError() : query.lastError();
}

QSqlError Schema::insert(QSqlDatabase &db, const QList<AppEvent> &events)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO app_events (day, hour, kind, detail, count) VALUES (?, ?, ?, ?, ?)")))
        return query.lastError();
    for (const AppEvent &event : events) {
        query.addBindValue(event.day.toString(Qt::ISODate));
        query.addBindValue(event.hour);
        query.addBindValue(event.kind);
        query.addBindValue(event.detail.isEmpty() ? QVariant() : event.detail);
        query.addBindValue(event.count);
        if (!query.exec())
            return query.lastError();
    }
    return {};
}
