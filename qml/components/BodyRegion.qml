pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Haven

// One part of the body figure (the head, a hand…), drawn from an SVG path in the figure's own
// units. A tap marks the spot with a soft dot; a second tap takes it away. The item is the part's
// box, never smaller than a finger even where the part is narrow (a wrist), so a screen reader
// and the keyboard reach it as one button; which part a finger meant is the figure's to decide
// (BodyMapView.regionAt), as the boxes of neighbouring parts overlap.
FocusScope {
    id: region

    required property string name
    // The outline, in figure units (the figure is 120 wide and 210 tall).
    required property string path
    // Pixels per figure unit.
    required property real unit
    // Where the dot goes when the tap was near the part rather than on it, in figure units.
    property point centre: Qt.point(box.x + box.width / 2, box.y + box.height / 2)
    property bool marked: false
    // Where the dot sits, in this item's coordinates.
    property point mark: Qt.point(width / 2, height / 2)

    readonly property bool showFocus: activeFocus
    // The outline's bounding box in figure units, from its points (the control points of its
    // curves included, which only ever make it a little larger).
    readonly property rect box: {
        const numbers = path.match(/-?[0-9.]+/g) ?? [];
        let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
        for (let i = 0; i + 1 < numbers.length; i += 2) {
            const px = Number(numbers[i]);
            const py = Number(numbers[i + 1]);
            left = Math.min(left, px);
            right = Math.max(right, px);
            top = Math.min(top, py);
            bottom = Math.max(bottom, py);
        }
        return numbers.length > 1 ? Qt.rect(left, top, right - left, bottom - top) : Qt.rect(0, 0, 0, 0);
    }

    // Whether a point of the figure (in pixels) lies on this part's drawn shape.
    function covers(point: point): bool {
        return shape.contains(shape.mapFromItem(region.parent, point.x, point.y));
    }

    function toggleAt(position: point) {
        if (marked) {
            marked = false;
            return;
        }
        // The dot stays on the drawn part even when the tap landed beside it.
        const onFigure = mapToItem(region.parent, position.x, position.y);
        mark = covers(onFigure) ? position : Qt.point(centre.x * unit - x, centre.y * unit - y);
        marked = true;
    }

    x: (box.x + box.width / 2) * unit - width / 2
    y: (box.y + box.height / 2) * unit - height / 2
    width: Math.max(Theme.minTarget, box.width * unit)
    height: Math.max(Theme.minTarget, box.height * unit)
    activeFocusOnTab: enabled

    // A toggle button: its name, and whether it is picked.
    Accessible.role: Accessible.Button
    Accessible.name: name
    // Disabled, it says it cannot take focus, as Pressable does.
    Accessible.focusable: enabled
    Accessible.checkable: true
    Accessible.checked: marked
    Accessible.onPressAction: toggleAt(Qt.point(width / 2, height / 2))
    Accessible.onToggleAction: toggleAt(Qt.point(width / 2, height / 2))

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            event.accepted = true;
            region.toggleAt(Qt.point(region.width / 2, region.height / 2));
        }
    }

    Shape {
        id: shape

        x: -region.x
        y: -region.y
        width: 120
        height: 210
        scale: region.unit
        transformOrigin: Item.TopLeft
        containsMode: Shape.FillContains

        ShapePath {
            // Lines keep the same width in pixels whatever the figure's size.
            strokeWidth: (region.showFocus ? Theme.focusWidth : region.marked ? Theme.focusWidth - 1 : Math.max(1.5, Theme.borderWidth)) / region.unit
            strokeColor: region.showFocus ? Theme.focus : region.marked ? Theme.primary : Theme.border
            fillColor: region.marked ? Theme.bodyMarked : Theme.bodyFill
            joinStyle: ShapePath.RoundJoin

            Behavior on fillColor {
                ColorAnimation {
                    duration: Theme.motion(Theme.durationShort)
                }
            }

            PathSvg {
                path: region.path
            }
        }
    }

    // The soft dot: a halo and a core, so it reads as a touch rather than a pin.
    Item {
        readonly property real size: Math.max(Theme.dotSize, Math.min(region.box.width, region.box.height) * region.unit * 0.5)

        visible: region.marked
        x: region.mark.x - size / 2
        y: region.mark.y - size / 2
        width: size
        height: size

        Rectangle {
            anchors.fill: parent
            radius: width / 2
            color: Theme.primary
            opacity: 0.25
        }

        Rectangle {
            anchors.centerIn: parent
            width: parent.width / 2
            height: width
            radius: width / 2
            color: Theme.primary
            opacity: 0.85
        }
    }
}
