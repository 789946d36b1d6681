#include "schema.h"
#include "sqlitetesting.h"
#include "usagesamples.h"

#include <QTemporaryDir>
#include <QTest>

using SqliteTesting::Connection;

// The privacy list: every column the usage log may hold, and why it cannot identify anyone.
// A column added to the schema fails allowedColumnsOnly until it is added here, with its reason,
// and reviewed.
struct Allowed
{
    const char *table;
    const char *column;
    const char *why;
};
static const Allowed privacyList[] = {
    {"runs", "day", "the date only; the hour is a separate column, minutes are never kept"},
    {"runs", "hour", "0-23: no time finer than the hour"},
    {"runs", "weekday", "1-7, derived from the day"},
    {"runs", "mode", "home, kiosk or session"},
    {"runs", "exercise_id", "the content's id, checked to be an id and nothing else"},
    {"runs", "exercise_version", "the content's version"},
    {"runs", "planned_seconds", "the exercise's length"},
    {"runs", "active_seconds", "how long it ran, not when"},
    {"runs", "ending", "completed, stopped or reset_by_idle"},
    {"runs", "recommended", "0 or 1"},
    {"runs", "zone_before", "below, inside or above the window; never the gauge position"},
    {"runs", "distress_before", "0-10 or null"},
    {"runs", "zone_after", "as zone_before"},
    {"runs", "distress_after", "as distress_before"},
    {"runs", "text_scale", "a bucket: 100, 150 or 200"},
    {"runs", "reduced_motion", "0 or 1"},
    {"runs", "audio_on", "0 or 1"},
    {"runs", "language", "en or es: the language the run was shown in"},
    {"app_events", "day", "as runs.day"},
    {"app_events", "hour", "as runs.hour"},
    {"app_events", "kind", "start, content_problems, database_recovered or logging_paused"},
    {"app_events", "detail", "why logging paused: read_only, disk_full, locked or unavailable"},
    {"app_events", "count", "files with problems, or runs that waited"},
    {"exercise_totals", "day", "totals of runs, per day"},
    {"exercise_totals", "mode", ""},
    {"exercise_totals", "exercise_id", ""},
    {"exercise_totals", "runs", ""},
    {"exercise_totals", "completed", ""},
    {"exercise_totals", "distress_pairs", "runs with both distress ratings"},
    {"exercise_totals", "distress_change", "the sum of after - before over those"},
    {"hour_totals", "day", "totals of runs, per day and hour"},
    {"hour_totals", "mode", ""},
    {"hour_totals", "hour", ""},
    {"hour_totals", "runs", ""},
    {"zone_totals", "day", "totals of runs, per day and zone shift"},
    {"zone_totals", "mode", ""},
    {"zone_totals", "zone_before", "as runs.zone_before, or none"},
    {"zone_totals", "zone_after", ""},
    {"zone_totals", "runs", ""},
    {"language_totals", "day", "totals of runs, per day and language"},
    {"language_totals", "mode", ""},
    {"language_totals", "language", "as runs.language"},
    {"language_totals", "runs", ""},
};

class TestSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

    static QStringList schemaSql(const Connection &c)
    {
        QStringList sql;
        for (const QVariantList &row :
             c.rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                                   "ORDER BY type, name")))
            sql.append(row.first().toString());
        return sql;
    }

    // The totals, as the triggers keep them, against the same sums made from the runs.
    static void checkTotals(const Connection &c)
    {
        QCOMPARE(
            c.rows(QStringLiteral("SELECT day, mode, exercise_id, runs, completed, distress_pairs, "
                                  "distress_change FROM exercise_totals ORDER BY 1, 2, 3")),
            c.rows(QStringLiteral(
                "SELECT day, mode, exercise_id, count(*), sum(ending = 'completed'), "
                "count(distress_after - distress_before), "
                "coalesce(sum(distress_after - distress_before), 0) FROM runs "
                "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
        QCOMPARE(c.rows(QStringLiteral("SELECT day, mode, hour, runs FROM hour_totals "
                                       "ORDER BY 1, 2, 3")),
                 c.rows(QStringLiteral("SELECT day, mode, hour, count(*) FROM runs "
                                       "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
        QCOMPARE(c.rows(QStringLiteral("SELECT day, mode, zone_before, zone_after, runs FROM "
                                       "zone_totals ORDER BY 1, 2, 3, 4")),
                 c.rows(QStringLiteral("SELECT day, mode, coalesce(zone_before, 'none'), "
                                       "coalesce(zone_after, 'none'), count(*) FROM runs "
                                       "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")));
        QCOMPARE(c.rows(QStringLiteral("SELECT day, mode, language, runs FROM language_totals "
                                       "ORDER BY 1, 2, 3")),
                 c.rows(QStringLiteral("SELECT day, mode, language, count(*) FROM runs "
                                       "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void allowedColumnsOnly()
    {
        const QString path = newFile();
        {
            Connection c(path);
            QSqlDatabase db = c.database();
            QVERIFY(!Schema::migrate(db).isValid());
        }
        Connection c(path);
        QStringList found;
        for (const QVariantList &table : c.rows(QStringLiteral(
                 "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            for (const QVariantList &column :
                 c.rows(u"PRAGMA table_xinfo(" % table.first().toString() % u')'))
                found.append(table.first().toString() % u'.' % column.at(1).toString());
        }
        QStringList allowed;
        for (const Allowed &a : privacyList)
            allowed.append(QLatin1StringView(a.table) % u'.' % QLatin1StringView(a.column));
        found.sort();
        allowed.sort();
        QCOMPARE(found, allowed);
        // Nothing else can hold data: no views, and the only triggers are those keeping totals.
        QCOMPARE(c.rows(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN "
                                       "('view', 'trigger') ORDER BY name")),
                 (QList<QVariantList>{
                     {QStringLiteral("trigger"), QStringLiteral("runs_language_totals")},
                     {QStringLiteral("trigger"), QStringLiteral("runs_totals")},
                     {QStringLiteral("trigger"), QStringLiteral("runs_totals_after")}}));
    }

    // The CHECK constraints keep text out even if a bug in Haven tried to put it in.
    void constraintsRefuseText_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("name as exercise")
            << QStringLiteral("exercise_id") << QStringLiteral("'Jane Doe'");
        QTest::newRow("exact time")
            << QStringLiteral("day") << QStringLiteral("'2025-01-01 14:32'");
        QTest::newRow("hour 24") << QStringLiteral("hour") << QStringLiteral("24");
        QTest::newRow("gauge position")
            << QStringLiteral("zone_before") << QStringLiteral("'0.62'");
        QTest::newRow("distress 11") << QStringLiteral("distress_after") << QStringLiteral("11");
        QTest::newRow("exact text scale") << QStringLiteral("text_scale") << QStringLiteral("137");
        QTest::newRow("free ending") << QStringLiteral("ending") << QStringLiteral("'felt sick'");
        QTest::newRow("a language's name")
            << QStringLiteral("language") << QStringLiteral("'Spanish'");
        QTest::newRow("a region") << QStringLiteral("language") << QStringLiteral("'es-MX'");
    }

    void constraintsRefuseText()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        const QString path = newFile();
        Connection c(path);
        QSqlDatabase db = c.database();
        QVERIFY(!Schema::migrate(db).isValid());
        QMap<QString, QString> row
            = {{QStringLiteral("day"), QStringLiteral("'2025-01-01'")},
               {QStringLiteral("hour"), QStringLiteral("9")},
               {QStringLiteral("weekday"), QStringLiteral("3")},
               {QStringLiteral("mode"), QStringLiteral("'kiosk'")},
               {QStringLiteral("exercise_id"), QStringLiteral("'box-breathing'")},
               {QStringLiteral("exercise_version"), QStringLiteral("1")},
               {QStringLiteral("planned_seconds"), QStringLiteral("240")},
               {QStringLiteral("active_seconds"), QStringLiteral("240")},
               {QStringLiteral("ending"), QStringLiteral("'completed'")},
               {QStringLiteral("recommended"), QStringLiteral("0")},
               {QStringLiteral("text_scale"), QStringLiteral("100")},
               {QStringLiteral("reduced_motion"), QStringLiteral("0")},
               {QStringLiteral("audio_on"), QStringLiteral("1")}};
        const auto insert = [&] {
            return c.exec(u"INSERT INTO runs (" % row.keys().join(u',') % u") VALUES ("
                          % row.values().join(u',') % u')');
        };
        QVERIFY(insert()); // the good row goes in
        row[column] = value;
        QVERIFY(!insert());
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 1);
    }

    // The fixture is what migrateTo1 made; a migration that has shipped never changes.
    void fixtureIsSchemaOne()
    {
        const QString fixture = newFile();
        QCOMPARE(
            SqliteTesting::loadSql(QStringLiteral(HAVEN_TEST_DATA "/storage/schema1.sql"), fixture),
            QString());
        const QString fresh = newFile();
        Connection f(fresh);
        QSqlDatabase db = f.database();
        QVERIFY(!Schema::migrate(db, 1).isValid());
        QCOMPARE(Schema::userVersion(db), 1);
        Connection old(fixture);
        QCOMPARE(Schema::userVersion(old.database()), 1);
        QCOMPARE(schemaSql(old), schemaSql(f));
    }

    void upgradesTheOldFixture()
    {
        const QString path = newFile();
        QCOMPARE(
            SqliteTesting::loadSql(QStringLiteral(HAVEN_TEST_DATA "/storage/schema1.sql"), path),
            QString());
        Connection c(path);
        const QList<QVariantList> runsBefore
            = c.rows(QStringLiteral("SELECT * FROM runs ORDER BY 1, 2, 5, 8, 9"));
        const QList<QVariantList> eventsBefore
            = c.rows(QStringLiteral("SELECT * FROM app_events ORDER BY 1, 2, 3"));
        QCOMPARE(runsBefore.size(), 64);
        QSqlDatabase db = c.database();
        QVERIFY(!Schema::migrate(db).isValid());
        QCOMPARE(Schema::userVersion(db), Schema::latest);
        // Every column as it was, and the language each run was in: English, the only one then.
        const QString oldColumns = QStringLiteral(
            "day, hour, weekday, mode, exercise_id, exercise_version, planned_seconds, "
            "active_seconds, ending, recommended, zone_before, distress_before, zone_after, "
            "distress_after, text_scale, reduced_motion, audio_on");
        QCOMPARE(c.rows(u"SELECT " % oldColumns % u" FROM runs ORDER BY 1, 2, 5, 8, 9"),
                 runsBefore);
        QCOMPARE(c.rows(QStringLiteral("SELECT DISTINCT language FROM runs")),
                 (QList<QVariantList>{{QStringLiteral("en")}}));
        QCOMPARE(c.rows(QStringLiteral("SELECT * FROM app_events ORDER BY 1, 2, 3")), eventsBefore);
        checkTotals(c);
        QCOMPARE(c.value(QStringLiteral("SELECT sum(runs) FROM exercise_totals")).toInt(), 64);
        // And the triggers count what comes after.
        QVERIFY(!Schema::exec(db, QStringLiteral("BEGIN")).isValid());
        QVERIFY(!Schema::insert(db, sampleRuns(50, QDate(2024, 9, 5), 3, 1)).isValid());
        QVERIFY(!Schema::exec(db, QStringLiteral("COMMIT")).isValid());
        checkTotals(c);
    }

    // A run's row is written when it ends; the check-in after it, added later, moves the totals
    // with it, and every ending a run can have is allowed.
    void checkInAfterMovesTheTotals()
    {
        const QString path = newFile();
        Connection c(path);
        QSqlDatabase db = c.database();
        QVERIFY(!Schema::migrate(db).isValid());
        QList<LoggedRun> runs = sampleRuns(300, QDate(2025, 6, 30), 5, 4);
        const QStringList endings = {u"completed"_qs, u"skipped"_qs,       u"stopped"_qs,
                                     u"replaced"_qs,  u"reset_by_idle"_qs, u"quit"_qs};
        for (qsizetype i = 0; i < runs.size(); ++i)
            runs[i].ending = endings.at(i % endings.size());
        QList<qint64> rowids;
        QVERIFY(!Schema::exec(db, QStringLiteral("BEGIN")).isValid());
        QVERIFY(!Schema::insert(db, runs, &rowids).isValid());
        QVERIFY(!Schema::exec(db, QStringLiteral("COMMIT")).isValid());
        QCOMPARE(rowids.size(), runs.size());
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 300);
        checkTotals(c);
        // Every third run gets (or changes) its after check-in, a few lose theirs.
        for (qsizetype i = 0; i < rowids.size(); i += 3) {
            const bool lose = i % 7 == 0;
            const QString zone
                = lose ? QString() : (i % 2 ? QStringLiteral("inside") : QStringLiteral("above"));
            const std::optional<int> distress
                = lose || i % 9 == 0 ? std::nullopt : std::optional<int>(int(i % 11));
            QVERIFY(!Schema::setAfter(db, rowids[i], zone, distress).isValid());
        }
        checkTotals(c);
        QCOMPARE(
            c.value(QStringLiteral("SELECT count(*) FROM zone_totals WHERE runs <= 0")).toInt(), 0);
    }

    // Each migration is one transaction: one that fails leaves the database as it was before it.
    void failedMigrationRollsBack()
    {
        const QString path = newFile();
        QCOMPARE(
            SqliteTesting::loadSql(QStringLiteral(HAVEN_TEST_DATA "/storage/schema1.sql"), path),
            QString());
        Connection c(path);
        // Something in the way of migrateTo2's third table.
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE zone_totals (x)")));
        QSqlDatabase db = c.database();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("upgrading to schema 2 failed")));
        QVERIFY(Schema::migrate(db).isValid());
        QCOMPARE(Schema::userVersion(db), 1);
        QVERIFY(c.value(QStringLiteral(
                            "SELECT count(*) FROM sqlite_master WHERE name = 'exercise_totals'"))
                    .toInt()
                == 0);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 64);
    }

    void refusesANewerSchema()
    {
        const QString path = newFile();
        Connection c(path);
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE runs (future TEXT)")));
        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latest + 1)));
        QSqlDatabase db = c.database();
        const QSqlError error = Schema::migrate(db);
        QVERIFY(error.isValid());
        QVERIFY2(error.text().contains(QStringLiteral("newer")), qPrintable(error.text()));
        QCOMPARE(Schema::userVersion(db), Schema::latest + 1);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
    }

    void retentionDeletesWholeDays()
    {
        const QString path = newFile();
        Connection c(path);
        QSqlDatabase db = c.database();
        QVERIFY(!Schema::migrate(db).isValid());
        QVERIFY(!Schema::exec(db, QStringLiteral("BEGIN")).isValid());
        QVERIFY(!Schema::insert(db, sampleRuns(2000, QDate(2025, 6, 30), 60, 3)).isValid());
        QVERIFY(!Schema::insert(db,
                                QList<Schema::AppEvent>{
                                    {QDate(2025, 5, 14), 8, QStringLiteral("start"), {}, 0},
                                    {QDate(2025, 5, 15), 8, QStringLiteral("start"), {}, 0}})
                     .isValid());
        QVERIFY(!Schema::exec(db, QStringLiteral("COMMIT")).isValid());
        const int kept = c.value(QStringLiteral("SELECT count(*) FROM runs WHERE day >= "
                                                "'2025-05-15'"))
                             .toInt();
        QVERIFY(kept > 0 && kept < 2000);
        QVERIFY(!Schema::deleteBefore(db, QStringLiteral("2025-05-15")).isValid());
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), kept);
        QCOMPARE(c.value(QStringLiteral("SELECT min(day) FROM runs")).toString(),
                 QStringLiteral("2025-05-15"));
        QCOMPARE(c.value(QStringLiteral("SELECT group_concat(day) FROM app_events")).toString(),
                 QStringLiteral("2025-05-15"));
        for (const char *table : {"exercise_totals", "hour_totals", "zone_totals"})
            QCOMPARE(c.value(u"SELECT min(day) FROM " % QLatin1StringView(table)).toString(),
                     QStringLiteral("2025-05-15"));
        checkTotals(c);
    }

    // The order of rows says nothing about the order of runs.
    void rowOrderIsNotRunOrder()
    {
        const QString path = newFile();
        Connection c(path);
        QSqlDatabase db = c.database();
        QVERIFY(!Schema::migrate(db).isValid());
        QList<LoggedRun> runs = sampleRuns(200, QDate(2025, 6, 30), 1, 4);
        for (qsizetype i = 0; i < runs.size(); ++i)
            runs[i].plannedSeconds = int(i); // the order they were logged in
        QVERIFY(!Schema::exec(db, QStringLiteral("BEGIN")).isValid());
        QVERIFY(!Schema::insert(db, runs).isValid());
        QVERIFY(!Schema::exec(db, QStringLiteral("COMMIT")).isValid());
        int inOrder = 0;
        int previous = -1;
        for (const QVariantList &row :
             c.rows(QStringLiteral("SELECT planned_seconds FROM runs ORDER BY rowid"))) {
            inOrder += row.first().toInt() > previous ? 1 : 0;
            previous = row.first().toInt();
        }
        // Random rowids put about half the neighbours in order; logged order would be all 200.
        QVERIFY2(inOrder < 140, qPrintable(QString::number(inOrder)));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
