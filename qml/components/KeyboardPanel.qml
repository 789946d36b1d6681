import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard a kiosk's staff type with: a kiosk has no keyboard of its own. Loaded
// only there, and only while a text field has focus, so nothing else pays for it. Drawn in
// Haven's style (qml/keyboard/style.qml); its Hide key puts it away, and a tap on the field
// brings it back.
InputPanel {
    id: panel

    objectName: "keyboardPanel"
    // Takes no room while hidden, so what lay beneath it is in reach again.
    visible: active
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("On-screen keyboard")
    Component.onCompleted: VirtualKeyboardSettings.styleName = "haven"
}
