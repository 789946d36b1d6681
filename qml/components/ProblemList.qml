pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A heading and the problems under it, one per line, for staff to act on.
Column {
    id: list

    required property string title
    required property var problems
    required property string noneText

    spacing: Theme.spacingS

    CalmText {
        width: parent.width
        topPadding: Theme.spacingL
        text: list.title
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }

    CalmText {
        width: parent.width
        visible: list.problems.length === 0
        text: list.noneText
    }

    Repeater {
        model: list.problems

        CalmText {
            required property string modelData

            width: list.width
            text: modelData
            wrapMode: Text.WrapAnywhere
        }
    }
}
