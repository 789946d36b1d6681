import QtQuick
import QtTest
import Haven

TestCase {
    id: testCase

    property Main window
    property TopBar bar

    name: "Main"
    when: windowShown

    function init() {
        AppConfig.reducedMotion = true;
        window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        bar = findChild(window.contentItem, "topBar");
        verify(bar);
        waitForRendering(window.contentItem);
    }

    function find(name) {
        const item = findChild(window.contentItem, name);
        verify(item, `no item named ${name}`);
        return item;
    }

    function tap(name) {
        const item = find(name);
        verify(item.visible, `${name} is not visible`);
        mouseClick(item);
        return item;
    }

    function test_helpOnEveryScreen_data() {
        return ["checkin", "exercise", "summary", "staff"].map(route => ({ tag: route, route: route }));
    }

    function test_helpOnEveryScreen(data) {
        window.go(data.route, {});
        tryCompare(bar, "canGoBack", true);
        find("backButton");
        tap("helpButton");
        const help = find("helpText");
        tryVerify(() => help.visible);
        verify(help.text.includes("911"));
        verify(help.text.includes("988"));
        tap("closeHelpButton");
        tryVerify(() => !help.visible);
        tap("backButton");
        tryCompare(bar, "canGoBack", false);
    }

    function test_homeHasNoBackButton() {
        verify(!find("backButton").visible);
        verify(find("helpButton").visible);
    }

    function test_checkInAndBackHome() {
        tap("checkInButton");
        tryCompare(bar, "title", "Check in");
        tap("skipButton");
        tryCompare(bar, "title", "Haven");
    }

    function test_cardOpensExerciseThenSummaryThenHome() {
        const card = findChild(window.contentItem, "card-feet-on-the-floor");
        verify(card);
        mouseClick(card);
        tryCompare(bar, "title", "Feet on the floor");
        tap("endButton");
        tryCompare(bar, "title", "Well done");
        tap("finishButton");
        tryCompare(bar, "title", "Haven");
        compare(bar.canGoBack, false);
    }

    function test_escapeClosesHelp() {
        tap("helpButton");
        const help = find("helpText");
        tryVerify(() => help.visible);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !help.visible);
    }

    function test_keyboardReachesACardAndOpensIt() {
        // Tab walks the controls in reading order; Enter opens the focused card.
        let focused = null;
        for (let i = 0; i < 20 && !(focused?.objectName ?? "").startsWith("card-"); ++i) {
            keyClick(Qt.Key_Tab);
            focused = window.activeFocusItem;
        }
        verify(focused && focused.objectName.startsWith("card-"), "Tab never reached a card");
        const title = focused.title;
        keyClick(Qt.Key_Return);
        tryCompare(bar, "title", title);
        keyClick(Qt.Key_Escape);
        tryCompare(bar, "title", "Haven");
    }

    function test_escapeGoesBackButNotPastHome() {
        tap("checkInButton");
        tryCompare(bar, "canGoBack", true);
        keyClick(Qt.Key_Escape);
        tryCompare(bar, "canGoBack", false);
        keyClick(Qt.Key_Escape);
        compare(bar.title, "Haven");
    }

    Component {
        id: mainComponent

        Main {}
    }
}
