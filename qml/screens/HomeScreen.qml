pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The library: a gentle invitation, a way to check in first, and every exercise by group.
BaseScreen {
    id: screen

    title: qsTr("Haven")

    // The four groups, in the order a person moves through them; exercises come from the library.
    readonly property var groups: [
        { group: "favourites", title: qsTr("Your favourites"), description: qsTr("The ones you marked, to find them quickly.") },
        { group: "settle", title: qsTr("Settle"), description: qsTr("For when you feel revved up: racing, tense or on edge.") },
        { group: "wake", title: qsTr("Wake up"), description: qsTr("For when you feel shut down: numb, foggy or far away.") },
        { group: "present", title: qsTr("Stay present"), description: qsTr("For when you feel okay and want to stay here.") },
        { group: "learn", title: qsTr("Learn"), description: qsTr("Short reads about how the body handles stress.") }
    ]

    // The card whose sheet is open, and where it was in the list: a favourite added or removed
    // there grows or shrinks "Your favourites" above it, and the list moves so that the card stays
    // where the person left it.
    property Item heldCard: null
    property real heldAt: 0

    function openSheet(exerciseId: string, reason: string, card: Item) {
        heldCard = card;
        sheetLoader.active = true;
        (sheetLoader.item as ExerciseSheet).show(exerciseId, reason);
    }

    function toggleFavourite(exerciseId: string) {
        if (heldCard)
            heldAt = heldCard.mapToItem(list, 0, 0).y;
        Preferences.setFavourite(exerciseId, !Preferences.isFavourite(exerciseId));
    }

    function holdInPlace() {
        if (!heldCard)
            return;
        const moved = heldCard.mapToItem(list, 0, 0).y - heldAt;
        if (moved === 0)
            return;
        const bottom = Math.max(list.originY - list.topMargin, list.contentHeight + list.originY + list.bottomMargin - list.height);
        list.contentY = Math.max(list.originY - list.topMargin, Math.min(bottom, list.contentY + moved));
        heldAt = heldCard.mapToItem(list, 0, 0).y;
    }

    // A ListView whose groups are all built and kept: a group built again after scrolling
    // would join the keyboard's Tab order at its end, and a second round of Tab could no longer
    // reach it (Stay present and Learn were lost that way).
    ListView {
        id: list

        // Keyboard focus may land below the fold; bring it into view.
        function reveal(item: Item) {
            let ancestor = item;
            while (ancestor && ancestor !== list.contentItem)
                ancestor = ancestor.parent;
            if (!ancestor)
                return;
            const top = item.mapToItem(list.contentItem, 0, 0).y - Theme.spacingL;
            const bottom = top + item.height + 2 * Theme.spacingL;
            if (top < list.contentY)
                list.contentY = top;
            else if (bottom > list.contentY + list.height)
                list.contentY = Math.min(bottom - list.height, list.contentHeight - list.height + list.originY);
        }

        objectName: "library"
        anchors.fill: parent
        enabled: !(lengthLoader.item?.visible ?? false) && !(sheetLoader.item?.visible ?? false) // see Main.sheetOpen
        topMargin: Theme.spacingL
        bottomMargin: Theme.spacingL
        spacing: Theme.spacingXL
        cacheBuffer: 1000000
        boundsBehavior: Flickable.StopAtBounds
        model: screen.groups

        // The invitation rides on the first group: in Qt 6.4 a ListView header breaks delegates
        // under "pragma ComponentBehavior: Bound".
        delegate: Column {
            id: row

            required property var modelData
            required property int index

            x: Math.max(Theme.spacingL, (list.width - width) / 2)
            width: Math.min(list.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingXL

            Repeater {
                model: row.index === 0 ? 1 : 0

                Column {
                    width: row.width
                    spacing: Theme.spacingM

                    LanguageSwitch {
                        objectName: "libraryLanguage"
                        width: parent.width
                    }

                    CalmText {
                        id: invitation

                        width: parent.width
                        text: VisitFlow.recommendations.length > 0 ? qsTr("This might help right now") : qsTr("Take a moment for yourself")
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Component.onCompleted: screen.entry = invitation
                    }

                    CalmText {
                        width: parent.width
                        visible: VisitFlow.recommendations.length === 0
                        text: qsTr("Not sure what would help? A short check-in can suggest something. Or choose any exercise below.")
                        color: Theme.textMuted
                    }

                    // After a check-in: one suggestion with its own reason, then two quieter
                    // ones, so a distressed person has one thing to say yes to.
                    Column {
                        id: suggestions

                        // The first suggestion is as wide as the two others side by side. A row
                        // scrolled away is deleted later; the language changing meanwhile still
                        // makes its cards again, without it.
                        readonly property real featuredWidth: row ? Math.min(row.width, 2 * Theme.cardMinWidth + Theme.spacingM) : 0

                        objectName: "recommendations"
                        width: parent.width
                        spacing: Theme.spacingM
                        visible: VisitFlow.recommendations.length > 0

                        Repeater {
                            model: VisitFlow.suggestion

                            ExerciseCard {
                                id: first

                                required property var modelData

                                width: suggestions.featuredWidth
                                exerciseId: modelData.exerciseId
                                title: modelData.title
                                summary: modelData.summary
                                minutes: modelData.minutes
                                group: modelData.group
                                reason: modelData.reason
                                onStarted: VisitFlow.startExercise(exerciseId)
                                onOpened: screen.openSheet(exerciseId, reason, first)
                            }
                        }

                        CalmText {
                            width: parent.width
                            visible: VisitFlow.recommendations.length > 1
                            text: qsTr("Or, if you would rather:")
                            color: Theme.textMuted
                        }

                        Flow {
                            width: parent.width
                            spacing: Theme.spacingM

                            Repeater {
                                model: VisitFlow.alternatives

                                ExerciseCard {
                                    id: alternative

                                    required property var modelData

                                    width: row ? Math.min(row.width, Math.max(Theme.cardMinWidth, (suggestions.featuredWidth - Theme.spacingM) / 2)) : 0
                                    quiet: true
                                    exerciseId: modelData.exerciseId
                                    title: modelData.title
                                    summary: modelData.summary
                                    minutes: modelData.minutes
                                    group: modelData.group
                                    onStarted: VisitFlow.startExercise(exerciseId)
                                    onOpened: screen.openSheet(exerciseId, modelData.reason, alternative)
                                }
                            }
                        }
                    }

                    Flow {
                        width: parent.width
                        spacing: Theme.spacingM

                        CalmButton {
                            objectName: "checkInButton"
                            tone: VisitFlow.recommendations.length > 0 ? "quiet" : "primary"
                            text: VisitFlow.recommendations.length > 0 ? qsTr("Check in again") : qsTr("Check in first")
                            onClicked: VisitFlow.openCheckIn()
                        }

                        // Only on the person's own device, where their check-ins are kept.
                        CalmButton {
                            objectName: "historyButton"
                            visible: CheckInHistory.enabled
                            tone: "quiet"
                            text: qsTr("My check-ins")
                            onClicked: VisitFlow.openHistory()
                        }
                    }

                    CalmText {
                        width: parent.width
                        visible: VisitFlow.recommendations.length > 0
                        topPadding: Theme.spacingM
                        text: qsTr("Or choose any exercise below.")
                        color: Theme.textMuted
                    }
                }
            }

            GroupSection {
                width: row.width
                group: row.modelData.group
                title: row.modelData.title
                description: row.modelData.description
                model: row.modelData.group === "favourites" ? favourites : null
                onStarted: id => VisitFlow.startExercise(id)
                onOpened: (id, card) => screen.openSheet(id, "", card)
            }
        }

        onContentHeightChanged: screen.holdInPlace()

        Connections {
            target: screen.Window.window

            function onActiveFocusItemChanged() {
                list.reveal(screen.Window.activeFocusItem);
            }
        }
    }

    ScrollIndicator {
        flickable: list
    }

    FavouriteFilter {
        id: favourites

        sourceModel: ExerciseLibrary
        hidden: AppConfig.hiddenExercises
        favourites: Preferences.favourites
    }

    // Built on first use, so the library opens without them.
    Loader {
        id: sheetLoader

        anchors.fill: parent
        active: false
        source: Qt.resolvedUrl("../components/ExerciseSheet.qml")
        onLoaded: {
            const sheet = item as ExerciseSheet;
            sheet.startRequested.connect(id => VisitFlow.startExercise(id));
            sheet.favouriteToggled.connect(id => screen.toggleFavourite(id));
            sheet.lengthRequested.connect(id => {
                lengthLoader.active = true;
                (lengthLoader.item as LengthDialog).ask(id);
            });
        }
    }

    // Once the sheet is gone, the list is the person's own to move again.
    Connections {
        target: sheetLoader.item

        function onVisibleChanged() {
            if (!(sheetLoader.item?.visible ?? false))
                screen.heldCard = null;
        }
    }

    Loader {
        id: lengthLoader

        anchors.fill: parent
        active: false
        source: Qt.resolvedUrl("../components/LengthDialog.qml")
        onLoaded: (item as LengthDialog).start.connect((exerciseId, minutes) => VisitFlow.startExercise(exerciseId, minutes))
    }
}
