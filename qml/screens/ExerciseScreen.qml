pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where an exercise runs, step by step: the step's own view in the middle, how far along and
// how long is left below it, and Previous, Pause, Skip, Sound and End within reach at the bottom.
// A card to read has only End there: it is paged through at the person's own pace.
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
        stepArea.contentY = 0;
        const view = views[screen.runner.stepKind];
        if (!view)
            return;
        stepLoader.opacity = Theme.reducedMotion ? 1 : 0;
        stepLoader.setSource(Qt.resolvedUrl(`../steps/${view}.qml`), {
                runner: screen.runner
            });
        fadeIn.restart();
    }

    // Whether a point of the window is on the drawing step's canvas.
    function onCanvas(at: point): bool {
        let canvas = null;
        const search = [stepLoader.item];
        while (search.length > 0 && !canvas) {
            const item = search.pop();
            if (!item)
                continue;
            if (item.objectName === "drawCanvas")
                canvas = item;
            for (let i = 0; i < item.children.length; ++i)
                search.push(item.children[i]);
        }
        return canvas !== null && canvas.contains(canvas.mapFromItem(null, at.x, at.y));
    }

    // On 5-4-3-2-1, Skip passes over one sense, not all five.
    readonly property SensesView senses: stepLoader.item as SensesView
    readonly property bool skipsASense: senses !== null && !senses.last

    title: screen.runner.valid ? screen.runner.title : qsTr("Exercise")
    entry: pauseButton
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

    // The step's place. Step views scroll their own words; a drawing cannot (a finger on it
    // draws), so on a short screen with large text the screen gives it the height it needs and
    // scrolls it here, with the bar at the edge showing there is more.
    Flickable {
        id: stepArea

        // The least height a drawing step is laid out in: its words, its tools and a canvas.
        readonly property real floor: screen.runner.stepKind === "draw" ? Math.round(Theme.fontBody * 11 + Theme.target * 2) : 0

        objectName: "stepArea"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.bottomMargin: footer.compact ? Theme.spacingS : Theme.spacingM
        contentWidth: width
        contentHeight: Math.max(height, floor)
        // A finger that lands on the canvas draws; anywhere else it scrolls.
        interactive: contentHeight > height && !pressWatch.onCanvas
        boundsBehavior: Flickable.StopAtBounds
        clip: interactive
        // Paused, the step is out of sight (and out of a screen reader's reach) once the veil
        // is up, and takes no taps or keys until Resume. What was tapped or drawn is kept.
        visible: screen.runner.valid && !pausedOverlay.covering

        PointHandler {
            id: pressWatch

            property bool onCanvas: false

            target: null
            onActiveChanged: onCanvas = active && screen.onCanvas(point.scenePressPosition)
        }

        Loader {
            id: stepLoader

            objectName: "stepLoader"
            width: stepArea.width
            height: stepArea.contentHeight
            enabled: !screen.paused
        }
    }

    ScrollIndicator {
        flickable: stepArea
        visible: stepArea.visible && stepArea.interactive
    }

    NumberAnimation {
        id: fadeIn

        target: stepLoader
        property: "opacity"
        to: 1
        duration: Theme.motion(Theme.durationCalm)
        easing.type: Easing.InOutQuad
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
        // A card is read at the person's own pace: no time left, no Pause or Skip, and its one
        // way back is on the card itself.
        readonly property bool reading: screen.runner.stepKind === "read"
        // The full footer (words, Sound beside the line, two rows of buttons where four do not
        // fit, the therapist's large End) would take more than a third of the screen, as on a
        // short or narrow one with large text: then one row of smaller controls, Sound in it.
        readonly property real fullHeight: (screen.guide !== null ? Theme.target : timeLeft.implicitHeight) + Theme.spacingM + (controls.fullOneRow ? Theme.target : 2 * Theme.target + Theme.spacingS) + (screen.session ? Theme.spacingM + Theme.largeTarget : 0) + Theme.spacingL
        readonly property bool compact: fullHeight > screen.height / 3

        anchors.bottom: parent.bottom
        anchors.bottomMargin: compact ? Theme.spacingM : Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: available
        spacing: compact ? Theme.spacingS : Theme.spacingM
        visible: screen.runner.valid && !pausedOverlay.covering

        // The time left beside the line when there is room, above it when not.
        Grid {
            id: progress

            readonly property bool stacked: timeMetrics.advanceWidth > width / 3

            width: parent.width
            visible: !footer.reading
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

            // A speaker that shows its state (waves, or crossed out) beside the words for it.
            CalmButton {
                id: sound

                readonly property string label: screen.muted ? qsTr("Sound off") : qsTr("Sound on")

                objectName: "soundButton"
                implicitWidth: soundRow.implicitWidth + 2 * padding
                tone: "quiet"
                visible: screen.guide !== null && !footer.compact
                Accessible.name: screen.muted ? qsTr("Sound is off. Turn it on") : qsTr("Sound is on. Turn it off")
                onClicked: screen.guide.muted = !screen.guide.muted

                Row {
                    id: soundRow

                    anchors.centerIn: parent
                    spacing: Theme.spacingS

                    ControlIcon {
                        anchors.verticalCenter: parent.verticalCenter
                        kind: screen.muted ? "muted" : "sound"
                        color: sound.ink
                    }

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: sound.label
                        color: sound.ink
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        Accessible.ignored: true
                    }
                }
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
                width: progress.stacked ? progress.width : progress.width - timeLeft.width - (sound.visible ? sound.width + progress.columnSpacing : 0) - progress.columnSpacing
                value: screen.runner.progress
                Accessible.name: qsTr("How far along the exercise is")
            }
        }

        // Four in a row where they fit, all one width; otherwise two rows, where each column is as
        // wide as its longest label needs (Resume included, so pausing never moves a button).
        // Compact, all in one row of smaller buttons: in words where they fit, else Previous and
        // Skip as arrows and Pause and Sound as drawn symbols (their names stay words for a screen
        // reader), so the step keeps room to be read.
        Grid {
            id: controls

            readonly property bool compact: footer.compact

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
            readonly property bool fullOneRow: 4 * cell + 3 * Theme.spacingM <= footer.available
            readonly property bool even: 2 * cell + columnSpacing <= footer.available
            readonly property real spare: Math.max(0, footer.available - columnSpacing - first - second) / 2

            // The compact row: its buttons' height, the room beside each label, and whether the
            // words fit in one row.
            readonly property int rowHeight: Math.max(Theme.minTarget + Theme.spacingS, Math.round(Theme.fontBody * 1.4) + 2 * Theme.spacingS)
            readonly property int rowPadding: Theme.spacingM
            readonly property int shown: footer.reading ? 1 : 4 + (screen.guide !== null ? 1 : 0)
            readonly property real wordsWidth: backLabel.advanceWidth + Math.max(pauseLabel.advanceWidth, resumeLabel.advanceWidth) + skipLabel.advanceWidth + (screen.guide !== null ? Math.max(soundOnLabel.advanceWidth, soundOffLabel.advanceWidth) : 0) + endLabel.advanceWidth + (2 * rowPadding + 2) * shown + (shown - 1) * columnSpacing
            readonly property bool words: !compact || wordsWidth <= footer.available
            readonly property real endWidth: Math.ceil(endLabel.advanceWidth) + 2 * rowPadding + 1
            readonly property real iconWidth: Math.min(rowHeight * 1.25, (footer.available - endWidth - (shown - 1) * columnSpacing) / Math.max(1, shown - 1))

            anchors.horizontalCenter: parent.horizontalCenter
            columns: compact ? shown : fullOneRow ? 4 : 2
            columnSpacing: compact ? Theme.spacingS : Theme.spacingM
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

            TextMetrics {
                id: soundOnLabel

                font: controls.labelFont
                text: qsTr("Sound on")
            }

            TextMetrics {
                id: soundOffLabel

                font: controls.labelFont
                text: qsTr("Sound off")
            }

            CalmButton {
                objectName: "stepBackButton"
                visible: !footer.reading
                width: controls.compact ? (controls.words ? implicitWidth : controls.iconWidth) : controls.even ? controls.cell : controls.first + controls.spare
                height: controls.compact ? controls.rowHeight : implicitHeight
                padding: controls.compact ? controls.rowPadding : Theme.spacingL
                tone: "quiet"
                text: controls.words ? qsTr("Previous") : "‹"
                enabled: screen.runner.stepIndex > 0
                Accessible.name: qsTr("Previous step")
                onClicked: screen.runner.previous()
            }

            CalmButton {
                id: pauseButton

                objectName: "pauseButton"
                visible: !footer.reading
                width: controls.compact ? (controls.words ? Math.ceil(Math.max(pauseLabel.advanceWidth, resumeLabel.advanceWidth)) + 2 * controls.rowPadding + 1 : controls.iconWidth) : controls.even ? controls.cell : controls.second + controls.spare
                height: controls.compact ? controls.rowHeight : implicitHeight
                padding: controls.compact ? controls.rowPadding : Theme.spacingL
                tone: screen.session ? "quiet" : "primary"
                text: controls.words ? (screen.paused ? qsTr("Resume") : qsTr("Pause")) : ""
                Accessible.name: screen.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: screen.paused ? screen.runner.resume() : screen.runner.pause()

                ControlIcon {
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingS, parent.height - 2 * Theme.spacingS)
                    height: width
                    visible: !controls.words
                    kind: screen.paused ? "play" : "pause"
                    color: pauseButton.ink
                }
            }

            CalmButton {
                objectName: "skipStepButton"
                visible: !footer.reading
                width: controls.compact ? (controls.words ? implicitWidth : controls.iconWidth) : controls.even ? controls.cell : controls.first + controls.spare
                height: controls.compact ? controls.rowHeight : implicitHeight
                padding: controls.compact ? controls.rowPadding : Theme.spacingL
                tone: "quiet"
                text: controls.words ? qsTr("Skip") : "›"
                Accessible.name: screen.skipsASense ? qsTr("Skip this sense") : qsTr("Skip this step")
                onClicked: screen.skipsASense ? screen.senses.nextPrompt() : screen.runner.next()
            }

            // Sound joins the row on a short screen.
            CalmButton {
                id: rowSound

                objectName: "soundButton"
                visible: controls.compact && !footer.reading && screen.guide !== null
                width: controls.words ? Math.ceil(Math.max(soundOnLabel.advanceWidth, soundOffLabel.advanceWidth)) + 2 * controls.rowPadding + 1 : controls.iconWidth
                height: controls.rowHeight
                padding: controls.rowPadding
                tone: "quiet"
                text: controls.words ? sound.label : ""
                Accessible.name: sound.Accessible.name
                onClicked: screen.guide.muted = !screen.guide.muted

                ControlIcon {
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingS, parent.height - 2 * Theme.spacingS)
                    height: width
                    visible: !controls.words
                    kind: screen.muted ? "muted" : "sound"
                    color: rowSound.ink
                }
            }

            CalmButton {
                objectName: screen.session ? "sessionEndButton" : "endButton"
                width: controls.compact ? controls.endWidth : controls.even ? controls.cell : controls.second + controls.spare
                height: controls.compact ? controls.rowHeight : implicitHeight
                padding: controls.compact ? controls.rowPadding : Theme.spacingL
                // A therapist's End is their one large button; in a compact row, the one filled.
                visible: !screen.session || controls.compact
                tone: screen.session ? "primary" : "quiet"
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
            visible: screen.session && !controls.compact
            text: qsTr("End")
            Accessible.name: qsTr("End the exercise")
            onClicked: VisitFlow.endExercise()
        }
    }

    // Paused: a calm page over the whole exercise, the step out of sight behind it, with one
    // Resume (and End, for whoever wants to stop here). A card has no Pause of its own, but help
    // pauses any run: after it, a card too rests here until Resume. While "End this exercise?"
    // is asked over a card, the card stays in view behind the question.
    Rectangle {
        id: pausedOverlay

        readonly property bool up: screen.paused && !(footer.reading && VisitFlow.askingToEnd)
        // Fully up: what is behind it can go out of sight.
        readonly property bool covering: up && opacity >= 1

        objectName: "pausedOverlay"
        anchors.fill: parent
        color: Theme.background
        opacity: up ? 1 : 0
        // Up at once when paused (so no tap slips through while it fades in), gone once faded.
        visible: up || opacity > 0

        Behavior on opacity {
            enabled: !Theme.reducedMotion

            NumberAnimation {
                duration: Theme.motion(Theme.durationShort)
            }
        }

        onCoveringChanged: {
            if (covering)
                resumeButton.forceActiveFocus();
        }

        MouseArea {
            anchors.fill: parent
            enabled: screen.paused
            onWheel: wheel => wheel.accepted = true
        }

        StepScroll {
            id: pausedPage

            // Too short for the whole page in view (a small tablet, large text): no picture, and
            // Resume comes straight under the heading, so it is never below the fold.
            readonly property bool cramped: height < Theme.target * 2.5 + Theme.largeTarget + Theme.fontHeading * 1.5 + Theme.fontBody * 4 + 6 * Theme.spacingL

            anchors.fill: parent

            // Where the breath rests: the breathing shape's soft circle, still.
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.round(Theme.target * 1.5)
                height: width
                radius: width / 2
                visible: !pausedPage.cramped
                color: Theme.breathFill
                border.width: Math.max(2, Theme.borderWidth)
                border.color: Theme.breathEdge
                Accessible.ignored: true
            }

            CalmText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Paused")
                font.pixelSize: pausedPage.cramped ? Theme.fontTitle : Theme.fontHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            CalmText {
                width: parent.width
                visible: !pausedPage.cramped
                horizontalAlignment: Text.AlignHCenter
                text: pausedWords.text
                color: Theme.textMuted
            }

            // Resume above End, or beside it where the page is short and the two fit.
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: pausedPage.cramped && resumeButton.width + pausedEnd.width + columnSpacing <= pausedPage.columnWidth ? 2 : 1
                spacing: Theme.spacingM
                horizontalItemAlignment: Grid.AlignHCenter

                CalmButton {
                    id: resumeButton

                    objectName: "resumeButton"
                    width: Math.min(pausedPage.columnWidth, Math.max(implicitWidth, Theme.target * (pausedPage.cramped ? 3 : 4)))
                    height: pausedPage.cramped ? implicitHeight : Math.max(implicitHeight, Theme.largeTarget)
                    text: qsTr("Resume")
                    onClicked: screen.runner.resume()
                }

                CalmButton {
                    id: pausedEnd

                    objectName: "pausedEndButton"
                    width: Math.min(pausedPage.columnWidth, Math.max(implicitWidth, Theme.target * 3))
                    tone: "quiet"
                    text: qsTr("End")
                    Accessible.name: qsTr("End the exercise")
                    onClicked: VisitFlow.endExercise()
                }
            }

            CalmText {
                id: pausedWords

                width: parent.width
                visible: pausedPage.cramped
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Take all the time you need. Nothing moves on until you are ready.")
                color: Theme.textMuted
            }
        }
    }

    // Pausing and going on, said by a screen reader wherever its focus is.
    Announcement {
        id: pauseNews

        objectName: "pauseNews"
    }

    Connections {
        target: screen.runner

        function onStateChanged() {
            if (screen.paused)
                pauseNews.text = qsTr("Paused");
            else if (pauseNews.text !== "")
                pauseNews.text = screen.runner.state === ExerciseRunner.State.Running ? qsTr("Resumed") : "";
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
            text: footer.reading ? qsTr("You can go on reading, or stop here.") : qsTr("It is paused. You can go on from where you were, or stop here.")
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

    // The therapist chose another exercise (a hand-over) while this one has more than a minute
    // to go: switch only on a yes.
    Sheet {
        id: switchQuestion

        objectName: "switchQuestion"
        anchors.fill: parent
        title: qsTr("Switch to %1?").arg(ExerciseLibrary.titleOf(VisitFlow.switchOffered))
        onDismissed: VisitFlow.keepGoing()

        CalmText {
            width: switchQuestion.contentWidth
            text: qsTr("%1 is paused, with about %2 min to go. Switching ends it here.").arg(screen.runner.title).arg(Math.max(1, Math.round(screen.runner.remaining / 60)))
            color: Theme.textMuted
        }

        Flow {
            width: switchQuestion.contentWidth
            spacing: Theme.spacingM

            CalmButton {
                id: switchButton

                objectName: "switchConfirmed"
                text: qsTr("Switch")
                Accessible.name: qsTr("Switch to %1").arg(ExerciseLibrary.titleOf(VisitFlow.switchOffered))
                onClicked: VisitFlow.confirmSwitch()
            }

            CalmButton {
                objectName: "switchDeclined"
                tone: "quiet"
                text: qsTr("Keep going")
                Accessible.name: qsTr("Keep going with %1").arg(screen.runner.title)
                onClicked: VisitFlow.keepGoing()
            }
        }

        Connections {
            target: VisitFlow

            function onAskingToEndChanged() {
                if (VisitFlow.switchOffered !== "") {
                    switchQuestion.open();
                    switchButton.forceActiveFocus();
                } else {
                    switchQuestion.close();
                }
            }
        }
    }
}
