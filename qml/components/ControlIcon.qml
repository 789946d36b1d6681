pragma ComponentBehavior: Bound
import QtQuick
import Haven

// A plain drawn symbol for a control whose words do not fit (a short screen, large text): "pause",
// "play", "sound" (a speaker with its waves) or "muted" (a speaker, crossed out). Drawn, not a
// font's glyph, so it looks the same on every machine; the control keeps its words for a screen
// reader.
Canvas {
    id: icon

    property string kind: "pause"
    property color color: Theme.text

    implicitWidth: Math.round(Theme.fontBody * 1.1)
    implicitHeight: implicitWidth
    Accessible.ignored: true

    onKindChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        const s = Math.min(width, height);
        ctx.reset();
        ctx.translate((width - s) / 2, (height - s) / 2);
        ctx.fillStyle = icon.color;
        ctx.strokeStyle = icon.color;
        ctx.lineWidth = Math.max(2, s * 0.1);
        ctx.lineCap = "round";
        ctx.lineJoin = "round";
        if (kind === "pause") {
            ctx.fillRect(s * 0.2, s * 0.12, s * 0.2, s * 0.76);
            ctx.fillRect(s * 0.6, s * 0.12, s * 0.2, s * 0.76);
            return;
        }
        if (kind === "play") {
            ctx.beginPath();
            ctx.moveTo(s * 0.24, s * 0.1);
            ctx.lineTo(s * 0.86, s * 0.5);
            ctx.lineTo(s * 0.24, s * 0.9);
            ctx.closePath();
            ctx.fill();
            return;
        }
        // The speaker, then its waves or the cross.
        ctx.beginPath();
        ctx.moveTo(s * 0.06, s * 0.36);
        ctx.lineTo(s * 0.24, s * 0.36);
        ctx.lineTo(s * 0.48, s * 0.14);
        ctx.lineTo(s * 0.48, s * 0.86);
        ctx.lineTo(s * 0.24, s * 0.64);
        ctx.lineTo(s * 0.06, s * 0.64);
        ctx.closePath();
        ctx.fill();
        ctx.beginPath();
        if (kind === "muted") {
            ctx.moveTo(s * 0.64, s * 0.36);
            ctx.lineTo(s * 0.92, s * 0.64);
            ctx.moveTo(s * 0.92, s * 0.36);
            ctx.lineTo(s * 0.64, s * 0.64);
        } else {
            ctx.arc(s * 0.5, s * 0.5, s * 0.22, -Math.PI / 4, Math.PI / 4);
            ctx.moveTo(s * 0.5 + s * 0.4 * Math.cos(-Math.PI / 4), s * 0.5 + s * 0.4 * Math.sin(-Math.PI / 4));
            ctx.arc(s * 0.5, s * 0.5, s * 0.4, -Math.PI / 4, Math.PI / 4);
        }
        ctx.stroke();
    }
}
