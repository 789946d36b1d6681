pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Asked on a kiosk when no one has touched it for a while. Any touch at all means "yes"; if
// nobody answers before the countdown ends, Haven starts over for the next person.
Sheet {
    id: dialog

    property IdleWatch watch

    title: qsTr("Are you still there?")
    dismissible: false
    visible: watch ? watch.asking : false

    CalmText {
        objectName: "stillThereCountdown"
        width: dialog.contentWidth
        text: qsTr("If not, Haven will start over for the next person in %n second(s).", "", dialog.watch?.secondsLeft ?? 0)
    }

    CalmButton {
        objectName: "stillHereButton"
        text: qsTr("I'm still here")
        onClicked: dialog.watch?.activity()
    }
}
