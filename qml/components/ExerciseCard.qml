pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One exercise on the home screen: a large, calm card that opens it. On a person's own device
// it also keeps their favourites and a way to choose its length, below the part that opens it.
Item {
    id: card

    required property string exerciseId
    required property string title
    required property string summary
    required property real minutes
    required property string group
    // Why it was recommended, when it was.
    property string reason
    // The favourite and length buttons: only where Haven remembers a person's choices.
    property bool personal: Preferences.enabled

    // The length the person chose for it last time, else its own.
    readonly property int wholeMinutes: Preferences.minutes[exerciseId] ?? Math.max(1, Math.round(minutes))
    readonly property string length: wholeMinutes === 1 ? qsTr("About 1 minute") : qsTr("About %1 minutes").arg(wholeMinutes)
    readonly property bool favourite: Preferences.favourites.length >= 0 && Preferences.isFavourite(exerciseId) // re-read when they change

    signal clicked
    signal lengthRequested

    objectName: "card-" + exerciseId
    implicitWidth: Theme.cardMinWidth
    implicitHeight: Math.max(Theme.target * 2, column.implicitHeight + 2 * Theme.spacingL) + (personal ? footer.height + Theme.spacingM : 0)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.tint(card.group)
        border.width: open.showFocus ? Theme.focusWidth : Theme.highContrast ? Theme.borderWidth : 0
        border.color: open.showFocus ? Theme.focus : Theme.border
        opacity: open.down ? 0.85 : 1
    }

    // The card itself opens the exercise; the buttons below it are separate targets.
    Pressable {
        id: open

        objectName: card.objectName + "-open"
        width: parent.width
        height: parent.height - (card.personal ? footer.height + Theme.spacingM : 0)
        Accessible.name: card.title + ", " + card.length.toLowerCase()
        Accessible.description: card.reason !== "" ? card.reason + " " + card.summary : card.summary
        onClicked: card.clicked()

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

    Flow {
        id: footer

        x: Theme.spacingL
        y: parent.height - height - Theme.spacingM
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS
        visible: card.personal

        ChoiceChip {
            objectName: card.objectName + "-favourite"
            checked: card.favourite
            text: card.favourite ? qsTr("★ Favourite") : qsTr("☆ Favourite")
            Accessible.name: qsTr("Favourite: %1").arg(card.title)
            onClicked: Preferences.setFavourite(card.exerciseId, !card.favourite)
        }

        CalmButton {
            objectName: card.objectName + "-length"
            tone: "quiet"
            text: qsTr("Length…")
            Accessible.name: qsTr("Choose how long %1 runs").arg(card.title)
            onClicked: card.lengthRequested()
        }
    }
}
