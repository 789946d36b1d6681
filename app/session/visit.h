#pragma once

#include "appconfig.h"
#include "checkin.h"
#include "exerciselibrary.h"
#include "exerciserunner.h"
#include "qmlsingleton.h"
#include "runrecord.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

// One person's time with Haven, from the first tap to the end: their check-ins, what was
// recommended, and the run in progress. Nothing here outlives the visit: reset() forgets it all.
// Each finished run becomes one RunRecord, complete once the after check-in is given or skipped.
class Visit : public QObject, public QmlSingleton<Visit>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    Q_PROPERTY(qreal arousal READ arousal NOTIFY changed)
    Q_PROPERTY(int distress READ distress NOTIFY changed)
    Q_PROPERTY(bool checkedOut READ checkedOut NOTIFY changed)
    Q_PROPERTY(qreal afterArousal READ afterArousal NOTIFY changed)
    Q_PROPERTY(int afterDistress READ afterDistress NOTIFY changed)
    Q_PROPERTY(QVariantList recommendations READ recommendations NOTIFY changed)
    // Whether the run in progress can be heard; the exercise screen keeps it up to date.
    Q_PROPERTY(bool audioOn MEMBER m_audioOn NOTIFY audioOnChanged)

public:
    Visit(ExerciseLibrary *library, AppConfig *config, QObject *parent = nullptr);

    bool checkedIn() const { return m_before.has_value(); }
    qreal arousal() const { return m_before ? m_before->arousal : 0; }
    int distress() const { return m_before ? m_before->distress : -1; }
    bool checkedOut() const { return m_after.has_value(); }
    qreal afterArousal() const { return m_after ? m_after->arousal : 0; }
    int afterDistress() const { return m_after ? m_after->distress : -1; }
    // Each: exerciseId, title, summary, minutes, group, reason.
    QVariantList recommendations() const { return m_recommendations; }

    // The check-in before an exercise; recommendations follow from it.
    Q_INVOKABLE void checkIn(qreal arousal, int distress);
    // The run the exercise screen is showing; its end is recorded, after the check-in that
    // follows it when there is to be one (checkOut), else at once.
    Q_INVOKABLE void beginRun(ExerciseRunner *runner, bool checkOut = true);
    // The check-in after an exercise, or none: either completes the run's record. The next
    // recommendations come from the after check-in.
    Q_INVOKABLE void checkOut(qreal arousal, int distress);
    Q_INVOKABLE void skipCheckOut();
    // Forgets everything; a run still waiting for its after check-in is recorded without one.
    Q_INVOKABLE void reset();
    // A kiosk is about to wipe the visit because nobody is there: a run it stops is recorded
    // as reset by idle, not as stopped by the person. reset() ends this.
    Q_INVOKABLE void beginIdleReset() { m_idleReset = true; }

Q_SIGNALS:
    void changed();
    void audioOnChanged();
    void runRecorded(const RunRecord &record);

private:
    void recommend(const CheckIn &checkIn);
    void completeRun();

    ExerciseLibrary *m_library;
    AppConfig *m_config;
    std::optional<CheckIn> m_before;
    std::optional<CheckIn> m_after;
    QVariantList m_recommendations;
    QStringList m_recommendedIds; // what was on offer when the current run began
    QPointer<ExerciseRunner> m_runner;
    std::optional<RunRecord> m_pending; // finished, waiting for the after check-in
    bool m_audioOn = true;
    bool m_idleReset = false;
};
