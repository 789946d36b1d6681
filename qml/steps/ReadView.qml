pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A short read: a card, one page at a time, with its picture when it has one. Done on the last
// page moves on; nothing hurries the reader: no clock, no Pause, and the runner never moves on
// by itself (the exercise screen shows only End below it).
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    readonly property var pages: view.step.pages ?? []
    property int pageIndex: 0
    readonly property var page: pages[pageIndex] ?? ({})
    readonly property string image: page.image ? String(page.image) : ""
    readonly property bool last: pageIndex >= pages.length - 1

    StepScroll {
        id: scroll

        anchors.fill: parent

        Rectangle {
            id: card

            // Generous margins, narrower on a narrow window so the words keep the room.
            readonly property int padding: width < Theme.readingMaxWidth * 0.8 ? Theme.spacingL : Theme.spacingXL

            width: parent.width
            height: content.implicitHeight + 2 * padding
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.highContrast ? Theme.border : Theme.divider

            Column {
                id: content

                x: card.padding
                y: card.padding
                width: parent.width - 2 * card.padding
                spacing: Theme.spacingL

                CalmText {
                    width: parent.width
                    visible: text !== ""
                    text: view.step.title ?? ""
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }

                Image {
                    objectName: "pageImage"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, sourceSize.width)
                    height: visible ? Math.min(implicitHeight * width / Math.max(1, sourceSize.width), scroll.height * 0.4) : 0
                    visible: view.image !== "" && status === Image.Ready
                    source: view.image
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    Accessible.ignored: true
                }

                // As tall as the longest page, so the buttons below stay put while paging.
                CalmText {
                    objectName: "pageText"
                    width: parent.width
                    height: Math.max(implicitHeight, longest.tallest)
                    text: view.page.text ?? ""

                    Item {
                        id: longest

                        readonly property real tallest: {
                            let tallest = 0;
                            for (let i = 0; i < measures.count; ++i)
                                tallest = Math.max(tallest, measures.itemAt(i)?.implicitHeight ?? 0);
                            return tallest;
                        }

                        visible: false

                        Repeater {
                            id: measures

                            model: view.pages

                            CalmText {
                                required property var modelData

                                width: content.width
                                text: modelData.text ?? ""
                            }
                        }
                    }
                }

                CalmText {
                    objectName: "pageNumber"
                    width: parent.width
                    visible: view.pages.length > 1
                    text: qsTr("Page %1 of %2").arg(view.pageIndex + 1).arg(view.pages.length)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.spacingM
            layoutDirection: Qt.RightToLeft

            CalmButton {
                objectName: view.last ? "readDoneButton" : "nextPageButton"
                text: view.last ? qsTr("Done") : qsTr("Next page")
                onClicked: view.last ? view.runner.next() : ++view.pageIndex
            }

            // The one way back while reading: a page, or from the first page the step before.
            CalmButton {
                objectName: "previousPageButton"
                visible: view.pageIndex > 0 || view.runner.stepIndex > 0
                tone: "quiet"
                text: view.pageIndex > 0 ? qsTr("Previous page") : qsTr("Previous step")
                onClicked: view.pageIndex > 0 ? --view.pageIndex : view.runner.previous()
            }
        }
    }
}
