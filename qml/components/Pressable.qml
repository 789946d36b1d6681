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

    // Whether any of it lies inside the window and every clipping parent: a screen reader can
    // reach a control scrolled out of sight, but nobody sees what it would press.
    function onScreen(): bool {
        const window = pressable.Window.window;
        if (!window)
            return false;
        let shown = pressable.mapToItem(null, 0, 0, pressable.width, pressable.height);
        shown = intersected(shown, Qt.rect(0, 0, window.width, window.height));
        for (let ancestor = pressable.parent; ancestor && shown.width > 0 && shown.height > 0; ancestor = ancestor.parent) {
            if (ancestor.clip)
                shown = intersected(shown, ancestor.mapToItem(null, 0, 0, ancestor.width, ancestor.height));
        }
        return shown.width > 0 && shown.height > 0;
    }

    function intersected(a: rect, b: rect): rect {
        const left = Math.max(a.x, b.x);
        const top = Math.max(a.y, b.y);
        return Qt.rect(left, top, Math.min(a.x + a.width, b.x + b.width) - left, Math.min(a.y + a.height, b.y + b.height) - top);
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
    // A screen reader presses only what is on screen; Tab brings a control into view first.
    Accessible.onPressAction: if (pressable.onScreen()) pressable.activate()

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
