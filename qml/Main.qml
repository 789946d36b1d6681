import QtQuick
import Haven

Window {
    id: window

    readonly property bool kiosk: AppConfig.mode === AppConfig.Kiosk
    // A sheet over everything: what lies beneath takes no touch until it closes (in Qt 6.4 a
    // tap on a sheet's button also reaches the handlers under it).
    readonly property bool sheetOpen: (helpLoader.item?.visible ?? false) || (displayLoader.item?.visible ?? false) || (pinLoader.item?.visible ?? false) || idle.asking
    readonly property bool pinOpen: pinLoader.item?.visible ?? false

    // The screen for each of VisitFlow's; the flow decides which comes when.
    function component(screen: int): Component {
        switch (screen) {
        case VisitFlow.Attract:
            return attractScreen;
        case VisitFlow.Library:
            return homeScreen;
        case VisitFlow.Launcher:
            return sessionScreen;
        case VisitFlow.CheckIn:
            return checkInScreen;
        case VisitFlow.Exercise:
            return exerciseScreen;
        case VisitFlow.CheckOut:
            return checkOutScreen;
        case VisitFlow.Summary:
            return summaryScreen;
        case VisitFlow.History:
            return historyScreen;
        case VisitFlow.Staff:
            return staffScreen;
        case VisitFlow.Settings:
            return settingsScreen;
        case VisitFlow.Dashboard:
            return dashboardScreen;
        }
        return null;
    }

    // As wanted, or what the screen has room for, once it is known.
    function fitted(wanted: int, room: int): int {
        return AppConfig.fullscreen || room <= 0 ? wanted : Math.min(wanted, room);
    }

    function openHelp(gently: bool) {
        VisitFlow.helpOpened();
        helpLoader.active = true;
        (helpLoader.item as HelpDialog).openGently(gently);
    }

    function openDisplay() {
        displayLoader.active = true;
        (displayLoader.item as DisplaySheet).open();
    }

    function closeSheets() {
        helpLoader.active = false;
        displayLoader.active = false;
        (pinLoader.item as PinPad)?.close();
    }

    // Never larger than the screen (a 1024×600 tablet, a 1366×768 laptop), with room for its
    // title bar. Full screen, the screen decides (under cage, a size bound to the screen's
    // left the output black).
    width: fitted(1280, Screen.desktopAvailableWidth)
    height: fitted(800, Screen.desktopAvailableHeight - 48)
    minimumWidth: 480
    minimumHeight: 480
    visible: true
    visibility: AppConfig.fullscreen ? Window.FullScreen : Window.AutomaticVisibility
    flags: kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    // The screen's title first, so a screen reader and the window list say where Haven is.
    title: {
        const screenTitle = stack.current?.title ?? "";
        return screenTitle && screenTitle !== qsTr("Haven") ? qsTr("%1 – Haven").arg(screenTitle) : qsTr("Haven");
    }
    color: Theme.background

    // Alt+F4, the window manager's close, a stray Ctrl+Q: a kiosk stays put for its visitor.
    // Staff leave it through the staff menu, which ends Haven from C++.
    onClosing: close => close.accepted = !kiosk
    Component.onCompleted: VisitFlow.start()

    Connections {
        target: VisitFlow

        function onPushed(screen: int, properties: var) {
            stack.push(window.component(screen), properties);
        }

        function onPoppedTo(depth: int) {
            stack.popTo(depth);
        }

        // A kiosk after its visitor has gone: every trace of them is wiped, down to the screens
        // that held their scroll positions, picks and drawings, and the next person finds it fresh.
        function onWiped() {
            window.closeSheets();
        }

        // Another `haven --exercise ID` took over: whatever was open gives way to it.
        function onHandedOver() {
            window.closeSheets();
        }

        // A check-in at 9 or 10: help first, gently, before any exercise.
        function onHelpSuggested() {
            window.openHelp(true);
        }
    }

    TopBar {
        id: bar

        objectName: "topBar"
        anchors.left: parent.left
        anchors.right: parent.right
        // Above every screen and sheet, never covered and never dimmed: help is always one tap
        // away. Only the way back waits while a sheet is open.
        z: 3
        title: stack.current?.title ?? ""
        canGoBack: VisitFlow.canGoBack && !window.sheetOpen
        // Not while the client is in an exercise: Staff is for between them.
        showStaff: AppConfig.mode === AppConfig.Session && !window.sheetOpen && !VisitFlow.running
        showDisplay: !window.sheetOpen
        onBack: VisitFlow.back()
        onHelp: window.openHelp(false)
        onDisplay: window.openDisplay()
        onStaff: VisitFlow.openStaff()
    }

    ScreenStack {
        id: stack

        objectName: "stack"
        enabled: !window.sheetOpen
        // Nothing of a screen reaches under the top bar, to be seen or tapped.
        clip: true
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }


    // Escape goes back a screen, except on a kiosk, where it does nothing at all.
    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: !window.kiosk && VisitFlow.canGoBack && !window.sheetOpen
        onActivated: VisitFlow.back()
    }

    IdleWatch {
        id: idle

        objectName: "idleWatch"
        // Someone is using the kiosk, between exercises; never while staff are at the PIN pad.
        enabled: VisitFlow.idleWatched && !window.pinOpen
        idleSeconds: AppConfig.idleSeconds
        onTimedOut: VisitFlow.idleReset()
    }

    // Only a kiosk asks, and only staff at a kiosk unlock: elsewhere neither is built.
    Loader {
        anchors.fill: stack
        z: 1
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

        anchors.fill: stack
        z: 1
        active: window.kiosk
        sourceComponent: PinPad {
            objectName: "pinPad"
        }
        onLoaded: (item as PinPad).unlocked.connect(() => VisitFlow.openStaff())
    }

    Loader {
        id: displayLoader

        anchors.fill: stack
        z: 1
        active: false
        sourceComponent: DisplaySheet {
            objectName: "displaySheet"
        }
    }

    // Over every other sheet, under the top bar. Built on first use, so start-up does not pay
    // for it; opening it takes a few milliseconds.
    Loader {
        id: helpLoader

        anchors.fill: stack
        z: 2
        active: false
        sourceComponent: HelpDialog {
            objectName: "helpDialog"
        }
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
