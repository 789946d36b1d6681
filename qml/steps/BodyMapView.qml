pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Where in the body: a calm figure to tap, head to feet (each tap leaves a soft dot), and lists
// of words to pick from. Nothing is typed and nothing is kept: the picks go when the step does.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property var lists: view.step.lists ?? []
    // Figure and words side by side wherever the words still have room beside it.
    readonly property bool wide: scroll.columnWidth >= Theme.cardMinWidth * 2.2
    // On a very short step (a small screen with large text) Done would leave the figure no room
    // below it; it then comes last in the scroll.
    readonly property bool cramped: height < Theme.target * 4
    // The figure is 120 units wide and 210 tall; a unit is sized to the room there is.
    readonly property real unit: {
        const room = wide ? Math.min((scroll.height - intro.height - 4 * Theme.spacingL) / 210, scroll.columnWidth * 0.4 / 120) : Math.min(scroll.columnWidth / 120, scroll.height * 0.55 / 210);
        // Never so small that a hand (14 units) is much narrower than half a finger.
        return Math.max(Theme.minTarget / 30, Math.min(Theme.minTarget / 15, room));
    }
    // The parts in the order a screen reader and the keyboard visit them, head to feet. The
    // right-hand parts are their left-hand twins mirrored; z is the order they are drawn in
    // (the body over the tops of the arms and legs, the hands and feet over everything).
    readonly property var regions: {
        const parts = [
            { key: "head", name: qsTr("Head"), z: 4, path: "M 60,2 C 67.5,2 73,8.5 73,17 C 73,25.5 67.5,32 60,32 C 52.5,32 47,25.5 47,17 C 47,8.5 52.5,2 60,2 Z" },
            { key: "neck", name: qsTr("Neck"), z: 3, path: "M 54.5,27 C 55,32 54.8,36.5 53.2,41.5 L 66.8,41.5 C 65.2,36.5 65,32 65.5,27 Z" },
            { key: "chest", name: qsTr("Chest"), z: 2, path: "M 53.5,40 C 49,42 44.5,43 40.5,43.8 C 39.5,50 38.6,56 38.6,61 L 38.6,78 L 81.4,78 L 81.4,61 C 81.4,56 80.5,50 79.5,43.8 C 75.5,43 71,42 66.5,40 Z" },
            { key: "arm-left", name: qsTr("Arm on the left"), z: 0, path: "M 40.5,43.8 C 35.5,44.8 31.8,47.5 30.8,53 C 29.2,60 27.6,68 26.6,77 C 25.6,87 23.6,99 21.6,112 L 29.6,113 C 31,101 32.6,90 34.8,80 C 36.5,73 37.8,67 38.6,61 Z" },
            { key: "hand-left", name: qsTr("Hand on the left"), z: 5, path: "M 21.6,111 C 19.6,116 18.6,121 18.8,126.5 C 19,131.5 21.5,135.5 24.8,135.5 C 28.2,135.5 30,132.2 30.2,128.5 L 30.4,124.8 C 31.6,124.6 32.6,123.2 32.6,121.6 C 32.6,119.4 31.6,117 30.2,115.6 L 29.6,112 Z" },
            { key: "belly", name: qsTr("Belly"), z: 1, path: "M 38.6,78 L 81.4,78 C 81.8,88 82.6,98 82.2,106 C 75,110 67,113 60,116 C 53,113 45,110 37.8,106 C 37.4,98 38.2,88 38.6,78 Z" },
            { key: "leg-left", name: qsTr("Leg on the left"), z: 0, path: "M 37.8,100 C 37,115 37.5,130 39.5,148 C 40.5,158 39.5,172 42.5,194 L 50.5,194 C 51,178 51.5,165 52.5,152 C 54,138 57.5,126 60,115 Z" },
            { key: "foot-left", name: qsTr("Foot on the left"), z: 5, path: "M 42.5,193 C 41.6,196.5 39.6,199.5 37.6,202.2 C 35.6,205 36.8,208.2 40.6,208.2 L 49.4,208.2 C 52.2,208.2 53.2,206.2 52.7,203 C 52.2,199.5 51.2,196 50.5,193 Z" }
        ];
        const twins = {
            "arm-left": { key: "arm-right", name: qsTr("Arm on the right") },
            "hand-left": { key: "hand-right", name: qsTr("Hand on the right") },
            "leg-left": { key: "leg-right", name: qsTr("Leg on the right") },
            "foot-left": { key: "foot-right", name: qsTr("Foot on the right") }
        };
        const all = [];
        for (let i = 0; i < parts.length; ++i) {
            const part = parts[i];
            all.push(part);
            const twin = twins[part.key];
            if (twin)
                all.push({ key: twin.key, name: twin.name, z: part.z, path: part.path.replace(/(-?[0-9.]+),(-?[0-9.]+)/g, (_, px, py) => `${120 - Number(px)},${py}`) });
        }
        return all;
    }
    // The names of the parts picked, head to feet.
    property var picked: []

    function updatePicked() {
        const names = [];
        for (let i = 0; i < parts.count; ++i) {
            const part = parts.itemAt(i) as BodyRegion;
            if (part?.marked)
                names.push(part.name);
        }
        picked = names;
    }

    // The part a finger meant at a point of the figure: the one drawn there, else the nearest
    // within half a finger's width (an arm or a wrist is thinner than a fingertip).
    function regionAt(point: point): BodyRegion {
        const reach = Theme.minTarget / 2;
        for (let r = 0; r <= reach; r += reach / 4) {
            let found = null;
            const steps = r === 0 ? 1 : 8;
            for (let i = 0; i < parts.count; ++i) {
                const part = parts.itemAt(i) as BodyRegion;
                if (!part || (found && found.z >= part.z))
                    continue;
                for (let s = 0; s < steps; ++s) {
                    const angle = s * Math.PI / 4;
                    if (part.covers(Qt.point(point.x + r * Math.cos(angle), point.y + r * Math.sin(angle)))) {
                        found = part;
                        break;
                    }
                }
            }
            if (found)
                return found;
        }
        return null;
    }

    StepScroll {
        id: scroll

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: view.height - (view.cramped ? 0 : doneBar.height)
        maxWidth: Theme.contentMaxWidth

        CalmText {
            id: intro

            width: parent.width
            horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
            text: view.step.text ?? ""
            // Smaller where the step is short, so the figure shows beneath it.
            font.pixelSize: view.cramped ? Theme.fontBody : Theme.fontTitle
        }

        Grid {
            // Not an anchor: clearing one later would leave the grid where the anchor put it.
            x: view.wide ? 0 : Math.round((parent.width - width) / 2)
            columns: view.wide ? 2 : 1
            spacing: Theme.spacingXL
            horizontalItemAlignment: view.wide ? Grid.AlignLeft : Grid.AlignHCenter

            Item {
                id: figure

                objectName: "bodyOutline"
                width: Math.round(120 * view.unit)
                height: Math.round(210 * view.unit)
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Body outline")
                // Drawn as one picture: multisampled, so the shapes' edges are smooth, and clipped
                // by the scroll it sits in (Qt 6.4's software renderer does not clip shapes).
                layer.enabled: true
                layer.samples: 4

                TapHandler {
                    onTapped: eventPoint => {
                        const part = view.regionAt(eventPoint.position);
                        part?.toggleAt(part.mapFromItem(figure, eventPoint.position));
                    }
                }

                Repeater {
                    id: parts

                    model: view.regions

                    BodyRegion {
                        required property var modelData

                        objectName: "region-" + modelData.key
                        name: modelData.name
                        path: modelData.path
                        unit: view.unit
                        z: modelData.z
                        onMarkedChanged: view.updatePicked()
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

                width: view.wide ? scroll.columnWidth - figure.width - Theme.spacingXL : scroll.columnWidth
                spacing: inline ? Theme.spacingM : Theme.spacingL

                // The parts picked, in words: what the figure shows, for those who read or listen.
                CalmText {
                    objectName: "pickedParts"
                    width: parent.width
                    horizontalAlignment: view.wide ? Text.AlignLeft : Text.AlignHCenter
                    text: view.picked.length > 0 ? qsTr("You picked: %1").arg(view.picked.join(", ")) : qsTr("Nothing picked yet.")
                    color: view.picked.length > 0 ? Theme.text : Theme.textMuted
                    font.weight: view.picked.length > 0 ? Font.DemiBold : Font.Normal
                }

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

        Item {
            id: doneSlot

            visible: view.cramped
            width: parent.width
            height: doneBar.height
        }
    }

    // Done stays in sight below the figure and words, however far they scroll.
    Item {
        id: doneBar

        readonly property real margin: Math.max(Theme.spacingL, (view.width - scroll.columnWidth) / 2)

        parent: view.cramped ? doneSlot : view
        x: view.cramped ? 0 : margin
        y: view.cramped ? 0 : view.height - height
        width: view.cramped ? doneSlot.width : view.width - 2 * margin
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
