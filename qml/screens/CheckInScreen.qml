pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where the window-of-tolerance check-in will live; for now it leads straight to the exercises.
BaseScreen {
    id: screen

    title: qsTr("Check in")

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
        spacing: Theme.spacingL

        CalmText {
            width: parent.width
            text: qsTr("How are you, right now?")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            text: qsTr("The check-in is not ready yet. You can choose any exercise yourself.")
            color: Theme.textMuted
        }

        CalmButton {
            objectName: "skipButton"
            text: qsTr("Choose an exercise")
            onClicked: screen.navigate("home", {})
        }
    }
}
