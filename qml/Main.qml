import QtQuick
import Haven

Window {
    id: window

    // Opens a screen by name: home, checkin, exercise, checkout (the check-in after an exercise),
    // summary, staff or dashboard (the usage figures, for staff).
    function go(route: string, properties: var) {
        if (route === "home") {
            stack.pop(true);
            return;
        }
        const screen = stack.push(routes[route], properties ?? {});
        screen.navigate.connect(window.go);
    }

    function back() {
        stack.pop(false);
    }

    function openHelp() {
        stack.current?.helpOpened();
        helpLoader.active = true;
        (helpLoader.item as HelpDialog).open();
    }

    readonly property var routes: ({
            "checkin": checkInScreen,
            "checkout": checkOutScreen,
            "exercise": exerciseScreen,
            "summary": summaryScreen,
            "staff": staffScreen,
            "dashboard": dashboardScreen
        })

    width: 1280
    height: 800
    minimumWidth: 480
    minimumHeight: 480
    visible: true
    visibility: AppConfig.fullscreen ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Haven")
    color: Theme.background

    Component.onCompleted: {
        stack.push(homeScreen, {}).navigate.connect(window.go);
        if (AppConfig.startExercise !== "")
            go("exercise", { exerciseId: AppConfig.startExercise, minutes: AppConfig.startMinutes });
    }

    TopBar {
        id: bar

        objectName: "topBar"
        anchors.left: parent.left
        anchors.right: parent.right
        title: stack.current?.title ?? ""
        canGoBack: stack.depth > 1
        showStaff: AppConfig.mode === AppConfig.Session
        onBack: window.back()
        onHelp: window.openHelp()
        onStaff: window.go("staff", {})
    }

    ScreenStack {
        id: stack

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

    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: stack.depth > 1 && !(helpLoader.item?.visible ?? false)
        onActivated: window.back()
    }

    Component {
        id: homeScreen

        HomeScreen {}
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
        id: staffScreen

        StaffScreen {}
    }

    Component {
        id: dashboardScreen

        DashboardScreen {}
    }
}
