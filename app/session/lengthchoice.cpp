#include "lengthchoice.h"

#include "timeline.h"

#include <cmath>

LengthChoice::LengthChoice(QObject *parent)
    : QObject(parent)
{ }

void LengthChoice::setLibrary(ExerciseLibrary *library)
{
    if (library == m_library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &ExerciseLibrary::loaded, this, &LengthChoice::reload);
    reload();
}

void LengthChoice::setExerciseId(const QString &id)
{
    if (id == m_exerciseId)
        return;
    m_exerciseId = id;
    reload();
}

void LengthChoice::reload()
{
    m_exercise = m_library ? m_library->exercise(m_exerciseId) : nullptr;
    if (m_exercise) {
        // Asked for a minute, an exercise shrinks as far as it can; what is left is its floor.
        // (Reading time stands in for narration here, as it does when audio is off.)
        const qint64 shortestMs = Timeline::build(*m_exercise, {1, {}}).totalMs;
        const qint64 longestMs = Timeline::build(*m_exercise, {maxMinutes, {}}).totalMs;
        m_from = std::max(1, int(std::ceil(shortestMs / 60000.0)));
        m_own = std::max(m_from, int(std::lround(m_exercise->minutes)));
        m_to = longestMs > shortestMs ? std::max(maxMinutes, m_own) : m_from;
        m_own = std::min(m_own, m_to);
    } else {
        m_own = m_from = m_to = 1;
    }
    Q_EMIT exerciseChanged();
}
