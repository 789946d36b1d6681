#pragma once

#include "havenfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// The rows the usage log would hold, as the flow hands them over: each run once when it ends, its
// after check-in added to that same row later.
struct RowRecorder
{
    QList<RunRecord> rows;
    int ended = 0;
    int amended = 0;
    int closed = 0;
    QObject context; // disconnects when the recorder goes, before or after the flow

    void watch(VisitFlow &flow)
    {
        QObject::connect(&flow, &VisitFlow::runEnded, &context, [this](const RunRecord &r) {
            ++ended;
            rows.append(r);
        });
        QObject::connect(&flow, &VisitFlow::runCheckedOut, &context, [this](const RunRecord &r) {
            ++amended;
            for (RunRecord &row : rows) {
                if (row.id == r.id)
                    row.after = r.after;
            }
        });
        QObject::connect(&flow, &VisitFlow::runClosed, &context,
                         [this](const RunRecord &) { ++closed; });
    }
};

// A visit driven on a fake clock, with no window and no sound.
struct FlowFixture
{
    FakeClock clock;
    HavenFixture haven;
    RowRecorder recorder;

    explicit FlowFixture(AppConfig::Mode mode, bool openLog = false)
        : haven(mode, HavenFixture::options(&clock, false, openLog))
    {
        recorder.watch(flow());
        flow().start();
    }

    VisitFlow &flow() { return haven.flow(); }
    ExerciseRunner *runner() { return flow().runner(); }

    void advance(qint64 ms)
    {
        clock.advanceMs(ms);
        if (runner())
            runner()->update();
    }

    // Follows the exercise to its end as a person would who skips nothing: steps that wait for
    // the person are moved on after a few seconds.
    void runToTheEnd()
    {
        for (int guard = 0; guard < 100000 && flow().running(); ++guard) {
            if (runner()->isWaiting() && runner()->stepProgress() >= 0.2)
                runner()->next();
            else
                advance(1000);
        }
    }
};

// Every run in the log file at path, as (exercise, ending, zone before, distress before, zone
// after, distress after, mode), sorted: the order of rows means nothing.
inline QStringList loggedRows(const QString &path)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("haven.test.rows"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT exercise_id, ending, coalesce(zone_before, '-'), "
                                      "coalesce(distress_before, '-'), coalesce(zone_after, '-'), "
                                      "coalesce(distress_after, '-'), mode FROM runs"));
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < 7; ++i)
                    fields.append(query.value(i).toString());
                rows.append(fields.join(u' '));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("haven.test.rows"));
    rows.sort();
    return rows;
}
