pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One headline figure: large, with what it is beneath.
Rectangle {
    id: tile

    required property string value
    required property string caption
    property bool suppressed: false

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.divider

    Accessible.role: Accessible.StaticText
    Accessible.name: caption + ": " + value

    Column {
        id: column

        x: Theme.spacingM
        y: Theme.spacingM
        width: parent.width - 2 * Theme.spacingM
        spacing: Theme.spacingXS

        Text {
            width: parent.width
            text: tile.value
            color: tile.suppressed ? Theme.textMuted : Theme.text
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: tile.suppressed ? Theme.fontBody : Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.ignored: true
        }

        Text {
            width: parent.width
            text: tile.caption
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }
}
