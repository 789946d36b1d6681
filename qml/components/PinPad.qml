pragma ComponentBehavior: Bound
import QtQuick
import Haven

// The staff PIN pad: large keys, no physical keyboard needed. Digits show only as dots. Wrong
// PINs count down to a lockout, which StaffLock keeps across restarts and derives from the clock
// each time the pad is shown. The PIN is checked off the UI thread; the pad says so meanwhile.
Sheet {
    id: pad

    property string entered: ""
    property bool wrong: false
    // Keys and Open work only when the pad is neither locked nor checking a PIN.
    readonly property bool ready: StaffLock.secondsLocked === 0 && !StaffLock.checking
    readonly property int keySize: Math.max(Theme.target * 1.4, Math.round(Theme.fontTitle * 2.6))

    signal unlocked

    function press(key: string) {
        wrong = false;
        if (key === "clear")
            entered = "";
        else if (key === "delete")
            entered = entered.slice(0, -1);
        else if (entered.length < 8)
            entered += key;
    }

    function submit() {
        StaffLock.check(entered);
        entered = "";
    }

    title: qsTr("Staff only")
    onVisibleChanged: {
        entered = "";
        wrong = false;
        StaffLock.refresh();
    }

    Connections {
        target: StaffLock

        // An answer that comes after the pad was closed (an idle reset, Cancel) opens nothing.
        function onChecked(accepted: bool) {
            if (!pad.visible)
                return;
            if (accepted) {
                pad.close();
                pad.unlocked();
            } else {
                pad.wrong = true;
            }
        }
    }

    CalmText {
        objectName: "pinStatus"
        width: pad.contentWidth
        text: !StaffLock.hasPin ? qsTr("No staff PIN is set on this kiosk, so it cannot be opened here. To set one, run on this computer: haven --set-pin --config %1").arg(AppConfig.configFile) : StaffLock.checking ? qsTr("Checking the PIN…") : StaffLock.secondsLocked > 0 ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", StaffLock.secondsLocked) : pad.wrong ? qsTr("That PIN is not right. %n tries left before a pause.", "", StaffLock.attemptsLeft) : qsTr("Enter the staff PIN.")
        wrapMode: Text.Wrap
    }

    Row {
        objectName: "pinDots"
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.spacingM
        visible: StaffLock.hasPin
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%n digit(s) entered", "", pad.entered.length)

        Repeater {
            model: Math.max(4, pad.entered.length)

            Rectangle {
                required property int index

                width: Theme.spacingL
                height: width
                radius: width / 2
                color: index < pad.entered.length ? Theme.text : "transparent"
                border.width: Theme.focusWidth
                border.color: Theme.text
            }
        }
    }

    Grid {
        anchors.horizontalCenter: parent.horizontalCenter
        columns: 3
        spacing: Theme.spacingM
        visible: StaffLock.hasPin
        enabled: pad.ready

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]

            CalmButton {
                required property string modelData

                objectName: "pinKey-" + modelData
                width: pad.keySize
                height: pad.keySize
                tone: modelData.length === 1 ? "primary" : "quiet"
                text: modelData === "clear" ? qsTr("C") : modelData === "delete" ? "⌫" : modelData
                Accessible.name: modelData === "delete" ? qsTr("Delete a digit") : modelData === "clear" ? qsTr("Clear all digits") : text
                onClicked: pad.press(modelData)
            }
        }
    }

    Flow {
        width: pad.contentWidth
        spacing: Theme.spacingM

        CalmButton {
            objectName: "pinOpen"
            visible: StaffLock.hasPin
            enabled: pad.entered.length >= 4 && pad.ready
            text: qsTr("Open")
            onClicked: pad.submit()
        }

        CalmButton {
            objectName: "pinCancel"
            tone: "quiet"
            text: qsTr("Cancel")
            onClicked: pad.close()
        }
    }
}
