pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where in the body: a plain outline to tap (each tap leaves a soft dot), and lists of words to
// pick from. Nothing is typed and nothing is kept: the picks go when the step does.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property var lists: view.step.lists ?? []
    // Outline and words side by side wherever the words still have room beside it.
    readonly property bool wide: scroll.columnWidth >= Theme.cardMinWidth * 2.2
    // The outline is 12 units wide and 21 tall; a unit is sized to the room there is.
    readonly property real unit: {
        const room = wide ? Math.min((scroll.height - intro.height - 4 * Theme.spacingL) / 21, scroll.columnWidth * 0.4 / 12) : Math.min(scroll.columnWidth / 12, scroll.height * 0.45 / 21);
        // Never so small that the head (3.2 units) is narrower than a finger.
        return Math.max(Theme.minTarget / 3, Math.min(Theme.minTarget * 2 / 3, room));
    }
    // Back to front: the torso is drawn over the tops of the arms and legs.
    readonly property var regions: [
        { key: "arm-left", name: qsTr("Arm on the left"), cx: 2.5, y: 4.3, w: 1.35, h: 7.6, r: 0.675, turn: 6 },
        { key: "arm-right", name: qsTr("Arm on the right"), cx: 9.5, y: 4.3, w: 1.35, h: 7.6, r: 0.675, turn: -6 },
        { key: "leg-left", name: qsTr("Leg on the left"), cx: 4.85, y: 11.3, w: 2.15, h: 9.5, r: 1.075, turn: 0 },
        { key: "leg-right", name: qsTr("Leg on the right"), cx: 7.15, y: 11.3, w: 2.15, h: 9.5, r: 1.075, turn: 0 },
        { key: "head", name: qsTr("Head"), cx: 6, y: 0, w: 3.2, h: 3.2, r: 1.6, turn: 0 },
        { key: "chest", name: qsTr("Chest"), cx: 6, y: 3.9, w: 5.6, h: 4.05, r: 1.5, turn: 0 },
        { key: "belly", name: qsTr("Belly"), cx: 6, y: 7.9, w: 5, h: 3.7, r: 1.2, turn: 0 }
    ]

    StepScroll {
        id: scroll

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: doneBar.top
        maxWidth: Theme.contentMaxWidth

        CalmText {
            id: intro

            width: parent.width
            horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
            text: view.step.text ?? ""
            font.pixelSize: Theme.fontTitle
        }

        Grid {
            // Not an anchor: clearing one later would leave the grid where the anchor put it.
            x: view.wide ? 0 : (parent.width - width) / 2
            columns: view.wide ? 2 : 1
            spacing: Theme.spacingXL
            horizontalItemAlignment: view.wide ? Grid.AlignLeft : Grid.AlignHCenter

            Item {
                objectName: "bodyOutline"
                width: 12 * view.unit
                height: 21 * view.unit
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Body outline")

                // The neck only joins head and chest; it is too small to tap on its own.
                Rectangle {
                    x: 5.35 * view.unit
                    y: 2.9 * view.unit
                    width: 1.3 * view.unit
                    height: 1.3 * view.unit
                    color: Theme.bodyFill
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: Theme.border
                }

                Repeater {
                    model: view.regions

                    BodyRegion {
                        required property var modelData

                        objectName: "region-" + modelData.key
                        name: modelData.name
                        shapeWidth: modelData.w * view.unit
                        shapeHeight: modelData.h * view.unit
                        shapeRadius: modelData.r * view.unit
                        shapeRotation: modelData.turn
                        width: implicitWidth
                        height: implicitHeight
                        x: modelData.cx * view.unit - width / 2
                        y: modelData.y * view.unit - (height - shapeHeight) / 2
                    }
                }
            }

            Column {
                id: words

                // Each list's name beside its words when there is room (it saves a line per
                // list), above them when not.
                readonly property real labelWidth: {
                    let widest = 0;
                    for (let i = 0; i < labelSizes.count; ++i)
                        widest = Math.max(widest, labelSizes.itemAt(i)?.implicitWidth ?? 0);
                    return Math.ceil(widest) + 1;
                }
                readonly property bool inline: view.wide && labelWidth <= width / 4

                width: view.wide ? scroll.columnWidth - 12 * view.unit - Theme.spacingXL : scroll.columnWidth
                spacing: inline ? Theme.spacingM : Theme.spacingL

                Item {
                    visible: false

                    Repeater {
                        id: labelSizes

                        model: view.lists

                        CalmText {
                            required property var modelData

                            text: modelData.label
                            font.weight: Font.DemiBold
                        }
                    }
                }

                Repeater {
                    model: view.lists

                    Grid {
                        id: list

                        required property var modelData

                        width: parent.width
                        columns: words.inline ? 2 : 1
                        columnSpacing: Theme.spacingM
                        rowSpacing: Theme.spacingS

                        CalmText {
                            width: words.inline ? words.labelWidth : list.width
                            height: words.inline ? Math.max(implicitHeight, Theme.target) : implicitHeight
                            verticalAlignment: Text.AlignVCenter
                            text: list.modelData.label
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        Flow {
                            id: chips

                            width: words.inline ? list.width - words.labelWidth - list.columnSpacing : list.width
                            spacing: Theme.spacingS

                            Repeater {
                                model: list.modelData.words

                                ChoiceChip {
                                    required property string modelData

                                    objectName: `chip-${list.modelData.label}-${modelData}`
                                    width: Math.min(implicitWidth, chips.width)
                                    text: modelData
                                    Accessible.description: list.modelData.label
                                    onClicked: checked = !checked
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // Done stays in sight below the outline and words, however far they scroll.
    Item {
        id: doneBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Math.max(Theme.spacingL, (view.width - scroll.columnWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        height: Math.max(done.height, hint.height) + Theme.spacingS

        CalmText {
            id: hint

            anchors.left: parent.left
            anchors.right: done.left
            anchors.rightMargin: Theme.spacingL
            anchors.bottom: parent.bottom
            text: qsTr("Nothing you pick here is kept.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        CalmButton {
            id: done

            objectName: "bodyMapDoneButton"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            text: qsTr("Done")
            onClicked: view.runner.next()
        }
    }
}
