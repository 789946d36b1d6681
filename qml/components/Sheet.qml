pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A card over whatever screen is showing, on a soft scrim that takes every tap behind it.
// A dismissible sheet goes away with a tap outside or Escape; others only by their own buttons.
FocusScope {
    id: sheet

    default property alias content: column.data
    property string title
    property bool dismissible: true
    readonly property alias contentWidth: column.width

    // What had the focus when the sheet opened: it has it again when the sheet closes.
    property Item opener: null
    // The sheet's control that last had the focus, to go round from.
    property Item lastInside: null

    signal dismissed

    function open() {
        // Only a control the person had reached (not a heading a new screen gave the focus to:
        // going back to it would scroll the list away from where they were).
        if (!visible)
            opener = sheet.Window.activeFocusItem?.activeFocusOnTab ? sheet.Window.activeFocusItem : null;
        visible = true;
        opacity = Theme.reducedMotion ? 1 : 0;
        fadeIn.restart();
        forceActiveFocus();
    }

    function close() {
        const back = sheet.activeFocus && sheet.opener && sheet.opener.visible ? sheet.opener : null;
        visible = false;
        opener = null;
        if (back)
            back.forceActiveFocus();
    }

    function holds(item: Item): bool {
        for (let ancestor = item; ancestor; ancestor = ancestor.parent) {
            if (ancestor === sheet)
                return true;
        }
        return false;
    }

    // Tab and Shift+Tab go round the sheet's own controls, never to what lies beneath it.
    function tabWithin(forward: bool) {
        sheet.tabFrom(sheet.Window.activeFocusItem, forward);
    }

    function tabFrom(start: Item, forward: bool) {
        let item = start;
        for (let i = 0; item && i < 1000; ++i) {
            item = item.nextItemInFocusChain(forward);
            if (item && item !== sheet && sheet.holds(item)) {
                item.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
                return;
            }
        }
    }

    function dismiss() {
        if (!dismissible)
            return;
        close();
        dismissed();
    }

    // Whether the item lies in another sheet (help over the PIN pad, say), which may take it.
    function inAnotherSheet(item: Item): bool {
        for (let ancestor = item; ancestor; ancestor = ancestor.parent) {
            if (ancestor !== sheet && "lastInside" in ancestor)
                return true;
        }
        return false;
    }

    // A control takes Tab itself (Qt moves the focus on before the sheet hears the key): when
    // the focus steps from the sheet to what lies beyond it, it comes back round, just after
    // (moved back while Qt is still moving it, it would not stay).
    function keepFocus() {
        const item = sheet.Window.activeFocusItem;
        if (!item || !sheet.visible)
            return;
        if (sheet.holds(item)) {
            sheet.lastInside = item;
            return;
        }
        const from = sheet.lastInside;
        if (from && !sheet.inAnotherSheet(item))
            sheet.tabFrom(from, item === from.nextItemInFocusChain(true));
    }

    visible: false
    onVisibleChanged: lastInside = null

    Connections {
        target: sheet.Window.window
        enabled: sheet.visible

        function onActiveFocusItemChanged() {
            keeping.restart();
        }
    }

    Timer {
        id: keeping

        interval: 0
        onTriggered: sheet.keepFocus()
    }

    Keys.onTabPressed: event => {
        event.accepted = true;
        sheet.tabWithin(true);
    }
    Keys.onBacktabPressed: event => {
        event.accepted = true;
        sheet.tabWithin(false);
    }
    Keys.onEscapePressed: event => {
        event.accepted = true; // never reaches the screen behind, dismissible or not
        sheet.dismiss();
    }

    NumberAnimation {
        id: fadeIn

        target: sheet
        property: "opacity"
        to: 1
        duration: Theme.motion(Theme.durationShort)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            onClicked: sheet.dismiss()
            onWheel: wheel => wheel.accepted = true
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
        height: Math.min(column.implicitHeight + 2 * Theme.spacingXL, parent.height - 2 * Theme.spacingL)
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        Accessible.role: Accessible.Dialog
        Accessible.name: sheet.title
        // Closed, it leaves the tree with what it holds.
        Accessible.ignored: !sheet.visible

        MouseArea {
            anchors.fill: parent
        }

        Flickable {
            id: flickable

            anchors.fill: parent
            anchors.margins: Theme.spacingXL
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column

                width: parent.width
                spacing: Theme.spacingL

                CalmText {
                    width: parent.width
                    text: sheet.title
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }
            }
        }

        ScrollIndicator {
            flickable: flickable
        }
    }
}
