pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The therapist's launcher, mid-session: every exercise by group, compact. Tap one, set its
// length if need be, and Start: two taps. Check-ins are off unless chosen for this start.
BaseScreen {
    id: screen

    property string chosen: ""
    // Read again when the language changes.
    readonly property var overview: ExerciseLibrary.overviewIn(ExerciseLibrary.language, chosen)
    readonly property real panelWidth: Math.max(Theme.cardMinWidth, Math.min(width * 0.38, Theme.readingMaxWidth * 0.7))
    // Side by side when both fit; otherwise the choices sit under the list, always in view.
    readonly property bool wide: width > height && width - panelWidth >= Theme.cardMinWidth * 1.2
    readonly property var groups: [
        { group: "settle", title: qsTr("Settle") },
        { group: "wake", title: qsTr("Wake up") },
        { group: "present", title: qsTr("Stay present") },
        { group: "learn", title: qsTr("Learn") }
    ]

    function choose(exerciseId: string) {
        chosen = exerciseId;
        length.exerciseId = exerciseId;
        stepper.value = length.ownMinutes;
    }

    // With a check-in first, the exercise starts once it is done or skipped.
    function start() {
        VisitFlow.startExercise(chosen, length.runMinutes(stepper.value), checkIns.checked);
    }

    title: qsTr("Choose an exercise")
    entry: heading

    LengthChoice {
        id: length

        library: ExerciseLibrary
    }

    Flickable {
        id: list

        // Keyboard focus may land below the fold; bring it into view.
        function reveal(item: Item) {
            if (!item || !item.visible)
                return;
            let ancestor = item;
            while (ancestor && ancestor !== list.contentItem)
                ancestor = ancestor.parent;
            if (!ancestor)
                return;
            const top = item.mapToItem(list.contentItem, 0, 0).y - Theme.spacingM;
            const bottom = top + item.height + 2 * Theme.spacingM;
            if (top < list.contentY)
                list.contentY = Math.max(0, top);
            else if (bottom > list.contentY + list.height)
                list.contentY = Math.min(bottom - list.height, list.contentHeight - list.height);
        }

        objectName: "sessionList"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: screen.wide ? panel.left : parent.right
        anchors.bottom: screen.wide ? parent.bottom : panel.top
        contentHeight: groupsColumn.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: groupsColumn

            x: Theme.spacingL
            y: Theme.spacingL
            width: list.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            Repeater {
                model: screen.groups

                Column {
                    id: group

                    required property var modelData

                    width: groupsColumn.width
                    spacing: Theme.spacingS
                    visible: picks.count > 0

                    CalmText {
                        width: parent.width
                        text: group.modelData.title
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }

                    Flow {
                        width: parent.width
                        spacing: Theme.spacingS

                        Repeater {
                            id: picks

                            model: ExerciseFilter {
                                sourceModel: ExerciseLibrary
                                group: group.modelData.group
                                hidden: AppConfig.hiddenExercises
                            }

                            ChoiceChip {
                                required property string exerciseId
                                required property string title
                                required property real minutes

                                objectName: "pick-" + exerciseId
                                width: Math.min(implicitWidth, groupsColumn.width)
                                exclusive: true
                                checked: screen.chosen === exerciseId
                                text: title
                                Accessible.description: qsTr("About %1 min").arg(Math.max(1, Math.round(minutes)))
                                onClicked: screen.choose(exerciseId)
                            }
                        }
                    }
                }
            }
        }

        Connections {
            target: screen.Window.window

            function onActiveFocusItemChanged() {
                list.reveal(screen.Window.activeFocusItem);
            }
        }
    }

    ScrollIndicator {
        flickable: list
    }

    // The chosen exercise: its length, a check-in if wanted, and Start, which never scrolls away.
    Rectangle {
        id: panel

        objectName: "sessionPanel"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: screen.wide ? screen.panelWidth : parent.width
        height: screen.wide ? screen.height : Math.min(details.contentHeight + startButton.height + 3 * Theme.spacingM, screen.height * 0.6)
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.divider

        Flickable {
            id: details

            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: startButton.top
            anchors.bottomMargin: Theme.spacingM
            contentHeight: choices.height + Theme.spacingM + (screen.wide ? Theme.spacingL : 0)
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: choices

                x: Theme.spacingL
                y: screen.wide ? Theme.spacingL : Theme.spacingM
                width: details.width - 2 * Theme.spacingL
                spacing: Theme.spacingM

                LanguageSwitch {
                    objectName: "sessionLanguage"
                    width: parent.width
                }

                CalmText {
                    id: heading

                    objectName: "sessionChosen"
                    width: parent.width
                    text: screen.chosen !== "" ? ExerciseLibrary.titleOf(screen.chosen) : qsTr("Choose an exercise")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }

                CalmText {
                    objectName: "sessionSummary"
                    width: parent.width
                    visible: screen.chosen !== ""
                    text: screen.overview.summary ?? ""
                    color: Theme.textMuted
                }

                CalmText {
                    width: parent.width
                    visible: screen.chosen === ""
                    text: screen.wide ? qsTr("Tap one on the left, set its length, then Start.") : qsTr("Tap one above, set its length, then Start.")
                    color: Theme.textMuted
                }

                NumberStepper {
                    id: stepper

                    objectName: "sessionLength"
                    width: parent.width
                    visible: screen.chosen !== "" && length.adjustable
                    label: qsTr("Length")
                    from: length.from
                    to: length.to
                    value: length.ownMinutes
                    valueText: qsTr("%1 min").arg(value)
                }

                // Its words are never cut, only its breathing and quiet time: say why it stops there.
                CalmText {
                    objectName: "sessionShortest"
                    width: parent.width
                    visible: stepper.visible && length.from > 1
                    text: qsTr("At least %1 min: shorter would cut its words.").arg(length.from)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }

                CalmText {
                    width: parent.width
                    visible: screen.chosen !== "" && !length.adjustable
                    text: qsTr("It takes as long as it takes to read: about %1 min.").arg(length.ownMinutes)
                    color: Theme.textMuted
                }

                SwitchRow {
                    id: checkIns

                    objectName: "sessionCheckIns"
                    width: parent.width
                    visible: screen.chosen !== ""
                    text: qsTr("Check in before and after")
                }
            }
        }

        ScrollIndicator {
            flickable: details
        }

        CalmButton {
            id: startButton

            objectName: "sessionStart"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
            height: Math.max(implicitHeight, screen.wide ? Theme.largeTarget : Theme.target)
            enabled: screen.chosen !== ""
            text: qsTr("Start")
            Accessible.name: screen.chosen !== "" ? qsTr("Start %1").arg(ExerciseLibrary.titleOf(screen.chosen)) : qsTr("Start (choose an exercise first)")
            onClicked: screen.start()
        }
    }
}
