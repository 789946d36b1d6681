pragma ComponentBehavior: Bound
import QtQuick
import Haven

// "My check-ins": how the person has been before and after their exercises over the days. It
// lives on this device only, and "Delete my history" really deletes it, after asking once.
BaseScreen {
    id: screen

    title: qsTr("My check-ins")
    entry: heading

    StepScroll {
        id: scroll

        anchors.fill: parent
        enabled: !confirm.visible // see Main.sheetOpen
        maxWidth: Theme.contentMaxWidth

        CalmText {
            id: heading
            width: parent.width
            text: qsTr("How you have been")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        CalmText {
            objectName: "historySummary"
            width: parent.width
            text: CheckInHistory.count === 0 ? qsTr("Nothing here yet. When you check in before and after an exercise, you will see both here, day by day.") : CheckInHistory.count === 1 ? qsTr("%n exercise(s) with a check-in before and after.", "", 1) : qsTr("%n exercise(s) with a check-in before and after.", "", CheckInHistory.count) + " " + qsTr("They were on %n day(s).", "", CheckInHistory.days) + " " + qsTr("After %n of them you were nearer the middle of your window than before.", "", CheckInHistory.closerCount)
        }

        CalmText {
            width: parent.width
            visible: CheckInHistory.count > 0
            text: qsTr("A ring is where you were before; a dot is where you were after. Tap one, or use the arrow keys, to read it.")
            color: Theme.textMuted
        }

        CheckInChart {
            objectName: "checkInChart"
            width: parent.width
            visible: CheckInHistory.count > 0
            model: CheckInHistory
        }

        CalmText {
            width: parent.width
            text: qsTr("Kept only on this device. Nobody else sees it, and it is never sent anywhere.")
            color: Theme.textMuted
        }

        CalmText {
            objectName: "historyError"
            width: parent.width
            visible: text !== ""
            text: CheckInHistory.error
            color: Theme.text
            font.weight: Font.DemiBold
        }

        CalmButton {
            objectName: "deleteHistory"
            visible: CheckInHistory.count > 0
            tone: "quiet"
            text: qsTr("Delete my history")
            onClicked: confirm.open()
        }
    }

    Sheet {
        id: confirm

        objectName: "deleteConfirm"
        anchors.fill: parent
        title: qsTr("Delete your check-ins?")

        CalmText {
            width: confirm.contentWidth
            text: qsTr("All %n of them will be gone from this device for good. Your favourites stay.", "", CheckInHistory.count)
        }

        Flow {
            width: confirm.contentWidth
            spacing: Theme.spacingM

            CalmButton {
                objectName: "deleteConfirmed"
                tone: "danger"
                text: qsTr("Delete")
                onClicked: {
                    CheckInHistory.deleteAll();
                    confirm.close();
                }
            }

            CalmButton {
                objectName: "deleteKept"
                tone: "quiet"
                text: qsTr("Keep them")
                onClicked: confirm.dismiss()
            }
        }
    }
}
