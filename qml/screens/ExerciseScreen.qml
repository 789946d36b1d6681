pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where an exercise runs, step by step: the step's own view in the middle, how far along and
// how long is left below it, and Back, Pause, Skip and End within reach at the bottom.
BaseScreen {
    id: screen

    // The run to show and its sound, made and ended by VisitFlow; the guide is null when Haven
    // plays no sound.
    required property ExerciseRunner runner
    required property AudioGuide guide
    readonly property bool session: AppConfig.mode === AppConfig.Session
    // The sound the person chose in an imagery step; empty follows the script.
    property string chosenSoundscape: ""
    readonly property bool muted: !guide || guide.muted

    readonly property bool paused: screen.runner.state === ExerciseRunner.State.Paused
    // The view for each step kind, in qml/steps/.
    readonly property var views: ({
            "say": "SayView",
            "breathe": "BreatheView",
            "senses": "SensesView",
            "imagery": "ImageryView",
            "bodymap": "BodyMapView",
            "draw": "DrawView",
            "pause": "PauseView",
            "read": "ReadView"
        })

    // A fresh view for every step, so what a person tapped or drew on one step never carries
    // into the next. URL-based: an inline Component here would trip Qt 6.4's bound-component check.
    function loadStep() {
        stepLoader.source = "";
        const view = views[screen.runner.stepKind];
        if (!view)
            return;
        stepLoader.opacity = Theme.reducedMotion ? 1 : 0;
        stepLoader.setSource(Qt.resolvedUrl(`../steps/${view}.qml`), {
                runner: screen.runner
            });
        fadeIn.restart();
    }

    title: screen.runner.valid ? screen.runner.title : qsTr("Exercise")
    Component.onCompleted: loadStep()

    Connections {
        target: screen.runner

        function onStepChanged() {
            screen.loadStep();
        }
    }

    Binding {
        target: screen.guide
        when: screen.guide !== null
        property: "soundscape"
        value: screen.chosenSoundscape
    }

    Connections {
        target: stepLoader.item as ImageryView

        function onSoundscapeChosen(id: string) {
            screen.chosenSoundscape = id;
        }
    }

    // The clock read every frame, so the progress line is exactly where the run is; with reduced
    // motion, once a second (the line then steps, as the time left does).
    FrameAnimation {
        running: screen.visible && !Theme.reducedMotion && screen.runner.state === ExerciseRunner.State.Running
        onTriggered: screen.runner.update()
    }

    Timer {
        interval: Theme.durationTick
        repeat: true
        running: screen.visible && Theme.reducedMotion && screen.runner.state === ExerciseRunner.State.Running
        onTriggered: screen.runner.update()
    }

    Loader {
        id: stepLoader

        objectName: "stepLoader"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.spacingM
        visible: screen.runner.valid
        // Paused, the step takes no taps or keys until Resume.
        enabled: !screen.paused
    }

    NumberAnimation {
        id: fadeIn

        target: stepLoader
        property: "opacity"
        to: 1
        duration: Theme.motion(Theme.durationCalm)
        easing.type: Easing.InOutQuad
    }

    // Paused: the step rests under a soft veil, with Resume in the middle of it.
    Rectangle {
        objectName: "pausedOverlay"
        anchors.fill: stepLoader
        color: Theme.pausedVeil
        opacity: screen.paused ? 1 : 0
        // Up at once when paused (so no tap slips through while it fades in), gone once faded.
        visible: screen.paused || opacity > 0

        Behavior on opacity {
            enabled: !Theme.reducedMotion

            NumberAnimation {
                duration: Theme.motion(Theme.durationShort)
            }
        }

        MouseArea {
            anchors.fill: parent
            enabled: screen.paused
            onWheel: wheel => wheel.accepted = true
        }

        StepScroll {
            anchors.fill: parent

            CalmText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Paused")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            CalmText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Take all the time you need. Nothing moves on until you are ready.")
                color: Theme.textMuted
            }

            CalmButton {
                objectName: "resumeButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Math.max(implicitWidth, Theme.target * 4))
                height: Math.max(implicitHeight, Theme.largeTarget)
                text: qsTr("Resume")
                onClicked: screen.runner.resume()
            }
        }
    }

    // Not found: a kind word and a way on.
    StepScroll {
        anchors.fill: parent
        visible: !screen.runner.valid

        CalmText {
            width: parent.width
            text: qsTr("We could not find this exercise")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            text: qsTr("It may have been moved or renamed. You can choose another exercise.")
            color: Theme.textMuted
        }

        CalmButton {
            objectName: "chooseAnotherButton"
            text: qsTr("Choose an exercise")
            onClicked: VisitFlow.back()
        }
    }

    Column {
        id: footer

        readonly property real available: Math.min(screen.width - 2 * Theme.spacingL, Theme.contentMaxWidth)

        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: available
        spacing: Theme.spacingM
        visible: screen.runner.valid

        // The time left beside the line when there is room, above it when not.
        Grid {
            id: progress

            readonly property bool stacked: timeMetrics.advanceWidth > width / 3

            width: parent.width
            columns: stacked ? 1 : 3
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingS
            verticalItemAlignment: Grid.AlignVCenter
            layoutDirection: stacked ? Qt.LeftToRight : Qt.RightToLeft

            TextMetrics {
                id: timeMetrics

                font: timeLeft.font
                text: timeLeft.text
            }

            CalmButton {
                id: sound

                objectName: "soundButton"
                tone: "quiet"
                visible: screen.guide !== null
                text: screen.muted ? qsTr("Sound off") : qsTr("Sound on")
                Accessible.name: screen.muted ? qsTr("Sound is off. Turn it on") : qsTr("Sound is on. Turn it off")
                onClicked: screen.guide.muted = !screen.guide.muted
            }

            CalmText {
                id: timeLeft

                readonly property int minutesLeft: Math.round(screen.runner.remaining / 60)

                objectName: "timeLeft"
                width: progress.stacked ? progress.width : Math.ceil(timeMetrics.advanceWidth) + 1
                text: screen.runner.remaining < 45 ? qsTr("Less than a minute left") : qsTr("About %n min left", "", Math.max(1, minutesLeft))
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }

            ProgressLine {
                objectName: "exerciseProgress"
                width: progress.stacked ? progress.width : progress.width - timeLeft.width - sound.width - 2 * progress.columnSpacing
                value: screen.runner.progress
                Accessible.name: qsTr("How far along the exercise is")
            }
        }

        // Four in a row where they fit, all one width; otherwise two rows, where each column is as
        // wide as its longest label needs (Resume included, so pausing never moves a button). On a
        // short screen (a small tablet, large text) Previous and Skip are arrows, so the four fit
        // in one row and the step keeps room to be read.
        Grid {
            id: controls

            readonly property bool compact: screen.height < Theme.target * 7

            // CalmButton's label font, to measure the labels with.
            readonly property font labelFont: Qt.font({
                    family: Theme.fontFamily,
                    pixelSize: Theme.fontBody,
                    weight: Font.DemiBold
                })
            readonly property real padding: 2 * Theme.spacingL + Theme.spacingS
            readonly property real first: compact ? Theme.target : Math.max(backLabel.advanceWidth, skipLabel.advanceWidth) + padding
            readonly property real second: Math.max(pauseLabel.advanceWidth, resumeLabel.advanceWidth, endLabel.advanceWidth) + padding
            readonly property real cell: Math.max(Theme.minTarget * 3.5, Math.max(first, second) + 2 * Theme.spacingM)
            readonly property bool oneRow: 4 * cell + 3 * columnSpacing <= footer.available || (compact && 2 * (first + second) + 3 * columnSpacing <= footer.available)
            readonly property bool even: !compact && 2 * cell + columnSpacing <= footer.available
            readonly property real spare: compact ? 0 : Math.max(0, footer.available - columnSpacing - first - second) / 2

            anchors.horizontalCenter: parent.horizontalCenter
            columns: oneRow ? 4 : 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS

            TextMetrics {
                id: backLabel

                font: controls.labelFont
                text: qsTr("Previous")
            }

            TextMetrics {
                id: skipLabel

                font: controls.labelFont
                text: qsTr("Skip")
            }

            TextMetrics {
                id: pauseLabel

                font: controls.labelFont
                text: qsTr("Pause")
            }

            TextMetrics {
                id: resumeLabel

                font: controls.labelFont
                text: qsTr("Resume")
            }

            TextMetrics {
                id: endLabel

                font: controls.labelFont
                text: qsTr("End")
            }

            CalmButton {
                objectName: "stepBackButton"
                width: controls.even ? controls.cell : controls.first + controls.spare
                tone: "quiet"
                text: controls.compact ? "‹" : qsTr("Previous")
                enabled: screen.runner.stepIndex > 0
                Accessible.name: qsTr("Previous step")
                onClicked: screen.runner.previous()
            }

            CalmButton {
                objectName: "pauseButton"
                width: controls.even ? controls.cell : controls.second + controls.spare
                tone: screen.session ? "quiet" : "primary"
                text: screen.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: screen.paused ? screen.runner.resume() : screen.runner.pause()
            }

            CalmButton {
                objectName: "skipStepButton"
                width: controls.even ? controls.cell : controls.first + controls.spare
                tone: "quiet"
                text: controls.compact ? "›" : qsTr("Skip")
                Accessible.name: qsTr("Skip this step")
                onClicked: screen.runner.next()
            }

            CalmButton {
                objectName: "endButton"
                width: controls.even ? controls.cell : controls.second + controls.spare
                visible: !screen.session
                tone: "quiet"
                text: qsTr("End")
                Accessible.name: qsTr("End the exercise")
                onClicked: VisitFlow.endExercise()
            }
        }

        // A therapist ends the exercise the moment they choose: one large button, always in view.
        CalmButton {
            objectName: "sessionEndButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Math.max(controls.width, Theme.target * 6))
            height: Math.max(implicitHeight, Theme.largeTarget)
            visible: screen.session
            text: qsTr("End")
            Accessible.name: qsTr("End the exercise")
            onClicked: VisitFlow.endExercise()
        }
    }

    // Back or Escape mid-run, at home or on a kiosk: VisitFlow asks before it ends anything.
    Sheet {
        id: endQuestion

        objectName: "endQuestion"
        anchors.fill: parent
        title: qsTr("End this exercise?")
        onDismissed: VisitFlow.keepGoing()

        CalmText {
            width: endQuestion.contentWidth
            text: qsTr("It is paused. You can go on from where you were, or stop here.")
            color: Theme.textMuted
        }

        Flow {
            width: endQuestion.contentWidth
            spacing: Theme.spacingM

            CalmButton {
                id: keepGoingButton

                objectName: "endKept"
                text: qsTr("Keep going")
                onClicked: VisitFlow.keepGoing()
            }

            CalmButton {
                objectName: "endConfirmed"
                tone: "quiet"
                text: qsTr("End it")
                Accessible.name: qsTr("End the exercise")
                onClicked: VisitFlow.confirmEnd()
            }
        }
    }

    Connections {
        target: VisitFlow

        function onAskingToEndChanged() {
            if (VisitFlow.askingToEnd) {
                endQuestion.open();
                keepGoingButton.forceActiveFocus();
            } else {
                endQuestion.close();
            }
        }
    }
}
