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
    // Other exercises to show than the group's own from the library (the favourites).
    property ExerciseFilter model: null

    signal started(string exerciseId)
    // Its detail sheet asked for, from that card.
    signal opened(string exerciseId, Item card)

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

    ExerciseFilter {
        id: own

        sourceModel: ExerciseLibrary
        group: section.group
        hidden: AppConfig.hiddenExercises
    }

    Flow {
        width: parent.width
        spacing: Theme.spacingM

        Repeater {
            id: cards

            // Not "??": Qt 6.4's compiled bindings miss the change of section.model there.
            model: section.model ? section.model : own

            ExerciseCard {
                id: card

                width: (section.width - (section.columns - 1) * Theme.spacingM) / section.columns
                height: section.cardHeight
                onStarted: section.started(exerciseId)
                onOpened: section.opened(exerciseId, card)
            }
        }
    }
}
