import QtQuick
import Haven

Window {
    id: window

    readonly property bool kiosk: AppConfig.mode === AppConfig.Kiosk
    // A therapist's device opens on the session launcher instead of the library.
    readonly property bool session: AppConfig.mode === AppConfig.Session
    // A kiosk opens on its attract screen, with the library one tap further in.
    readonly property int homeDepth: kiosk ? 2 : 1
    // Set only by the staff menu's exit: a kiosk window otherwise refuses to close.
    property bool staffExit: false
    // Session mode: an exercise chosen with a check-in first. It starts once that check-in is
    // done or skipped, and is let go if the therapist goes back instead.
    property var startAfterCheckIn: null
    // A sheet over everything: what lies beneath takes no touch until it closes (in Qt 6.4 a
    // tap on a sheet's button also reaches the handlers under it).
    readonly property bool sheetOpen: (helpLoader.item?.visible ?? false) || (pinLoader.item?.visible ?? false) || idle.asking

    // Opens a screen by name: home, checkin, exercise, checkout (the check-in after an exercise),
    // summary, staff, settings or dashboard (the usage figures, for staff); or back, finish (which
    // ends the visit) or exit (staff leaving a kiosk).
    function go(route: string, properties: var) {
        if (route === "back") {
            back();
            return;
        }
        if (route === "exit") {
            exitForStaff();
            return;
        }
        if (route === "checkin" && properties?.exerciseId) {
            startAfterCheckIn = properties;
            properties = {};
        } else if (route === "home" && startAfterCheckIn) {
            properties = startAfterCheckIn;
            startAfterCheckIn = null;
            stack.popTo(homeDepth);
            route = "exercise";
        }
        if (route === "finish") {
            Visit.reset();
            stack.popTo(kiosk ? 1 : homeDepth);
            return;
        }
        if (route === "home" && stack.depth >= homeDepth) {
            stack.popTo(homeDepth);
            return;
        }
        const screen = stack.push(routes[route], properties ?? {});
        screen.navigate.connect(window.go);
    }

    function back() {
        startAfterCheckIn = null;
        if (stack.depth > homeDepth)
            stack.popTo(stack.depth - 1);
    }

    function openHelp() {
        stack.current?.helpOpened();
        helpLoader.active = true;
        (helpLoader.item as HelpDialog).open();
    }

    // Another `haven --exercise ID` handed its request over (see SingleInstance): whatever was
    // open gives way to it, as if chosen from the library. Returns the exercise's title.
    function openExercise(exerciseId: string, minutes: int): string {
        helpLoader.active = false;
        startAfterCheckIn = null;
        stack.popTo(homeDepth);
        go("exercise", {
                exerciseId: exerciseId,
                minutes: minutes
            });
        return stack.current.title;
    }

    // A kiosk after its visitor has gone: every trace of them is wiped, down to the screens that
    // held their scroll positions, picks and drawings, and the next person finds it fresh.
    function startOver() {
        helpLoader.active = false;
        (pinLoader.item as PinPad)?.close();
        Visit.beginIdleReset();
        stack.popTo(1);
        Visit.reset();
    }

    // The staff menu's way out of a kiosk.
    function exitForStaff() {
        staffExit = true;
        Qt.quit();
    }

    readonly property var routes: ({
            "home": homeScreen,
            "checkin": checkInScreen,
            "checkout": checkOutScreen,
            "exercise": exerciseScreen,
            "summary": summaryScreen,
            "history": historyScreen,
            "staff": staffScreen,
            "settings": settingsScreen,
            "dashboard": dashboardScreen
        })

    width: 1280
    height: 800
    minimumWidth: 480
    minimumHeight: 480
    visible: true
    visibility: AppConfig.fullscreen ? Window.FullScreen : Window.AutomaticVisibility
    flags: kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    title: qsTr("Haven")
    color: Theme.background

    // Alt+F4, the window manager's close, a stray Ctrl+Q: a kiosk stays put for its visitor.
    onClosing: close => close.accepted = !kiosk || staffExit

    Component.onCompleted: {
        stack.push(kiosk ? attractScreen : session ? sessionScreen : homeScreen, {}).navigate.connect(window.go);
        if (AppConfig.startExercise !== "")
            go("exercise", { exerciseId: AppConfig.startExercise, minutes: AppConfig.startMinutes });
    }

    TopBar {
        id: bar

        objectName: "topBar"
        anchors.left: parent.left
        anchors.right: parent.right
        enabled: !window.sheetOpen
        title: stack.current?.title ?? ""
        canGoBack: stack.depth > window.homeDepth
        showStaff: window.session
        onBack: window.back()
        onHelp: window.openHelp()
        onStaff: window.go("staff", {})
    }

    ScreenStack {
        id: stack

        objectName: "stack"
        enabled: !window.sheetOpen
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    // Built on first use, so start-up does not pay for it; opening it takes a few milliseconds.
    Loader {
        id: helpLoader

        anchors.fill: parent
        active: false
        sourceComponent: HelpDialog {
            objectName: "helpDialog"
        }
    }

    // Escape goes back a screen, except on a kiosk, where it does nothing at all.
    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: !window.kiosk && stack.depth > window.homeDepth && !(helpLoader.item?.visible ?? false)
        onActivated: window.back()
    }

    IdleWatch {
        id: idle

        objectName: "idleWatch"
        // Someone is using the kiosk, and not in the middle of an exercise.
        enabled: window.kiosk && stack.depth > 1 && !(stack.current?.keepsAwake ?? false)
        idleSeconds: AppConfig.idleSeconds
        onTimedOut: window.startOver()
    }

    // Only a kiosk asks, and only staff at a kiosk unlock: elsewhere neither is built.
    Loader {
        anchors.fill: parent
        active: window.kiosk
        sourceComponent: StillThereDialog {
            objectName: "stillThere"
        }
        onLoaded: (item as StillThereDialog).watch = idle
    }

    // Staff hold the top-left corner for three seconds; nothing shows, so visitors never find it.
    Item {
        objectName: "staffCorner"
        visible: window.kiosk
        width: Theme.target * 1.5
        height: width

        TapHandler {
            objectName: "staffHold"
            longPressThreshold: 3
            onLongPressed: (pinLoader.item as PinPad).open()
        }
    }

    Loader {
        id: pinLoader

        anchors.fill: parent
        active: window.kiosk
        sourceComponent: PinPad {
            objectName: "pinPad"
        }
        onLoaded: (item as PinPad).unlocked.connect(() => window.go("staff", {}))
    }

    Component {
        id: attractScreen

        AttractScreen {}
    }

    Component {
        id: homeScreen

        HomeScreen {}
    }

    Component {
        id: sessionScreen

        SessionScreen {}
    }

    Component {
        id: historyScreen

        HistoryScreen {}
    }

    Component {
        id: checkInScreen

        CheckInScreen {}
    }

    Component {
        id: checkOutScreen

        CheckInScreen {
            after: true
        }
    }

    Component {
        id: exerciseScreen

        ExerciseScreen {}
    }

    Component {
        id: summaryScreen

        SummaryScreen {}
    }

    Component {
        id: settingsScreen

        SettingsScreen {}
    }

    Component {
        id: staffScreen

        StaffScreen {}
    }

    Component {
        id: dashboardScreen

        DashboardScreen {}
    }
}
