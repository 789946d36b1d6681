#pragma once

#include "contentproblem.h"
#include "exercise.h"

#include <QByteArray>

#include <optional>

// Reads one exercise file. Every problem is reported with its JSON path; unknown keys are
// warnings (a typo caught), wrong types and missing fields are errors. A file with any error
// yields no exercise.
namespace ExerciseParser {

struct Result
{
    std::optional<Exercise> exercise;
    QList<ContentProblem> problems;
};

// file names the source in messages; relative audio and image paths resolve beside it.
Result parse(const QByteArray &json, const QString &file);
Result parseFile(const QString &file);

constexpr qint64 maxFileBytes = 1024 * 1024;

} // namespace ExerciseParser
