pragma ComponentBehavior: Bound
import QtQuick
import Haven

// How Haven looks and sounds for the person in front of it: text size, movement, contrast, sound
// at the start, and the narrator. Every change shows at once (DisplaySettings); on a device of
// one's own it is remembered, on a kiosk it lasts until the visitor leaves.
Sheet {
    id: sheet

    title: qsTr("Display and sound")

    NumberStepper {
        objectName: "displayTextSize"
        width: sheet.contentWidth
        label: qsTr("Text size")
        from: 1
        to: 2
        stepSize: 0.25
        value: DisplaySettings.textScale
        valueText: qsTr("%1%").arg(Math.round(value * 100))
        // Each step shows at once, and the stepper follows the setting again (after "Back to
        // the usual" too).
        onMoved: {
            DisplaySettings.textScale = value;
            value = Qt.binding(() => DisplaySettings.textScale);
        }
    }

    Flow {
        width: sheet.contentWidth
        spacing: Theme.spacingM

        ChoiceChip {
            objectName: "displayReducedMotion"
            text: qsTr("Less movement")
            checked: DisplaySettings.reducedMotion
            onClicked: DisplaySettings.reducedMotion = !checked
        }

        ChoiceChip {
            objectName: "displayHighContrast"
            text: qsTr("High contrast")
            checked: DisplaySettings.highContrast
            onClicked: DisplaySettings.highContrast = !checked
        }

        ChoiceChip {
            objectName: "displaySound"
            text: qsTr("Sound when an exercise starts")
            checked: DisplaySettings.sound
            onClicked: DisplaySettings.sound = !checked
        }
    }

    Column {
        width: sheet.contentWidth
        spacing: Theme.spacingS

        CalmText {
            width: parent.width
            text: qsTr("Language")
            font.weight: Font.DemiBold
        }

        LanguageSwitch {
            objectName: "displayLanguage"
            width: parent.width
        }
    }

    // The narrator is a choice kept on a device of one's own; a kiosk's is the clinic's.
    VoiceChoice {
        objectName: "displayVoice"
        width: sheet.contentWidth
        visible: Preferences.enabled
        voice: Preferences.voice || AppConfig.voice
        onChosen: id => Preferences.voice = id
    }

    CalmText {
        width: sheet.contentWidth
        text: AppConfig.mode === AppConfig.Kiosk ? qsTr("These go back to the usual when you leave.") : DisplaySettings.followsDesktop ? qsTr("Haven starts from this computer's own display settings; what you choose here is kept for next time.") : qsTr("What you choose here is kept for next time.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    Flow {
        width: sheet.contentWidth
        spacing: Theme.spacingM

        CalmButton {
            objectName: "displayDone"
            text: qsTr("Done")
            focus: true
            onClicked: sheet.close()
        }

        CalmButton {
            objectName: "displayForget"
            visible: DisplaySettings.chosen
            tone: "quiet"
            text: qsTr("Back to the usual")
            onClicked: DisplaySettings.forget()
        }
    }
}
