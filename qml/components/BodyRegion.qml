pragma ComponentBehavior: Bound
import QtQuick
import Haven

// One part of the body outline (head, chest, an arm…). A tap marks the spot with a soft dot; a
// second tap takes it away. The hit area is never smaller than a finger, even where the drawn
// shape is narrow (an arm), so it can reach past the shape.
FocusScope {
    id: region

    required property string name
    property real shapeWidth: width
    property real shapeHeight: height
    property real shapeRadius: 0
    // Degrees the shape swings out from its top (an arm hangs a little away from the body).
    property real shapeRotation: 0
    property bool marked: false
    // Where the dot sits, in the drawn shape's coordinates.
    property point mark: Qt.point(shapeWidth / 2, shapeHeight / 2)

    readonly property bool showFocus: activeFocus
    readonly property real shapeX: (width - shapeWidth) / 2
    readonly property real shapeY: (height - shapeHeight) / 2

    function toggleAt(position: point) {
        if (marked) {
            marked = false;
            return;
        }
        // The dot stays on the drawn shape even when the tap landed in the wider hit area.
        const local = shape.mapFromItem(region, position.x, position.y);
        const inset = Math.min(shapeWidth, shapeHeight) / 4;
        mark = Qt.point(Math.max(inset, Math.min(shapeWidth - inset, local.x)), Math.max(inset, Math.min(shapeHeight - inset, local.y)));
        marked = true;
    }

    implicitWidth: Math.max(Theme.minTarget, shapeWidth)
    implicitHeight: Math.max(Theme.minTarget, shapeHeight)
    activeFocusOnTab: enabled

    Accessible.role: Accessible.CheckBox
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

    TapHandler {
        onTapped: eventPoint => region.toggleAt(eventPoint.position)
    }

    Rectangle {
        id: shape

        x: region.shapeX
        y: region.shapeY
        width: region.shapeWidth
        height: region.shapeHeight
        radius: region.shapeRadius
        rotation: region.shapeRotation
        transformOrigin: Item.Top
        antialiasing: true
        color: region.marked ? Theme.bodyMarked : Theme.bodyFill
        border.width: region.showFocus ? Theme.focusWidth : Math.max(2, Theme.borderWidth)
        border.color: region.showFocus ? Theme.focus : Theme.border

        Behavior on color {
            ColorAnimation {
                duration: Theme.motion(Theme.durationShort)
            }
        }

        // The soft dot: a halo and a core, so it reads as a touch rather than a pin.
        Item {
            readonly property real size: Math.max(Theme.dotSize * 1.6, Math.min(region.shapeWidth, region.shapeHeight) * 0.55)

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
}
