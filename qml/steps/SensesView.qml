pragma ComponentBehavior: Bound
import QtQuick
import Haven

// 5-4-3-2-1: one prompt at a time ("Find five things you can see"). The person taps once for
// each thing they notice and the dots fill; then Next, and after the last prompt, Done. The
// counts live only here and go when the step does.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property var prompts: view.step.prompts ?? []
    property int promptIndex: 0
    property int noticed: 0
    readonly property var prompt: prompts[promptIndex] ?? ({})
    readonly property int count: prompt.count ?? 0
    readonly property bool complete: noticed >= count
    readonly property bool last: promptIndex >= prompts.length - 1

    function notice() {
        if (!complete)
            ++noticed;
    }

    function nextPrompt() {
        if (last) {
            runner.next();
            return;
        }
        ++promptIndex;
        noticed = 0;
    }

    Announcement {
        text: view.prompt.prompt ?? ""
    }

    // Each tap on "I noticed one" counted aloud, so a screen reader hears it land.
    Announcement {
        text: view.noticed > 0 ? qsTr("%1 of %2 noticed").arg(view.noticed).arg(view.count) : ""
    }

    StepScroll {
        anchors.fill: parent

        CalmText {
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            text: view.step.text ?? ""
            color: Theme.textMuted
        }

        CalmText {
            objectName: "sensesPrompt"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: view.prompt.prompt ?? ""
            font.pixelSize: Theme.fontHeading
            Accessible.role: Accessible.Heading
        }

        Flow {
            objectName: "sensesDots"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, view.count * (Theme.dotSize + Theme.spacingM))
            spacing: Theme.spacingM
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 of %2 noticed").arg(view.noticed).arg(view.count)

            Repeater {
                model: view.count

                Rectangle {
                    required property int index

                    width: Theme.dotSize
                    height: Theme.dotSize
                    radius: width / 2
                    color: index < view.noticed ? Theme.primary : "transparent"
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: index < view.noticed ? Theme.primary : Theme.border

                    Behavior on color {
                        ColorAnimation {
                            duration: Theme.motion(Theme.durationShort)
                        }
                    }
                }
            }
        }

        CalmButton {
            objectName: "noticedButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Math.max(implicitWidth, Theme.largeTarget * 3))
            height: Math.max(implicitHeight, Theme.largeTarget)
            enabled: !view.complete
            text: qsTr("I noticed one")
            onClicked: view.notice()
        }

        // Next sits apart from the big button, so a quick extra tap never skips a sense.
        Item {
            width: parent.width
            height: next.height

            CalmButton {
                id: next

                objectName: view.last ? "sensesDoneButton" : "sensesNextButton"
                anchors.horizontalCenter: parent.horizontalCenter
                tone: view.complete ? "primary" : "quiet"
                text: view.last ? qsTr("Done") : qsTr("Next")
                Accessible.name: view.last ? qsTr("Done") : qsTr("Next sense")
                onClicked: view.nextPrompt()
            }
        }

        CalmText {
            objectName: "senseCounter"
            width: parent.width
            visible: view.prompts.length > 1
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Sense %1 of %2").arg(view.promptIndex + 1).arg(view.prompts.length)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
