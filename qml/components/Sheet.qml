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

    signal dismissed

    function open() {
        visible = true;
        opacity = Theme.reducedMotion ? 1 : 0;
        fadeIn.restart();
        forceActiveFocus();
    }

    function close() {
        visible = false;
    }

    function dismiss() {
        if (!dismissible)
            return;
        close();
        dismissed();
    }

    visible: false
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
