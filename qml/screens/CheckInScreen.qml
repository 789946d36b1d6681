pragma ComponentBehavior: Bound
import QtQuick
import Haven

// "How are you, right now?" — where the person is against their window of tolerance, and how
// strong the upset is. Everything is optional: one tap skips it all. Before an exercise it leads
// to recommendations; after one (after: true) it leads to the summary.
BaseScreen {
    id: screen

    property bool after: false

    // Either answer is enough: the place on the gauge, or how strong the upset is.
    readonly property bool answered: gauge.placed || distress.value >= 0

    function finish(skipped: bool) {
        const arousal = gauge.placed ? gauge.value : NaN;
        if (screen.after)
            skipped ? VisitFlow.skipCheckOut() : VisitFlow.checkOut(arousal, distress.value);
        else
            skipped ? VisitFlow.skipCheckIn() : VisitFlow.checkIn(arousal, distress.value);
    }

    title: after ? qsTr("After the exercise") : qsTr("Check in")
    entry: heading

    Flickable {
        id: flickable

        anchors.fill: parent
        contentHeight: content.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            readonly property bool wide: flickable.width > flickable.height * 1.2

            x: Math.max(Theme.spacingL, (flickable.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flickable.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingL

            CalmText {
                id: heading
                width: parent.width
                text: screen.after ? qsTr("How are you now?") : qsTr("How are you, right now?")
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            CalmText {
                objectName: "checkInHint"
                width: parent.width
                // A keyboard's way, once the bar has its focus.
                text: gauge.activeFocus ? qsTr("Move the marker with the up and down arrow keys, or choose how strong the upset is. Either is enough. There is no wrong answer, and you can skip this.") : qsTr("Tap the bar where you feel you are, or choose how strong the upset is. Either is enough. There is no wrong answer, and you can skip this.")
                color: Theme.textMuted
            }

            // Side by side when there is room, one above the other when not.
            Flow {
                width: parent.width
                spacing: Theme.spacingXL

                WindowGauge {
                    id: gauge

                    objectName: "gauge"
                    width: content.wide ? Math.floor((content.width - Theme.spacingXL) / 2) : content.width
                    height: Math.max(neededHeight, Theme.target * 5, Math.min(flickable.height * 0.5, Theme.target * 8))
                }

                Column {
                    width: content.wide ? Math.floor((content.width - Theme.spacingXL) / 2) : content.width
                    spacing: Theme.spacingM

                    CalmText {
                        width: parent.width
                        text: qsTr("How strong is the upset? (You can leave this out.)")
                        font.weight: Font.DemiBold
                    }

                    DistressScale {
                        id: distress

                        objectName: "distress"
                        width: parent.width
                    }

                    CalmText {
                        width: parent.width
                        topPadding: Theme.spacingM
                        visible: gauge.placed
                        text: qsTr("You feel %1.").arg(gauge.describe(gauge.value))
                        Accessible.role: Accessible.StaticText
                    }
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingM

                CalmButton {
                    objectName: "checkInDone"
                    width: Math.min(implicitWidth, parent.width)
                    enabled: screen.answered
                    text: screen.after ? qsTr("See how it went") : qsTr("Show me what might help")
                    onClicked: screen.finish(false)
                }

                CalmButton {
                    objectName: "checkInSkip"
                    width: Math.min(implicitWidth, parent.width)
                    tone: "quiet"
                    text: qsTr("Skip")
                    onClicked: screen.finish(true)
                }
            }
        }
    }

    ScrollIndicator {
        flickable: flickable
    }
}
