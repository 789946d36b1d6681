pragma ComponentBehavior: Bound
import QtQuick
import Haven

// "How strong is the upset?" from 0 to 10, or not at all: value is −1 until chosen, and tapping
// the chosen number again clears it. Left and right arrow keys move it.
FocusScope {
    id: distressScale

    property int value: -1

    function anchorWord(n: int): string {
        return n === 0 ? qsTr("calm") : n === 5 ? qsTr("quite upset") : n === 10 ? qsTr("the worst it gets") : "";
    }

    // How a number reads: "7 of 10", with its word where it has one.
    function spoken(n: int): string {
        return qsTr("%1 of 10").arg(n) + (anchorWord(n) ? ", " + anchorWord(n) : "");
    }

    implicitWidth: 11 * numbers.natural + 10 * numbers.spacing
    implicitHeight: column.implicitHeight
    activeFocusOnTab: enabled

    // A group of radio buttons to a screen reader, one per number, so each says whether it is the
    // one chosen; the group never speaks the −1 that means nothing is chosen.
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("How strong is the upset, from 0 to 10?")
    Accessible.description: value < 0 ? qsTr("not chosen yet") : spoken(value)
    // Disabled, it says it cannot take focus, as Pressable does.
    Accessible.focusable: enabled

    Keys.onRightPressed: value = Math.min(10, value + 1)
    Keys.onLeftPressed: value = Math.max(0, value - 1)

    Column {
        id: column

        width: parent.width
        spacing: Theme.spacingS

        // On one line where they fit, else a tidy 6 + 5 (then 4 + 4 + 3, …): never a lone 10.
        Grid {
            id: numbers

            readonly property real natural: Math.max(Theme.target, Math.round(Theme.fontBody * 2.2))
            readonly property real smallest: Math.max(Theme.target, Math.round(Theme.fontBody * 1.7))
            readonly property int fitting: {
                for (const n of [11, 6, 4, 3, 2]) {
                    if (n * smallest + (n - 1) * spacing <= width)
                        return n;
                }
                return 1;
            }
            readonly property real size: Math.max(smallest, Math.min(natural, (width - (fitting - 1) * spacing) / fitting))

            width: parent.width
            columns: fitting
            spacing: Math.max(8, Theme.spacingS)

            Repeater {
                model: 11

                Pressable {
                    id: number

                    required property int index
                    readonly property bool chosen: distressScale.value === index

                    objectName: "distress-" + index
                    width: numbers.size
                    height: width
                    activeFocusOnTab: false
                    // The focus rides with the arrow keys, on the chosen number (0 before one
                    // is), so a screen reader says each number as it is reached.
                    focus: number.chosen || (distressScale.value < 0 && number.index === 0)
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: distressScale.spoken(index)
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    onClicked: distressScale.value = chosen ? -1 : index

                    Rectangle {
                        anchors.fill: parent
                        radius: width / 2
                        color: number.chosen ? Theme.primary : Theme.surface
                        border.width: Theme.borderWidth
                        border.color: Theme.border
                    }

                    // Where the arrow keys are: the chosen number, or 0 before one is.
                    FocusRing {
                        visible: distressScale.activeFocus && (number.chosen || (distressScale.value < 0 && number.index === 0))
                    }

                    Text {
                        anchors.centerIn: parent
                        text: String(number.index)
                        color: number.chosen ? Theme.primaryInk : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        Accessible.ignored: true
                    }
                }
            }
        }

        CalmText {
            width: parent.width
            text: qsTr("0 is calm, 5 is quite upset, 10 is the worst it gets.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
