import QtQuick
import QtTest
import Haven

// What a person keeps on their own device: favourites, the length and the voice they chose, and
// their check-ins over the days, which they can delete.
HavenTestCase {
    id: testCase

    name: "Home"

    function cleanup() {
        for (const id of Preferences.favourites)
            Preferences.setFavourite(id, false);
        Preferences.setMinutes("extended-exhale", 0);
        Preferences.voice = "";
        Language.choose("en");
    }

    // Every visible item named name, by the visual tree.
    function visibleNamed(item, name) {
        let found = item.objectName === name && item.visible ? 1 : 0;
        for (let i = 0; i < item.children.length; ++i)
            found += visibleNamed(item.children[i], name);
        return found;
    }

    function openSheet(exerciseId) {
        tap(`card-${exerciseId}-open`);
        const sheet = find("exerciseSheet");
        tryVerify(() => sheet.visible);
        compare(sheet.exerciseId, exerciseId);
        return sheet;
    }

    function test_startOnACardStartsIt() {
        tap("card-feet-on-the-floor-start");
        tryCompare(bar, "title", "Feet on the floor");
        compare(VisitFlow.runner.exerciseId, "feet-on-the-floor");
    }

    // The card's body only tells: what it is, how long, the eyes, what you will do, the sound.
    function test_cardBodyOpensItsSheet() {
        let sheet = openSheet("five-senses");
        compare(VisitFlow.screen, VisitFlow.Library, "the card's body started the exercise");
        compare(find("sheetSummary").text, ExerciseLibrary.overviewOf("five-senses").summary);
        compare(find("sheetLength").text, "About 4 minutes.");
        compare(find("sheetEyes").text, "Eyes open: there is something to look at.");
        compare(find("sheetSound").text, "A calm voice guides you. You can turn the sound off.");
        const activities = find("sheetActivities");
        verify(activities.children[1].text.includes("one sense at a time"), activities.children[1].text);
        verify(find("sheetFavourite").visible);
        tap("sheetClose");
        tryVerify(() => !sheet.visible);
        compare(VisitFlow.screen, VisitFlow.Library);

        // Spoken words and quiet only: the eyes may close.
        sheet = openSheet("body-scan");
        compare(find("sheetEyes").text, "Eyes open or closed, as you like.");
        // A read has no voice and nothing to stretch.
        keyClick(Qt.Key_Escape);
        tryVerify(() => !sheet.visible);
        sheet = openSheet("why-slow-breathing");
        compare(find("sheetSound").text, "No sound: the words are on the screen.");
        verify(!findVisible(window.contentItem, "sheetLengthButton"), "a read offers a length");
        tap("sheetStart");
        tryCompare(bar, "title", "Why slow breathing helps");
        verify(!sheet.visible);
    }

    function test_favouriteShowsAtTheTop() {
        compare(visibleNamed(window.contentItem, "card-feet-on-the-floor"), 1);
        const sheet = openSheet("feet-on-the-floor");
        compare(find("sheetFavourite").text, "☆ Add to favourites");
        tap("sheetFavourite");
        verify(Preferences.isFavourite("feet-on-the-floor"));
        // The label says how to undo it.
        compare(find("sheetFavourite").text, "★ In favourites: tap to remove");
        tap("sheetClose");
        // Now under "Your favourites" as well as in its own group.
        tryVerify(() => visibleNamed(window.contentItem, "card-feet-on-the-floor") === 2);
        openSheet("feet-on-the-floor");
        tap("sheetFavourite");
        verify(!Preferences.isFavourite("feet-on-the-floor"));
        tap("sheetClose");
        tryVerify(() => visibleNamed(window.contentItem, "card-feet-on-the-floor") === 1);
    }

    // "Your favourites" grows above the card; the list moves so the card stays put.
    function test_favouriteDoesNotMoveTheCard() {
        const card = find("card-feet-on-the-floor");
        const open = findChild(card, "card-feet-on-the-floor-open");
        for (let i = 0; i < 2; ++i) {
            reveal(open);
            waitForRendering(window.contentItem);
            const before = card.mapToItem(window.contentItem, 0, 0).y;
            mouseClick(open);
            tryVerify(() => find("exerciseSheet").visible);
            tap("sheetFavourite");
            compare(Preferences.isFavourite("feet-on-the-floor"), i === 0);
            waitForRendering(window.contentItem);
            tap("sheetClose");
            tryVerify(() => visibleNamed(window.contentItem, "card-feet-on-the-floor") === (i === 0 ? 2 : 1));
            waitForRendering(window.contentItem);
            // Within a pixel: the list may land on a whole pixel.
            fuzzyCompare(card.mapToItem(window.contentItem, 0, 0).y, before, 1, i === 0 ? "the card jumped" : "the card jumped back");
        }
    }

    function test_chosenLengthIsRemembered() {
        openSheet("extended-exhale");
        tap("sheetLengthButton");
        const stepper = find("lengthStepper");
        tryVerify(() => stepper.visible);
        compare(stepper.value, 3);
        tap("lengthStepper-more");
        tap("lengthStepper-more");
        compare(stepper.value, 5);
        tap("lengthStart");
        tryCompare(bar, "title", "Longer breath out");
        const runner = VisitFlow.runner;
        compare(runner.minutes, 5);
        verify(runner.total > 4.5 * 60 && runner.total < 5.5 * 60, `runs ${runner.total} s`);
        compare(Preferences.minutesFor("extended-exhale"), 5);
        tap("backButton");
        tap("endConfirmed");
        tryCompare(bar, "title", "Haven");
        // Next time, from the card itself: the same five minutes.
        compare(find("card-extended-exhale").length, "About 5 minutes");
        tap("card-extended-exhale-start");
        tryCompare(bar, "title", "Longer breath out");
        compare(VisitFlow.runner.minutes, 5);
    }

    function test_chosenVoiceSpeaks() {
        openSheet("extended-exhale");
        tap("sheetLengthButton");
        tryVerify(() => find("lengthVoice").visible);
        verify(find("voice-slt").checked); // the device's voice until the person chooses
        tap("voice-bdl");
        compare(Preferences.voice, "bdl");
        verify(find("voice-bdl").checked);
        verify(!find("voice-slt").checked);
        tap("lengthStart");
        tryCompare(bar, "title", "Longer breath out");
        verify(VisitFlow.guide);
        compare(VisitFlow.guide.chosenVoice, "bdl");
    }

    // Display and sound: a finger on Español turns everything to Spanish at once, and it is kept
    // for next time; English is one tap away on the library.
    function test_languageFromDisplayAndSound() {
        compare(find("checkInButton").text, "Check in first");
        tap("displayButton");
        waitForRendering(window.contentItem);
        // The sheet's own switch: the library's, beneath it, takes no touch while it is open.
        const spanish = findVisible(find("displayLanguage"), "language-es");
        verify(spanish);
        reveal(spanish);
        mouseClick(spanish);
        compare(Language.code, "es");
        compare(Preferences.language, "es");
        tryCompare(find("displayDone"), "text", "Listo");
        compare(bar.title, "Haven");
        tap("displayDone");
        tryCompare(find("checkInButton"), "text", "Hacer un chequeo primero");
        compare(find("checkInButton").Accessible.name, "Hacer un chequeo primero");
        tap("language-en");
        compare(Language.code, "en");
        compare(Preferences.language, "");
        tryCompare(find("checkInButton"), "text", "Check in first");
    }

    function test_myCheckInsAndDeletingThem() {
        // One exercise with a check-in before and after.
        VisitFlow.openCheckIn();
        VisitFlow.checkIn(0.7, 8);
        VisitFlow.startExercise("feet-on-the-floor");
        tryCompare(bar, "title", "Feet on the floor");
        tap("endButton");
        tryCompare(bar, "title", "After the exercise");
        VisitFlow.checkOut(0.1, 4);
        verify(CheckInHistory.count >= 1);
        VisitFlow.another();
        tap("historyButton");
        tryCompare(bar, "title", "My check-ins");
        verify(find("checkInChart").visible);
        verify(find("checkInDetail").text.includes("before, quite revved up (upset 8); after, okay (upset 4)"), find("checkInDetail").text);
        tap("deleteHistory");
        const confirm = find("deleteConfirm");
        tryVerify(() => confirm.visible);
        tap("deleteKept"); // asks once, and "keep" keeps
        verify(CheckInHistory.count >= 1);
        tap("deleteHistory");
        tap("deleteConfirmed");
        compare(CheckInHistory.count, 0);
        verify(!find("checkInChart").visible);
        verify(find("historySummary").text.startsWith("Nothing here yet"));
    }
}
