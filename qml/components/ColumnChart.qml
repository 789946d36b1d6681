pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Upright bars side by side, for a figure across time (runs by hour). Two guide lines give the
// scale; every labelEvery-th bar is named below. A suppressed figure is a short grey mark.
Item {
    id: chart

    // Each: { label, name, runs: a figure from UsageReport }.
    required property var figures
    property int labelEvery: 3

    readonly property real largest: {
        let most = 0;
        for (const f of figures)
            most = Math.max(most, f.runs.suppressed ? 0 : f.runs.value);
        return most;
    }
    readonly property real slot: (plot.width - gutter.width) / Math.max(1, figures.length)

    implicitHeight: plot.height + Theme.spacingS + names.height

    Item {
        id: plot

        width: parent.width
        height: Theme.target * 3

        Item {
            id: gutter

            height: parent.height
            width: scaleText.implicitWidth + Theme.spacingS

            // The widest number the scale shows, so the gutter fits it.
            Text {
                id: scaleText

                visible: false
                text: Math.round(chart.largest)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Repeater {
            model: chart.largest > 0 ? [1, 0.5] : []

            Item {
                required property real modelData

                width: plot.width
                y: (1 - modelData) * plot.height

                Rectangle {
                    x: gutter.width
                    width: parent.width - gutter.width
                    height: Theme.borderWidth
                    color: Theme.divider
                }

                Text {
                    y: -height / 2
                    width: gutter.width - Theme.spacingS
                    horizontalAlignment: Text.AlignRight
                    text: Math.round(chart.largest * parent.modelData)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    Accessible.ignored: true
                }
            }
        }

        Rectangle {
            x: gutter.width
            y: plot.height - height
            width: plot.width - gutter.width
            height: Theme.borderWidth
            color: Theme.border
        }

        Repeater {
            model: chart.figures

            Item {
                id: column

                required property var modelData
                required property int index

                x: gutter.width + index * chart.slot
                width: chart.slot
                height: plot.height

                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.name + ": " + modelData.runs.text + " " + qsTr("runs")

                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(Theme.borderWidth, parent.width * 0.7)
                    height: column.modelData.runs.suppressed ? Theme.spacingXS : Math.max(Theme.borderWidth, column.modelData.runs.share * plot.height)
                    radius: Math.min(width / 2, Theme.spacingXS)
                    color: column.modelData.runs.suppressed ? Theme.divider : Theme.primary
                }
            }
        }
    }

    Item {
        id: names

        anchors.top: plot.bottom
        anchors.topMargin: Theme.spacingS
        width: parent.width
        height: nameMetrics.implicitHeight

        Text {
            id: nameMetrics

            visible: false
            text: "0"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Repeater {
            model: chart.figures

            Text {
                required property var modelData
                required property int index

                visible: index % chart.labelEvery === 0
                x: gutter.width + (index + 0.5) * chart.slot - width / 2
                width: chart.slot * chart.labelEvery
                horizontalAlignment: Text.AlignHCenter
                text: modelData.label
                color: Theme.textMuted
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                Accessible.ignored: true
            }
        }
    }
}
