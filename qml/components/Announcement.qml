import QtQuick

// What changes on its own (a step's words, the breathing phase, Paused), told to a screen reader.
// Qt 6.4 has no Accessible.announce(); Orca speaks a notification as it is shown, so each new
// text is shown afresh. Nothing is drawn; it only has to be on screen to count as shown.
Item {
    id: announcement

    property string text

    function announce() {
        announcement.visible = false;
        announcement.visible = announcement.text !== "";
    }

    width: 1
    height: 1
    visible: false
    Accessible.role: Accessible.Notification
    Accessible.name: announcement.text
    // Once the item is in the window (on completion it may not be yet), and once per change.
    onTextChanged: later.restart()
    Component.onCompleted: later.restart()

    Timer {
        id: later

        interval: 0
        onTriggered: announcement.announce()
    }
}
