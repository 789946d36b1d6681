pragma ComponentBehavior: Bound
import QtQuick
import Haven

// After an exercise: where the person was and where they are now, on the same gauge, with kind
// words whatever changed. Then another exercise (recommended again from how they feel now), or
// finish, which forgets the visit (on a kiosk, ready for the next person).
BaseScreen {
    id: screen

    // A check-in may give the distress alone, without a place on the gauge.
    readonly property bool placedBefore: VisitFlow.hasBefore && !isNaN(VisitFlow.beforeArousal)
    readonly property bool placedAfter: VisitFlow.hasAfter && !isNaN(VisitFlow.afterArousal)
    readonly property bool compared: placedBefore && placedAfter
    // Closer to the middle of the window than before, by a step the eye can see.
    readonly property bool closer: compared && Math.abs(VisitFlow.afterArousal) + 0.1 < Math.abs(VisitFlow.beforeArousal)

    title: qsTr("Thank you")

    StepScroll {
        id: scroll

        anchors.fill: parent
        maxWidth: Theme.contentMaxWidth

        CalmText {
            width: parent.width
            text: qsTr("Thank you for taking this time.")
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }

        Flow {
            width: parent.width
            spacing: Theme.spacingXL

            WindowGauge {
                id: gauge

                objectName: "summaryGauge"
                visible: screen.placedAfter
                width: Math.min(scroll.columnWidth, Theme.target * 8)
                height: Math.max(neededHeight, Theme.target * 6)
                interactive: false
                value: screen.placedAfter ? VisitFlow.afterArousal : NaN
                compareValue: screen.compared ? VisitFlow.beforeArousal : NaN
                Accessible.name: qsTr("Where you are now")
            }

            Column {
                // Beside the gauge when there is room, under it when not.
                readonly property real beside: scroll.columnWidth - gauge.width - Theme.spacingXL

                width: gauge.visible && beside >= Theme.cardMinWidth ? beside : scroll.columnWidth
                spacing: Theme.spacingM

                CalmText {
                    objectName: "summaryBefore"
                    width: parent.width
                    visible: screen.compared
                    text: qsTr("Before: %1.").arg(gauge.describe(VisitFlow.beforeArousal))
                    color: Theme.textMuted
                }

                CalmText {
                    objectName: "summaryNow"
                    width: parent.width
                    visible: screen.placedAfter
                    text: qsTr("Now: %1.").arg(gauge.describe(VisitFlow.afterArousal))
                    font.weight: Font.DemiBold
                }

                CalmText {
                    objectName: "summaryDistress"
                    width: parent.width
                    visible: VisitFlow.afterDistress >= 0
                    text: VisitFlow.beforeDistress >= 0 ? qsTr("Upset: %1 before, %2 now.").arg(VisitFlow.beforeDistress).arg(VisitFlow.afterDistress) : qsTr("Upset now: %1 of 10.").arg(VisitFlow.afterDistress)
                }

                CalmText {
                    objectName: "summaryWords"
                    width: parent.width
                    text: screen.closer ? qsTr("You moved closer to okay: here, able to think and feel. Notice what helped, so you can come back to it.") : qsTr("Whatever you notice is okay. Taking this time still counts.")
                }
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.spacingM

            CalmButton {
                objectName: "anotherButton"
                text: qsTr("Another exercise")
                onClicked: VisitFlow.another()
            }

            CalmButton {
                objectName: "finishButton"
                tone: "quiet"
                text: qsTr("Finish")
                onClicked: VisitFlow.finish()
            }
        }
    }
}
