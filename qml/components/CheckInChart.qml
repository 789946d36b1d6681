pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The person's check-ins over the days, on the window of tolerance's three bands: for each
// exercise, a hollow ring where they were before and a solid disc where they were after, joined
// by a line. Newest on the right; earlier ones a swipe, a drag or an arrow key to the left.
FocusScope {
    id: chart

    // CheckInHistory, or any model with its roles.
    required property var model
    readonly property real plotHeight: Theme.target * 4

    // How a check-in reads, for the words under the chart and a screen reader.
    function describe(entry: var): string {
        const part = (arousal, distress) => distress >= 0 ? qsTr("%1 (upset %2)").arg(words.describe(arousal)).arg(distress) : words.describe(arousal);
        return qsTr("%1: before, %2; after, %3.").arg(entry.longDay).arg(part(entry.before, entry.beforeDistress)).arg(part(entry.after, entry.afterDistress));
    }

    function yOf(arousal: real): real {
        return (1 - arousal) / 2 * plotHeight;
    }

    implicitHeight: detail.y + detail.implicitHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Your check-ins, oldest to newest")
    Accessible.focusable: true

    // Only its words are used.
    WindowGauge {
        id: words

        visible: false
        interactive: false
    }

    // The zones' names, beside the bands.
    Column {
        id: gutter

        width: Math.min(Theme.cardMinWidth * 0.5, Math.max(revved.advanceWidth, okay.advanceWidth, shut.advanceWidth))

        Repeater {
            model: 3

            Item {
                required property int index

                width: gutter.width
                height: chart.plotHeight / 3

                CalmText {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    text: [revved.text, okay.text, shut.text][parent.index]
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    lineHeight: 1
                    Accessible.ignored: true
                }
            }
        }

        TextMetrics {
            id: revved

            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            text: qsTr("Revved up")
        }

        TextMetrics {
            id: okay

            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            text: qsTr("Okay")
        }

        TextMetrics {
            id: shut

            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            text: qsTr("Shut down")
        }
    }

    // The three bands, as on the check-in's gauge.
    Item {
        id: bands

        x: gutter.width + Theme.spacingS
        width: parent.width - x
        height: chart.plotHeight

        Rectangle {
            width: parent.width
            height: parent.height / 3
            color: Theme.wakeTint
        }

        Rectangle {
            y: parent.height / 3
            width: parent.width
            height: parent.height / 3
            color: Theme.presentTint
        }

        Rectangle {
            y: parent.height * 2 / 3
            width: parent.width
            height: parent.height / 3
            color: Theme.settleTint
        }

        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.width: chart.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: chart.activeFocus ? Theme.focus : Theme.border
        }
    }

    ListView {
        id: list

        objectName: "checkInList"
        x: bands.x
        width: bands.width
        height: chart.plotHeight + Theme.spacingS + Math.ceil(dayMetrics.height * 2.4)
        clip: true
        focus: true
        orientation: ListView.Horizontal
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: Theme.motion(Theme.durationShort)
        highlightFollowsCurrentItem: true
        model: chart.model
        // The newest is what a person wants to see first.
        onCountChanged: {
            currentIndex = count - 1;
            positionViewAtEnd();
        }
        Component.onCompleted: {
            currentIndex = count - 1;
            positionViewAtEnd();
        }

        delegate: Item {
            id: column

            required property int index
            required property string longDay
            required property string dayNumber
            required property string month
            required property bool firstOfDay
            required property real before
            required property int beforeDistress
            required property real after
            required property int afterDistress

            readonly property bool isCurrent: ListView.isCurrentItem

            objectName: "checkIn-" + index
            width: Theme.target
            height: list.height

            Accessible.role: Accessible.StaticText
            Accessible.name: chart.describe(column)

            // Where a new day begins.
            Rectangle {
                visible: column.firstOfDay && column.index > 0
                width: Theme.borderWidth
                height: chart.plotHeight
                color: Theme.divider
            }

            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Math.min(chart.yOf(column.before), chart.yOf(column.after))
                width: Theme.focusWidth
                height: Math.abs(chart.yOf(column.before) - chart.yOf(column.after))
                color: Theme.textMuted
            }

            // Before: a hollow ring.
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                y: chart.yOf(column.before) - height / 2
                width: Theme.dotSize
                height: width
                radius: width / 2
                color: "transparent"
                border.width: Theme.focusWidth
                border.color: Theme.textMuted
            }

            // After: a solid disc.
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                y: chart.yOf(column.after) - height / 2
                width: Theme.dotSize
                height: width
                radius: width / 2
                color: Theme.text
            }

            // The one the words describe.
            Rectangle {
                visible: column.isCurrent
                width: parent.width
                height: chart.plotHeight
                color: "transparent"
                border.width: Theme.focusWidth
                border.color: chart.activeFocus ? Theme.focus : Theme.border
            }

            Column {
                y: chart.plotHeight + Theme.spacingS
                width: parent.width
                visible: column.firstOfDay

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: column.dayNumber
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    Accessible.ignored: true
                }

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: column.month
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    Accessible.ignored: true
                }
            }

            TapHandler {
                onTapped: {
                    list.currentIndex = column.index;
                    chart.forceActiveFocus();
                }
            }
        }
    }

    TextMetrics {
        id: dayMetrics

        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        text: "0"
    }

    // The check-in in words: the newest, or the one tapped or reached with the arrow keys.
    CalmText {
        id: detail

        objectName: "checkInDetail"
        y: list.height + Theme.spacingM
        width: parent.width
        text: list.currentItem ? chart.describe(list.currentItem) : ""
    }
}
