pragma ComponentBehavior: Bound
import QtQuick
import Haven

// For clinic staff: what the anonymous usage log says about a range of days, as calm charts, with
// CSV export and the log's notices. The figures are computed off the UI thread (UsageReport); any
// figure from fewer than 11 runs reads "fewer than 11".
BaseScreen {
    id: screen

    objectName: "dashboard"

    // Completion and distress change of one exercise, in words.
    function detailOf(exercise: var): string {
        if (exercise.runs.suppressed)
            return "";
        const parts = [qsTr("%1 completed").arg(exercise.completion.text)];
        if (exercise.distress.suppressed)
            parts.push(qsTr("distress change: fewer than 11 runs with both check-ins"));
        else
            parts.push(qsTr("distress %1 (n\u00a0=\u00a0%2)").arg(exercise.distress.text).arg(exercise.distress.runs));
        return parts.join(" · ");
    }

    title: qsTr("Usage")

    // Dates and weekdays in the language just chosen.
    Connections {
        target: Language

        function onChanged() {
            report.relocalize();
        }
    }

    UsageReport {
        id: report

        objectName: "usageReport"
        log: UsageLog
        exportFolder: places.folder
    }

    ExportPlaces {
        id: places

        objectName: "exportPlaces"
    }

    // A USB stick put in while the dashboard is open shows up within two seconds.
    Timer {
        interval: 2000
        repeat: true
        running: true
        onTriggered: places.refresh()
    }

    Flickable {
        id: flickable

        objectName: "dashboardFlickable"
        anchors.fill: parent
        clip: true
        contentHeight: content.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            // Wide: the choices in a side pane, the figures beside them, all in the first view.
            readonly property bool wide: width >= 3.5 * Theme.cardMinWidth
            readonly property real sideWidth: wide ? 1.25 * Theme.cardMinWidth : width

            x: Math.max(Theme.spacingL, (flickable.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flickable.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingL

            CalmText {
                width: parent.width
                text: qsTr("Anonymous totals from this device. Any figure from fewer than 11 runs shows as \"fewer than 11\", so no one can be picked out.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }

            ProblemList {
                objectName: "usageNotices"
                width: parent.width
                visible: UsageLog.notices.length > 0
                title: qsTr("Usage log")
                problems: UsageLog.notices
                noneText: UsageLog.status
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingXL

                Column {
                    objectName: "choices"
                    width: content.sideWidth
                    spacing: Theme.spacingL

                    Flow {
                        width: parent.width
                        spacing: Theme.spacingS

                        Repeater {
                            model: [
                                { days: 7, text: qsTr("Last 7 days") },
                                { days: 30, text: qsTr("Last 30 days") },
                                { days: 365, text: qsTr("Last 12 months") }
                            ]

                            ChoiceChip {
                                required property var modelData

                                objectName: "preset-" + modelData.days
                                exclusive: true
                                text: modelData.text
                                checked: report.presetDays === modelData.days
                                onClicked: report.choosePreset(modelData.days)
                            }
                        }
                    }

                    Flow {
                        id: range

                        readonly property real stepperWidth: width >= 2 * Theme.cardMinWidth ? (width - Theme.spacingL) / 2 : width

                        width: parent.width
                        spacing: Theme.spacingL

                        DateStepper {
                            objectName: "from"
                            width: range.stepperWidth
                            label: qsTr("From")
                            date: report.fromText
                            canGoLater: !report.oneDay
                            onStep: (days, months) => report.moveFrom(days, months)
                        }

                        DateStepper {
                            objectName: "to"
                            width: range.stepperWidth
                            label: qsTr("To")
                            date: report.toText
                            canGoEarlier: !report.oneDay
                            canGoLater: !report.toToday
                            onStep: (days, months) => report.moveTo(days, months)
                        }
                    }

                    CalmText {
                        objectName: "countedRange"
                        width: parent.width
                        text: report.countedText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }

                    Flow {
                        width: parent.width
                        spacing: Theme.spacingS

                        Repeater {
                            model: [
                                { mode: "", text: qsTr("Every mode") },
                                { mode: "kiosk", text: qsTr("Waiting room") },
                                { mode: "home", text: qsTr("Home") },
                                { mode: "session", text: qsTr("Sessions") }
                            ]

                            ChoiceChip {
                                required property var modelData

                                objectName: "mode-" + (modelData.mode === "" ? "all" : modelData.mode)
                                exclusive: true
                                text: modelData.text
                                checked: report.mode === modelData.mode
                                onClicked: report.mode = modelData.mode
                            }
                        }
                    }

                    Column {
                        width: parent.width
                        spacing: Theme.spacingS

                        CalmButton {
                            objectName: "exportButton"
                            width: Math.min(implicitWidth, parent.width)
                            tone: "quiet"
                            text: qsTr("Export as CSV")
                            enabled: report.ready && !report.exporting
                            Accessible.description: qsTr("Saves these figures as a CSV file")
                            onClicked: report.exportCsv()
                        }

                        // Where it goes, when there is more than one place: a USB stick or this device.
                        Flow {
                            width: parent.width
                            spacing: Theme.spacingS
                            visible: places.places.length > 1

                            Repeater {
                                model: places.places

                                ChoiceChip {
                                    required property var modelData
                                    required property int index

                                    objectName: "exportPlace-" + index
                                    exclusive: true
                                    text: modelData.removable ? qsTr("USB stick %1").arg(modelData.name) : modelData.name
                                    checked: places.folder === modelData.path
                                    onClicked: places.chosen = modelData.path
                                }
                            }
                        }

                        CalmText {
                            objectName: "exportMessage"
                            width: parent.width
                            text: report.exportMessage !== "" ? report.exportMessage : qsTr("Saves to %1").arg(places.description)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }

                Column {
                    id: figures

                    objectName: "figures"

                    function suppressed(key: string): bool {
                        return report.summary[key]?.suppressed ?? true;
                    }
                    readonly property bool tooFew: report.ready && report.error === "" && figures.suppressed("runs")
                    width: content.wide ? content.width - content.sideWidth - Theme.spacingXL : content.width
                    spacing: Theme.spacingL

                    CalmText {
                        width: parent.width
                        visible: !report.ready || report.error !== ""
                        text: report.error !== "" ? report.error : qsTr("Counting…")
                        color: Theme.textMuted
                    }

                    // A new device, or a quiet range: one sentence instead of a page of
                    // "fewer than 11".
                    CalmText {
                        objectName: "tooFewRuns"
                        width: parent.width
                        visible: figures.tooFew
                        text: qsTr("Figures appear when there are 11 runs. There are fewer in this range so far, and from so few someone could be picked out.")
                        font.pixelSize: Theme.fontTitle
                    }

                    Column {
                        width: parent.width
                        visible: report.ready && !figures.tooFew
                        spacing: Theme.spacingL
                        opacity: report.busy ? 0.6 : 1

                        Flow {
                            width: parent.width
                            spacing: Theme.spacingM

                            Repeater {
                                model: [
                                    { key: "runs", caption: qsTr("runs") },
                                    { key: "completion", caption: qsTr("completed") },
                                    { key: "distress", caption: qsTr("average change in distress, after − before") }
                                ]

                                StatTile {
                                    required property var modelData
                                    readonly property var figure: report.summary[modelData.key] ?? { text: "", suppressed: true, runs: 0 }

                                    width: figures.width >= 2.5 * Theme.cardMinWidth ? (figures.width - 2 * Theme.spacingM) / 3 : figures.width
                                    value: figure.text
                                    suppressed: figure.suppressed
                                    caption: modelData.key === "distress" && !figure.suppressed ? modelData.caption + " " + qsTr("(n\u00a0=\u00a0%1)").arg(figure.runs) : modelData.caption
                                }
                            }
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("Runs by exercise")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        Column {
                            width: parent.width
                            spacing: Theme.spacingM

                            Repeater {
                                model: report.exercises

                                BarRow {
                                    required property var modelData

                                    width: figures.width
                                    label: ExerciseLibrary.titleOf(modelData.exerciseId) || modelData.exerciseId
                                    figure: modelData.runs
                                    detail: screen.detailOf(modelData)
                                }
                            }
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("Runs by the hour they ended")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        ColumnChart {
                            objectName: "hourChart"
                            width: parent.width
                            figures: report.hours
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("Runs by day of the week")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        Column {
                            width: parent.width
                            spacing: Theme.spacingS

                            Repeater {
                                model: report.weekdays

                                BarRow {
                                    required property var modelData

                                    width: figures.width
                                    labelWidth: Theme.cardMinWidth * 0.6
                                    label: modelData.name
                                    figure: modelData.runs
                                }
                            }
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("Runs by language")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        Column {
                            objectName: "languageRuns"
                            width: parent.width
                            spacing: Theme.spacingS

                            Repeater {
                                model: report.languages

                                BarRow {
                                    required property var modelData

                                    width: figures.width
                                    labelWidth: Theme.cardMinWidth * 0.6
                                    label: modelData.label
                                    figure: modelData.runs
                                }
                            }
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("Before and after")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        CalmText {
                            width: parent.width
                            text: qsTr("Where people placed themselves against their window of tolerance, in the check-ins they chose to give before and after an exercise.")
                            color: Theme.textMuted
                        }

                        Repeater {
                            model: report.zones

                            Column {
                                id: zone

                                required property var modelData

                                width: figures.width
                                spacing: Theme.spacingS

                                CalmText {
                                    width: parent.width
                                    text: zone.modelData.label
                                    font.weight: Font.DemiBold
                                }

                                BarRow {
                                    width: parent.width
                                    labelWidth: Theme.cardMinWidth / 2
                                    label: qsTr("Before")
                                    figure: zone.modelData.before
                                    barColor: Theme.border
                                }

                                BarRow {
                                    width: parent.width
                                    labelWidth: Theme.cardMinWidth / 2
                                    label: qsTr("After")
                                    figure: zone.modelData.after
                                }
                            }
                        }

                        CalmText {
                            width: parent.width
                            topPadding: Theme.spacingM
                            text: qsTr("From before to after")
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }

                        CalmText {
                            width: parent.width
                            text: qsTr("Runs with a check-in both before and after: where people were, and where they went.")
                            color: Theme.textMuted
                        }

                        Column {
                            width: parent.width
                            spacing: Theme.spacingS

                            Repeater {
                                model: report.shifts

                                BarRow {
                                    required property var modelData

                                    width: figures.width
                                    labelWidth: Theme.cardMinWidth * 0.75
                                    label: modelData.label
                                    figure: modelData.runs
                                    barColor: modelData.before === modelData.after ? Theme.border : Theme.primary
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    ScrollIndicator {
        flickable: flickable
    }
}
