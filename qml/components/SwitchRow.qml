pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A setting that is on or off: its words, then a switch that says "On" or "Off" beside it, so the
// state never rests on colour or position alone. A screen reader hears a check box.
Pressable {
    id: row

    property string text
    property bool checked: false

    implicitHeight: Math.max(Theme.target, label.implicitHeight + 2 * Theme.spacingS)

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    onClicked: checked = !checked

    FocusRing {
        visible: row.showFocus
    }

    Text {
        id: label

        anchors.left: parent.left
        anchors.right: stateWord.left
        anchors.rightMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        text: row.text
        color: Theme.text
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        Accessible.ignored: true
    }

    Text {
        id: stateWord

        anchors.right: track.left
        anchors.rightMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        width: Math.max(onMetrics.advanceWidth, offMetrics.advanceWidth)
        horizontalAlignment: Text.AlignRight
        text: row.checked ? onMetrics.text : offMetrics.text
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true

        TextMetrics {
            id: onMetrics

            font: stateWord.font
            text: qsTr("On")
        }

        TextMetrics {
            id: offMetrics

            font: stateWord.font
            text: qsTr("Off")
        }
    }

    Rectangle {
        id: track

        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Math.round(Theme.target * 1.3)
        height: Math.round(Theme.target * 0.6)
        radius: height / 2
        color: row.checked ? Theme.primary : Theme.quiet
        border.width: Theme.borderWidth
        border.color: row.checked ? Theme.primary : Theme.border

        Rectangle {
            x: row.checked ? parent.width - width - 4 : 4
            anchors.verticalCenter: parent.verticalCenter
            width: parent.height - 8
            height: width
            radius: width / 2
            color: row.checked ? Theme.primaryInk : Theme.surface
            border.width: Theme.borderWidth
            border.color: row.checked ? Theme.primaryInk : Theme.border

            Behavior on x {
                NumberAnimation {
                    duration: Theme.motion(Theme.durationShort)
                }
            }
        }
    }
}
