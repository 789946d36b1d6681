pragma ComponentBehavior: Bound
import QtQuick
import Haven

// What every control in Haven is made of: a tap with a finger or mouse, Enter or Space from the
// keyboard, or a screen reader's press action. Haven draws its own controls on plain Qt Quick,
// which keeps start-up fast (Qt Quick Controls alone would add a third to it).
FocusScope {
    id: pressable

    readonly property bool down: tap.pressed
    // Focus only ever arrives by keyboard (taps do not take it), so it is always worth showing.
    readonly property bool showFocus: activeFocus

    // Only what a person can see and use acts, however it is pressed: a screen reader's press on
    // a hidden control (the kiosk's Staff button), a disabled one or one under a sheet does nothing.
    readonly property bool usable: visible && enabled

    signal clicked

    function activate() {
        if (pressable.usable)
            pressable.clicked();
    }

    // A disabled control is skipped by Tab and tells a screen reader it cannot take focus (Qt 6.4
    // has no way to report "disabled" from QML, so not-focusable is how it shows).
    activeFocusOnTab: enabled
    implicitWidth: Theme.minTarget
    implicitHeight: Theme.minTarget
    opacity: enabled ? 1 : 0.5

    Accessible.role: Accessible.Button
    Accessible.focusable: enabled
    // Hidden controls leave the accessibility tree altogether.
    Accessible.ignored: !visible
    Accessible.onPressAction: pressable.activate()

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            event.accepted = true;
            pressable.activate();
        }
    }

    TapHandler {
        id: tap

        onTapped: pressable.activate()
    }
}
