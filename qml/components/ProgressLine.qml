pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A thin, quiet bar for how far along something is; value runs from 0 to 1. No animation of
// its own: whoever sets value sets it as often as it should move, so the bar is never behind.
Rectangle {
    id: line

    property real value: 0
    // The share of the track filled, as drawn.
    readonly property real shown: fill.width / Math.max(1, width)

    implicitHeight: Theme.progressHeight
    radius: height / 2
    color: Theme.progressTrack
    Accessible.role: Accessible.ProgressBar
    // Qt 6.4 gives a progress bar no value interface: how far along, in words, is what a screen
    // reader says.
    Accessible.description: qsTr("%1 percent").arg(Math.round(100 * Math.max(0, Math.min(1, value || 0))))

    Rectangle {
        id: fill

        height: parent.height
        width: parent.width * Math.max(0, Math.min(1, line.value))
        radius: parent.radius
        color: Theme.primary
    }
}
