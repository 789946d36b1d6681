import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Haven

// The on-screen keyboard a kiosk's staff type with: a kiosk has no keyboard of its own. Loaded
// only there, and only while a text field has focus, so nothing else pays for it. Its keys are
// drawn in Haven's style (qml/keyboard/style.qml); Qt's English layout has no hide key, so Haven
// puts its own above the keys. Hidden, it takes no room, and a tap on the field brings it back.
Column {
    id: panel

    objectName: "keyboardPanel"
    visible: keys.active
    // No room taken while hidden: the Loader, and the margin of what it would cover, follow.
    height: keys.active ? implicitHeight : 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("On-screen keyboard")

    // Called by name: qmllint 6.4 knows Qt.inputMethod only as a QObject, without hide().
    function hideKeys(method: string) {
        Qt.inputMethod[method]();
    }

    Rectangle {
        width: panel.width
        height: Theme.target + 2 * Theme.spacingS
        color: Theme.quiet

        CalmButton {
            objectName: "hideKeyboard"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            tone: "quiet"
            text: qsTr("Hide keyboard")
            Accessible.description: qsTr("Puts the on-screen keyboard away; tap the text to bring it back")
            onClicked: panel.hideKeys("hide")
        }
    }

    InputPanel {
        id: keys

        width: panel.width
        Component.onCompleted: VirtualKeyboardSettings.styleName = "haven"
    }
}
