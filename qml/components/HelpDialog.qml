pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The crisis sheet, for someone who may be in crisis: who to reach, each large and apart (the
// front desk first on a kiosk), a grounding exercise one tap away, then the clinic's own words.
// Everything comes from the clinic's configuration (help/contact1…9, help/frontDesk, help/text).
Sheet {
    id: dialog

    // Opened by the check-in itself, after a distress of 9 or 10.
    property bool gentle: false

    function openGently(gently: bool) {
        gentle = gently;
        open();
    }

    title: qsTr("Need help now?")

    CalmText {
        objectName: "helpGentle"
        width: dialog.contentWidth
        visible: dialog.gentle
        text: qsTr("It sounds really hard right now. You do not have to get through this alone.")
        font.weight: Font.DemiBold
    }

    // One large, separate item for each way to reach someone.
    Repeater {
        model: (AppConfig.frontDesk !== "" ? [{
                    label: AppConfig.frontDesk,
                    number: "",
                    how: ""
                }] : []).concat(AppConfig.helpContacts)

        Rectangle {
            id: contact

            required property var modelData
            required property int index

            objectName: "helpContact-" + index
            width: dialog.contentWidth
            height: Math.max(Theme.helpContactHeight, row.implicitHeight + 2 * Theme.spacingM)
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.StaticText
            Accessible.name: [contact.modelData.label, contact.modelData.how, contact.modelData.number].filter(part => part !== "").join(", ")

            Flow {
                id: row

                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM

                CalmText {
                    width: contact.modelData.number === "" ? row.width : Math.min(implicitWidth, row.width)
                    text: contact.modelData.label
                    font.weight: Font.DemiBold
                    Accessible.ignored: true
                }

                CalmText {
                    visible: contact.modelData.number !== ""
                    width: Math.min(implicitWidth, row.width)
                    text: contact.modelData.how ? qsTr("%1 %2").arg(contact.modelData.how).arg(contact.modelData.number) : contact.modelData.number
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    Accessible.ignored: true
                }
            }
        }
    }

    CalmButton {
        objectName: "groundNowButton"
        width: Math.min(implicitWidth, dialog.contentWidth)
        visible: !VisitFlow.running
        text: qsTr("Try a grounding exercise now")
        onClicked: {
            dialog.close();
            VisitFlow.groundNow();
        }
    }

    CalmText {
        objectName: "helpText"
        width: dialog.contentWidth
        text: AppConfig.crisisText
        color: Theme.textMuted
    }

    CalmButton {
        objectName: "closeHelpButton"
        anchors.right: parent.right
        tone: "quiet"
        text: qsTr("Close")
        focus: true
        onClicked: dialog.close()
    }
}
