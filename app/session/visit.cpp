#include "visit.h"

#include "recommender.h"

Visit::Visit(ExerciseLibrary *library, AppConfig *config, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_config(config)
{ }

void Visit::checkIn(qreal arousal, int distress)
{
    m_before = CheckIn{std::clamp(arousal, -1.0, 1.0), std::clamp(distress, -1, 10)};
    m_after.reset();
    recommend(*m_before);
}

void Visit::recommend(const CheckIn &checkIn)
{
    QList<ExercisePtr> exercises;
    for (const QString &id : m_library->ids()) {
        if (!m_config->hiddenExercises().contains(id))
            exercises.append(m_library->exercise(id));
    }
    m_recommendations.clear();
    for (const auto &r : Recommender::recommend(exercises, {checkIn, m_config->mode(), 0})) {
        const ExercisePtr e = m_library->exercise(r.exerciseId);
        const QString language = m_library->language();
        m_recommendations.append(QVariantMap{{QStringLiteral("exerciseId"), e->id},
                                             {QStringLiteral("title"), e->title.text(language)},
                                             {QStringLiteral("summary"), e->summary.text(language)},
                                             {QStringLiteral("minutes"), e->minutes},
                                             {QStringLiteral("group"), e->group},
                                             {QStringLiteral("reason"), r.reason}});
    }
    Q_EMIT changed();
}

void Visit::beginRun(ExerciseRunner *runner, bool checkOut)
{
    completeRun(); // a run that never got its after check-in
    m_runner = runner;
    m_recommendedIds.clear();
    for (const QVariant &r : std::as_const(m_recommendations))
        m_recommendedIds.append(r.toMap().value(QStringLiteral("exerciseId")).toString());
    connect(runner, &ExerciseRunner::finished, this,
            [this, runner, checkOut](ExerciseRunner::Outcome outcome, qreal activeSeconds) {
                if (runner != m_runner)
                    return;
                RunRecord record;
                record.exerciseId = runner->exerciseId();
                record.exerciseVersion = runner->exerciseVersion();
                record.mode = m_config->modeName();
                record.plannedSeconds = int(std::lround(runner->total()));
                record.activeSeconds = int(std::lround(activeSeconds));
                record.ending = outcome == ExerciseRunner::Outcome::Completed
                    ? RunRecord::Ending::Completed
                    : m_idleReset ? RunRecord::Ending::ResetByIdle
                                  : RunRecord::Ending::Stopped;
                record.recommended = m_recommendedIds.contains(record.exerciseId);
                record.before = m_before;
                record.textScale = m_config->textScale();
                record.reducedMotion = m_config->reducedMotion();
                record.audioOn = m_audioOn;
                record.endedAt = QDateTime::currentDateTime();
                m_pending = record;
                m_runner.clear();
                if (!checkOut)
                    completeRun();
            });
}

void Visit::checkOut(qreal arousal, int distress)
{
    m_after = CheckIn{std::clamp(arousal, -1.0, 1.0), std::clamp(distress, -1, 10)};
    if (m_pending)
        m_pending->after = m_after;
    completeRun();
    recommend(*m_after);
}

void Visit::skipCheckOut()
{
    completeRun();
}

void Visit::completeRun()
{
    if (!m_pending)
        return;
    const RunRecord record = *m_pending;
    m_pending.reset();
    Q_EMIT runRecorded(record);
}

void Visit::reset()
{
    if (m_runner)
        m_runner->stop(); // a run still going ends here: stopped, or reset by idle
    completeRun();
    m_idleReset = false;
    m_runner.clear();
    m_before.reset();
    m_after.reset();
    m_recommendations.clear();
    m_recommendedIds.clear();
    Q_EMIT changed();
}
