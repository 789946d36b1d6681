#pragma once

#include "exerciselibrary.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// How long an exercise should run, as a person or therapist chooses it with a stepper: whole
// minutes from the shortest the exercise can honestly be (its words are never cut, only its
// breathing and quiet time) up to 20. Choosing another exercise starts at that one's own length.
class LengthChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ExerciseLibrary *library READ library WRITE setLibrary NOTIFY exerciseChanged)
    Q_PROPERTY(QString exerciseId READ exerciseId WRITE setExerciseId NOTIFY exerciseChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY exerciseChanged)
    // False for an exercise with nothing to stretch (a read): it takes as long as it takes.
    Q_PROPERTY(bool adjustable READ isAdjustable NOTIFY exerciseChanged)
    Q_PROPERTY(int ownMinutes READ ownMinutes NOTIFY exerciseChanged)
    Q_PROPERTY(int from READ from NOTIFY exerciseChanged)
    Q_PROPERTY(int to READ to NOTIFY exerciseChanged)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY minutesChanged)
    // What ExerciseRunner.minutes should be: 0 at the exercise's own length, else minutes.
    Q_PROPERTY(int runMinutes READ runMinutes NOTIFY minutesChanged)

public:
    static constexpr int maxMinutes = 20;

    explicit LengthChoice(QObject *parent = nullptr);

    ExerciseLibrary *library() const { return m_library; }
    void setLibrary(ExerciseLibrary *library);
    QString exerciseId() const { return m_exerciseId; }
    void setExerciseId(const QString &id);

    bool isValid() const { return bool(m_exercise); }
    bool isAdjustable() const { return m_from < m_to; }
    int ownMinutes() const { return m_own; }
    int from() const { return m_from; }
    int to() const { return m_to; }
    int minutes() const { return m_minutes; }
    // Kept within from and to.
    void setMinutes(int minutes);
    int runMinutes() const { return m_minutes == m_own ? 0 : m_minutes; }

Q_SIGNALS:
    void exerciseChanged();
    void minutesChanged();

private:
    void reload();

    QPointer<ExerciseLibrary> m_library;
    QString m_exerciseId;
    ExercisePtr m_exercise;
    int m_own = 1;
    int m_from = 1;
    int m_to = 1;
    int m_minutes = 1;
};
