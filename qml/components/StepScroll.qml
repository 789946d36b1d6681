pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A step's content in one column: centred when it fits, scrollable when large text or a small
// window makes it taller than the space it has. Still unless there is more to see.
Item {
    id: frame

    default property alias content: column.data
    property alias spacing: column.spacing
    property int maxWidth: Theme.readingMaxWidth
    // Where the column sits and how wide it is, for children that size themselves by it.
    readonly property alias columnWidth: column.width
    readonly property alias flickable: flickable

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.spacingL)
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column

            x: Math.round((flickable.width - width) / 2)
            y: Math.round(Math.max(Theme.spacingL, (flickable.height - implicitHeight) / 2))
            width: Math.min(flickable.width - 2 * Theme.spacingL, frame.maxWidth)
            spacing: Theme.spacingL
        }
    }

    ScrollIndicator {
        flickable: flickable
    }
}
