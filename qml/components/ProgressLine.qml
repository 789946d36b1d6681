pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A thin, quiet bar for how far along something is; value runs from 0 to 1.
Rectangle {
    id: line

    property real value: 0
    // Smooths the bar between clock readings that come a second apart; off with reduced motion.
    property int smoothing: 0

    implicitHeight: Theme.progressHeight
    radius: height / 2
    color: Theme.progressTrack
    Accessible.role: Accessible.ProgressBar

    Rectangle {
        height: parent.height
        width: parent.width * Math.max(0, Math.min(1, line.value))
        radius: parent.radius
        color: Theme.primary

        Behavior on width {
            enabled: line.smoothing > 0 && !Theme.reducedMotion

            NumberAnimation {
                duration: line.smoothing
            }
        }
    }
}
