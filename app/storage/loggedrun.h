#pragma once

#include "runrecord.h"

#include <QDate>
#include <QString>

#include <optional>

// One row of the usage log: a RunRecord made coarse. The time is kept to the hour, the check-ins
// to their zone and distress, the text scale to a bucket; nothing else about the person is kept.
struct LoggedRun
{
    QDate day;
    int hour = 0; // 0–23, local time, when the run ended
    int weekday = 1; // 1 (Monday) – 7 (Sunday)
    QString mode;
    QString exerciseId;
    int exerciseVersion = 1;
    int plannedSeconds = 0;
    int activeSeconds = 0;
    QString ending; // completed, skipped, stopped, replaced, reset_by_idle or quit
    bool recommended = false;
    QString zoneBefore; // below, inside, above, or empty without a check-in
    std::optional<int> distressBefore;
    QString zoneAfter;
    std::optional<int> distressAfter;
    int textScale = 100; // percent, to the nearest half: 100, 150 or 200
    bool reducedMotion = false;
    bool audioOn = true;
    QString language = QStringLiteral("en"); // en or es
    // In memory only, never written: lets a later after check-in find this run
    // (UsageLog::amendAfter).
    quint64 token = 0;

    // Empty when the record cannot be logged (an unknown mode, a malformed exercise id); why is
    // written to *why.
    static std::optional<LoggedRun> from(const RunRecord &record, QString *why = nullptr);

    static QString zoneName(const CheckIn &checkIn); // empty when not placed on the gauge
    static std::optional<int> distressOf(const CheckIn &checkIn); // 0–10, or none if skipped
    static QString endingName(RunRecord::Ending ending);
    static int textScaleBucket(double scale);
    static bool isExerciseId(const QString &id);
    static bool isLanguage(const QString &language);
};
