#pragma once

#include <QtGlobal>

#include <chrono>

// Where the runner reads the time. Everything it shows is derived from this, never from
// counted timer ticks or frames, so nothing drifts however long an exercise runs.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // monotonic milliseconds from an arbitrary origin
};

class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

// For tests: time moves only when told to.
class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void setNowMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1000000;
};
