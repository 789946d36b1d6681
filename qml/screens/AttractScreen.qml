pragma ComponentBehavior: Bound
import QtQuick
import Haven

// What a waiting-room kiosk shows between visitors: a quiet invitation and a slowly breathing
// circle, under "English · Español". The circle rests after a minute, so an idle kiosk draws
// nothing and costs no CPU.
BaseScreen {
    id: screen

    // How long the circle moves before it rests.
    property int motionMs: 60000
    readonly property bool moving: breathing.running

    title: qsTr("Haven")
    entry: heading

    // The circle and the words below it, centred together in the room under the language
    // switch; on a short screen with large text the words keep their room: the heading a size
    // smaller, the circle smaller.
    readonly property bool cramped: room.height < Theme.fontDisplay * 8

    // First, where a visitor who reads only one of the two looks before anything else.
    LanguageSwitch {
        id: languages

        objectName: "attractLanguage"
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
    }

    Item {
        id: room

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: languages.bottom
        anchors.bottom: parent.bottom

        Rectangle {
            id: circle

            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(visible ? Theme.spacingM : 0, (parent.height - height - words.anchors.topMargin - words.implicitHeight) / 2)
            width: Math.max(Theme.target, Math.min(parent.width * 0.45, parent.height * 0.45, parent.height - words.implicitHeight - words.anchors.topMargin - 2 * Theme.spacingL))
            // Where even the smallest circle would push the words out, only the words show.
            visible: parent.height - words.implicitHeight - Theme.spacingL - 2 * Theme.spacingM >= Theme.target
            height: visible ? width : 0
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

        Column {
            id: words

            anchors.top: circle.bottom
            anchors.topMargin: !circle.visible ? 0 : screen.cramped ? Theme.spacingL : Theme.spacingXL
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
    }

    // After a minute the circle finishes its breath and rests.
    Timer {
        interval: screen.motionMs
        running: breathing.running
        onTriggered: breathing.running = false
    }

    // The whole screen is the button, but for the strip of the language switch (a tap there
    // would reach both): choosing a language does not begin the visit.
    Pressable {
        objectName: "attractBegin"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: languages.bottom
        anchors.topMargin: Theme.spacingS
        anchors.bottom: parent.bottom
        z: -1
        Accessible.name: qsTr("Begin")
        onClicked: VisitFlow.begin()
    }
}
