pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One bar of a chart: a label, a bar as long as its share of the largest, and the figure. A
// suppressed figure draws no bar; its text ("fewer than 11") stands where the bar would. On a
// narrow screen the label sits above the bar.
Item {
    id: row

    required property string label
    // A figure from UsageReport: text, suppressed and share (0 to 1).
    required property var figure
    property string detail
    property color barColor: Theme.primary
    property real labelWidth: Theme.cardMinWidth

    readonly property bool stacked: width < labelWidth * 2
    readonly property real barSpace: stacked ? width : width - labelWidth - Theme.spacingM
    // Every row keeps the same room for its figure, so bars in one chart share one scale.
    readonly property real valueWidth: widest.advanceWidth
    readonly property real trackWidth: Math.max(0, barSpace - valueWidth - Theme.spacingS)

    implicitHeight: layout.implicitHeight

    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + figure.text + (detail !== "" ? ". " + detail : "")

    TextMetrics {
        id: widest

        text: "00000"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }

    Column {
        id: layout

        width: parent.width
        spacing: Theme.spacingXS

        Flow {
            width: parent.width
            spacing: Theme.spacingM

            Text {
                id: name

                width: row.stacked ? row.width : row.labelWidth
                text: row.label
                color: Theme.text
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.ignored: true
            }

            Item {
                width: row.barSpace
                height: Math.max(bar.height, value.implicitHeight)

                // The track shows how far the largest reaches; a suppressed figure has neither.
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: !row.figure.suppressed
                    width: row.trackWidth
                    height: Theme.spacingL
                    radius: Theme.spacingXS
                    color: Theme.quiet
                    border.width: Theme.highContrast ? Theme.borderWidth : 0
                    border.color: Theme.border
                }

                Rectangle {
                    id: bar

                    anchors.verticalCenter: parent.verticalCenter
                    visible: !row.figure.suppressed
                    width: Math.max(Theme.spacingXS, row.figure.share * row.trackWidth)
                    height: Theme.spacingL
                    radius: Theme.spacingXS
                    color: row.barColor
                }

                Text {
                    id: value

                    anchors.verticalCenter: parent.verticalCenter
                    x: row.figure.suppressed ? 0 : row.trackWidth + Theme.spacingS
                    width: row.figure.suppressed ? parent.width : row.valueWidth
                    text: row.figure.text
                    color: row.figure.suppressed ? Theme.textMuted : Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: row.figure.suppressed ? Text.AlignLeft : Text.AlignRight
                    font.family: Theme.fontFamily
                    font.pixelSize: row.figure.suppressed ? Theme.fontSmall : Theme.fontBody
                    font.weight: row.figure.suppressed ? Font.Normal : Font.DemiBold
                    Accessible.ignored: true
                }
            }
        }

        Text {
            width: parent.width
            visible: row.detail !== ""
            text: row.detail
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }
}
