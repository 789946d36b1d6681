pragma ComponentBehavior: Bound
import QtQuick
import Haven

// What a waiting-room kiosk shows between visitors: a quiet invitation and a slowly breathing
// circle. The circle rests after a minute, so an idle kiosk draws nothing and costs no CPU.
BaseScreen {
    id: screen

    // How long the circle moves before it rests.
    property int motionMs: 60000
    readonly property bool moving: breathing.running

    title: qsTr("Haven")
    entry: heading

    // The circle and the words below it, centred together; on a short screen with large text
    // the words keep their room: the heading a size smaller, the circle smaller.
    readonly property bool cramped: height < Theme.fontDisplay * 8

    Rectangle {
        id: circle

        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(Theme.spacingM, (parent.height - height - words.anchors.topMargin - words.implicitHeight) / 2)
        width: Math.max(Theme.target, Math.min(parent.width * 0.45, parent.height * 0.45, parent.height - words.implicitHeight - words.anchors.topMargin - 2 * Theme.spacingL))
        height: width
        radius: width / 2
        color: Theme.breathFill

        SequentialAnimation on scale {
            id: breathing

            running: !Theme.reducedMotion
            loops: Animation.Infinite

            NumberAnimation {
                from: 0.8
                to: 1
                duration: 4000
                easing.type: Easing.InOutSine
            }

            NumberAnimation {
                to: 0.8
                duration: 6000
                easing.type: Easing.InOutSine
            }
        }
    }

    // After a minute the circle finishes its breath and rests.
    Timer {
        interval: screen.motionMs
        running: breathing.running
        onTriggered: breathing.running = false
    }

    Column {
        id: words

        anchors.top: circle.bottom
        anchors.topMargin: screen.cramped ? Theme.spacingL : Theme.spacingXL
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
        spacing: Theme.spacingM

        CalmText {
            id: heading
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Take a moment for yourself")
            font.pixelSize: screen.cramped ? Theme.fontHeading : Theme.fontDisplay
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("A few quiet minutes while you wait. Tap anywhere to begin.")
            color: Theme.textMuted
        }
    }

    // The whole screen is the button.
    Pressable {
        objectName: "attractBegin"
        anchors.fill: parent
        z: -1
        Accessible.name: qsTr("Begin")
        onClicked: VisitFlow.begin()
    }
}
