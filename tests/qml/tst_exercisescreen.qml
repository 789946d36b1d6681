import QtQuick
import QtTest
import Haven

// The exercise screen, driven like a finger: the controls, and every step view that waits for
// the person. Nothing here waits on the clock: the steps it taps through wait for the person,
// and the timed steps on the way are skipped.
HavenTestCase {
    id: testCase

    name: "ExerciseScreen"

    // After Done: the next step, or the end when it was the last one.
    function verifyMovedOn(run, index) {
        if (index === run.stepCount - 1)
            compare(run.state, ExerciseRunner.State.Finished);
        else
            compare(run.stepIndex, index + 1);
    }

    function runner() {
        const found = VisitFlow.runner;
        verify(found, "no runner");
        return found;
    }

    // The colour on screen at a point of an item, given as fractions of its size. (Grabbing the
    // whole window: in Qt 6.4 grabImage(item) can return the window's corner instead.)
    function pixelOn(item, fx, fy) {
        const at = item.mapToItem(window.contentItem, item.width * fx, item.height * fy);
        return grabImage(window.contentItem).pixel(Math.round(at.x), Math.round(at.y));
    }

    function stepView() {
        return find("stepLoader").item;
    }

    // Opens an exercise and taps Skip until the first step of the kind.
    function openAt(exerciseId, kind) {
        VisitFlow.startExercise(exerciseId);
        tryCompare(bar, "canGoBack", true);
        const run = runner();
        compare(run.state, ExerciseRunner.State.Running);
        for (let i = 0; i < 20 && run.stepKind !== kind; ++i)
            tap("skipStepButton");
        compare(run.stepKind, kind);
        waitForRendering(window.contentItem);
        return run;
    }

    function test_pauseResumeSkipBackEnd() {
        const run = openAt("five-senses", "senses");

        tap("pauseButton");
        compare(run.state, ExerciseRunner.State.Paused);
        compare(find("pauseButton").text, "Resume");
        tryVerify(() => findVisible(window.contentItem, "pausedOverlay") !== null);
        tap("resumeButton");
        compare(run.state, ExerciseRunner.State.Running);
        tryVerify(() => findVisible(window.contentItem, "pausedOverlay") === null);

        // The control bar goes behind the veil with the step: Resume is the veil's alone.
        tap("pauseButton");
        compare(run.state, ExerciseRunner.State.Paused);
        tryVerify(() => findVisible(window.contentItem, "pauseButton") === null);
        tap("resumeButton");
        compare(run.state, ExerciseRunner.State.Running);

        const index = run.stepIndex;
        tap("skipStepButton");
        compare(run.stepIndex, index + 1);
        tap("stepBackButton");
        compare(run.stepIndex, index);
        compare(run.stepKind, "senses");

        tap("endButton");
        compare(run.state, ExerciseRunner.State.Stopped);
        tryCompare(bar, "title", "After the exercise");
    }

    // Every visible control whose name a screen reader would say, under an item.
    function visibleButtons(parent, found) {
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i];
            if (!child.visible || child.opacity === 0)
                continue;
            if (child.Accessible.role === Accessible.Button)
                found.push(child);
            visibleButtons(child, found);
        }
        return found;
    }

    function buttonsNamed(prefix) {
        return visibleButtons(window.contentItem, []).filter(b => b.Accessible.name.startsWith(prefix));
    }

    function cleanup() {
        AppConfig.textScale = 1.0;
        AppConfig.highContrast = false;
    }

    // A card is read at the person's own pace: no Pause, no Skip, no time left, no line running
    // on, no Sound for a card that makes none, and one way back, not two.
    function test_readingHasNoClock() {
        const run = openAt("window-of-tolerance", "read");
        for (const name of ["pauseButton", "skipStepButton", "stepBackButton", "timeLeft", "exerciseProgress", "soundButton"])
            verify(!findVisible(window.contentItem, name), `${name} is shown on a card to read`);
        verify(find("endButton").visible);
        compare(buttonsNamed("Previous").length, 0, "a way back on the first page of the first step");
        tap("nextPageButton");
        compare(buttonsNamed("Previous").length, 1);
        compare(buttonsNamed("Previous")[0].objectName, "previousPageButton");
        compare(buttonsNamed("Pause").length + buttonsNamed("Resume").length, 0);
        // Back asks before ending; on a card there is no pause to show behind the question.
        tap("backButton");
        tryVerify(() => find("endQuestion").visible);
        verify(!findVisible(window.contentItem, "pausedOverlay"));
        tap("endKept");
        compare(run.state, ExerciseRunner.State.Running);
        compare(find("pageNumber").text, `Page 2 of ${run.step.pages.length}`);
        // Help pauses any run; closed, the card waits behind the one Resume, then reads on.
        tap("helpButton");
        tryVerify(() => find("helpText").visible);
        compare(run.state, ExerciseRunner.State.Paused);
        tap("closeHelpButton");
        tryCompare(find("pausedOverlay"), "covering", true);
        compare(buttonsNamed("Resume").length, 1);
        tap("resumeButton");
        compare(run.state, ExerciseRunner.State.Running);
        tap("nextPageButton");
        compare(find("pageNumber").text, `Page 3 of ${run.step.pages.length}`);
    }

    // Paused: a calm page hides the step (nothing of it shows through), with one Resume, and
    // what was done on the step is still there after.
    function test_pauseHidesTheStepWithOneResume() {
        const run = openAt("five-senses", "senses");
        tap("noticedButton");
        compare(stepView().noticed, 1);
        tap("pauseButton");
        compare(run.state, ExerciseRunner.State.Paused);
        const overlay = find("pausedOverlay");
        tryCompare(overlay, "covering", true);
        compare(overlay.color.a, 1, "the veil lets the step show through");
        verify(!findVisible(window.contentItem, "sensesPrompt"), "the step's words show while paused");
        verify(!findVisible(window.contentItem, "stepLoader"));
        compare(buttonsNamed("Resume").length, 1);
        compare(buttonsNamed("Pause").length, 0);
        // The page under the veil is the veil's own colour, where the step's words were.
        const prompt = findChild(window.contentItem, "sensesPrompt");
        const at = prompt.mapToItem(window.contentItem, 2, 2);
        const shown = grabImage(window.contentItem).pixel(Math.round(at.x), Math.round(at.y));
        verify(Qt.colorEqual(shown, Theme.background), `the step shows through: ${shown}`);
        tap("resumeButton");
        compare(run.state, ExerciseRunner.State.Running);
        tryVerify(() => findVisible(window.contentItem, "sensesPrompt") !== null);
        compare(stepView().noticed, 1, "pausing lost what was noticed");
        compare(buttonsNamed("Resume").length, 0);
    }

    // A short tablet with large text: one row of controls, Sound in it, every one a finger's
    // size and named in words, and the step keeps most of the room.
    function test_compactFooterOnAShortScreen_data() {
        return [
            { tag: "1024x600-text2", width: 1024, height: 600, scale: 2.0 },
            { tag: "480x800-text2", width: 480, height: 800, scale: 2.0 },
            { tag: "480x800-text1.5", width: 480, height: 800, scale: 1.5 }
        ];
    }

    function test_compactFooterOnAShortScreen(data) {
        window.width = data.width;
        window.height = data.height;
        AppConfig.textScale = data.scale;
        openAt("five-senses", "senses");
        waitForRendering(window.contentItem);
        const names = { "stepBackButton": "Previous step", "pauseButton": "Pause", "skipStepButton": "Skip this step", "soundButton": "Sound is on. Turn it off", "endButton": "End the exercise" };
        let y = -1;
        for (const name in names) {
            const button = find(name);
            verify(button.visible, `${name} is hidden`);
            compare(button.Accessible.name, names[name]);
            verify(button.width >= 48 && button.height >= 48, `${name} is ${button.width}×${button.height}`);
            const top = button.mapToItem(window.contentItem, 0, 0).y;
            if (y < 0)
                y = top;
            compare(top, y, `${name} is not in the row`);
            const right = button.mapToItem(window.contentItem, button.width, 0).x;
            verify(right <= window.width, `${name} runs off the window`);
        }
        // The step has more room than the controls take.
        const area = find("stepArea");
        const footerTop = find("timeLeft").mapToItem(window.contentItem, 0, 0).y;
        verify(area.height > window.height - footerTop, `the step has ${area.height} px, the controls ${window.height - footerTop}`);
        // The top bar's title is readable: whole, not elided away.
        const title = find("topBarTitle");
        verify(!title.truncated, `the title is cut to "${title.text}"`);
        verify(title.width >= title.contentWidth);
        verify(title.contentWidth > Theme.fontBody * 2);
    }

    // On a short screen with large text the drawing scrolls in its place; a finger on the canvas
    // still draws, and does not scroll.
    function test_drawingInAScrollingStep() {
        window.width = 1024;
        window.height = 600;
        AppConfig.textScale = 2.0;
        openAt("safe-place", "draw");
        const area = find("stepArea");
        verify(area.interactive, "the drawing step does not scroll at 1024×600 with text 2");
        const canvas = find("drawCanvas");
        // Scrolled until the canvas's middle is in view, as a finger would.
        const middle = canvas.mapToItem(area.contentItem, 0, canvas.height / 2).y;
        area.contentY = Math.round(Math.max(0, Math.min(area.contentHeight - area.height, middle - area.height / 2)));
        verify(area.contentY > 0);
        waitForRendering(window.contentItem);
        const before = area.contentY;
        const top = canvas.mapToItem(area, 0, 0).y;
        verify(top + canvas.height / 2 > 0 && top + canvas.height / 2 < area.height, "the canvas is not in view");
        const view = stepView();
        mouseDrag(canvas, canvas.width * 0.3, canvas.height * 0.3, 0, canvas.height * 0.4);
        compare(view.strokeCount, 1);
        compare(area.contentY, before, "drawing scrolled the step");
        // On the words above the canvas, the same finger scrolls.
        area.contentY = 0;
        waitForRendering(window.contentItem);
        mouseDrag(area, area.width / 2, Theme.spacingL, 0, -area.height / 3);
        tryVerify(() => area.contentY > 0, 2000, "a drag on the words does not scroll");
        compare(view.strokeCount, 1);
    }

    function test_pausedOverlayTakesTaps() {
        const run = openAt("five-senses", "senses");
        tap("pauseButton");
        const noticed = findChild(window.contentItem, "noticedButton");
        verify(noticed);
        // A spot on "I noticed one" that the veil's own Resume button does not cover.
        const resume = find("resumeButton");
        const spot = noticed.mapToItem(window.contentItem, Theme.spacingS, noticed.height / 2);
        const onResume = resume.mapFromItem(window.contentItem, spot.x, spot.y);
        verify(!resume.contains(onResume), "the test's tap would land on Resume");
        mouseClick(window.contentItem, spot.x, spot.y);
        compare(run.state, ExerciseRunner.State.Paused);
        compare(stepView().noticed, 0, "a tap through the veil counted");
        tap("resumeButton");
        compare(run.state, ExerciseRunner.State.Running);
        tap("noticedButton");
        compare(stepView().noticed, 1);
    }

    function test_backIsOffOnTheFirstStep() {
        const run = openAt("window-of-tolerance", "read");
        compare(run.stepIndex, 0);
        verify(!find("stepBackButton").enabled);
    }

    function test_sensesTapThroughToDone() {
        const run = openAt("five-senses", "senses");
        const index = run.stepIndex;
        const prompts = run.step.prompts;
        for (let p = 0; p < prompts.length; ++p) {
            compare(find("sensesPrompt").text, prompts[p].prompt);
            // It says what it counts.
            compare(find("senseCounter").text, `Sense ${p + 1} of ${prompts.length}`);
            for (let n = 0; n < prompts[p].count; ++n) {
                compare(find("sensesDots").Accessible.name, `${n} of ${prompts[p].count} noticed`);
                tap("noticedButton");
            }
            compare(find("sensesDots").Accessible.name, `${prompts[p].count} of ${prompts[p].count} noticed`);
            // Once the count is reached the big button rests, so a quick extra tap does nothing.
            verify(!find("noticedButton").enabled);
            compare(run.stepIndex, index, "the step moved on by itself");
            tap(p < prompts.length - 1 ? "sensesNextButton" : "sensesDoneButton");
        }
        verifyMovedOn(run, index);
    }

    function test_sensesNextBeforeTheCount() {
        const run = openAt("five-senses", "senses");
        const prompts = run.step.prompts;
        tap("noticedButton");
        tap("sensesNextButton");
        compare(find("sensesPrompt").text, prompts[1].prompt);
        compare(stepView().noticed, 0);
    }

    function test_bodyMapRegionsAndWords() {
        const run = openAt("parts-check-in", "bodymap");
        const index = run.stepIndex;
        const chest = tap("region-chest");
        verify(chest.marked);
        compare(chest.Accessible.name, "Chest");
        tap("region-head");
        verify(find("region-head").marked);
        verify(chest.marked, "marking one region cleared another");
        tap("region-chest");
        verify(!chest.marked, "a second tap did not take the dot away");

        // Any number of words from one list.
        const small = tap("chip-Size-small");
        const big = tap("chip-Size-big");
        verify(small.checked && big.checked);
        tap("chip-Size-small");
        verify(!small.checked && big.checked);
        verify(tap("chip-Temperature-warm").checked);

        tap("bodyMapDoneButton");
        verifyMovedOn(run, index);

        // Coming back finds a clean map: nothing picked was kept.
        tap("stepBackButton");
        compare(run.stepKind, "bodymap");
        waitForRendering(window.contentItem);
        verify(!find("region-head").marked);
        verify(!find("chip-Size-big").checked);
        verify(!find("chip-Temperature-warm").checked);
    }

    function test_drawStrokeColourClearDone() {
        const run = openAt("safe-place", "draw");
        const index = run.stepIndex;
        const view = stepView();
        const canvas = find("drawCanvas");
        compare(view.strokeCount, 0);

        mouseDrag(canvas, canvas.width * 0.2, canvas.height * 0.5, canvas.width * 0.5, 0);
        compare(view.strokeCount, 1);
        verify(view.strokes[0].points.length > 2, "the stroke has only its ends");
        // The line is on the canvas, in the first colour, half-way along.
        tryVerify(() => Qt.colorEqual(pixelOn(canvas, 0.45, 0.5), Theme.inks[0].color), 2000, "the stroke was not painted");

        tap("swatch-3");
        verify(Qt.colorEqual(view.ink, Theme.inks[3].color));
        verify(find("swatch-3").Accessible.checked);
        mouseDrag(canvas, canvas.width * 0.2, canvas.height * 0.3, canvas.width * 0.4, canvas.height * 0.2);
        compare(view.strokeCount, 2);
        verify(Qt.colorEqual(view.strokes[1].color, Theme.inks[3].color));

        tap("clearButton");
        compare(view.strokeCount, 0);
        tryVerify(() => Qt.colorEqual(pixelOn(canvas, 0.45, 0.5), Theme.canvas), 2000, "Clear left the stroke on the canvas");

        tap("drawDoneButton");
        verifyMovedOn(run, index);
    }

    function test_readPagesThenDoneFinishes() {
        const run = openAt("window-of-tolerance", "read");
        const pages = run.step.pages;
        compare(find("pageText").text, pages[0].text);
        compare(find("pageNumber").text, `Page 1 of ${pages.length}`);
        verify(!findVisible(window.contentItem, "previousPageButton"), "Previous page on the first page");

        tap("nextPageButton");
        compare(find("pageText").text, pages[1].text);
        compare(find("pageNumber").text, `Page 2 of ${pages.length}`);
        tap("previousPageButton");
        compare(find("pageText").text, pages[0].text);

        for (let i = 1; i < pages.length; ++i)
            tap("nextPageButton");
        compare(find("pageText").text, pages[pages.length - 1].text);
        verify(!findVisible(window.contentItem, "nextPageButton"));

        // The read is this exercise's only step: Done finishes it.
        tap("readDoneButton");
        compare(run.state, ExerciseRunner.State.Finished);
        tryCompare(bar, "title", "After the exercise");
    }

    function test_imageryChoiceIsHeldInTheView() {
        const run = openAt("safe-place", "imagery");
        // The first imagery steps offer no choice.
        verify(!findVisible(window.contentItem, "soundscapeChoices"));
        for (let i = 0; i < 10 && !run.step.chooseSoundscape; ++i)
            tap("skipStepButton");
        verify(run.step.chooseSoundscape);
        waitForRendering(window.contentItem);
        verify(find("soundscape-ocean").checked, "the step's own soundscape is not chosen first");
        tap("soundscape-rain");
        verify(find("soundscape-rain").checked);
        verify(!find("soundscape-ocean").checked);
        compare(stepView().soundscape, "rain");
    }

    function test_breatheShowsPhaseAndBreath() {
        const run = openAt("extended-exhale", "breathe");
        compare(run.phase, ExerciseRunner.Phase.In);
        verify(find("breathWords").text.startsWith("Breathe in…"));
        compare(find("breathCount").text, `Breath 1 of ${run.cycles}`);
        // Reduced motion: no shape, a bar instead.
        verify(find("breathBar").visible);
        verify(!findVisible(window.contentItem, "breathStage"));
        AppConfig.reducedMotion = false;
        verify(find("breathStage").visible);
        verify(!findVisible(window.contentItem, "breathBar"));
        AppConfig.reducedMotion = true;
    }

    function test_leavingMidwayStopsWithoutSummary() {
        const run = openAt("five-senses", "senses");
        finishedSpy.target = run;
        finishedSpy.clear();
        tap("backButton");
        // It asks first, and the run rests while it does.
        tryVerify(() => find("endQuestion").visible);
        compare(run.state, ExerciseRunner.State.Paused);
        tap("endKept");
        compare(run.state, ExerciseRunner.State.Running);
        compare(finishedSpy.count, 0);
        tap("backButton");
        tap("endConfirmed");
        tryCompare(finishedSpy, "count", 1);
        compare(finishedSpy.signalArguments[0][0], ExerciseRunner.Outcome.Stopped);
        tryCompare(bar, "canGoBack", false);
        compare(bar.title, "Haven");
    }

    // Back from the check-in after: the run is already recorded, and the library is next.
    function test_backFromTheCheckInAfterGoesToTheLibrary() {
        openAt("window-of-tolerance", "read");
        tap("endButton");
        tryCompare(bar, "title", "After the exercise");
        tap("backButton");
        tryCompare(bar, "title", "Haven");
        compare(VisitFlow.runner, null);
    }

    function test_unknownExerciseSaysSoAndLeadsBack() {
        VisitFlow.startExercise("no-such-exercise");
        tryCompare(bar, "canGoBack", true);
        compare(runner().valid, false);
        verify(!findVisible(window.contentItem, "pauseButton"));
        tap("chooseAnotherButton");
        tryCompare(bar, "canGoBack", false);
    }

    SignalSpy {
        id: finishedSpy

        signalName: "finished"
    }
}
