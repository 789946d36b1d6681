#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM (systemd stopping the kiosk, a shutdown) and SIGINT (Ctrl+C) end Haven as its own
// way out does: the event loop returns, the usage log writes what it holds, and the socket
// another start would hand over to is removed. A kiosk's refusal to close does not stop it.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};
