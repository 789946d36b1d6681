#pragma once

#include <QString>

#include <cmath>
#include <limits>
#include <optional>

// Where a person places themselves against their window of tolerance. arousal runs from −1 (far
// below the window: numb, foggy, shut down) through 0 (the middle of it) to +1 (far above: racing,
// tense, panicky), or is not a number when they left the gauge and gave only the distress;
// distress is 0–10, or −1 when they skipped it.
struct CheckIn
{
    enum class Zone { Below, Inside, Above };

    double arousal = 0;
    int distress = -1;

    static constexpr double edge = 1.0 / 3; // the window spans −edge … +edge

    static CheckIn distressOnly(int distress)
    {
        return {std::numeric_limits<double>::quiet_NaN(), distress};
    }

    bool placed() const { return !std::isnan(arousal); }
    std::optional<Zone> zone() const
    {
        if (!placed())
            return std::nullopt;
        return arousal > edge ? Zone::Above : arousal < -edge ? Zone::Below : Zone::Inside;
    }
    bool hasDistress() const { return distress >= 0; }
    // How far outside the window, 0 (at its edge, inside, or not placed) to 1 (as far as the
    // gauge goes).
    double distanceOutside() const
    {
        return placed() ? std::max(0.0, (std::abs(arousal) - edge) / (1 - edge)) : 0;
    }

    // The zone's name in the usage log and in exercise files' "reasons".
    static QString nameOf(Zone zone)
    {
        switch (zone) {
        case Zone::Below:
            return QStringLiteral("below");
        case Zone::Inside:
            return QStringLiteral("inside");
        case Zone::Above:
            break;
        }
        return QStringLiteral("above");
    }
};
