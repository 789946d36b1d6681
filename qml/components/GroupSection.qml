pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A group of exercises on the home screen (Settle, Wake up, Stay present, Learn), laid out in
// as many columns as fit. A group with no exercises does not show.
Column {
    id: section

    required property string group
    required property string title
    required property string description

    signal chosen(string exerciseId)

    // Cards in a group share one height, so rows line up however long a summary is.
    readonly property real cardHeight: {
        let tallest = 0;
        for (let i = 0; i < cards.count; ++i)
            tallest = Math.max(tallest, cards.itemAt(i)?.implicitHeight ?? 0);
        return tallest;
    }
    readonly property int columns: Math.max(1, Math.floor((width + Theme.spacingM) / (Theme.cardMinWidth + Theme.spacingM)))

    spacing: Theme.spacingS
    visible: cards.count > 0

    CalmText {
        width: parent.width
        text: section.title
        font.pixelSize: Theme.fontHeading
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }

    CalmText {
        width: parent.width
        text: section.description
        color: Theme.textMuted
        bottomPadding: Theme.spacingS
    }

    Flow {
        width: parent.width
        spacing: Theme.spacingM

        Repeater {
            id: cards

            model: ExerciseFilter {
                sourceModel: ExerciseLibrary
                group: section.group
            }

            ExerciseCard {
                width: (section.width - (section.columns - 1) * Theme.spacingM) / section.columns
                height: section.cardHeight
                onClicked: section.chosen(exerciseId)
            }
        }
    }
}
