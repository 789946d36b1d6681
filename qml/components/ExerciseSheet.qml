pragma ComponentBehavior: Bound
import QtQuick
import Haven

// What an exercise is before anyone starts it: what it does, how long it takes, whether the eyes
// may close, what the person will do and whether it speaks. Start is the first button; on a
// person's own device Length and Favourite sit beside it.
Sheet {
    id: sheet

    property string exerciseId
    property string reason
    // Where Haven remembers a person's choices.
    property bool personal: Preferences.enabled
    // Read again when the language changes.
    readonly property var overview: ExerciseLibrary.overviewIn(ExerciseLibrary.language, exerciseId)
    readonly property int wholeMinutes: Preferences.minutes[exerciseId] ?? lengthChoice.ownMinutes
    readonly property bool favourite: Preferences.favourites.length >= 0 && Preferences.isFavourite(exerciseId) // re-read when they change
    readonly property bool spoken: VisitFlow.sound && (overview.narrated ?? false)

    signal startRequested(string exerciseId)
    signal lengthRequested(string exerciseId)
    signal favouriteToggled(string exerciseId)

    // What each kind of step asks of the person, in plain words.
    function activity(kind: string): string {
        switch (kind) {
        case "say":
            return sheet.spoken ? qsTr("Listen to short, calm guidance.") : qsTr("Read short, calm guidance.");
        case "breathe":
            return qsTr("Breathe along with a slow shape on the screen.");
        case "senses":
            return qsTr("Notice things around you, one sense at a time, and tap for each.");
        case "imagery":
            return qsTr("Picture a calm, safe place.");
        case "bodymap":
            return qsTr("Tap where you feel something in your body, and pick words for it.");
        case "draw":
            return qsTr("Draw, if you like. Nothing is kept.");
        case "pause":
            return qsTr("Rest in a quiet moment.");
        case "read":
            return qsTr("Read a few short pages, at your own pace.");
        }
        return "";
    }

    function show(exerciseId: string, reason: string) {
        sheet.exerciseId = exerciseId;
        sheet.reason = reason;
        open();
        startButton.forceActiveFocus();
    }

    objectName: "exerciseSheet"
    title: ExerciseLibrary.titleOf(exerciseId)

    LengthChoice {
        id: lengthChoice

        exerciseId: sheet.exerciseId
        library: ExerciseLibrary
    }

    CalmText {
        width: sheet.contentWidth
        visible: sheet.reason !== ""
        text: sheet.reason
        font.weight: Font.DemiBold
    }

    CalmText {
        objectName: "sheetSummary"
        width: sheet.contentWidth
        text: sheet.overview.summary ?? ""
    }

    Column {
        width: sheet.contentWidth
        spacing: Theme.spacingS

        CalmText {
            objectName: "sheetLength"
            width: parent.width
            text: qsTr("About %n minute(s).", "", sheet.wholeMinutes)
        }

        CalmText {
            objectName: "sheetEyes"
            width: parent.width
            text: sheet.overview.eyesOpen ?? true ? qsTr("Eyes open: there is something to look at.") : qsTr("Eyes open or closed, as you like.")
        }

        CalmText {
            objectName: "sheetSound"
            width: parent.width
            text: sheet.spoken ? (sheet.overview.soundscape ? qsTr("A calm voice guides you, with soft sounds you can choose. You can turn the sound off.") : qsTr("A calm voice guides you. You can turn the sound off.")) : qsTr("No sound: the words are on the screen.")
        }
    }

    // Start before the list of steps, so it is in view without scrolling.
    Flow {
        width: sheet.contentWidth
        spacing: Theme.spacingM

        CalmButton {
            id: startButton

            objectName: "sheetStart"
            width: Math.max(implicitWidth, Theme.target * 3)
            text: qsTr("Start")
            Accessible.name: qsTr("Start %1").arg(sheet.title)
            // Started first, then closed: closing first would hand this tap to the card beneath.
            onClicked: {
                sheet.startRequested(sheet.exerciseId);
                sheet.close();
            }
        }

        CalmButton {
            objectName: "sheetLengthButton"
            visible: sheet.personal && lengthChoice.adjustable
            tone: "quiet"
            text: qsTr("Length…")
            Accessible.name: qsTr("Choose how long %1 runs").arg(sheet.title)
            onClicked: {
                sheet.lengthRequested(sheet.exerciseId);
                sheet.close();
            }
        }

        ChoiceChip {
            objectName: "sheetFavourite"
            visible: sheet.personal
            checked: sheet.favourite
            text: sheet.favourite ? qsTr("★ In favourites: tap to remove") : qsTr("☆ Add to favourites")
            Accessible.name: sheet.favourite ? qsTr("%1 is a favourite. Remove it").arg(sheet.title) : qsTr("Add %1 to favourites").arg(sheet.title)
            onClicked: sheet.favouriteToggled(sheet.exerciseId)
        }

        CalmButton {
            objectName: "sheetClose"
            tone: "quiet"
            text: qsTr("Close")
            onClicked: sheet.dismiss()
        }
    }

    CalmText {
        width: sheet.contentWidth
        text: qsTr("What you will do")
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }

    Column {
        objectName: "sheetActivities"
        width: sheet.contentWidth
        spacing: Theme.spacingS

        Repeater {
            model: sheet.overview.activities ?? []

            CalmText {
                required property string modelData

                width: parent.width
                text: "•  " + sheet.activity(modelData)
            }
        }
    }
}
