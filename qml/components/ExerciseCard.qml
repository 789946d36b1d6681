pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One exercise on the home screen: its title, one line about it, how long it takes and a clear
// Start. The rest of the card opens its detail sheet, so nobody starts an exercise by accident.
Item {
    id: card

    required property string exerciseId
    required property string title
    required property string summary
    required property real minutes
    required property string group
    // Why it was recommended, on the first suggestion.
    property string reason
    // One of the alternatives to the first suggestion: its Start steps back.
    property bool quiet

    // The length the person chose for it last time, else its own.
    readonly property int wholeMinutes: Preferences.minutes[exerciseId] ?? Math.max(1, Math.round(minutes))
    readonly property string length: qsTr("About %n minute(s)", "", wholeMinutes)

    signal started
    signal opened

    objectName: "card-" + exerciseId
    implicitWidth: Theme.cardMinWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL + buttons.height + Theme.spacingM

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.tint(card.group)
        border.width: open.showFocus ? Theme.focusWidth : Theme.highContrast ? Theme.borderWidth : 0
        border.color: open.showFocus ? Theme.focus : Theme.border
        opacity: open.down ? 0.85 : 1
    }

    // The card above its buttons opens the sheet that says what the exercise is. (Not under the
    // buttons: Qt 6.4 would hand a tap on Start to both.)
    Pressable {
        id: open

        objectName: card.objectName + "-open"
        width: parent.width
        height: buttons.y - Theme.spacingS
        Accessible.name: qsTr("About %1, about %n minute(s)", "", card.wholeMinutes).arg(card.title)
        Accessible.description: card.reason !== "" ? card.reason + " " + card.summary : card.summary
        onClicked: card.opened()

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

            // One line: the sheet has the rest.
            CalmText {
                width: parent.width
                text: card.summary
                color: Theme.textMuted
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            CalmText {
                width: parent.width
                text: card.length
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Flow {
        id: buttons

        x: Theme.spacingL
        y: parent.height - height - Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        CalmButton {
            objectName: card.objectName + "-start"
            width: Math.max(implicitWidth, Theme.target * 2.5)
            tone: card.quiet ? "quiet" : "primary"
            text: qsTr("Start")
            Accessible.name: qsTr("Start %1").arg(card.title)
            onClicked: card.started()
        }

        CalmButton {
            objectName: card.objectName + "-details"
            tone: "quiet"
            text: qsTr("About it")
            Accessible.name: qsTr("About %1").arg(card.title)
            onClicked: card.opened()
        }
    }
}
