pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where an exercise runs, step by step.
BaseScreen {
    id: screen

    property string exerciseId
    property int minutes: 0

    title: ExerciseLibrary.titleOf(exerciseId)

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
        spacing: Theme.spacingL

        CalmText {
            width: parent.width
            text: screen.title
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            text: qsTr("This exercise is not ready yet.")
            color: Theme.textMuted
        }

        CalmButton {
            objectName: "endButton"
            text: qsTr("End")
            onClicked: screen.navigate("summary", {})
        }
    }
}
