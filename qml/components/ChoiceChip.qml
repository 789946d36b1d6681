pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A word or option to pick. Chosen chips are filled; a screen reader hears a check box, or a
// radio button when exclusive (one of a set).
Pressable {
    id: chip

    property string text
    property bool checked: false
    property bool exclusive: false

    implicitWidth: Math.max(Theme.target, label.implicitWidth + 2 * Theme.spacingL)
    implicitHeight: Math.max(Theme.target, label.implicitHeight + 2 * Theme.spacingS)

    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    Rectangle {
        anchors.fill: parent
        // A pill, also when made tall (the soundscapes); only wrapped words round less.
        radius: Math.min(height, Theme.largeTarget) / 2
        color: chip.checked ? Theme.primary : chip.down ? Theme.quiet : Theme.surface
        border.width: Theme.borderWidth
        border.color: chip.checked ? Theme.primary : Theme.border
    }

    FocusRing {
        visible: chip.showFocus
    }

    Text {
        id: label

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        text: chip.text
        color: chip.checked ? Theme.primaryInk : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        Accessible.ignored: true
    }
}
