#pragma once

#include "appconfig.h"
#include "checkin.h"
#include "exercise.h"

#include <QList>
#include <QString>

// Turns a check-in into a short, ranked list of exercises, each with a one-line reason in plain
// words: the exercise's own for the person's zone, else a general one. Every rule lives here, in
// recommend(), so it can be read in one place and tested as a table.
namespace Recommender {

struct Context
{
    CheckIn checkIn;
    AppConfig::Mode mode = AppConfig::Mode::Home;
    int minutesAvailable = 0; // 0: no limit
    QString language = QStringLiteral("en"); // of the reasons
};

struct Recommendation
{
    QString exerciseId;
    QString reason;
};

constexpr int maxResults = 3;

QList<Recommendation> recommend(const QList<ExercisePtr> &exercises, const Context &context);

} // namespace Recommender
