import QtQuick

// What every screen has: a title for the top bar, and a way to ask for another screen.
Item {
    property string title
    // True while the person is busy here (an exercise running): a kiosk does not ask whether
    // anyone is still there.
    property bool keepsAwake: false
    // Set as the screen is popped, just before it goes: it navigates nowhere from then on.
    property bool leaving: false

    // route is home, checkin, exercise, summary or staff; properties are set on the new screen.
    signal navigate(string route, var properties)
    // "Need help now?" was opened over this screen.
    signal helpOpened
}
