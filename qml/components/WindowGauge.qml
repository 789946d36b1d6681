pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The window of tolerance as a tall bar: revved up at the top, okay in the middle, shut down at
// the bottom. value runs from −1 (far below the window) to +1 (far above); NaN until placed.
// Tap or drag the bar, tap a zone's words, or use the arrow keys.
FocusScope {
    id: gauge

    property real value: NaN
    // An earlier check-in, drawn hollow beside this one (the summary's "before").
    property real compareValue: NaN
    property bool interactive: true
    readonly property bool placed: !isNaN(value)
    readonly property real windowEdge: 1 / 3
    // Tall enough for each zone's words, at any text size: a gauge is never shorter than this.
    readonly property real neededHeight: {
        let tallest = 0;
        for (let i = 0; i < zones.count; ++i)
            tallest = Math.max(tallest, zones.itemAt(i)?.implicitHeight ?? 0);
        return 3 * tallest;
    }

    // The person moved it (not a binding).
    signal moved

    function describe(v: real): string {
        if (isNaN(v))
            return qsTr("not chosen yet");
        if (v > 0.8)
            return qsTr("very revved up");
        if (v > 0.55)
            return qsTr("quite revved up");
        if (v > windowEdge)
            return qsTr("a little revved up");
        if (v > 0.15)
            return qsTr("okay, toward revved up");
        if (v >= -0.15)
            return qsTr("okay");
        if (v >= -windowEdge)
            return qsTr("okay, toward shut down");
        if (v >= -0.55)
            return qsTr("a little shut down");
        if (v >= -0.8)
            return qsTr("quite shut down");
        return qsTr("very shut down");
    }

    function set(v: real) {
        value = Math.max(-1, Math.min(1, v));
        moved();
    }

    function step(by: real) {
        set((placed ? value : 0) + by);
    }

    implicitWidth: bar.width + Theme.spacingL + labels.implicitWidth
    implicitHeight: Math.max(labels.implicitHeight, Theme.target * 5)
    activeFocusOnTab: interactive

    // What a screen reader meets is the reading below: the gauge's own value is NaN until placed,
    // and Qt reads a slider's value from the property named value. Name and description are set
    // here, where screens set them, and the reading repeats them.
    Accessible.ignored: true
    Accessible.name: qsTr("Where are you right now?")
    Accessible.description: describe(value)

    Keys.enabled: interactive
    Keys.onUpPressed: step(0.1)
    Keys.onDownPressed: step(-0.1)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
            step(event.key === Qt.Key_PageUp ? 2 * windowEdge : -2 * windowEdge);
            event.accepted = true;
        }
    }

    // A slider from −1 to 1 for a screen reader (current value left out until placed), or, on a
    // gauge that only shows, text. It holds the focus, so a screen reader follows it; the keys
    // still reach the gauge.
    Item {
        id: reading

        readonly property real minimumValue: -1
        readonly property real maximumValue: 1
        readonly property real stepSize: 0.1
        // Writable, so a screen reader can set it through the Value interface (Qt writes this
        // property); the gauge takes it and the binding is put back.
        property var value: gauge.placed ? gauge.value : undefined

        anchors.fill: parent
        focus: true
        Accessible.role: Accessible.Slider
        Accessible.name: gauge.Accessible.name
        Accessible.description: gauge.Accessible.description
        Accessible.ignored: !gauge.visible || !gauge.interactive
        Accessible.onIncreaseAction: if (gauge.interactive) gauge.step(0.1)
        Accessible.onDecreaseAction: if (gauge.interactive) gauge.step(-0.1)
        onValueChanged: {
            if (typeof reading.value !== "number" || reading.value === gauge.value)
                return;
            if (gauge.interactive)
                gauge.set(reading.value);
            reading.value = Qt.binding(() => gauge.placed ? gauge.value : undefined);
        }
    }

    // The words, said as they change while the gauge has the focus: Qt 6.4 sends a changed
    // description to AT-SPI in a form Orca 43 cannot speak, so it would say only the number.
    Announcement {
        text: gauge.interactive && reading.activeFocus && gauge.placed ? gauge.describe(gauge.value) : ""
    }

    // A gauge that only shows is text, with no actions a screen reader could try.
    Item {
        anchors.fill: parent
        Accessible.role: Accessible.StaticText
        Accessible.name: gauge.Accessible.name
        Accessible.description: gauge.Accessible.description
        Accessible.focusable: false
        Accessible.ignored: !gauge.visible || gauge.interactive
    }

    Item {
        id: bar

        width: Theme.target * 1.5
        height: parent.height

        function yOf(v: real): real {
            return (1 - v) / 2 * height;
        }

        // Three soft bands; the outer two reach under the middle one so only the ends are round.
        Rectangle {
            width: bar.width
            height: bar.height / 3 + radius
            radius: Theme.radius
            color: Theme.wakeTint
        }

        Rectangle {
            y: bar.height * 2 / 3 - radius
            width: bar.width
            height: bar.height / 3 + radius
            radius: Theme.radius
            color: Theme.settleTint
        }

        Rectangle {
            y: bar.height / 3
            width: bar.width
            height: bar.height / 3
            color: Theme.presentTint
        }

        // In high contrast a firm line where the zones meet.
        Repeater {
            model: Theme.highContrast ? [1, 2] : []

            Rectangle {
                required property int modelData

                y: bar.height * modelData / 3 - height / 2
                width: bar.width
                height: Theme.borderWidth * 2
                color: Theme.border
            }
        }

        Rectangle {
            anchors.fill: parent
            color: "transparent"
            radius: Theme.radius
            border.width: gauge.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: gauge.activeFocus ? Theme.focus : Theme.border
        }

        // The earlier check-in: a hollow ring.
        Rectangle {
            visible: !isNaN(gauge.compareValue)
            x: (bar.width - width) / 2 - Theme.spacingM
            y: bar.yOf(gauge.compareValue) - height / 2
            width: Theme.minTarget * 0.6
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.textMuted
        }

        // Where the person is: a line across the bar and a solid disc.
        Item {
            visible: gauge.placed
            y: bar.yOf(gauge.value)
            width: bar.width

            Rectangle {
                y: -height / 2
                width: parent.width
                height: Theme.focusWidth
                color: Theme.text
            }

            Rectangle {
                x: (bar.width - width) / 2 + (isNaN(gauge.compareValue) ? 0 : Theme.spacingM)
                y: -height / 2
                width: Theme.minTarget * 0.75
                height: width
                radius: width / 2
                color: Theme.surface
                border.width: Theme.focusWidth
                border.color: Theme.text
            }
        }

        MouseArea {
            anchors.fill: parent
            enabled: gauge.interactive
            preventStealing: true
            onPressed: mouse => gauge.set(1 - 2 * mouse.y / height)
            onPositionChanged: mouse => gauge.set(1 - 2 * mouse.y / height)
        }
    }

    // Each zone's words; tapping them places the marker in the middle of that zone.
    Column {
        id: labels

        anchors.left: bar.right
        anchors.leftMargin: Theme.spacingL
        anchors.right: parent.right
        height: parent.height

        Repeater {
            id: zones

            model: [
                { name: qsTr("Revved up"), words: qsTr("racing, tense, on edge, angry"), centre: 2 / 3 },
                { name: qsTr("Okay"), words: qsTr("here, able to think and feel"), centre: 0 },
                { name: qsTr("Shut down"), words: qsTr("numb, foggy, far away, heavy"), centre: -2 / 3 }
            ]

            Pressable {
                id: zone

                required property var modelData
                implicitHeight: words.implicitHeight + Theme.spacingS
                width: labels.width
                height: labels.height / 3
                enabled: gauge.interactive
                activeFocusOnTab: false
                opacity: 1
                // Only a gauge that can be moved has zones to press.
                Accessible.ignored: !visible || !gauge.interactive
                Accessible.name: modelData.name + ": " + modelData.words
                onClicked: gauge.set(modelData.centre)

                Column {
                    id: words

                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    spacing: Theme.spacingXS

                    CalmText {
                        width: parent.width
                        text: zone.modelData.name
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        Accessible.ignored: true
                    }

                    CalmText {
                        width: parent.width
                        text: zone.modelData.words
                        color: Theme.textMuted
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
