pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A quiet bar at the right edge of a Flickable, shown whenever there is more to see.
Rectangle {
    id: indicator

    required property Flickable flickable

    anchors.right: flickable.right
    anchors.rightMargin: Theme.spacingXS
    y: flickable.y + flickable.visibleArea.yPosition * flickable.height
    width: Theme.spacingS
    height: flickable.visibleArea.heightRatio * flickable.height
    radius: width / 2
    color: Theme.border
    opacity: 0.6
    visible: flickable.visibleArea.heightRatio < 1
}
