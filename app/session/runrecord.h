#pragma once

#include "checkin.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One exercise run, as the usage log receives it: anonymous by construction. It names no person
// and links to no other run; the log keeps the time only to the hour.
struct RunRecord
{
    // Completed: reached the end, skipping at most half of it; Skipped: reached the end by
    // skipping more. Replaced: a hand-over started another exercise. Quit: Haven was closed.
    enum class Ending { Completed, Skipped, Stopped, Replaced, ResetByIdle, Quit };

    // Which run of this process it is, so the after check-in finds its row; never stored.
    quint64 id = 0;
    QString exerciseId;
    int exerciseVersion = 1;
    QString mode; // home, kiosk or session
    QString language = QStringLiteral("en"); // the language the run was shown in: en or es
    int plannedSeconds = 0;
    int activeSeconds = 0;
    Ending ending = Ending::Completed;
    bool recommended = false; // started from a recommendation after a check-in
    std::optional<CheckIn> before;
    std::optional<CheckIn> after;
    double textScale = 1.0;
    bool reducedMotion = false;
    bool audioOn = true;
    QDateTime endedAt; // local time; coarsened by the log
};
