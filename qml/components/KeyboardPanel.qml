import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard a kiosk's staff type with: a kiosk has no keyboard of its own. Loaded
// only there, so nothing else pays for it.
InputPanel {
    objectName: "keyboardPanel"
}
