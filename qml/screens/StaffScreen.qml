pragma ComponentBehavior: Bound
import QtQuick
import Haven

// For clinic staff: how this Haven is set up, and what needs their attention.
BaseScreen {
    id: screen

    property bool confirmingExit: false

    title: qsTr("Staff")
    entry: firstControl

    Flickable {
        id: flickable

        anchors.fill: parent
        clip: true // it scrolls under the top bar otherwise
        contentHeight: content.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            x: Math.max(Theme.spacingL, (flickable.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flickable.width - 2 * Theme.spacingL, Theme.readingMaxWidth)
            spacing: Theme.spacingM

            Repeater {
                model: [
                    { label: qsTr("Version"), value: AppConfig.version },
                    { label: qsTr("Mode"), value: AppConfig.modeName },
                    { label: qsTr("Configuration files"), value: qsTr("%1 (the clinic's, read first)\n%2 (where Settings save)").arg(AppConfig.systemConfigFile).arg(AppConfig.configFile) },
                    { label: qsTr("Usage log"), value: AppConfig.databaseFile },
                    { label: qsTr("Exercise folders"), value: [...ExerciseLibrary.folders].join("\n") },
                    { label: qsTr("Voices"), value: AppConfig.credits }
                ]

                Column {
                    required property var modelData

                    width: content.width

                    CalmText {
                        width: parent.width
                        text: parent.modelData.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }

                    CalmText {
                        width: parent.width
                        text: parent.modelData.value
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingM

                CalmButton {
                    id: firstControl

                    objectName: "dashboardButton"
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("Usage figures")
                    Accessible.description: qsTr("Opens the anonymous usage dashboard")
                    onClicked: VisitFlow.openDashboard()
                }

                CalmButton {
                    objectName: "settingsButton"
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("Settings")
                    onClicked: VisitFlow.openSettings()
                }

                // A kiosk's only way out; it asks once first.
                CalmButton {
                    objectName: "exitButton"
                    width: Math.min(implicitWidth, parent.width)
                    visible: AppConfig.mode === AppConfig.Kiosk && !screen.confirmingExit
                    tone: "quiet"
                    text: qsTr("Exit Haven")
                    onClicked: screen.confirmingExit = true
                }
            }

            Column {
                objectName: "exitConfirmation"
                width: parent.width
                visible: screen.confirmingExit
                spacing: Theme.spacingM

                CalmText {
                    width: parent.width
                    text: qsTr("Exit Haven? The kiosk shows nothing until Haven is started again.")
                    font.weight: Font.DemiBold
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacingM

                    CalmButton {
                        objectName: "exitConfirmButton"
                        width: Math.min(implicitWidth, parent.width)
                        text: qsTr("Exit Haven")
                        onClicked: VisitFlow.exitHaven()
                    }

                    CalmButton {
                        objectName: "exitCancelButton"
                        width: Math.min(implicitWidth, parent.width)
                        tone: "quiet"
                        text: qsTr("Stay")
                        onClicked: screen.confirmingExit = false
                    }
                }
            }

            CalmText {
                objectName: "pinNotice"
                width: parent.width
                visible: AppConfig.mode === AppConfig.Kiosk && !StaffLock.hasPin
                text: qsTr("No staff PIN is set, so this menu cannot be opened on the kiosk itself. Set one as root with: haven --set-pin (it goes into %1)").arg(AppConfig.systemConfigFile)
                font.weight: Font.DemiBold
            }

            ProblemList {
                objectName: "usageNotices"
                width: parent.width
                title: qsTr("Usage log")
                problems: UsageLog.notices
                noneText: UsageLog.status
            }

            ProblemList {
                width: parent.width
                title: qsTr("Configuration problems")
                problems: AppConfig.problems
                noneText: qsTr("None. Every setting was read as written.")
            }

            ProblemList {
                objectName: "contentProblems"
                width: parent.width
                title: qsTr("Exercise files")
                problems: ExerciseLibrary.problems
                noneText: qsTr("All %n exercises loaded without a problem.", "", ExerciseLibrary.count)
            }
        }
    }

    ScrollIndicator {
        flickable: flickable
    }
}
