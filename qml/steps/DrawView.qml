pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A canvas to draw on with a finger, in five soft colours. The drawing lives only in this
// view: Clear wipes it, and it is gone when the step or the exercise ends.
Item {
    id: view

    required property ExerciseRunner runner
    // The step as a plain object (its keys depend on the kind); see ExerciseRunner::step.
    readonly property var step: runner.step

    property color ink: Theme.inks[0].color
    // Each stroke is { color, points: [{x, y}] }; kept so the canvas can repaint after a resize.
    property var strokes: []
    readonly property int strokeCount: strokes.length
    readonly property bool stackedTools: tools.swatchesWidth + Theme.spacingL + tools.buttonsWidth > tools.width

    function clear() {
        strokes = [];
        canvas.repaintAll = true;
        canvas.requestPaint();
    }

    CalmText {
        id: intro

        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
        horizontalAlignment: Text.AlignHCenter
        text: view.step.text ?? ""
    }

    Rectangle {
        id: paper

        anchors.top: intro.bottom
        anchors.topMargin: Theme.spacingM
        anchors.bottom: tools.top
        anchors.bottomMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: intro.width
        radius: Theme.radius
        color: Theme.canvas
        border.width: Theme.borderWidth
        border.color: Theme.border

        Canvas {
            id: canvas

            // Set when everything must be drawn again (a resize, Clear); otherwise only what was
            // added since the last paint is drawn on top of what is already there.
            property bool repaintAll: true
            property int paintedStrokes: 0
            property int paintedPoints: 0

            // Draws a stroke's points from index from on; a stroke's first point is a dot, so a
            // tap leaves a mark too. Each piece curves through the midpoints, using the point
            // between as its control, so the line comes out smooth.
            function drawStroke(ctx, stroke, from) {
                const points = stroke.points;
                ctx.strokeStyle = stroke.color;
                ctx.fillStyle = stroke.color;
                if (from === 0) {
                    ctx.beginPath();
                    ctx.arc(points[0].x, points[0].y, Theme.strokeWidth / 2, 0, 2 * Math.PI);
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

            onWidthChanged: {
                repaintAll = true;
                requestPaint();
            }
            onHeightChanged: {
                repaintAll = true;
                requestPaint();
            }

            onPaint: {
                const ctx = getContext("2d");
                ctx.lineWidth = Theme.strokeWidth;
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
                        view.strokes = view.strokes.concat([{
                                    color: view.ink.toString(),
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

    Item {
        id: tools

        readonly property real swatchesWidth: swatches.implicitWidth
        readonly property real buttonsWidth: buttons.implicitWidth

        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: intro.width
        height: view.stackedTools ? swatches.height + Theme.spacingM + buttons.height : Math.max(swatches.height, buttons.height)

        Row {
            id: swatches

            objectName: "swatches"
            anchors.left: parent.left
            anchors.top: parent.top
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
                    width: Theme.target
                    height: Theme.target
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

        Row {
            id: buttons

            anchors.right: parent.right
            anchors.bottom: parent.bottom
            spacing: Theme.spacingM

            CalmButton {
                objectName: "clearButton"
                tone: "quiet"
                text: qsTr("Clear")
                Accessible.name: qsTr("Clear the drawing")
                onClicked: view.clear()
            }

            CalmButton {
                objectName: "drawDoneButton"
                text: qsTr("Done")
                onClicked: view.runner.next()
            }
        }
    }
}
