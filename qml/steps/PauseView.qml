pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A quiet pause: a soft circle that slowly fills, like a glass with water, over the pause's
// length, and the step's words if it has any. With reduced motion, a plain progress bar.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property real progress: runner.stepProgress
    readonly property real size: Math.max(Theme.target * 2, Math.min(width - 2 * Theme.spacingL, height * 0.55, Theme.readingMaxWidth * 0.6))

    FrameAnimation {
        running: view.visible && !Theme.reducedMotion && view.runner.state === ExerciseRunner.State.Running
        onTriggered: view.runner.update()
    }

    StepScroll {
        anchors.fill: parent
        spacing: Theme.spacingXL

        Item {
            objectName: "pauseCircle"
            anchors.horizontalCenter: parent.horizontalCenter
            width: view.size
            height: view.size
            visible: !Theme.reducedMotion
            Accessible.ignored: true

            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: "transparent"
                border.width: Math.max(2, Theme.borderWidth)
                border.color: Theme.breathGuide
            }

            // The water: a window onto a full circle, opening from the bottom.
            Item {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: parent.height * view.progress
                clip: true

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: view.size
                    height: view.size
                    radius: view.size / 2
                    color: Theme.breathFill
                }
            }
        }

        ProgressLine {
            objectName: "pauseProgress"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.target * 6)
            visible: Theme.reducedMotion
            value: view.progress
            Accessible.name: qsTr("How far along the pause is")
        }

        CalmText {
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            text: view.step.text ?? ""
            font.pixelSize: Theme.fontTitle
        }
    }
}
