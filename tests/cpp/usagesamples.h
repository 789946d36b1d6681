#pragma once

#include "database.h"
#include "loggedrun.h"
#include "schema.h"

#include <QList>
#include <QRandomGenerator>

// Usage as a clinic would log it, for tests, screenshots and benchmarks: mostly the waiting-room
// kiosk on weekdays in clinic hours, more settling than waking, most people arriving above their
// window and many leaving inside it. The same seed gives the same runs.
inline QList<LoggedRun> sampleRuns(qsizetype count, const QDate &lastDay, int days, quint32 seed)
{
    struct Choice
    {
        const char *id;
        int weight;
        int minutes;
        bool settles;
    };
    static const Choice exercises[] = {{"box-breathing", 22, 4, true},
                                       {"extended-exhale", 18, 5, true},
                                       {"five-senses", 14, 3, true},
                                       {"feet-on-the-floor", 11, 2, true},
                                       {"safe-place", 9, 6, true},
                                       {"orienting", 6, 3, true},
                                       {"cyclic-sighing", 5, 3, true},
                                       {"parts-check-in", 4, 7, false},
                                       {"window-of-tolerance", 4, 3, false},
                                       {"gentle-movement", 3, 4, false},
                                       {"body-scan", 2, 6, true},
                                       {"alerting-kit", 1, 2, false},
                                       {"self-kindness", 1, 4, false}};
    static const int hourWeights[24]
        = {0, 0, 0, 0, 0, 0, 0, 2, 6, 9, 12, 10, 7, 8, 10, 12, 9, 6, 3, 1, 0, 0, 0, 0};
    static const int dayWeights[7] = {12, 13, 12, 13, 11, 3, 1}; // Monday first
    QRandomGenerator random(seed);
    const auto pick = [&random](const auto &weights, auto weightOf) {
        int total = 0;
        for (const auto &w : weights)
            total += weightOf(w);
        int roll = int(random.bounded(total));
        for (qsizetype i = 0; i < qsizetype(std::size(weights)); ++i) {
            roll -= weightOf(weights[i]);
            if (roll < 0)
                return i;
        }
        return qsizetype(0);
    };
    const auto chance = [&random](int percent) { return int(random.bounded(100)) < percent; };

    QList<LoggedRun> runs;
    runs.reserve(count);
    while (runs.size() < count) {
        const QDate day = lastDay.addDays(-qint64(random.bounded(days)));
        // Weekends are quieter: keep a run on that day in proportion to its weight.
        if (int(random.bounded(13)) >= dayWeights[day.dayOfWeek() - 1])
            continue;
        const Choice &exercise
            = exercises[pick(exercises, [](const Choice &c) { return c.weight; })];
        LoggedRun run;
        run.day = day;
        run.hour = int(pick(hourWeights, [](int w) { return w; }));
        run.weekday = day.dayOfWeek();
        const int mode = int(random.bounded(100));
        run.mode = mode < 70 ? QStringLiteral("kiosk")
            : mode < 90      ? QStringLiteral("session")
                             : QStringLiteral("home");
        run.exerciseId = QLatin1StringView(exercise.id);
        run.plannedSeconds = exercise.minutes * 60;
        const int ending = int(random.bounded(100));
        run.ending = ending < 70 ? QStringLiteral("completed")
            : ending < 92        ? QStringLiteral("stopped")
                                 : QStringLiteral("reset_by_idle");
        run.activeSeconds = run.ending == u"completed"
            ? run.plannedSeconds
            : int(random.bounded(std::max(1, run.plannedSeconds)));
        if (chance(65)) {
            const int zone = int(random.bounded(100));
            run.zoneBefore = zone < 55 ? QStringLiteral("above")
                : zone < 85            ? QStringLiteral("inside")
                                       : QStringLiteral("below");
            const int base = run.zoneBefore == u"above" ? 6 : run.zoneBefore == u"below" ? 4 : 3;
            if (chance(90))
                run.distressBefore = std::min(10, base + int(random.bounded(4)));
            run.recommended = chance(45);
            if (chance(80)) {
                const int helped = exercise.settles ? 62 : 45;
                run.zoneAfter = run.zoneBefore == u"inside" || chance(helped)
                    ? QStringLiteral("inside")
                    : run.zoneBefore;
                if (run.distressBefore && chance(90))
                    run.distressAfter = std::max(
                        0, *run.distressBefore - int(random.bounded(exercise.settles ? 5 : 3)));
            }
        }
        const int scale = int(random.bounded(100));
        run.textScale = scale < 80 ? 100 : scale < 95 ? 150 : 200;
        run.reducedMotion = chance(12);
        run.audioOn = chance(75);
        // One in four in Spanish, drawn from no random number, so the rest stays as it was.
        run.language = runs.size() % 4 == 3 ? QStringLiteral("es") : QStringLiteral("en");
        runs.append(run);
    }
    return runs;
}

// A usage log at path holding count sample runs over the days up to lastDay, and events.
inline bool writeSampleLog(const QString &path, qsizetype count, const QDate &lastDay, int days,
                           quint32 seed, const QList<Schema::AppEvent> &events = {})
{
    const QString name = QStringLiteral("samples");
    bool ok = Database::open(name, path, Database::Purpose::Log).status == Database::Status::Ready;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        ok = ok && !Schema::exec(db, QStringLiteral("BEGIN")).isValid()
            && !Schema::insert(db, sampleRuns(count, lastDay, days, seed)).isValid()
            && !Schema::insert(db, events).isValid()
            && !Schema::exec(db, QStringLiteral("COMMIT")).isValid();
    }
    Database::close(name);
    return ok;
}
