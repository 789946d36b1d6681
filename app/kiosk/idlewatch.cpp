#include "idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::update);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_lastActivityMs = m_clock->nowMs();
}

IdleWatch::~IdleWatch() = default;

void IdleWatch::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_steadyClock;
    activity();
}

void IdleWatch::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // Waiting starts when watching starts: after an exercise, from its end.
    m_lastActivityMs = m_clock->nowMs();
    m_asking = false;
    Q_EMIT changed();
    schedule();
}

void IdleWatch::setIdleSeconds(int seconds)
{
    seconds = std::max(10, seconds);
    if (seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    Q_EMIT changed();
    schedule();
}

void IdleWatch::setCountdownSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (seconds == m_countdownSeconds)
        return;
    m_countdownSeconds = seconds;
    Q_EMIT changed();
    schedule();
}

int IdleWatch::secondsLeft() const
{
    if (!m_asking)
        return m_countdownSeconds;
    const qint64 end = m_lastActivityMs + (m_idleSeconds + m_countdownSeconds) * 1000LL;
    return int(std::max<qint64>(0, (end - m_clock->nowMs() + 999) / 1000));
}

void IdleWatch::activity()
{
    m_lastActivityMs = m_clock->nowMs();
    if (m_asking) {
        m_asking = false;
        Q_EMIT changed();
    }
    schedule();
}

void IdleWatch::update()
{
    if (!m_enabled)
        return;
    const qint64 idleMs = m_clock->nowMs() - m_lastActivityMs;
    if (idleMs >= (m_idleSeconds + m_countdownSeconds) * 1000LL) {
        m_asking = false;
        m_enabled = false; // the app re-enables it once the wipe is done
        Q_EMIT changed();
        Q_EMIT timedOut();
        return;
    }
    if (idleMs >= m_idleSeconds * 1000LL && !m_asking)
        m_asking = true;
    Q_EMIT changed(); // the countdown moved
    schedule();
}

void IdleWatch::schedule()
{
    if (!m_enabled) {
        m_timer.stop();
        return;
    }
    const qint64 idleMs = m_clock->nowMs() - m_lastActivityMs;
    const qint64 askAt = m_idleSeconds * 1000LL;
    // Asleep until the question is due; then once a second for the countdown.
    const qint64 wait = idleMs < askAt ? askAt - idleMs : 1000 - (idleMs - askAt) % 1000;
    m_timer.start(int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000)));
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        // The touch that answers "Are you still there?" answers it and does nothing else: it
        // must not open whatever lies under the question as it goes.
        if (m_enabled && m_asking) {
            activity();
            return true;
        }
        Q_FALLTHROUGH();
    case QEvent::MouseMove:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        // A pointer drifting over the question does not answer it; a touch or a key does.
        if (m_enabled && !m_asking)
            activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
