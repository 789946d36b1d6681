import QtQuick
import QtTest
import Haven

HavenTestCase {
    id: testCase

    name: "Main"

    // Every exercise the library offers, by id.
    Instantiator {
        id: exercises

        model: ExerciseLibrary

        QtObject {
            required property string exerciseId
        }
    }

    function test_helpOnEveryScreen_data() {
        return [{
                tag: "checkin",
                open: () => VisitFlow.openCheckIn()
            }, {
                tag: "exercise",
                open: () => VisitFlow.startExercise("feet-on-the-floor")
            }, {
                tag: "summary",
                open: () => {
                    VisitFlow.startExercise("feet-on-the-floor");
                    VisitFlow.endExercise();
                    VisitFlow.skipCheckOut();
                }
            }, {
                tag: "staff",
                open: () => VisitFlow.openStaff()
            }];
    }

    function test_helpOnEveryScreen(data) {
        data.open();
        tryCompare(bar, "canGoBack", true);
        find("backButton");
        tap("helpButton");
        const help = find("helpText");
        tryVerify(() => help.visible);
        compare(find("helpContact-0").Accessible.name, "Emergency services, Call, 911");
        compare(find("helpContact-1").Accessible.name, "988 Suicide & Crisis Lifeline, Call or text, 988");
        verify(find("helpContact-0").height >= 64);
        tap("closeHelpButton");
        tryVerify(() => !help.visible);
        tap("backButton");
        // Mid-run, it asks first.
        if (VisitFlow.askingToEnd)
            tap("endConfirmed");
        tryCompare(bar, "canGoBack", false);
    }

    // Scrolled to the end, the library lies under the top bar: help opens help, and nothing else.
    function test_helpOverAScrolledLibraryOpensOnlyHelp() {
        const list = findChild(window.contentItem, "library");
        verify(list);
        list.contentY = list.contentHeight - list.height + list.originY;
        waitForRendering(window.contentItem);
        tap("helpButton");
        tryVerify(() => find("helpText").visible);
        wait(100);
        compare(VisitFlow.screen, VisitFlow.Library);
        verify(find("helpButton").enabled, "help is never dimmed");
        tap("closeHelpButton");
        compare(VisitFlow.screen, VisitFlow.Library);
    }

    // A distress of 9 or 10: help first, gently, with a grounding exercise one tap away.
    function test_highDistressOpensHelpFirst() {
        tap("checkInButton");
        waitForRendering(window.contentItem);
        const gauge = find("gauge");
        mouseClick(gauge, 20, gauge.height * 0.1);
        tap("distress-9");
        tap("checkInDone");
        tryVerify(() => find("helpGentle").visible);
        compare(VisitFlow.screen, VisitFlow.Library);
        tap("groundNowButton");
        tryCompare(VisitFlow, "screen", VisitFlow.Exercise);
        verify(!find("helpText").visible);
        verify(VisitFlow.running);
    }

    // Text, movement and contrast change at once, from any screen, and go back in one tap;
    // help stays one tap away over the sheet.
    function test_displaySettingsFromTheTopBar() {
        VisitFlow.openCheckIn();
        tap("displayButton");
        const sheet = find("displaySheet");
        tryVerify(() => sheet.visible);
        compare(Theme.textScale, 1);
        tap("displayTextSize-more");
        tap("displayTextSize-more");
        compare(Theme.textScale, 1.5);
        tap("displayHighContrast");
        verify(Theme.highContrast);
        verify(find("displayHighContrast").Accessible.checked);
        tap("helpButton");
        tryVerify(() => find("helpText").visible);
        tap("closeHelpButton");
        tap("displayForget");
        compare(Theme.textScale, 1);
        verify(!Theme.highContrast);
        compare(find("displayTextSize").value, 1);
        verify(!find("displayForget").visible);
        tap("displayDone");
        tryVerify(() => !sheet.visible);
        compare(VisitFlow.screen, VisitFlow.CheckIn);
    }

    function test_homeHasNoBackButton() {
        verify(!find("backButton").visible);
        verify(find("helpButton").visible);
    }

    function test_checkInAndBackHome() {
        tap("checkInButton");
        tryCompare(bar, "title", "Check in");
        tap("checkInSkip");
        tryCompare(bar, "title", "Haven");
    }

    // Revved up at 8 → a gentle recommendation → the exercise → okay at 4 → both on the summary.
    function test_checkInRecommendsThenBeforeAndAfter() {
        tap("checkInButton");
        tryCompare(bar, "title", "Check in");
        waitForRendering(window.contentItem);
        const gauge = find("gauge");
        const done = find("checkInDone");
        verify(!done.enabled, "nothing to recommend from until the bar is tapped");
        mouseClick(gauge, 20, gauge.height * 0.1); // near the top: very revved up
        verify(gauge.value > 0.7);
        tap("distress-8");
        tap("checkInDone");
        tryCompare(bar, "title", "Haven");
        verify(VisitFlow.checkedIn);
        const recommendations = find("recommendations");
        verify(recommendations.visible);
        const first = VisitFlow.recommendations[0];
        verify(!first.exerciseId.includes("box") && !first.exerciseId.includes("seven"), "no breath holds first at 8");
        const card = findChild(recommendations, "card-" + first.exerciseId);
        verify(card);
        compare(card.reason, first.reason);
        waitForRendering(window.contentItem);
        mouseClick(findChild(card, card.objectName + "-start"));
        tryCompare(bar, "title", first.title);
        tap("endButton");
        tryCompare(bar, "title", "After the exercise");
        waitForRendering(window.contentItem);
        const after = find("gauge");
        mouseClick(after, 20, after.height / 2); // the middle: okay
        tap("distress-4");
        tap("checkInDone");
        tryCompare(bar, "title", "Thank you");
        compare(find("summaryBefore").text, "Before: very revved up.");
        compare(find("summaryNow").text, "Now: okay.");
        compare(find("summaryDistress").text, "Upset: 8 before, 4 now.");
        verify(find("summaryWords").text.startsWith("You moved closer to okay"));
        tap("finishButton");
        tryCompare(bar, "title", "Haven");
        compare(bar.canGoBack, false);
        verify(!VisitFlow.checkedIn && !VisitFlow.hasBefore, "finishing forgets the visit");
        compare(VisitFlow.recommendations.length, 0);
        verify(!find("recommendations").visible);
    }

    // Either answer is enough, before and after: here the upset alone. The first suggestion
    // says why it fits; the two others are quieter, without a reason.
    function test_anySingleAnswerIsEnough() {
        tap("checkInButton");
        tryCompare(bar, "title", "Check in");
        const done = find("checkInDone");
        verify(!done.enabled);
        tap("distress-6");
        verify(done.enabled, "the upset alone is an answer");
        tap("checkInDone");
        tryCompare(bar, "title", "Haven");
        compare(VisitFlow.recommendations.length, 3);
        const recommendations = find("recommendations");
        const cards = [];
        for (let i = 0; i < 3; ++i)
            cards.push(findChild(recommendations, "card-" + VisitFlow.recommendations[i].exerciseId));
        verify(cards[0].reason !== "" && !cards[0].quiet);
        verify(cards[1].reason === "" && cards[1].quiet && cards[2].reason === "" && cards[2].quiet);
        verify(cards[1].width < cards[0].width);
        waitForRendering(window.contentItem);
        mouseClick(findChild(cards[0], cards[0].objectName + "-start"));
        tryCompare(bar, "title", VisitFlow.recommendations[0].title);
        tap("endButton");
        tryCompare(bar, "title", "After the exercise");
        const after = find("checkInDone");
        verify(!after.enabled);
        tap("distress-3");
        verify(after.enabled, "See how it went needs one answer, any one");
        tap("checkInDone");
        tryCompare(bar, "title", "Thank you");
        verify(!find("summaryGauge").visible && !find("summaryNow").visible);
        compare(find("summaryDistress").text, "Upset: 6 before, 3 now.");
        tap("finishButton");
    }

    function test_everyCheckInCanBeSkipped() {
        tap("checkInButton");
        tap("checkInSkip");
        tryCompare(bar, "title", "Haven");
        verify(!VisitFlow.checkedIn);
        waitForRendering(window.contentItem);
        tap("card-feet-on-the-floor-start");
        tryCompare(bar, "title", "Feet on the floor");
        tap("endButton");
        tryCompare(bar, "title", "After the exercise");
        tap("checkInSkip");
        tryCompare(bar, "title", "Thank you");
        verify(!find("summaryGauge").visible);
        tap("anotherButton");
        tryCompare(bar, "title", "Haven");
    }

    function test_gaugeByKeys() {
        tap("checkInButton");
        const gauge = find("gauge");
        verify(find("checkInHint").text.startsWith("Tap the bar"));
        gauge.forceActiveFocus();
        verify(find("checkInHint").text.includes("arrow keys"), "the keyboard's way is never said");
        keyClick(Qt.Key_Up);
        fuzzyCompare(gauge.value, 0.1, 0.001);
        keyClick(Qt.Key_PageUp);
        verify(gauge.value > 1 / 3);
        compare(gauge.Accessible.description, gauge.describe(gauge.value));
        compare(gauge.describe(0.5), "a little revved up");
        for (let i = 0; i < 20; ++i)
            keyClick(Qt.Key_Down);
        compare(gauge.value, -1);
        compare(gauge.describe(gauge.value), "very shut down");
        const scale = find("distress");
        scale.forceActiveFocus();
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        compare(scale.value, 1);
    }

    function test_gaugeByDrag() {
        tap("checkInButton");
        waitForRendering(window.contentItem);
        const gauge = find("gauge");
        mouseDrag(gauge, 20, gauge.height * 0.5, 0, gauge.height * 0.4);
        verify(gauge.value < -0.6, "dragged down into shut down: " + gauge.value);
    }

    function test_escapeClosesHelp() {
        tap("helpButton");
        const help = find("helpText");
        tryVerify(() => help.visible);
        verify(window.sheetOpen, "what lies under the sheet takes no touch");
        verify(!find("stack").enabled);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !help.visible);
        verify(!window.sheetOpen);
    }

    function test_keyboardReachesACardAndOpensIt() {
        // Tab walks the controls in reading order; Enter opens the focused card.
        let focused = null;
        for (let i = 0; i < 20 && !(focused?.objectName ?? "").startsWith("card-"); ++i) {
            keyClick(Qt.Key_Tab);
            focused = window.activeFocusItem;
        }
        verify(focused && focused.objectName.startsWith("card-"), "Tab never reached a card");
        const title = focused.parent.title; // the card the focused part belongs to
        // The card's body opens its sheet, with Start in focus.
        keyClick(Qt.Key_Return);
        const sheet = find("exerciseSheet");
        tryVerify(() => sheet.visible);
        compare(sheet.title, title);
        keyClick(Qt.Key_Return);
        tryCompare(bar, "title", title);
        // Escape mid-run asks; Escape again goes on; End it ends.
        keyClick(Qt.Key_Escape);
        tryVerify(() => find("endQuestion").visible);
        compare(VisitFlow.runner.state, ExerciseRunner.State.Paused);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !find("endQuestion").visible);
        compare(VisitFlow.runner.state, ExerciseRunner.State.Running);
        compare(bar.title, title);
        keyClick(Qt.Key_Escape);
        tryVerify(() => find("endQuestion").visible);
        tap("endConfirmed");
        tryCompare(bar, "title", "Haven");
    }

    // Every exercise's Start, as a keyboard meets them: Tab alone reaches each one in two whole
    // rounds of the library, in the order the groups are shown (Settle first), and each focused
    // control is in view.
    function test_tabReachesEveryLibraryControlTwice() {
        const starts = [];
        for (let i = 0; i < exercises.count; ++i)
            starts.push(`card-${exercises.objectAt(i).exerciseId}-start`);
        verify(starts.length >= 20);
        const library = find("library");
        const reached = {};
        const order = [];
        let rounds = 0;
        let first = null;
        for (let i = 0; i < 1000 && rounds < 2; ++i) {
            keyClick(Qt.Key_Tab);
            const focused = window.activeFocusItem;
            verify(focused, "Tab left the window without focus");
            if (first === null)
                first = focused;
            else if (focused === first)
                ++rounds;
            const name = focused.objectName;
            if (starts.includes(name)) {
                reached[name] = (reached[name] ?? 0) + 1;
                if (rounds === 0)
                    order.push(name);
                waitForRendering(window.contentItem);
                const y = focused.mapToItem(library, 0, 0).y;
                verify(y >= 0 && y + focused.height <= library.height + 1, `${name} has focus out of view`);
            }
        }
        compare(rounds, 2, "Tab never came round to where it began");
        for (const name of starts)
            compare(reached[name] ?? 0, 2, `${name} reached ${reached[name] ?? 0} times in two rounds`);
        const settle = order.findIndex(name => name === "card-feet-on-the-floor-start");
        const wake = order.findIndex(name => name === "card-orienting-start");
        verify(settle >= 0 && settle < wake, "Settle comes before Wake up");
        console.info(`Tab: ${starts.length} exercises reached twice each, in ${order.length} of one round`);
    }

    function test_escapeGoesBackButNotPastHome() {
        tap("checkInButton");
        tryCompare(bar, "canGoBack", true);
        keyClick(Qt.Key_Escape);
        tryCompare(bar, "canGoBack", false);
        keyClick(Qt.Key_Escape);
        compare(bar.title, "Haven");
    }
}
