pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The clinic's settings, for staff: how long a kiosk waits, sound and the narrator's voice, text
// size, movement and contrast, which exercises are offered, and the crisis words. Saved to the configuration file, whose comments stay.
BaseScreen {
    id: screen

    property var hidden: [...AppConfig.hiddenExercises]
    property string voice: AppConfig.voice
    property string message

    function save() {
        crisis.focus = false; // done typing: the keyboard goes
        const error = AppConfig.saveSettings({
                idleSeconds: idle.value,
                audio: soundOn.checked,
                voice: screen.voice,
                textScale: textSize.value,
                reducedMotion: lessMotion.checked,
                highContrast: highContrast.checked,
                hiddenExercises: hidden,
                crisisText: crisis.text
            });
        message = error === "" ? qsTr("Saved.") : qsTr("Could not save to %1: %2. These settings last until Haven restarts.").arg(AppConfig.configFile).arg(error);
    }

    title: qsTr("Settings")

    Flickable {
        id: flickable

        objectName: "settingsFlickable"
        // Ends where the keyboard begins, so Save and the field are never beneath it.
        anchors.fill: parent
        anchors.bottomMargin: keyboard.height
        clip: true
        contentHeight: content.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        // The words being typed stay in view above the on-screen keyboard.
        onHeightChanged: {
            if (crisis.activeFocus)
                contentY = Math.max(0, Math.min(contentHeight - height, crisisBox.mapToItem(contentItem, 0, 0).y - Theme.spacingL * 4));
        }

        // A tap beside the fields ends the typing, and the keyboard goes with the focus.
        TapHandler {
            onTapped: crisis.focus = false
        }

        Column {
            id: content

            x: Math.max(Theme.spacingL, (flickable.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flickable.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
            spacing: Theme.spacingXL

            NumberStepper {
                id: idle

                objectName: "idleStepper"
                width: parent.width
                visible: AppConfig.mode === AppConfig.Kiosk
                label: qsTr("Ask \"Are you still there?\" after no touch for")
                from: 30
                to: 600
                stepSize: 15
                value: AppConfig.idleSeconds
                valueText: qsTr("%n second(s)", "", value)
            }

            Column {
                width: parent.width
                spacing: Theme.spacingS

                CalmText {
                    width: parent.width
                    text: qsTr("Sound when an exercise starts")
                    font.weight: Font.DemiBold
                }

                Row {
                    spacing: Theme.spacingM

                    ChoiceChip {
                        id: soundOn

                        objectName: "soundOn"
                        exclusive: true
                        text: qsTr("On")
                        checked: AppConfig.audio
                        onClicked: checked = true
                    }

                    ChoiceChip {
                        objectName: "soundOff"
                        exclusive: true
                        text: qsTr("Off")
                        checked: !soundOn.checked
                        onClicked: soundOn.checked = false
                    }
                }
            }

            VoiceChoice {
                objectName: "voiceChoice"
                width: parent.width
                label: AppConfig.mode === AppConfig.Kiosk ? qsTr("Voice of the narration, for every visitor") : qsTr("Voice of the narration")
                voice: screen.voice
                onChosen: id => screen.voice = id
            }

            NumberStepper {
                id: textSize

                objectName: "textSizeStepper"
                width: parent.width
                label: qsTr("Text size")
                from: 1
                to: 2
                stepSize: 0.25
                value: AppConfig.textScale
                valueText: qsTr("%1%").arg(Math.round(value * 100))
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingM

                ChoiceChip {
                    id: lessMotion

                    objectName: "settingsReducedMotion"
                    text: qsTr("Less movement")
                    checked: AppConfig.reducedMotion
                    onClicked: checked = !checked
                }

                ChoiceChip {
                    id: highContrast

                    objectName: "settingsHighContrast"
                    text: qsTr("High contrast")
                    checked: AppConfig.highContrast
                    onClicked: checked = !checked
                }
            }

            Column {
                width: parent.width
                spacing: Theme.spacingS

                CalmText {
                    width: parent.width
                    text: qsTr("Exercises on offer")
                    font.weight: Font.DemiBold
                }

                CalmText {
                    width: parent.width
                    text: qsTr("Those not chosen do not show on the home screen or as suggestions.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacingS

                    Repeater {
                        model: ExerciseFilter {
                            sourceModel: ExerciseLibrary
                        }

                        ChoiceChip {
                            required property string exerciseId
                            required property string title

                            objectName: "offer-" + exerciseId
                            text: title
                            checked: !screen.hidden.includes(exerciseId)
                            onClicked: screen.hidden = checked ? screen.hidden.concat([exerciseId]) : screen.hidden.filter(id => id !== exerciseId)
                        }
                    }
                }
            }

            Column {
                width: parent.width
                spacing: Theme.spacingS

                CalmText {
                    width: parent.width
                    text: qsTr("What \"Need help now?\" says")
                    font.weight: Font.DemiBold
                }

                Rectangle {
                    id: crisisBox

                    width: parent.width
                    height: Math.max(Theme.target * 3, crisis.contentHeight + 2 * Theme.spacingM)
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: crisis.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: crisis.activeFocus ? Theme.focus : Theme.border

                    TextEdit {
                        id: crisis

                        objectName: "crisisText"
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        text: AppConfig.crisisText
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        selectionColor: Theme.primary
                        selectedTextColor: Theme.primaryInk
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        activeFocusOnTab: true
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("What \"Need help now?\" says")
                    }
                }

                CalmText {
                    width: parent.width
                    visible: AppConfig.mode === AppConfig.Kiosk
                    text: qsTr("On a kiosk the front-desk line is shown above these words.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }

            CalmText {
                objectName: "settingsMessage"
                width: parent.width
                visible: screen.message !== ""
                text: screen.message
                font.weight: Font.DemiBold
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingM

                CalmButton {
                    objectName: "saveSettings"
                    text: qsTr("Save")
                    onClicked: screen.save()
                }

                CalmButton {
                    objectName: "closeSettings"
                    tone: "quiet"
                    text: qsTr("Close")
                    onClicked: VisitFlow.back()
                }
            }
        }
    }

    ScrollIndicator {
        flickable: flickable
    }

    // A kiosk has no keyboard: an on-screen one rises while the crisis words are edited.
    Loader {
        id: keyboard

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        active: AppConfig.mode === AppConfig.Kiosk && crisis.activeFocus
        source: Qt.resolvedUrl("../components/KeyboardPanel.qml")
    }
}
