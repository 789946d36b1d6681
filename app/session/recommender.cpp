#include "recommender.h"

#include <QCoreApplication>

namespace Recommender {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Recommender", text);
}

bool tagged(const Exercise &exercise, const char *tag)
{
    return exercise.tags.contains(QLatin1StringView(tag));
}

struct Scored
{
    ExercisePtr exercise;
    double score;
    QString reason;
};

} // namespace

QList<Recommendation> recommend(const QList<ExercisePtr> &exercises, const Context &context)
{
    const CheckIn &checkIn = context.checkIn;
    const bool highDistress = checkIn.distress >= 8;
    // Only a distress given: a strong upset is met as above the window, gently; a mild one as in
    // it.
    const CheckIn::Zone zone = checkIn.zone().value_or(
        checkIn.distress >= 5 ? CheckIn::Zone::Above : CheckIn::Zone::Inside);
    // Far outside the window, very distressed, or not saying where: the gentlest things first.
    const bool gentleFirst = highDistress || checkIn.distanceOutside() > 0.6 || !checkIn.placed();

    QList<Scored> scored;
    for (const ExercisePtr &exercise : exercises) {
        const Exercise &e = *exercise;
        double score = 0;
        QString reason;
        switch (zone) {
        case CheckIn::Zone::Above:
            // Settle down: slow breathing, grounding, imagery. No breath holds at high distress;
            // holds after gentler choices otherwise.
            if (e.group != u"settle")
                continue;
            if (highDistress && e.hasBreathHolds())
                continue;
            score = 100 - (e.hasBreathHolds() ? 20 : 0)
                + (tagged(e, "gentle") ? (gentleFirst ? 30 : 5) : 0);
            reason = gentleFirst && tagged(e, "gentle")
                ? tr("A gentle place to start when everything feels like too much.")
                : tr("You feel revved up. This helps the body settle.");
            break;
        case CheckIn::Zone::Below:
            // Wake up gently, outside world first: the room and the senses before the body.
            if (e.group != u"wake")
                continue;
            score = 100 + (tagged(e, "eyes open") ? 30 : 0) - (tagged(e, "inward") ? 30 : 0)
                - (gentleFirst && tagged(e, "movement") ? 10 : 0);
            reason = tagged(e, "eyes open")
                ? tr("You feel far away. Noticing the room around you can bring you back.")
                : tr("You feel shut down. This can help you wake up, gently.");
            break;
        case CheckIn::Zone::Inside:
            // In the window: stay present, or learn something while there is room to think.
            if (e.group == u"present") {
                score = 100;
                reason = tr("You feel okay. This can help you stay here.");
            } else if (e.group == u"learn") {
                score = 80;
                reason = tr("You have room to think. A short read about how stress works.");
            } else {
                continue;
            }
            break;
        }
        if (const auto own = e.reasons.constFind(CheckIn::nameOf(zone));
            own != e.reasons.constEnd())
            reason = own->text(context.language);
        // A waiting room has a few minutes: short ones first there.
        if (context.mode == AppConfig::Mode::Kiosk)
            score += e.minutes <= 3 ? 15 : e.minutes > 5 ? -25 : 0;
        // A little preference for shorter ones everywhere: easier to begin.
        score -= e.minutes;
        scored.append({exercise, score, reason});
    }

    // Only what fits in the time there is, unless nothing does: then the shortest.
    if (context.minutesAvailable > 0) {
        QList<Scored> fitting;
        std::copy_if(
            scored.begin(), scored.end(), std::back_inserter(fitting),
            [&](const Scored &s) { return s.exercise->minutes <= context.minutesAvailable; });
        if (fitting.isEmpty() && !scored.isEmpty()) {
            fitting.append(*std::min_element(scored.begin(), scored.end(),
                                             [](const Scored &a, const Scored &b) {
                                                 return a.exercise->minutes < b.exercise->minutes;
                                             }));
        }
        scored = fitting;
    }

    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.exercise->id < b.exercise->id;
    });
    QList<Recommendation> result;
    for (const Scored &s :
         std::as_const(scored).first(std::min<qsizetype>(maxResults, scored.size())))
        result.append({s.exercise->id, s.reason});
    return result;
}

} // namespace Recommender
