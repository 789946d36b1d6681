pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One end of a date range, moved by a month or a day at a time: no keyboard needed.
Column {
    id: stepper

    required property string label
    required property string date
    property bool canGoEarlier: true
    property bool canGoLater: true

    // days and months to move by; negative is earlier.
    signal step(int days, int months)

    spacing: Theme.spacingS

    CalmText {
        width: parent.width
        text: stepper.label + ": " + stepper.date
        font.weight: Font.DemiBold
    }

    Flow {
        width: parent.width
        spacing: Theme.spacingS

        Repeater {
            model: [
                { text: "«", name: qsTr("a month earlier"), days: 0, months: -1 },
                { text: "‹", name: qsTr("a day earlier"), days: -1, months: 0 },
                { text: "›", name: qsTr("a day later"), days: 1, months: 0 },
                { text: "»", name: qsTr("a month later"), days: 0, months: 1 }
            ]

            CalmButton {
                required property var modelData

                objectName: stepper.objectName + "-" + (modelData.months !== 0 ? "month" : "day") + (modelData.days + modelData.months > 0 ? "Later" : "Earlier")
                tone: "quiet"
                text: modelData.text
                enabled: modelData.days + modelData.months < 0 ? stepper.canGoEarlier : stepper.canGoLater
                Accessible.name: stepper.label + ", " + modelData.name
                onClicked: stepper.step(modelData.days, modelData.months)
            }
        }
    }
}
