pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where an exercise runs, step by step: the step's own view in the middle, how far along and
// how long is left below it, and Back, Pause, Skip and End within reach at the bottom.
BaseScreen {
    id: screen

    property string exerciseId
    property int minutes: 0
    // A check-in after the exercise; a therapist's session skips it unless they chose one.
    property bool checkIns: !session
    readonly property bool session: AppConfig.mode === AppConfig.Session
    // The sound the person chose in an imagery step; empty follows the script.
    property string chosenSoundscape: ""

    readonly property bool paused: runner.state === ExerciseRunner.State.Paused
    readonly property bool ended: runner.state === ExerciseRunner.State.Finished || runner.state === ExerciseRunner.State.Stopped
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
        const view = views[runner.stepKind];
        if (!view)
            return;
        stepLoader.opacity = Theme.reducedMotion ? 1 : 0;
        stepLoader.setSource(Qt.resolvedUrl(`../steps/${view}.qml`), {
                runner: runner
            });
        fadeIn.restart();
    }

    title: ExerciseLibrary.titleOf(exerciseId) || qsTr("Exercise")
    keepsAwake: runner.state === ExerciseRunner.State.Running

    function begin() {
        Visit.beginRun(runner, screen.checkIns);
        runner.start();
    }

    Component.onCompleted: {
        if (runner.valid)
            begin();
    }
    // A run left mid-way (Back, Escape, a kiosk reset) ends as stopped, with no summary, and is
    // recorded at once: there will be no after check-in.
    Component.onDestruction: {
        screen.leaving = true;
        runner.stop();
        Visit.skipCheckOut();
    }
    // "Need help now?" stops the clock; the person resumes when ready.
    onHelpOpened: runner.pause()

    ExerciseRunner {
        id: runner

        objectName: "exerciseRunner"
        library: ExerciseLibrary
        exerciseId: screen.exerciseId
        // At home, the length the person last chose for it (see LengthDialog).
        minutes: screen.minutes || (Preferences.minutes[screen.exerciseId] ?? 0)
        onStepChanged: screen.loadStep()
        onStateChanged: {
            if (screen.leaving || (state !== ExerciseRunner.State.Finished && state !== ExerciseRunner.State.Stopped))
                return;
            if (screen.checkIns) {
                screen.navigate("checkout", {});
                return;
            }
            // Done: a word of thanks; ended early: straight back to the launcher.
            screen.navigate(state === ExerciseRunner.State.Finished ? "summary" : "home", {});
        }
    }

    // Narration, soundscape and cues, following the runner; spoken steps last as long as their voice.
    AudioGuide {
        id: guide

        objectName: "audioGuide"
        runner: runner
        soundscape: screen.chosenSoundscape
        muted: !AppConfig.audio
    }

    Binding {
        target: Visit
        property: "audioOn"
        value: !guide.muted
    }

    Connections {
        target: stepLoader.item as ImageryView

        function onSoundscapeChosen(id: string) {
            screen.chosenSoundscape = id;
        }
    }

    // The time left, read once a second; step views that move smoothly read the clock every frame.
    Timer {
        interval: Theme.durationTick
        repeat: true
        running: screen.visible && runner.state === ExerciseRunner.State.Running
        onTriggered: runner.update()
    }

    Loader {
        id: stepLoader

        objectName: "stepLoader"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.spacingM
        visible: runner.valid && !screen.ended
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
                onClicked: runner.resume()
            }
        }
    }

    // Not found, or over (someone came back here from the summary): a kind word and a way on.
    StepScroll {
        anchors.fill: parent
        visible: !runner.valid || screen.ended

        CalmText {
            width: parent.width
            text: runner.valid ? qsTr("This exercise has ended") : qsTr("We could not find this exercise")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            width: parent.width
            text: runner.valid ? qsTr("You can do it again, or choose another one.") : qsTr("It may have been moved or renamed. You can choose another exercise.")
            color: Theme.textMuted
        }

        Flow {
            width: parent.width
            spacing: Theme.spacingM

            CalmButton {
                objectName: "againButton"
                visible: runner.valid
                text: qsTr("Start again")
                onClicked: screen.begin()
            }

            CalmButton {
                objectName: "chooseAnotherButton"
                tone: runner.valid ? "quiet" : "primary"
                text: qsTr("Choose an exercise")
                onClicked: screen.navigate("home", {})
            }
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
        visible: runner.valid && !screen.ended

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
                text: guide.muted ? qsTr("Sound off") : qsTr("Sound on")
                Accessible.name: guide.muted ? qsTr("Sound is off. Turn it on") : qsTr("Sound is on. Turn it off")
                onClicked: guide.muted = !guide.muted
            }

            CalmText {
                id: timeLeft

                readonly property int minutesLeft: Math.round(runner.remaining / 60)

                objectName: "timeLeft"
                width: progress.stacked ? progress.width : Math.ceil(timeMetrics.advanceWidth) + 1
                text: runner.remaining < 45 ? qsTr("Less than a minute left") : minutesLeft <= 1 ? qsTr("About 1 min left") : qsTr("About %1 min left").arg(minutesLeft)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }

            ProgressLine {
                objectName: "exerciseProgress"
                width: progress.stacked ? progress.width : progress.width - timeLeft.width - sound.width - 2 * progress.columnSpacing
                value: runner.total > 0 ? 1 - runner.remaining / runner.total : 0
                smoothing: Theme.durationTick
                Accessible.name: qsTr("How far along the exercise is")
            }
        }

        // Four in a row where they fit, all one width; otherwise two rows, where each column is as
        // wide as its longest label needs (Resume included, so pausing never moves a button).
        Grid {
            id: controls

            // CalmButton's label font, to measure the labels with.
            readonly property font labelFont: Qt.font({
                    family: Theme.fontFamily,
                    pixelSize: Theme.fontBody,
                    weight: Font.DemiBold
                })
            readonly property real padding: 2 * Theme.spacingL + Theme.spacingS
            readonly property real first: Math.max(backLabel.advanceWidth, skipLabel.advanceWidth) + padding
            readonly property real second: Math.max(pauseLabel.advanceWidth, resumeLabel.advanceWidth, endLabel.advanceWidth) + padding
            readonly property real cell: Math.max(Theme.minTarget * 3.5, Math.max(first, second) + 2 * Theme.spacingM)
            readonly property bool oneRow: 4 * cell + 3 * columnSpacing <= footer.available
            readonly property bool even: 2 * cell + columnSpacing <= footer.available
            readonly property real spare: Math.max(0, footer.available - columnSpacing - first - second) / 2

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
                text: qsTr("Previous")
                enabled: runner.stepIndex > 0
                Accessible.name: qsTr("Previous step")
                onClicked: runner.previous()
            }

            CalmButton {
                objectName: "pauseButton"
                width: controls.even ? controls.cell : controls.second + controls.spare
                tone: screen.session ? "quiet" : "primary"
                text: screen.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: screen.paused ? runner.resume() : runner.pause()
            }

            CalmButton {
                objectName: "skipStepButton"
                width: controls.even ? controls.cell : controls.first + controls.spare
                tone: "quiet"
                text: qsTr("Skip")
                Accessible.name: qsTr("Skip this step")
                onClicked: runner.next()
            }

            CalmButton {
                objectName: "endButton"
                width: controls.even ? controls.cell : controls.second + controls.spare
                visible: !screen.session
                tone: "quiet"
                text: qsTr("End")
                Accessible.name: qsTr("End the exercise")
                onClicked: runner.stop()
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
            onClicked: runner.stop()
        }
    }
}
