import QtQuick
import QtTest
import Haven

// What every Quick Test of Haven's window needs: a fresh window for each test, and a finger.
TestCase {
    id: testCase

    property Main window
    property TopBar bar

    function init() {
        AppConfig.reducedMotion = true;
        DisplaySettings.forget(); // what an earlier test chose
        window = createTemporaryObject(mainComponent, testCase, {
                width: 1280,
                height: 800
            });
        verify(window);
        bar = findChild(window.contentItem, "topBar");
        verify(bar);
        waitForRendering(window.contentItem);
    }

    // The item of that name: the one shown if there is one (views of earlier steps may linger
    // until deleted), else a hidden one.
    function find(name) {
        const item = findVisible(window.contentItem, name) ?? findChild(window.contentItem, name);
        verify(item, `no item named ${name}`);
        return item;
    }

    // The visible item of that name: views of earlier steps may linger until deleted.
    function findVisible(parent, name) {
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i];
            if (!child.visible)
                continue;
            if (child.objectName === name)
                return child;
            const found = findVisible(child, name);
            if (found)
                return found;
        }
        return null;
    }

    // Scrolls any Flickable around the item until it shows, as a finger would before tapping.
    function reveal(item) {
        for (let flickable = item.parent; flickable; flickable = flickable.parent) {
            if (flickable.contentItem === undefined || flickable.contentY === undefined)
                continue;
            const top = item.mapToItem(flickable.contentItem, 0, 0).y;
            if (top < flickable.contentY)
                flickable.contentY = top;
            else if (top + item.height > flickable.contentY + flickable.height)
                flickable.contentY = Math.min(top + item.height - flickable.height, flickable.contentHeight - flickable.height);
        }
        const centre = item.mapToItem(window.contentItem, item.width / 2, item.height / 2);
        verify(centre.y >= 0 && centre.y <= window.height, `${item.objectName} is out of sight`);
    }

    // Positioners lay out on the next frame; a finger taps what is on the screen.
    function tap(name) {
        waitForRendering(window.contentItem);
        const item = findVisible(window.contentItem, name);
        verify(item, `no visible item named ${name}`);
        verify(item.enabled, `${name} is not enabled`);
        reveal(item);
        mouseClick(item);
        return item;
    }

    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }
}
