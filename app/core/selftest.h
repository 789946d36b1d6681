#pragma once

#include <QElapsedTimer>
#include <QObject>

class QQuickWindow;

// `haven --self-test`: the smoke test and the start-up benchmark. Counts every QML warning or
// error printed from the moment it is made (the engine prints them all), and ends the application
// once the first frame is on screen.
class SelfTest : public QObject
{
    Q_OBJECT

public:
    explicit SelfTest(QObject *parent = nullptr);
    ~SelfTest() override;

    // Exits the event loop after window's first frame: 0 if nothing was warned, else 1.
    void watch(QQuickWindow *window);
    int warnings() const;

    static constexpr int frameTimeoutMs = 30000;

private:
    void finish(const QString &failure);

    QElapsedTimer m_timer;
    bool m_finished = false;
};
