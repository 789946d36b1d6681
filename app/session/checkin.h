#pragma once

#include <QtGlobal>

// Where a person places themselves against their window of tolerance. arousal runs from −1 (far
// below the window: numb, foggy, shut down) through 0 (the middle of it) to +1 (far above: racing,
// tense, panicky); distress is 0–10, or −1 when they skipped it.
struct CheckIn
{
    enum class Zone { Below, Inside, Above };

    double arousal = 0;
    int distress = -1;

    static constexpr double edge = 1.0 / 3; // the window spans −edge … +edge

    Zone zone() const
    {
        return arousal > edge ? Zone::Above : arousal < -edge ? Zone::Below : Zone::Inside;
    }
    bool hasDistress() const { return distress >= 0; }
    // How far outside the window, 0 (at its edge or inside) to 1 (as far as the gauge goes).
    double distanceOutside() const { return qMax(0.0, (qAbs(arousal) - edge) / (1 - edge)); }
};
