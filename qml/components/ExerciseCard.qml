pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One exercise on the home screen: a large, calm card that opens it.
Pressable {
    id: card

    required property string exerciseId
    required property string title
    required property string summary
    required property real minutes
    required property string group
    // Why it was recommended, when it was.
    property string reason

    readonly property int wholeMinutes: Math.max(1, Math.round(minutes))
    readonly property string length: wholeMinutes === 1 ? qsTr("About 1 minute") : qsTr("About %1 minutes").arg(wholeMinutes)

    objectName: "card-" + exerciseId
    implicitHeight: Math.max(Theme.target * 2, column.implicitHeight + 2 * Theme.spacingL)

    Accessible.name: title + ", " + length.toLowerCase()
    Accessible.description: reason !== "" ? reason + " " + summary : summary

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.tint(card.group)
        border.width: card.showFocus ? Theme.focusWidth : Theme.highContrast ? Theme.borderWidth : 0
        border.color: card.showFocus ? Theme.focus : Theme.border
        opacity: card.down ? 0.85 : 1
    }

    Column {
        id: column

        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        CalmText {
            width: parent.width
            text: card.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }

        CalmText {
            width: parent.width
            visible: card.reason !== ""
            text: card.reason
            font.weight: Font.DemiBold
        }

        CalmText {
            width: parent.width
            text: card.summary
            color: Theme.textMuted
        }

        CalmText {
            width: parent.width
            text: card.length
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
