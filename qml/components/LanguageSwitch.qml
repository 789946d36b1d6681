pragma ComponentBehavior: Bound
import QtQuick
import Haven

// "English · Español": each language named in itself, so whoever reads only one of them finds
// it. One tap turns everything on screen to that language (Language.choose).
Flow {
    id: languages

    spacing: Theme.spacingS
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.codes

        Row {
            id: entry

            required property string modelData
            required property int index

            spacing: Theme.spacingS

            Text {
                visible: entry.index > 0
                anchors.verticalCenter: parent.verticalCenter
                text: "·"
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.ignored: true
            }

            ChoiceChip {
                objectName: "language-" + entry.modelData
                exclusive: true
                text: Language.nameOf(entry.modelData)
                checked: Language.code === entry.modelData
                onClicked: Language.choose(entry.modelData)
            }
        }
    }
}
