import QtQuick
import QtTest
import Haven

TestCase {
    id: testCase

    name: "Theme"

    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }

    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function cleanup() {
        AppConfig.highContrast = false;
        AppConfig.reducedMotion = false;
        AppConfig.textScale = 1.0;
    }

    function test_contrast_data() {
        return [{ tag: "calm", high: false }, { tag: "high contrast", high: true }];
    }

    function test_contrast(data) {
        AppConfig.highContrast = data.high;
        verify(Theme.contrastPairs.length >= 15);
        for (const pair of Theme.contrastPairs) {
            const ratio = contrast(pair.fg, pair.bg);
            verify(ratio >= pair.minimum, `${pair.name}: ${ratio.toFixed(2)}:1, needs ${pair.minimum}:1`);
        }
    }

    function test_contrastFormula() {
        // Known WCAG values: black on white is 21:1, a colour on itself 1:1.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01);
        fuzzyCompare(contrast(Qt.color("#767676"), Qt.color("#ffffff")), 4.54, 0.01);
        fuzzyCompare(contrast(Theme.primary, Theme.primary), 1, 0.001);
    }

    // Every cue high contrast touches gets stronger, never paler: text, and the zone colours
    // against the page (they were paler in high contrast once).
    function test_highContrastIsStronger() {
        const cues = () => [Theme.textMuted, Theme.settleTint, Theme.wakeTint, Theme.presentTint, Theme.learnTint, Theme.breathFill, Theme.progressTrack].map(colour => contrast(colour, Theme.background));
        const calm = cues();
        AppConfig.highContrast = true;
        const high = cues();
        for (let i = 0; i < calm.length; ++i)
            verify(high[i] > calm[i], `cue ${i}: ${high[i].toFixed(2)}:1 in high contrast, ${calm[i].toFixed(2)}:1 calm`);
    }

    function test_textScale() {
        const body = Theme.fontBody;
        AppConfig.textScale = 2.0;
        compare(Theme.fontBody, body * 2);
        AppConfig.textScale = 5.0;
        compare(Theme.textScale, 2.0, "text scale is clamped to 2.0");
        AppConfig.textScale = 0.5;
        compare(Theme.textScale, 1.0, "text scale is clamped to 1.0");
    }

    function test_targets() {
        verify(Theme.minTarget >= 48);
        verify(Theme.target >= Theme.minTarget);
    }

    function test_reducedMotion() {
        compare(Theme.motion(600), 600);
        AppConfig.reducedMotion = true;
        compare(Theme.motion(600), 0);
    }
}
