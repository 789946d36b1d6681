pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The bar above every screen: a way back, the screen's name, text and sound settings, and "Need
// help now?".
Rectangle {
    id: bar

    property string title
    property bool canGoBack: false
    property bool showStaff: false
    property bool showDisplay: true

    // On a narrow window the back button shrinks to its arrow, so help always fits.
    readonly property bool narrow: width < 560 * Theme.textScale

    signal back
    signal help
    signal staff
    signal display

    color: Theme.background

    // The buttons' row; the title goes below it when it does not fit beside them and the room
    // there is short of about fourteen letters.
    readonly property real buttonsHeight: Math.max(back.implicitHeight, actions.implicitHeight) + 2 * Theme.spacingS
    readonly property bool titleBelow: bar.title !== "" && titleMetrics.advanceWidth > heading.room && heading.room < Theme.fontTitle * 8

    implicitHeight: buttonsHeight + (titleBelow ? heading.implicitHeight + Theme.spacingS : 0)

    TextMetrics {
        id: titleMetrics

        font: Qt.font({
                family: Theme.fontFamily,
                pixelSize: Theme.fontTitle,
                weight: Font.DemiBold
            })
        text: bar.title
    }

    CalmButton {
        id: back

        objectName: "backButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingM
        y: (bar.buttonsHeight - height) / 2
        visible: bar.canGoBack
        tone: "quiet"
        text: bar.narrow ? "‹" : qsTr("‹ Back")
        Accessible.name: qsTr("Back")
        onClicked: bar.back()
    }

    // The screen's name beside the buttons, or on a line of its own below them where a narrow
    // window with large text leaves too little room beside them for a word or two.
    CalmText {
        id: heading

        readonly property real room: actions.x - Theme.spacingM - (back.visible ? back.x + back.width : 0) - Theme.spacingM

        objectName: "topBarTitle"
        x: bar.titleBelow ? Theme.spacingM : (back.visible ? back.x + back.width : 0) + Theme.spacingM
        y: bar.titleBelow ? bar.buttonsHeight + (bar.height - bar.buttonsHeight - height - Theme.borderWidth) / 2 : (bar.buttonsHeight - height) / 2
        width: bar.titleBelow ? bar.width - 2 * Theme.spacingM : Math.max(0, room)
        text: bar.title
        wrapMode: bar.titleBelow ? Text.Wrap : Text.NoWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        lineHeight: 1
        font.pixelSize: bar.titleBelow ? Theme.fontBody : Theme.fontTitle
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }

    Row {
        id: actions

        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingM
        y: (bar.buttonsHeight - height) / 2
        spacing: Theme.spacingM

        CalmButton {
            objectName: "displayButton"
            anchors.verticalCenter: parent.verticalCenter
            visible: bar.showDisplay
            tone: "quiet"
            text: qsTr("Aa")
            Accessible.name: qsTr("Display and sound")
            onClicked: bar.display()
        }

        CalmButton {
            objectName: "staffButton"
            anchors.verticalCenter: parent.verticalCenter
            visible: bar.showStaff
            tone: "quiet"
            text: qsTr("Staff")
            onClicked: bar.staff()
        }

        CalmButton {
            objectName: "helpButton"
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, Math.max(Theme.target * 2, bar.width / 3))
            tone: "help"
            text: qsTr("Need help now?")
            onClicked: bar.help()
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.divider
    }
}
