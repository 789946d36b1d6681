pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Haven's button: large, rounded, soft. tone is "primary", "quiet", "help" or "danger" (what
// cannot be undone).
Pressable {
    id: button

    property string text
    property string tone: "primary"
    // Room beside the label; a row of controls on a short screen takes less.
    property int padding: Theme.spacingL

    readonly property color fill: tone === "help" ? Theme.help : tone === "danger" ? Theme.danger : tone === "quiet" ? Theme.quiet : Theme.primary
    readonly property color ink: tone === "help" ? Theme.helpInk : tone === "danger" ? Theme.dangerInk : tone === "quiet" ? Theme.text : Theme.primaryInk

    implicitWidth: Math.max(Theme.target, label.implicitWidth + 2 * button.padding)
    implicitHeight: Math.max(Theme.target, label.implicitHeight + 2 * Theme.spacingS)

    Accessible.name: text

    Rectangle {
        anchors.fill: parent
        radius: Math.min(height, Theme.target) / 2
        color: button.down ? Qt.darker(button.fill, 1.12) : button.fill
        border.width: button.tone === "quiet" ? Theme.borderWidth : 0
        border.color: Theme.border
    }

    FocusRing {
        visible: button.showFocus
    }

    Text {
        id: label

        anchors.fill: parent
        anchors.leftMargin: button.padding
        anchors.rightMargin: button.padding
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        text: button.text
        color: button.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        Accessible.ignored: true
    }
}
