pragma ComponentBehavior: Bound
import QtQuick
import Haven

// After an exercise: kind words, then home.
BaseScreen {
    id: screen

    title: qsTr("Well done")

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
        spacing: Theme.spacingL

        CalmText {
            width: parent.width
            text: qsTr("Thank you for taking this time.")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            text: qsTr("Whatever you notice now is okay.")
            color: Theme.textMuted
        }

        CalmButton {
            objectName: "finishButton"
            text: qsTr("Finish")
            onClicked: screen.navigate("home", {})
        }
    }
}
