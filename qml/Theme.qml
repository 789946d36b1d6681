pragma Singleton
import QtQuick
import Haven

// Every colour, size, duration and font in Haven. Screens hold no literals.
QtObject {
    id: theme

    readonly property real textScale: DisplaySettings.textScale
    readonly property bool reducedMotion: DisplaySettings.reducedMotion
    readonly property bool highContrast: DisplaySettings.highContrast

    // Calm palette, and its high-contrast variant. Ratios are pinned by tst_theme.qml.
    readonly property color background: highContrast ? "#ffffff" : "#f4f1ec"
    readonly property color surface: "#ffffff"
    readonly property color text: highContrast ? "#000000" : "#1f2a33"
    readonly property color textMuted: highContrast ? "#1a1a1a" : "#4a5561"
    readonly property color primary: highContrast ? "#00403c" : "#2f6f6a"
    readonly property color primaryInk: "#ffffff"
    readonly property color quiet: highContrast ? "#ffffff" : "#e7e2d9"
    readonly property color help: highContrast ? "#3b2a55" : "#5b4a7a"
    readonly property color helpInk: "#ffffff"
    // What cannot be undone (Delete): never mistaken for Start.
    readonly property color danger: highContrast ? "#7a1010" : "#9b2c2c"
    readonly property color dangerInk: "#ffffff"
    readonly property color border: highContrast ? "#000000" : "#6b7680"
    readonly property color divider: highContrast ? "#000000" : "#ddd6ca"
    readonly property color focus: highContrast ? "#0040a0" : "#1e5aa8"
    readonly property color scrim: Qt.rgba(0.12, 0.16, 0.2, 0.45)
    // Zone colours: in high contrast deeper, never paler, and outlined where they meet.
    readonly property color settleTint: highContrast ? "#bcd6ee" : "#dce8f2"
    readonly property color wakeTint: highContrast ? "#f2cf98" : "#f6e3c8"
    readonly property color presentTint: highContrast ? "#bfe0bf" : "#ddebdd"
    readonly property color learnTint: highContrast ? "#d6cbee" : "#e6e0f0"

    // Exercise steps. The breathing shape and the pause picture are one soft, unchanging colour;
    // only their size moves. In high contrast they gain a firm outline.
    readonly property color breathFill: highContrast ? "#a9d3cd" : "#c4dfdb"
    readonly property color breathGuide: highContrast ? "#00403c" : "#9fc4bf"
    // The shape's own edge, so its size reads against the page (WCAG 1.4.11, 3:1).
    readonly property color breathEdge: highContrast ? "#00403c" : "#4f8a84"
    readonly property color progressTrack: highContrast ? "#c4c4c4" : "#ddd6ca"
    readonly property color pausedVeil: highContrast ? Qt.rgba(1, 1, 1, 0.97) : Qt.rgba(0.957, 0.945, 0.925, 0.97)
    readonly property color imageryTop: highContrast ? "#ffffff" : "#dbe7f1"
    readonly property color imageryBottom: highContrast ? "#ffffff" : "#ecefe3"
    readonly property color bodyFill: "#ffffff"
    readonly property color bodyMarked: highContrast ? "#a9d3cd" : "#d3e8e4"
    readonly property color canvas: "#ffffff"
    // Finger-painting colours: soft, yet each at least 3:1 on the white canvas.
    readonly property color inkBlue: "#3d78a8"
    readonly property color inkGreen: "#4c8448"
    readonly property color inkAmber: "#a0701c"
    readonly property color inkRose: "#b0506a"
    readonly property color inkLavender: "#7862a6"
    readonly property var inks: [
        { name: qsTr("Blue"), color: inkBlue },
        { name: qsTr("Green"), color: inkGreen },
        { name: qsTr("Amber"), color: inkAmber },
        { name: qsTr("Rose"), color: inkRose },
        { name: qsTr("Lavender"), color: inkLavender }
    ]

    // The pairs the theme draws text and controls with; tst_theme checks each against WCAG AA.
    readonly property var contrastPairs: [
        { name: "text on background", fg: text, bg: background, minimum: 4.5 },
        { name: "muted text on background", fg: textMuted, bg: background, minimum: 4.5 },
        { name: "text on surface", fg: text, bg: surface, minimum: 4.5 },
        { name: "muted text on surface", fg: textMuted, bg: surface, minimum: 4.5 },
        { name: "text on quiet button", fg: text, bg: quiet, minimum: 4.5 },
        { name: "primary button text", fg: primaryInk, bg: primary, minimum: 4.5 },
        { name: "help button text", fg: helpInk, bg: help, minimum: 4.5 },
        { name: "danger button text", fg: dangerInk, bg: danger, minimum: 4.5 },
        { name: "danger button on background", fg: danger, bg: background, minimum: 3 },
        { name: "muted text on settle card", fg: textMuted, bg: settleTint, minimum: 4.5 },
        { name: "muted text on wake card", fg: textMuted, bg: wakeTint, minimum: 4.5 },
        { name: "muted text on present card", fg: textMuted, bg: presentTint, minimum: 4.5 },
        { name: "muted text on learn card", fg: textMuted, bg: learnTint, minimum: 4.5 },
        { name: "text on imagery (top)", fg: text, bg: imageryTop, minimum: 4.5 },
        { name: "text on imagery (bottom)", fg: text, bg: imageryBottom, minimum: 4.5 },
        { name: "muted text on imagery", fg: textMuted, bg: imageryTop, minimum: 4.5 },
        { name: "text on marked body region", fg: text, bg: bodyMarked, minimum: 4.5 },
        { name: "control border on imagery", fg: border, bg: imageryTop, minimum: 3 },
        { name: "progress on its track", fg: primary, bg: progressTrack, minimum: 3 },
        { name: "breathing shape's edge on background", fg: breathEdge, bg: background, minimum: 3 },
        { name: "blue ink on canvas", fg: inkBlue, bg: canvas, minimum: 3 },
        { name: "green ink on canvas", fg: inkGreen, bg: canvas, minimum: 3 },
        { name: "amber ink on canvas", fg: inkAmber, bg: canvas, minimum: 3 },
        { name: "rose ink on canvas", fg: inkRose, bg: canvas, minimum: 3 },
        { name: "lavender ink on canvas", fg: inkLavender, bg: canvas, minimum: 3 },
        { name: "primary button on background", fg: primary, bg: background, minimum: 3 },
        { name: "help button on background", fg: help, bg: background, minimum: 3 },
        { name: "control border on background", fg: border, bg: background, minimum: 3 },
        { name: "control border on surface", fg: border, bg: surface, minimum: 3 },
        { name: "focus ring on background", fg: focus, bg: background, minimum: 3 },
        { name: "focus ring on surface", fg: focus, bg: surface, minimum: 3 }
    ]

    // Type scale in pixels at textScale 1; every text multiplies by textScale.
    readonly property string fontFamily: "Open Sans"
    readonly property int fontSmall: Math.round(18 * textScale)
    readonly property int fontBody: Math.round(22 * textScale)
    readonly property int fontTitle: Math.round(28 * textScale)
    readonly property int fontHeading: Math.round(36 * textScale)
    readonly property int fontDisplay: Math.round(48 * textScale)
    readonly property real lineHeight: 1.3

    readonly property int spacingXS: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXL: 40
    readonly property int radius: 16
    readonly property int borderWidth: highContrast ? 2 : 1
    readonly property int focusWidth: 3

    // Touch targets: 48 px is the floor, 56 px what Haven's buttons use.
    readonly property int minTarget: 48
    readonly property int target: Math.max(56, Math.round(fontBody * 2.4))
    // The one big thing to tap on a step ("I noticed one").
    readonly property int largeTarget: Math.max(96, Math.round(target * 1.5))
    // Each way to reach someone in the crisis sheet: large enough to find at once.
    readonly property int helpContactHeight: Math.max(64, Math.round(fontTitle * 2.6))
    readonly property int dotSize: Math.round(24 * Math.min(textScale, 1.5))
    readonly property int progressHeight: 6
    readonly property int strokeWidth: 8
    readonly property int contentMaxWidth: 1200
    readonly property int cardMinWidth: Math.round(300 * Math.min(textScale, 1.5))
    readonly property int readingMaxWidth: Math.round(760 * Math.min(textScale, 1.5))

    readonly property int durationShort: 200
    readonly property int durationCalm: 600
    // How often the time left is read from the clock while nothing on the step animates.
    readonly property int durationTick: 1000

    // The soft colour of an exercise group: settle, wake, present or learn.
    function tint(group: string): color {
        switch (group) {
        case "settle":
            return settleTint;
        case "wake":
            return wakeTint;
        case "present":
            return presentTint;
        case "learn":
            return learnTint;
        }
        return surface;
    }

    // Every animation's duration goes through here, so reduced motion stops them all.
    function motion(ms: int): int {
        return reducedMotion ? 0 : ms;
    }
}
