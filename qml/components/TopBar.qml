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

    implicitHeight: Math.max(back.implicitHeight, actions.implicitHeight) + 2 * Theme.spacingS

    CalmButton {
        id: back

        objectName: "backButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        visible: bar.canGoBack
        tone: "quiet"
        text: bar.narrow ? "‹" : qsTr("‹ Back")
        Accessible.name: qsTr("Back")
        onClicked: bar.back()
    }

    CalmText {
        anchors.left: back.visible ? back.right : parent.left
        anchors.right: actions.left
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        text: bar.title
        wrapMode: Text.NoWrap
        elide: Text.ElideRight
        lineHeight: 1
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }

    Row {
        id: actions

        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
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
