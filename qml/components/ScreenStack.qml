pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The screens the person has walked through, newest on top. A screen is built when pushed and
// destroyed when popped; the ones below keep their state (a scroll position, say) for the way back.
Item {
    id: stack

    property var screens: []
    readonly property BaseScreen current: screens.length > 0 ? screens[screens.length - 1] : null
    readonly property int depth: screens.length

    function push(component, properties) {
        const screen = component.createObject(stack, properties) as BaseScreen;
        screen.anchors.fill = stack;
        if (current)
            current.visible = false;
        screens = screens.concat([screen]);
        reveal(screen);
        return screen;
    }

    // Pops screens until depth are left.
    function popTo(depth: int) {
        const keep = Math.max(0, depth);
        if (keep >= screens.length)
            return;
        const removed = screens.slice(keep);
        screens = screens.slice(0, keep);
        for (const screen of removed) {
            screen.leaving = true;
            screen.destroy();
        }
        if (current)
            reveal(current);
    }

    // Untyped on purpose: qmlcachegen 6.4 crashes on a typed parameter here.
    function reveal(screen) {
        screen.visible = true;
        screen.enter();
        screen.opacity = Theme.reducedMotion ? 1 : 0;
        fadeIn.target = screen;
        fadeIn.restart();
    }

    NumberAnimation {
        id: fadeIn

        property: "opacity"
        to: 1
        duration: Theme.motion(Theme.durationCalm)
        easing.type: Easing.InOutQuad
    }
}
