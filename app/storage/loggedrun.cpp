#include "loggedrun.h"

#include <cmath>

std::optional<LoggedRun> LoggedRun::from(const RunRecord &record, QString *why)
{
    const auto reject = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (record.mode != u"home" && record.mode != u"kiosk" && record.mode != u"session")
        return reject(u"unknown mode \"" % record.mode % u'"');
    // The id is the only text that reaches the log, so it must look like an id and nothing else.
    if (!isExerciseId(record.exerciseId))
        return reject(u"malformed exercise id \"" % record.exerciseId.left(64) % u'"');
    if (!isLanguage(record.language))
        return reject(u"unknown language \"" % record.language.left(8) % u'"');

    LoggedRun run;
    const QDateTime ended
        = (record.endedAt.isValid() ? record.endedAt : QDateTime::currentDateTime()).toLocalTime();
    run.day = ended.date();
    run.hour = ended.time().hour();
    run.weekday = run.day.dayOfWeek();
    run.mode = record.mode;
    run.exerciseId = record.exerciseId;
    run.exerciseVersion = std::max(1, record.exerciseVersion);
    run.plannedSeconds = std::max(0, record.plannedSeconds);
    run.activeSeconds = std::max(0, record.activeSeconds);
    run.ending = endingName(record.ending);
    run.recommended = record.recommended;
    if (record.before) {
        run.zoneBefore = zoneName(*record.before);
        run.distressBefore = distressOf(*record.before);
    }
    if (record.after) {
        run.zoneAfter = zoneName(*record.after);
        run.distressAfter = distressOf(*record.after);
    }
    run.textScale = textScaleBucket(record.textScale);
    run.reducedMotion = record.reducedMotion;
    run.audioOn = record.audioOn;
    run.language = record.language;
    return run;
}

std::optional<int> LoggedRun::distressOf(const CheckIn &checkIn)
{
    return checkIn.hasDistress() ? std::optional<int>(std::min(checkIn.distress, 10))
                                 : std::nullopt;
}

QString LoggedRun::zoneName(const CheckIn &checkIn)
{
    const auto zone = checkIn.zone();
    return zone ? CheckIn::nameOf(*zone) : QString();
}

QString LoggedRun::endingName(RunRecord::Ending ending)
{
    switch (ending) {
    case RunRecord::Ending::Skipped:
        return QStringLiteral("skipped");
    case RunRecord::Ending::Stopped:
        return QStringLiteral("stopped");
    case RunRecord::Ending::Replaced:
        return QStringLiteral("replaced");
    case RunRecord::Ending::ResetByIdle:
        return QStringLiteral("reset_by_idle");
    case RunRecord::Ending::Quit:
        return QStringLiteral("quit");
    case RunRecord::Ending::Completed:
        break;
    }
    return QStringLiteral("completed");
}

int LoggedRun::textScaleBucket(double scale)
{
    const double clamped = std::clamp(std::isfinite(scale) ? scale : 1.0, 1.0, 2.0);
    return int(std::lround(clamped * 2)) * 50;
}

// As the exercise parser has it: [a-z0-9]+(-[a-z0-9]+)*, at most 64. A loop, not a regular
// expression, so the UI thread's first run does not pay for compiling one.
bool LoggedRun::isExerciseId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64 || id.front() == u'-' || id.back() == u'-')
        return false;
    QChar previous;
    for (const QChar c : id) {
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (c != u'-' || previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

bool LoggedRun::isLanguage(const QString &language)
{
    return language == u"en" || language == u"es";
}
