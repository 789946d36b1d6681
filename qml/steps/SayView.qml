pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A "say" step: the words, large and centred (captions always show, narration or not), and a
// quiet line for how long the step lasts.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    // Smooth while it moves; with reduced motion it steps with the screen's once-a-second clock.
    FrameAnimation {
        running: view.visible && !Theme.reducedMotion && view.runner.state === ExerciseRunner.State.Running
        onTriggered: view.runner.update()
    }

    // The words said aloud by a screen reader as the step begins.
    Announcement {
        text: view.step.text ?? ""
    }

    StepScroll {
        anchors.fill: parent
        spacing: Theme.spacingXL

        CalmText {
            objectName: "caption"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: view.step.text ?? ""
            font.pixelSize: Theme.fontHeading
        }

        ProgressLine {
            objectName: "stepProgress"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.target * 4)
            value: view.runner.stepProgress
            opacity: 0.7
            Accessible.name: qsTr("How far along this step is")
        }
    }
}
