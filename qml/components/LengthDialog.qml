pragma ComponentBehavior: Bound
import QtQuick
import Haven

// At home: how long an exercise should run, chosen with large buttons before it starts, and who
// speaks it. Both are remembered for next time (Preferences); its own length is always one tap
// away.
Sheet {
    id: dialog

    signal start(string exerciseId, int minutes)

    // Opens for one exercise at the length last chosen for it.
    function ask(exerciseId: string) {
        length.exerciseId = exerciseId;
        stepper.value = Preferences.minutesFor(exerciseId) || length.ownMinutes;
        open();
        stepper.forceActiveFocus();
    }

    title: qsTr("How long for %1?").arg(ExerciseLibrary.titleOf(length.exerciseId))

    LengthChoice {
        id: length

        library: ExerciseLibrary
    }

    NumberStepper {
        id: stepper

        objectName: "lengthStepper"
        width: dialog.contentWidth
        label: qsTr("Length")
        from: length.from
        to: length.to
        valueText: qsTr("%n minute(s)", "", value)
    }

    CalmText {
        width: dialog.contentWidth
        text: qsTr("Its own length is %1 min. The words stay the same; only the quiet time changes.").arg(length.ownMinutes)
        color: Theme.textMuted
    }

    VoiceChoice {
        objectName: "lengthVoice"
        width: dialog.contentWidth
        voice: Preferences.voice || AppConfig.voice
        onChosen: id => Preferences.voice = id
    }

    Flow {
        width: dialog.contentWidth
        spacing: Theme.spacingM

        CalmButton {
            objectName: "lengthStart"
            text: qsTr("Start")
            Accessible.name: qsTr("Start, %1").arg(stepper.valueText)
            onClicked: {
                const minutes = length.runMinutes(stepper.value);
                Preferences.setMinutes(length.exerciseId, minutes);
                // Started first, then closed: closing first would hand this tap to the card
                // beneath (Qt 6.4 keeps a passive grab there).
                dialog.start(length.exerciseId, minutes);
                dialog.close();
            }
        }

        CalmButton {
            objectName: "lengthCancel"
            tone: "quiet"
            text: qsTr("Cancel")
            onClicked: dialog.dismiss()
        }
    }
}
