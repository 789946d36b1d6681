#pragma once

#include "exerciselibrary.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// The lengths an exercise can honestly run, for a stepper to choose from: whole minutes from the
// shortest it can be (its words are never cut, only its breathing and quiet time) up to 20.
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
    // What ExerciseRunner.minutes should be for a chosen length: 0 at the exercise's own.
    Q_INVOKABLE int runMinutes(int minutes) const { return minutes == m_own ? 0 : minutes; }

Q_SIGNALS:
    void exerciseChanged();

private:
    void reload();

    QPointer<ExerciseLibrary> m_library;
    QString m_exerciseId;
    ExercisePtr m_exercise;
    int m_own = 1;
    int m_from = 1;
    int m_to = 1;
};
