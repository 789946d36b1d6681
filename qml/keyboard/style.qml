import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Haven

// The on-screen keyboard in Haven's own colours and type (Theme.qml), instead of Qt's dark
// default: keys on Haven's surface, the function keys in its quiet tone, Enter and Hide in its
// primary colour, every label in words a person reads at a glance. Loaded by name ("haven") by
// KeyboardPanel, from qrc:/qt/qml/QtQuick/VirtualKeyboard/Styles/haven/.
KeyboardStyle {
    id: style

    readonly property int labelSize: Theme.fontTitle

    keyboardDesignWidth: 2560
    keyboardDesignHeight: 800
    keyboardRelativeLeftMargin: 40 / keyboardDesignWidth
    keyboardRelativeRightMargin: 40 / keyboardDesignWidth
    keyboardRelativeTopMargin: 20 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 30 / keyboardDesignHeight

    keyboardBackground: Rectangle {
        color: Theme.quiet

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    component KeyFace: Rectangle {
        id: face

        required property Item key
        property color fill: Theme.surface
        property color ink: Theme.text
        property string label: key ? key.displayText : ""

        anchors.fill: parent
        anchors.margins: Theme.spacingS / 2
        radius: Theme.radius / 2
        color: key && key.pressed ? Theme.breathFill : fill
        border.width: Theme.borderWidth
        border.color: Theme.divider
        opacity: key && !key.enabled ? 0.5 : 1

        Text {
            anchors.centerIn: parent
            width: parent.width - Theme.spacingS
            horizontalAlignment: Text.AlignHCenter
            text: face.label
            color: face.ink
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: face.label.length > 1 ? Theme.fontSmall : Theme.fontTitle
            font.weight: face.label.length > 1 ? Font.DemiBold : Font.Normal
        }
    }

    keyPanel: KeyPanel {
        id: letter

        KeyFace {
            key: letter.control
        }
    }

    backspaceKeyPanel: KeyPanel {
        id: backspace

        KeyFace {
            key: backspace.control
            fill: Theme.background
            label: "⌫"
        }
    }

    languageKeyPanel: KeyPanel {
        id: language

        KeyFace {
            key: language.control
            fill: Theme.background
            label: Qt.locale(InputContext.locale).nativeLanguageName
        }
    }

    enterKeyPanel: KeyPanel {
        id: enter

        KeyFace {
            key: enter.control
            fill: Theme.primary
            ink: Theme.primaryInk
            label: qsTr("New line")
        }
    }

    hideKeyPanel: KeyPanel {
        id: hide

        KeyFace {
            key: hide.control
            fill: Theme.primary
            ink: Theme.primaryInk
            label: qsTr("Hide keyboard")
        }
    }

    shiftKeyPanel: KeyPanel {
        id: shift

        KeyFace {
            key: shift.control
            fill: InputContext.capsLockActive || InputContext.shiftActive ? Theme.breathFill : Theme.background
            label: InputContext.capsLockActive ? qsTr("CAPS") : "⇧"
        }
    }

    spaceKeyPanel: KeyPanel {
        id: space

        KeyFace {
            key: space.control
            label: qsTr("space")
            ink: Theme.textMuted
        }
    }

    symbolKeyPanel: KeyPanel {
        id: symbol

        KeyFace {
            key: symbol.control
            fill: Theme.background
        }
    }

    modeKeyPanel: KeyPanel {
        id: mode

        KeyFace {
            key: mode.control
            fill: Theme.background
        }
    }

    characterPreviewMargin: 0
    characterPreviewDelegate: Rectangle {
        id: preview

        property string text

        radius: Theme.radius / 2
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Text {
            anchors.centerIn: parent
            text: preview.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: style.labelSize * 1.5
        }
    }

    alternateKeysListItemWidth: Theme.target * 1.2
    alternateKeysListItemHeight: Theme.target * 1.5
    alternateKeysListDelegate: Item {
        id: alternate

        required property string modelData

        width: style.alternateKeysListItemWidth
        height: style.alternateKeysListItemHeight

        Text {
            anchors.centerIn: parent
            text: alternate.modelData
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: style.labelSize
        }
    }
    alternateKeysListHighlight: Rectangle {
        color: Theme.breathFill
        radius: Theme.radius / 2
    }
    alternateKeysListBackground: Rectangle {
        color: Theme.surface
        radius: Theme.radius / 2
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    selectionListHeight: Theme.target
    selectionListBackground: Rectangle {
        color: Theme.quiet
    }
}
