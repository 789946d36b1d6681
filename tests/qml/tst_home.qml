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
    }

    // Every visible item named name, by the visual tree.
    function visibleNamed(item, name) {
        let found = item.objectName === name && item.visible ? 1 : 0;
        for (let i = 0; i < item.children.length; ++i)
            found += visibleNamed(item.children[i], name);
        return found;
    }

    function test_favouriteShowsAtTheTop() {
        compare(visibleNamed(window.contentItem, "card-feet-on-the-floor"), 1);
        tap("card-feet-on-the-floor-favourite");
        verify(Preferences.isFavourite("feet-on-the-floor"));
        waitForRendering(window.contentItem);
        // Now under "Your favourites" as well as in its own group, and marked in both.
        tryVerify(() => visibleNamed(window.contentItem, "card-feet-on-the-floor") === 2);
        verify(find("card-feet-on-the-floor-favourite").checked);
        tap("card-feet-on-the-floor-favourite");
        verify(!Preferences.isFavourite("feet-on-the-floor"));
        tryVerify(() => visibleNamed(window.contentItem, "card-feet-on-the-floor") === 1);
    }

    function test_chosenLengthIsRemembered() {
        tap("card-extended-exhale-length");
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
        tryCompare(bar, "title", "Haven");
        // Next time, from the card itself: the same five minutes.
        compare(find("card-extended-exhale").length, "About 5 minutes");
        tap("card-extended-exhale-open");
        tryCompare(bar, "title", "Longer breath out");
        compare(VisitFlow.runner.minutes, 5);
    }

    function test_chosenVoiceSpeaks() {
        tap("card-extended-exhale-length");
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

    function test_myCheckInsAndDeletingThem() {
        // One exercise with a check-in before and after.
        VisitFlow.openCheckIn();
        VisitFlow.checkIn(0.7, 8);
        VisitFlow.startExercise("feet-on-the-floor");
        tryCompare(bar, "title", "Feet on the floor");
        tap("endButton");
        tryCompare(bar, "title", "Check in again");
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
