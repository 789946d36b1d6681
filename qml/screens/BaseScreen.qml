import QtQuick

// What every screen has: a title for the top bar. Screens ask VisitFlow for what comes next.
FocusScope {
    id: base

    property string title
    // Set as the screen is popped, just before it goes.
    property bool leaving: false
    // Where the focus lands as the screen comes up, so a screen reader says where the person is:
    // the screen's heading (or its first control). Without one, the screen itself.
    property Item entry: null

    // (Not `entry ?? base`: qmlcachegen 6.4 makes that null.)
    function enter() {
        if (base.entry && base.height > 0)
            base.entry.forceActiveFocus();
        else
            base.forceActiveFocus();
    }

    function enterLate() {
        if (base.entry && base.height > 0 && base.Window.activeFocusItem === base)
            base.entry.forceActiveFocus();
    }

    // A heading built after the screen (in a list's first row), or a screen shown before the
    // window has its size, takes the focus the screen held once it is sized: a list would
    // otherwise scroll to where the heading was mid-layout.
    onEntryChanged: later.restart()
    onHeightChanged: later.restart()

    Timer {
        id: later

        interval: 0
        onTriggered: base.enterLate()
    }
}
