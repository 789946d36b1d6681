#pragma once

#include "clock.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

// Notices a visitor who has walked away from the kiosk. Any touch, click, key or wheel restarts
// the wait; after idleSeconds with none it asks "Are you still there?" for countdownSeconds, and
// then emits timedOut() so the app can wipe every trace of the visit. Times come from a Clock.
class IdleWatch : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY changed)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds WRITE setCountdownSeconds NOTIFY changed)
    Q_PROPERTY(bool asking READ isAsking NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)

public:
    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    void setClock(const Clock *clock);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    int countdownSeconds() const { return m_countdownSeconds; }
    void setCountdownSeconds(int seconds);
    bool isAsking() const { return m_asking; }
    int secondsLeft() const;

    // The visitor is here: the wait starts again and any question is withdrawn.
    Q_INVOKABLE void activity();
    // Reads the clock; the watch's own timer calls it, tests call it after moving a FakeClock.
    Q_INVOKABLE void update();

Q_SIGNALS:
    void changed();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    SteadyClock m_steadyClock;
    const Clock *m_clock = &m_steadyClock;
    bool m_enabled = false;
    int m_idleSeconds = 90;
    int m_countdownSeconds = 15;
    bool m_asking = false;
    qint64 m_lastActivityMs = 0;
    QTimer m_timer;
};
