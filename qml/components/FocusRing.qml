import QtQuick
import Haven

// Where keyboard focus is: a ring just outside its control, drawn on the page around it, so it
// stands out (≥ 3:1) whatever the control's own fill.
Rectangle {
    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + 1)
    radius: Math.min(height, Theme.target + 2 * (Theme.focusWidth + 1)) / 2
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focus
}
