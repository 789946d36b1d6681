pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A number moved up or down by large buttons, with its meaning in words: no keyboard needed.
// The arrow keys move it too.
FocusScope {
    id: stepper

    required property string label
    property real value: 0
    property real from: 0
    property real to: 100
    property real stepSize: 1
    // How the value reads, e.g. "90 seconds".
    property string valueText: String(value)
    // Qt 6.4's accessibility reads the range from these names, not from and to.
    readonly property real minimumValue: from
    readonly property real maximumValue: to

    // A step by the person (not a change of value from outside).
    signal moved

    function move(steps: int) {
        const next = Math.max(from, Math.min(to, value + steps * stepSize));
        if (next === value)
            return;
        value = next;
        moved();
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    activeFocusOnTab: enabled

    Accessible.role: Accessible.SpinBox
    Accessible.name: label
    Accessible.description: valueText
    // Disabled, it says it cannot take focus, as Pressable does.
    Accessible.focusable: enabled
    Accessible.onIncreaseAction: move(1)
    Accessible.onDecreaseAction: move(-1)
    Keys.onUpPressed: move(1)
    Keys.onRightPressed: move(1)
    Keys.onDownPressed: move(-1)
    Keys.onLeftPressed: move(-1)

    Column {
        id: column

        width: parent.width
        spacing: Theme.spacingS

        CalmText {
            width: parent.width
            text: stepper.label
            font.weight: Font.DemiBold
        }

        // Round − and + a thumb can find, either side of the value in plain ink.
        Row {
            spacing: Theme.spacingM

            CalmButton {
                objectName: stepper.objectName + "-less"
                width: height
                height: Math.round(Theme.target * 1.25)
                tone: "quiet"
                text: "−"
                textSize: Theme.fontTitle
                enabled: stepper.value > stepper.from
                activeFocusOnTab: false
                Accessible.name: qsTr("Less")
                onClicked: stepper.move(-1)
            }

            CalmText {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.max(implicitWidth + 2 * Theme.spacingS, Theme.target * 3)
                horizontalAlignment: Text.AlignHCenter
                text: stepper.valueText
                wrapMode: Text.NoWrap
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold

                FocusRing {
                    visible: stepper.activeFocus
                }
            }

            CalmButton {
                objectName: stepper.objectName + "-more"
                width: height
                height: Math.round(Theme.target * 1.25)
                tone: "quiet"
                text: "+"
                textSize: Theme.fontTitle
                enabled: stepper.value < stepper.to
                activeFocusOnTab: false
                Accessible.name: qsTr("More")
                onClicked: stepper.move(1)
            }
        }
    }
}
