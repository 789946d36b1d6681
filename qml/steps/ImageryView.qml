pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Guided imagery: the words, large, over a soft wash of colour. When the step lets the person
// choose a soundscape, four large choices; the choice stays with this view.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    // The person picked a sound; the screen keeps it for the imagery steps that follow.
    signal soundscapeChosen(string id)

    readonly property bool choosing: view.step.chooseSoundscape ?? false
    property string soundscape: view.step.soundscape || "quiet"
    readonly property var soundscapes: [
        { id: "ocean", name: qsTr("Ocean") },
        { id: "rain", name: qsTr("Rain") },
        { id: "forest", name: qsTr("Forest") },
        { id: "quiet", name: qsTr("Quiet") }
    ]

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop {
                position: 0
                color: Theme.imageryTop
            }
            GradientStop {
                position: 0.75
                color: Theme.imageryBottom
            }
            // Melts into the page, so the wash has no edge above the controls.
            GradientStop {
                position: 1
                color: Theme.background
            }
        }
    }

    StepScroll {
        anchors.fill: parent
        spacing: Theme.spacingXL

        CalmText {
            objectName: "imageryText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: view.step.text ?? ""
            font.pixelSize: Theme.fontHeading
        }

        Grid {
            id: choices

            readonly property real cell: Math.max(Theme.target * 2.5, widest.width + 2 * Theme.spacingL + Theme.spacingS)

            objectName: "soundscapeChoices"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: view.choosing
            columns: 4 * cell + 3 * columnSpacing <= parent.width ? 4 : 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Sound for your place")

            TextMetrics {
                id: widest

                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                text: view.soundscapes.map(choice => choice.name).reduce((a, b) => a.length >= b.length ? a : b)
            }

            Repeater {
                model: view.soundscapes

                ChoiceChip {
                    required property var modelData

                    objectName: "soundscape-" + modelData.id
                    width: Math.min(choices.cell, (choices.parent.width - choices.columnSpacing) / 2)
                    height: Theme.largeTarget
                    exclusive: true
                    text: modelData.name
                    checked: view.soundscape === modelData.id
                    onClicked: {
                        view.soundscape = modelData.id;
                        view.soundscapeChosen(modelData.id);
                    }
                }
            }
        }
    }
}
