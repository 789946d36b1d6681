import QtQuick

// What every screen has: a title for the top bar. Screens ask VisitFlow for what comes next.
Item {
    property string title
    // Set as the screen is popped, just before it goes.
    property bool leaving: false
}
