pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Paced breathing: a soft round shape that grows as the person breathes in, rests full while
// they hold, and shrinks as they breathe out, with the words and a count beside it. Its size
// comes from the runner's phase and progress alone, read from the clock every frame, so it
// never drifts from the breath. With reduced motion the shape is replaced by a calm bar.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property var pattern: view.step.pattern ?? ({})
    // In a two-part breath in (the cyclic sigh) the first part fills the shape to here, and the
    // short top-up fills the rest.
    readonly property real topUpFrom: (pattern.inTop ?? 0) > 0 ? 0.8 : 1
    // How full of breath, from 0 to 1, eased so the turns at the top and bottom are soft.
    readonly property real fullness: {
        const eased = (1 - Math.cos(Math.PI * runner.phaseProgress)) / 2;
        switch (runner.phase) {
        case ExerciseRunner.Phase.In:
            return topUpFrom * eased;
        case ExerciseRunner.Phase.InTop:
            return topUpFrom + (1 - topUpFrom) * eased;
        case ExerciseRunner.Phase.HoldIn:
            return 1;
        case ExerciseRunner.Phase.Out:
            return 1 - eased;
        }
        return 0;
    }
    readonly property string words: {
        switch (runner.phase) {
        case ExerciseRunner.Phase.In:
            return qsTr("Breathe in…");
        case ExerciseRunner.Phase.InTop:
            return qsTr("A little more…");
        case ExerciseRunner.Phase.HoldIn:
        case ExerciseRunner.Phase.HoldOut:
            return qsTr("Hold…");
        case ExerciseRunner.Phase.Out:
            return qsTr("Breathe out…");
        }
        return "";
    }
    readonly property bool showShape: !Theme.reducedMotion
    readonly property bool wide: showShape && width > height * 1.25
    // The shape at its fullest; it never shrinks below 40% of this.
    readonly property real stageSize: {
        const column = scroll.columnWidth;
        const room = wide ? Math.min(height - 2 * Theme.spacingL, (column - Theme.spacingXL) / 2) : Math.min(column, height - wordColumn.implicitHeight - 2 * Theme.spacingXL);
        return Math.max(Theme.target * 2, room);
    }

    function longest(texts) {
        return texts.reduce((a, b) => a.length >= b.length ? a : b);
    }

    FrameAnimation {
        running: view.visible && view.runner.state === ExerciseRunner.State.Running
        onTriggered: view.runner.update()
    }

    StepScroll {
        id: scroll

        anchors.fill: parent
        maxWidth: Theme.contentMaxWidth

        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: view.wide ? 2 : 1
            spacing: Theme.spacingXL
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter

            Item {
                objectName: "breathStage"
                width: view.stageSize
                height: view.stageSize
                visible: view.showShape
                Accessible.ignored: true

                // Where the breath will reach: a faint ring, so growing never comes as a surprise.
                Rectangle {
                    anchors.fill: parent
                    radius: width / 2
                    color: "transparent"
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: Theme.breathGuide
                    opacity: Theme.highContrast ? 1 : 0.7
                }

                Rectangle {
                    objectName: "breathShape"
                    anchors.centerIn: parent
                    width: view.stageSize * (0.4 + 0.6 * view.fullness)
                    height: width
                    radius: width / 2
                    color: Theme.breathFill
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: Theme.breathEdge
                }
            }

            Column {
                id: wordColumn

                width: view.wide ? Math.min(scroll.columnWidth - view.stageSize - Theme.spacingXL, Theme.readingMaxWidth * 0.6) : scroll.columnWidth
                spacing: Theme.spacingL

                // The longest the words can be, so the layout (and the ring) stays put as they change.
                CalmText {
                    id: longestWords

                    width: parent.width
                    visible: false
                    text: view.longest([qsTr("Breathe in…"), qsTr("A little more…"), qsTr("Hold…"), qsTr("Breathe out…")]) + " 88"
                    font: breathWords.font
                }

                CalmText {
                    id: breathWords

                    objectName: "breathWords"
                    width: parent.width
                    height: Math.max(implicitHeight, longestWords.implicitHeight)
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
                    text: view.runner.phaseSecondsLeft > 0 ? `${view.words} ${view.runner.phaseSecondsLeft}` : view.words
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                }

                ProgressLine {
                    objectName: "breathBar"
                    x: view.wide ? 0 : (parent.width - width) / 2
                    width: Math.min(parent.width, Theme.target * 6)
                    height: Theme.progressHeight * 2
                    visible: !view.showShape
                    value: view.fullness
                    Accessible.name: qsTr("How full of breath")
                }

                CalmText {
                    objectName: "breathCount"
                    width: parent.width
                    visible: view.runner.cycles > 0
                    horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
                    text: qsTr("Breath %1 of %2").arg(Math.min(view.runner.cycle, view.runner.cycles)).arg(view.runner.cycles)
                    color: Theme.textMuted
                }

                CalmText {
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
                    text: view.step.text ?? ""
                    color: Theme.textMuted
                }
            }
        }
    }
}
