pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The crisis sheet, over whatever screen is showing. Its words come from the clinic's
// configuration (help/text, help/frontDesk). A tap outside, Escape or Close puts it away.
FocusScope {
    id: dialog

    function open() {
        visible = true;
        opacity = Theme.reducedMotion ? 1 : 0;
        fadeIn.restart();
        forceActiveFocus();
    }

    function close() {
        visible = false;
    }

    visible: false
    Keys.onEscapePressed: close()

    NumberAnimation {
        id: fadeIn

        target: dialog
        property: "opacity"
        to: 1
        duration: Theme.motion(Theme.durationShort)
    }

    // The scrim takes every tap, scroll and hover, so nothing behind reacts while the sheet is up.
    Rectangle {
        anchors.fill: parent
        color: Theme.scrim

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            onClicked: dialog.close()
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
        Accessible.name: qsTr("Need help now?")

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
                    text: qsTr("Need help now?")
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }

                CalmText {
                    objectName: "helpText"
                    width: parent.width
                    text: AppConfig.helpText
                }

                CalmButton {
                    objectName: "closeHelpButton"
                    anchors.right: parent.right
                    text: qsTr("Close")
                    focus: true
                    onClicked: dialog.close()
                }
            }
        }

        ScrollIndicator {
            flickable: flickable
        }
    }
}
