pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A canvas to draw on with a finger, in five soft colours and two pens. The drawing lives only
// in this view: Undo takes back the last stroke, Clear wipes it all (Undo brings it back), and it
// is gone when the step or the exercise ends. The tools sit above the canvas, or beside it on a
// landscape screen, never below it, where the exercise's own Sound and End buttons are: a finger
// reaching for Done does not land on End.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    property color ink: Theme.inks[0].color
    // The width of the next stroke, in pixels: Theme.strokeWidth (thin) or Theme.strokeThick.
    property int pen: Theme.strokeWidth
    // Each stroke is { color, width, points: [{x, y}] }; kept so the canvas can repaint after a
    // resize or an undo.
    property var strokes: []
    // What Clear took away, until the next stroke: Undo brings it back.
    property var cleared: []
    readonly property int strokeCount: strokes.length
    readonly property bool canUndo: strokes.length > 0 || cleared.length > 0

    // The room for the tools and the canvas, centred as the other steps are.
    readonly property real area: Math.min(width - 2 * Theme.spacingL, Theme.contentMaxWidth)
    readonly property real swatchesWidth: Theme.inks.length * (Theme.swatchSize + Theme.spacingS) - Theme.spacingS
    // Tools beside the canvas where the step is wider than tall and the colours fit in a row
    // there; above it otherwise.
    readonly property bool beside: width > height * 1.2 && area * 0.45 >= swatchesWidth
    // Beside the canvas, as wide as its widest row needs, and never more than 45 % of the room.
    readonly property real panelWidth: Math.min(area * 0.45, Math.max(Theme.cardMinWidth, swatchesWidth, takeBack.implicitWidth))
    // The pens say "Thin" and "Thick" wherever that fits; where only their dots let the colours
    // and pens share one row (a phone), they show just the dot each pen makes, so the canvas
    // keeps its room.
    // Where the tools' column starts, and how wide it is.
    readonly property real toolsX: Math.round(beside ? (width + area) / 2 - panelWidth : (width - area) / 2)
    readonly property real toolsWidth: beside ? panelWidth : area
    readonly property bool pensLabelled: {
        let labelled = Theme.spacingS;
        for (let i = 0; i < penChoices.count; ++i)
            labelled += (penChoices.itemAt(i) as Item)?.labelledWidth ?? 0;
        const row = beside ? panelWidth : area;
        const dotsOnly = 2 * Theme.swatchSize + Theme.spacingS;
        return swatchesWidth + Theme.spacingM + labelled <= row || swatchesWidth + Theme.spacingM + dotsOnly > row;
    }

    function clear() {
        if (strokes.length === 0)
            return;
        cleared = strokes;
        strokes = [];
        canvas.repaint();
    }

    function undo() {
        if (strokes.length > 0) {
            const kept = [];
            for (let i = 0; i < strokes.length - 1; ++i)
                kept.push(strokes[i]);
            strokes = kept;
        } else {
            strokes = cleared;
            cleared = [];
        }
        canvas.repaint();
    }

    // Beside the canvas, Done stays at the top of the panel, in sight however far the rest
    // scrolls.
    Item {
        id: pinned

        x: view.toolsX
        y: Theme.spacingM
        width: view.toolsWidth
        height: view.beside ? doneButton.height : 0
    }

    Flickable {
        id: panel

        objectName: "drawTools"
        // To the window's right edge, so its scroll bar is in the margin, clear of the tools.
        x: view.toolsX
        y: view.beside ? pinned.y + pinned.height + Theme.spacingM : 0
        width: view.width - x
        // Above the canvas, the tools take at most 60 % of the step; the rest scrolls.
        height: view.beside ? view.height - y : Math.min(tools.implicitHeight + 2 * Theme.spacingM, view.height * 0.6)
        contentWidth: width
        contentHeight: tools.implicitHeight + (view.beside ? Theme.spacingM : 2 * Theme.spacingM)
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: tools

            y: view.beside ? 0 : Theme.spacingM
            width: view.toolsWidth
            spacing: Theme.spacingM

            CalmText {
                id: intro

                width: parent.width
                horizontalAlignment: view.beside ? Text.AlignLeft : Text.AlignHCenter
                text: view.step.text ?? ""
            }

            // Undo and Clear, and Done at the far end of their row where it fits.
            Item {
                id: actions

                readonly property bool fits: takeBack.implicitWidth + Theme.spacingL + doneButton.implicitWidth <= width

                width: parent.width
                height: view.beside || fits ? takeBack.height : takeBack.height + Theme.spacingM + doneButton.height

                Row {
                    id: takeBack

                    spacing: Theme.spacingM

                    CalmButton {
                        objectName: "undoButton"
                        tone: "quiet"
                        text: qsTr("Undo")
                        enabled: view.canUndo
                        Accessible.name: view.strokes.length > 0 || !view.canUndo ? qsTr("Undo the last stroke") : qsTr("Bring the drawing back")
                        onClicked: view.undo()
                    }

                    CalmButton {
                        objectName: "clearButton"
                        tone: "quiet"
                        text: qsTr("Clear")
                        enabled: view.strokes.length > 0
                        Accessible.name: qsTr("Clear the drawing")
                        onClicked: view.clear()
                    }
                }

                CalmButton {
                    id: doneButton

                    objectName: "drawDoneButton"
                    parent: view.beside ? pinned : actions
                    x: view.beside ? 0 : actions.fits ? actions.width - width : 0
                    y: view.beside || actions.fits ? 0 : takeBack.height + Theme.spacingM
                    width: view.beside ? pinned.width : implicitWidth
                    text: qsTr("Done")
                    onClicked: view.runner.next()
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.spacingM

                Flow {
                    id: swatches

                    objectName: "swatches"
                    width: Math.min(parent.width, view.swatchesWidth)
                    spacing: Theme.spacingS
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Colours")

                    Repeater {
                        model: Theme.inks

                        Pressable {
                            id: swatch

                            required property var modelData
                            required property int index

                            readonly property bool chosen: Qt.colorEqual(view.ink, modelData.color)

                            objectName: "swatch-" + index
                            width: Theme.swatchSize
                            height: Theme.swatchSize
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: modelData.name
                            Accessible.checkable: true
                            Accessible.checked: chosen
                            onClicked: view.ink = modelData.color

                            // The chosen colour wears a ring; a colour alone would not be enough to tell.
                            Rectangle {
                                anchors.fill: parent
                                radius: width / 2
                                color: "transparent"
                                border.width: Theme.focusWidth
                                border.color: swatch.showFocus ? Theme.focus : Theme.text
                                visible: swatch.chosen || swatch.showFocus
                            }

                            Rectangle {
                                anchors.centerIn: parent
                                width: parent.width - 4 * Theme.spacingXS
                                height: width
                                radius: width / 2
                                color: swatch.modelData.color
                            }
                        }
                    }
                }

                // Thin or thick: the chosen one filled, each showing the dot its pen makes.
                Row {
                    objectName: "pens"
                    spacing: Theme.spacingS
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Pen")

                    Repeater {
                        id: penChoices

                        model: [
                            { key: "Thin", width: Theme.strokeWidth, label: qsTr("Thin"), name: qsTr("Thin pen") },
                            { key: "Thick", width: Theme.strokeThick, label: qsTr("Thick"), name: qsTr("Thick pen") }
                        ]

                        Pressable {
                            id: penChoice

                            required property var modelData
                            required property int index

                            readonly property bool chosen: view.pen === modelData.width
                            readonly property real labelledWidth: Math.max(Theme.target, sample.width + Theme.spacingS + penLabel.implicitWidth + 2 * Theme.spacingL)

                            objectName: "pen" + modelData.key
                            implicitWidth: view.pensLabelled ? labelledWidth : Theme.swatchSize
                            implicitHeight: view.pensLabelled ? Math.max(Theme.target, penLabel.implicitHeight + 2 * Theme.spacingS) : Theme.swatchSize
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: modelData.name
                            Accessible.checkable: true
                            Accessible.checked: chosen
                            onClicked: view.pen = modelData.width

                            Rectangle {
                                anchors.fill: parent
                                radius: Math.min(height, Theme.target) / 2
                                color: penChoice.chosen ? Theme.primary : penChoice.down ? Theme.quiet : Theme.surface
                                border.width: Theme.borderWidth
                                border.color: penChoice.chosen ? Theme.primary : Theme.border
                            }

                            FocusRing {
                                visible: penChoice.showFocus
                            }

                            Row {
                                anchors.centerIn: parent
                                spacing: Theme.spacingS

                                Item {
                                    id: sample

                                    width: Theme.strokeThick
                                    height: Math.max(penLabel.height, Theme.strokeThick)

                                    Rectangle {
                                        anchors.centerIn: parent
                                        width: penChoice.modelData.width
                                        height: width
                                        radius: width / 2
                                        color: penChoice.chosen ? Theme.primaryInk : Theme.text
                                    }
                                }

                                Text {
                                    id: penLabel

                                    visible: view.pensLabelled
                                    text: penChoice.modelData.label
                                    color: penChoice.chosen ? Theme.primaryInk : Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    Accessible.ignored: true
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    ScrollIndicator {
        flickable: panel
    }

    Rectangle {
        id: paper

        x: Math.round((view.width - view.area) / 2)
        y: view.beside ? Theme.spacingM : panel.height
        width: view.beside ? view.area - view.toolsWidth - Theme.spacingL : view.area
        height: view.height - y
        radius: Theme.radius
        color: Theme.canvas
        border.width: Theme.borderWidth
        border.color: Theme.border

        Canvas {
            id: canvas

            // Set when everything must be drawn again (a resize, Undo, Clear); otherwise only what
            // was added since the last paint is drawn on top of what is already there.
            property bool repaintAll: true
            property int paintedStrokes: 0
            property int paintedPoints: 0

            function repaint() {
                repaintAll = true;
                requestPaint();
            }

            // Draws a stroke's points from index from on; a stroke's first point is a dot, so a
            // tap leaves a mark too. Each piece curves through the midpoints, using the point
            // between as its control, so the line comes out smooth.
            function drawStroke(ctx, stroke, from) {
                const points = stroke.points;
                ctx.strokeStyle = stroke.color;
                ctx.fillStyle = stroke.color;
                ctx.lineWidth = stroke.width;
                if (from === 0) {
                    ctx.beginPath();
                    ctx.arc(points[0].x, points[0].y, stroke.width / 2, 0, 2 * Math.PI);
                    ctx.fill();
                }
                ctx.beginPath();
                for (let i = Math.max(1, from); i < points.length; ++i) {
                    const a = points[i - 1];
                    const b = points[i];
                    const before = i > 1 ? points[i - 2] : a;
                    ctx.moveTo((before.x + a.x) / 2, (before.y + a.y) / 2);
                    ctx.quadraticCurveTo(a.x, a.y, (a.x + b.x) / 2, (a.y + b.y) / 2);
                }
                ctx.stroke();
            }

            objectName: "drawCanvas"
            anchors.fill: parent
            anchors.margins: Theme.borderWidth
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Drawing area")

            onWidthChanged: repaint()
            onHeightChanged: repaint()

            onPaint: {
                const ctx = getContext("2d");
                ctx.lineCap = "round";
                ctx.lineJoin = "round";
                if (repaintAll) {
                    ctx.clearRect(0, 0, width, height);
                    paintedStrokes = 0;
                    paintedPoints = 0;
                    repaintAll = false;
                }
                const strokes = view.strokes;
                for (let i = Math.max(0, paintedStrokes - 1); i < strokes.length; ++i)
                    drawStroke(ctx, strokes[i], i === paintedStrokes - 1 ? paintedPoints : 0);
                paintedStrokes = strokes.length;
                paintedPoints = strokes.length > 0 ? strokes[strokes.length - 1].points.length : 0;
            }

            PointHandler {
                id: finger

                onActiveChanged: {
                    if (!active && view.strokes.length > 0) {
                        // The last point once more draws the stroke's final half-piece.
                        const points = view.strokes[view.strokes.length - 1].points;
                        points.push(points[points.length - 1]);
                        canvas.requestPaint();
                    } else if (active) {
                        // A new stroke: what Clear took can no longer come back over it.
                        view.cleared = [];
                        view.strokes = view.strokes.concat([{
                                    color: view.ink.toString(),
                                    width: view.pen,
                                    points: [{
                                            x: point.position.x,
                                            y: point.position.y
                                        }]
                                }]);
                        canvas.requestPaint();
                    }
                }
                onPointChanged: {
                    if (!active || view.strokes.length === 0)
                        return;
                    const points = view.strokes[view.strokes.length - 1].points;
                    const last = points[points.length - 1];
                    const position = point.position;
                    // Skip jitter under a resting finger; it only roughens the line.
                    if (Math.abs(position.x - last.x) + Math.abs(position.y - last.y) < 2)
                        return;
                    points.push({
                            x: position.x,
                            y: position.y
                        });
                    canvas.requestPaint();
                }
            }
        }
    }
}
