pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The crisis sheet. Its words come from the clinic's configuration (help/text, help/frontDesk).
Sheet {
    id: dialog

    title: qsTr("Need help now?")

    CalmText {
        objectName: "helpText"
        width: dialog.contentWidth
        text: AppConfig.helpText
    }

    CalmButton {
        objectName: "closeHelpButton"
        anchors.right: parent.right
        text: qsTr("Close")
        focus: true
        onClicked: dialog.close()
    }
}
