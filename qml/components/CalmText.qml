import QtQuick
import Haven

// Text in Haven's voice: the theme's font, colour and scale; read out by screen readers.
Text {
    color: Theme.text
    wrapMode: Text.Wrap
    // Body text breathes; large headings sit tighter.
    lineHeight: font.pixelSize >= Theme.fontTitle ? 1.1 : Theme.lineHeight
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: !visible
}
