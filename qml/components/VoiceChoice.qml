pragma ComponentBehavior: Bound
import QtQuick
import Haven

// Who speaks the narration: the narrators (AppConfig.voices) as a row of chips. It shows `voice`
// and says which one was tapped; the screen that holds it decides where the choice is kept.
Column {
    id: choice

    property string voice
    property alias label: heading.text

    signal chosen(string voice)

    function nameOf(id: string): string {
        return id === "slt" ? qsTr("A woman's voice") : id === "bdl" ? qsTr("A man's voice") : id;
    }

    spacing: Theme.spacingS

    CalmText {
        id: heading

        width: parent.width
        text: qsTr("Voice")
        font.weight: Font.DemiBold
    }

    Flow {
        width: parent.width
        spacing: Theme.spacingM

        Repeater {
            model: AppConfig.voices

            ChoiceChip {
                required property string modelData

                objectName: "voice-" + modelData
                exclusive: true
                text: choice.nameOf(modelData)
                checked: choice.voice === modelData
                onClicked: choice.chosen(modelData)
            }
        }
    }
}
