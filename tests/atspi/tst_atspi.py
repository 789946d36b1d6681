#!/usr/bin/python3
"""Haven with a real screen reader's client: the core loop at home and a kiosk's staff path done
only through AT-SPI (names, roles, states, actions, values), an audit of every screen reached, and
what a screen reader is told as screens change.

Run inside its own session bus, as ctest does:
    dbus-run-session -- tests/atspi/tst_atspi.py --haven build/haven
Exits 0 when all pass, 1 on a failure, 77 (skipped) when the AT-SPI stack is not installed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import traceback

try:
    import pyatspi
except ImportError:
    print("SKIP: needs python3-pyatspi (tools/dev installs it)")
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspiharness import PIN, ROLE, STATE, Events, Failure, Haven, check  # noqa: E402

# Roles a control may have; anything else that acts is a mistake.
CONTROL_ROLES = {ROLE.PUSH_BUTTON, ROLE.RADIO_BUTTON, ROLE.CHECK_BOX, ROLE.SLIDER,
                 ROLE.SPIN_BUTTON, ROLE.TOGGLE_BUTTON, ROLE.ENTRY, ROLE.TEXT, ROLE.LIST_ITEM,
                 ROLE.LINK, ROLE.MENU_ITEM, ROLE.PAGE_TAB, ROLE.COMBO_BOX}


class Audit:
    """Every screen reached: what acts is named and has a role, and what is not showing does
    nothing when pressed."""

    def __init__(self):
        self.screens = []
        self.objects = 0
        self.actionable = 0
        self.refused = 0

    def screen(self, haven, label):
        nodes = haven.nodes()
        self.screens.append(label)
        self.objects += len(nodes)
        acting = [n for n in nodes if n.actionable]
        self.actionable += len(acting)
        for node in acting:
            check(node.name.strip(), f"{label}: a {node.role_name} that acts has no name")
            check(node.role in CONTROL_ROLES,
                  f"{label}: {node} acts ({node.actions}) but is not a control")
        hidden = [n for n in acting if not n.showing]
        # Pressed all at once, once the screen is at rest (a page fading in changes what shows):
        # if any acted, the screen or a control's state changes.
        before = self._picture(haven)
        for _ in range(10):
            time.sleep(0.4)
            settled = self._picture(haven)
            if settled == before:
                break
            before = settled
        for node in hidden:
            for action in [a for a in node.actions if a != "SetFocus"]:
                try:
                    haven.act(node, action)
                except Exception:
                    pass  # gone already: it acted on nothing
        time.sleep(0.5)
        after = self._picture(haven)
        check(before == after, f"{label}: pressing {len(hidden)} objects that are not showing "
              f"changed the screen: {sorted(before ^ after)[:6]}")
        self.refused += len(hidden)
        print(f"  audit {label}: {len(nodes)} objects, {len(acting)} that act "
              f"({len(hidden)} not showing, all refused)")

    @staticmethod
    def _picture(haven):
        # The controls shown and their states (texts that change by themselves, a breathing
        # count say, are left out), and where the window is.
        return {(n.role_name, n.name, n.has(STATE.CHECKED)) for n in haven.nodes()
                if n.showing and n.actionable} | {("title", haven.title(), False)}


def expect_focus(haven, events, label, names):
    """Focus lands on the new screen's heading or first control, and the screen reader hears it
    (events None: the first screen, shown before a screen reader's events are asked for)."""
    node = haven.wait(lambda: (lambda f: f if f and f.name in names else None)(haven.focused()),
                      f"{label}: focus on one of {names} (it is on {haven.focused()})")
    if events is not None:
        heard = haven.wait(lambda: [name for _, name in events.focused() if name == node.name],
                           f"{label}: a focus event for {node} (heard {events.focused()})")
        check(heard, "no focus event")
    print(f"  {label}: the title is {haven.title()!r}; focus on {node}")
    return node


def expect_notified(haven, events, label, texts, timeout=10):
    found = haven.wait(lambda: [t for t in events.notified() if t in texts], f"{label}: one of "
                       f"{texts} announced (heard {events.notified()})", timeout)
    print(f"  {label}: announced {found}")
    return found


def set_gauge(haven, value):
    """The check-in's gauge, through its Value interface and its actions."""
    slider = haven.find("Where are you right now?", ROLE.SLIDER)
    values = slider.obj.queryValue()
    check((values.minimumValue, values.maximumValue) == (-1.0, 1.0),
          f"the gauge's range is {values.minimumValue}..{values.maximumValue}, not -1..1")
    check(values.minimumIncrement > 0, "the gauge has no step")
    # Straight to the value through the Value interface, then a step down and back up.
    values.currentValue = value
    haven.wait(lambda: abs(slider.obj.queryValue().currentValue - value) < 0.01,
               f"the gauge set to {value} through its Value interface")
    haven.act(slider, "Decrease")
    haven.wait(lambda: abs(slider.obj.queryValue().currentValue - (value - 0.1)) < 0.01,
               "the gauge a step lower through its Decrease action")
    haven.act(slider, "Increase")
    haven.wait(lambda: abs(slider.obj.queryValue().currentValue - value) < 0.01,
               f"the gauge at {value} (it is {slider.obj.queryValue().currentValue})")
    text = slider.obj.description
    check(text and "nan" not in text.lower(), f"the gauge's value text is {text!r}")
    print(f"  the gauge reads {values.currentValue:.1f}: {text!r} (set through its Value "
          "interface, moved by its Decrease and Increase actions)")
    return slider


def home_core_loop(executable, display, audit):
    print("home: check in, a suggestion, the exercise, the check-out and the summary")
    events = Events()
    with Haven(executable, display, mode="home") as haven:
        haven.wait_screen("Haven")
        expect_focus(haven, None, "the library", {"Take a moment for yourself"})
        audit.screen(haven, "home: library")

        events.clear()
        haven.press("Check in first")
        haven.wait_screen("Check in")
        haven.wait(lambda: "Check in – Haven" in events.renamed(ROLE.FRAME),
                   f"the new title sent to a screen reader (sent: {events.renamed()})", timeout=3)
        expect_focus(haven, events, "check-in", {"How are you, right now?",
                                                 "Where are you right now?"})
        done = haven.find("Show me what might help")
        check(not done.has(STATE.FOCUSABLE), "Show me what might help is usable before the gauge")
        audit.screen(haven, "home: check-in")
        set_gauge(haven, 0.6)
        seven = haven.press("7 of 10", ROLE.RADIO_BUTTON)
        haven.wait(lambda: haven.find("7 of 10", ROLE.RADIO_BUTTON).has(STATE.CHECKED),
                   "7 of 10 checked")
        check(not haven.find("6 of 10", ROLE.RADIO_BUTTON).has(STATE.CHECKED), "two checked")
        print(f"  distress: {seven.name!r} checked")

        events.clear()
        haven.press("Show me what might help")
        haven.wait_screen("Haven")
        expect_focus(haven, events, "suggestions", {"This might help right now"})
        audit.screen(haven, "home: suggestions")
        names = [n.name for n in haven.nodes() if n.showing and n.role == ROLE.PUSH_BUTTON]
        cards = [n for n in names if n.startswith("About ") and ", about " in n]
        check(cards, f"no suggested card among {names}")
        card = cards[0]
        exercise = card[len("About "):card.rindex(", about ")]
        print(f"  suggested first: {exercise!r}")

        events.clear()
        haven.press(card)
        start = expect_focus(haven, events, "the exercise's sheet", {f"Start {exercise}",
                                                                   "Start"})
        audit.screen(haven, "home: exercise sheet")
        events.clear()
        haven.act(start)
        haven.wait_screen(exercise)
        expect_focus(haven, events, "the exercise", {"Pause"})
        expect_notified(haven, events, "the step", _any_text())
        audit.screen(haven, "home: exercise")

        events.clear()
        haven.press("Pause")
        expect_notified(haven, events, "pause", {"Paused"})
        # The paused page, once it covers the step, gives Resume the focus.
        expect_focus(haven, events, "the paused page", {"Resume"})
        audit.screen(haven, "home: exercise paused")
        events.clear()
        haven.press("Resume")
        haven.find("Pause", ROLE.PUSH_BUTTON)
        expect_notified(haven, events, "resume", {"Resumed"})

        # Back mid-run asks first; Keep going goes on.
        events.clear()
        haven.press("Back")
        expect_focus(haven, events, "the end question", {"Keep going"})
        audit.screen(haven, "home: end question")
        haven.press("Keep going")
        haven.wait(lambda: not haven.absent("End this exercise?") or
                   not any(n.showing for n in haven.absent("End this exercise?")),
                   "the end question to close")
        haven.find("Pause", ROLE.PUSH_BUTTON)

        events.clear()
        haven.press("End the exercise")
        haven.wait_screen("After the exercise")
        expect_focus(haven, events, "the check-out", {"How are you now?",
                                                      "Where are you right now?"})
        audit.screen(haven, "home: check-out")
        set_gauge(haven, 0.2)
        haven.press("3 of 10", ROLE.RADIO_BUTTON)

        events.clear()
        haven.press("See how it went")
        haven.wait_screen("Thank you")
        expect_focus(haven, events, "the summary", {"Thank you for taking this time."})
        audit.screen(haven, "home: summary")
        readonly = [n for n in haven.nodes() if n.name == "Where you are now"]
        check(readonly and all(n.role != ROLE.SLIDER for n in readonly),
              f"the summary's gauge can be moved: {readonly}")
        print(f"  the summary's gauge is {readonly[0].role_name}: {readonly[0].obj.description!r}")
    events.close()


def _any_text():
    # Whatever the first step says: any non-empty notification counts.
    class Anything:
        def __contains__(self, text):
            return bool(text)

        def __repr__(self):
            return "the step's words"

    return Anything()


def session_core_loop(executable, display, audit):
    print("session: choose, start, End at once, the check-out and the summary")
    events = Events()
    with Haven(executable, display, mode="session") as haven:
        haven.wait_screen("Choose an exercise")
        start = haven.find("Start (choose an exercise first)")
        check(not start.has(STATE.FOCUSABLE), "Start is usable before a choice")
        haven.act(start)
        time.sleep(0.5)
        check(haven.title() == "Choose an exercise – Haven", "a disabled Start started something")
        audit.screen(haven, "session: launcher")
        pick = haven.find("Feet on the floor", ROLE.RADIO_BUTTON)
        haven.act(pick)
        haven.wait(lambda: haven.find("Feet on the floor", ROLE.RADIO_BUTTON).has(STATE.CHECKED),
                   "Feet on the floor checked")
        checkins = haven.find("Check in before and after")
        if not checkins.has(STATE.CHECKED):
            haven.act(checkins)
            haven.wait(lambda: haven.find("Check in before and after").has(STATE.CHECKED),
                       "check-ins on")
        events.clear()
        haven.press("Start Feet on the floor")
        haven.wait_screen("Check in")
        expect_focus(haven, events, "session check-in", {"How are you, right now?"})
        set_gauge(haven, -0.5)
        events.clear()
        haven.press("Show me what might help")  # the chosen exercise begins
        haven.wait_screen("Feet on the floor")
        expect_focus(haven, events, "session exercise", {"Pause"})
        audit.screen(haven, "session: exercise")
        events.clear()
        haven.press("End the exercise")
        haven.wait_screen("After the exercise")
        expect_focus(haven, events, "session check-out", {"How are you now?"})
        set_gauge(haven, -0.2)
        events.clear()
        haven.press("See how it went")
        haven.wait_screen("Thank you")
        expect_focus(haven, events, "session summary", {"Thank you for taking this time."})
        audit.screen(haven, "session: summary")
    events.close()


def xdotool(display, *arguments):
    subprocess.run(["xdotool", *arguments], env={**os.environ, "DISPLAY": display}, check=True,
                   timeout=30)


def kiosk_staff_path(executable, display, audit):
    print("kiosk: the hidden Staff control, then the PIN through AT-SPI")
    events = Events()
    with Haven(executable, display, mode="kiosk", pin=True) as haven:
        haven.wait_screen("Haven")
        audit.screen(haven, "kiosk: attract")
        staff = haven.absent("Staff")
        for node in staff:
            for action in [a for a in node.actions if a != "SetFocus"]:
                haven.act(node, action)
        time.sleep(1)
        check(haven.title() != "Staff – Haven", "a hidden Staff control opened Staff")
        print(f"  'Staff' in the tree: {len(staff)} objects; the title stays {haven.title()!r}")
        pad = [n for n in haven.nodes() if n.name in ("Staff only", "Open", "4", "Cancel")]
        check(not pad, f"the closed PIN pad is in the tree: {pad}")

        # Staff hold the top-left corner for three seconds: a gesture, by design, not a control.
        xdotool(display, "mousemove", "8", "8", "mousedown", "1")
        time.sleep(3.6)
        xdotool(display, "mouseup", "1")
        haven.find("Enter the staff PIN.")
        audit.screen(haven, "kiosk: PIN pad")
        for digit in "4820":
            haven.press(digit)
        haven.press("Open")
        haven.find("That PIN is not right. 4 tries left before a pause.", timeout=15)
        check(haven.title() != "Staff – Haven", "a wrong PIN opened Staff")
        print("  a wrong PIN: refused")
        events.clear()
        for digit in PIN:
            haven.press(digit)
        dots = haven.find(f"{len(PIN)} digits entered")
        print(f"  the dots read {dots.name!r}")
        haven.press("Open")
        haven.wait_screen("Staff")
        expect_focus(haven, events, "staff", {"Usage figures"})
        audit.screen(haven, "kiosk: staff")
    events.close()


def key(display, *keys):
    """Keys typed on the X server, as a keyboard would."""
    xdotool(display, "key", "--delay", "120", *keys)


def sheet_keeps_the_focus(executable, display, audit):
    print("keyboard: Tab stays inside an open sheet, and the focus goes back to its opener")
    with Haven(executable, display, mode="home") as haven:
        haven.wait_screen("Haven")
        card = haven.wait(lambda: next((n for n in haven.nodes() if n.showing and n.role ==
                                        ROLE.PUSH_BUTTON and n.name.startswith("About ")
                                        and ", about " in n.name), None), "a card in view")
        haven.act(card, "SetFocus")  # where a screen reader's focus would be
        haven.wait(lambda: (haven.focused() or card).name == card.name, "the card focused")
        key(display, "Return")
        dialog = haven.find(card.name[len("About "):card.name.rindex(", about ")], ROLE.DIALOG)
        reached = []
        for press in range(12):
            key(display, "Tab" if press < 8 else "shift+Tab")
            time.sleep(0.2)
            focused = haven.wait(haven.focused, "something focused")
            check(dialog.obj.queryComponent().contains(
                *_centre(focused), pyatspi.DESKTOP_COORDS),
                f"Tab {press + 1} left the sheet for {focused}")
            reached.append(focused.name)
        print(f"  12 Tabs (8 forward, 4 back) stayed in the sheet: {sorted(set(reached))}")
        check(len(set(reached)) >= 2, f"Tab moved nowhere: {reached}")
        key(display, "Escape")
        haven.wait(lambda: not [n for n in haven.nodes() if n.role == ROLE.DIALOG],
                   "the sheet to close")
        back = haven.wait(lambda: (lambda f: f if f and f.name == card.name else None)(
            haven.focused()), f"the focus back on {card} (it is on {haven.focused()})")
        print(f"  closed with Escape: the focus is back on {back}")
        audit.screen(haven, "home: after the sheet")


def breathing_is_announced_sparingly(executable, display, audit):
    print("breathing: the phase's word is announced as it turns, and nothing more")
    events = Events()
    with Haven(executable, display, mode="home", arguments=["--exercise", "extended-exhale"]) \
            as haven:
        haven.wait_screen("Longer breath out")
        for _ in range(6):  # past the words before the breathing
            if [n for n in haven.nodes() if re.fullmatch(r"Breath \d+ of \d+", n.name)]:
                break
            haven.press("Skip this step")
            time.sleep(0.5)
        events.clear()
        # A breath in (4 s) and out (6 s), and the next breath in; each event read as it comes.
        until = time.monotonic() + 12
        while time.monotonic() < until:
            Events.pump()
            time.sleep(0.05)
        heard = events.notified()
        shown = [(name, detail) for kind, role, name, detail, _ in events.seen
                 if kind == "object:state-changed:showing" and role == pyatspi.ROLE_NOTIFICATION]
        print(f"  notifications shown and hidden: {shown}")
        words = {"Breathe in…", "Breathe out…", "Hold…", "A little more…"}
        print(f"  in 12 s: {heard}")
        check({"Breathe in…", "Breathe out…"} <= set(heard), f"not both phases announced: {heard}")
        check(all(w in words for w in heard), f"more than the phase words: {heard}")
        audit.screen(haven, "home: breathing")
    events.close()


def noticing_is_counted_aloud(executable, display, audit):
    print("5-4-3-2-1: each \"I noticed one\" is counted aloud")
    events = Events()
    with Haven(executable, display, mode="home", arguments=["--exercise", "five-senses"]) \
            as haven:
        haven.wait_screen("5-4-3-2-1 senses")
        for _ in range(5):  # past the words before the senses
            if [n for n in haven.nodes() if n.name == "I noticed one" and n.showing]:
                break
            haven.press("Skip this step")
            time.sleep(0.5)
        events.clear()
        haven.press("I noticed one")
        expect_notified(haven, events, "a thing noticed", _counted())
        audit.screen(haven, "home: senses")
    events.close()


def _counted():
    class Counted:
        def __contains__(self, text):
            return bool(re.fullmatch(r"1 of \d+ noticed", text))

        def __repr__(self):
            return "'1 of N noticed'"

    return Counted()


def _centre(node):
    box = node.obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x + box.width // 2, box.y + box.height // 2


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--haven", required=True, help="the haven executable")
    arguments = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print(f"SKIP: needs {tool} (tools/dev installs it)")
            return 77
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("SKIP: run inside dbus-run-session, as ctest does")
        return 77
    began = time.monotonic()
    x = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                          "-nolisten", "tcp"], stdout=subprocess.PIPE)
    display = ":" + x.stdout.readline().decode().strip()
    audit = Audit()
    failures = 0
    try:
        for case in (home_core_loop, session_core_loop, kiosk_staff_path, sheet_keeps_the_focus,
                     breathing_is_announced_sparingly, noticing_is_counted_aloud):
            try:
                case(arguments.haven, display, audit)
                print(f"PASS {case.__name__}")
            except Failure as failure:
                failures += 1
                print(f"FAIL {case.__name__}: {failure}")
                traceback.print_exc()
    finally:
        x.terminate()
        x.wait()
    print(f"{len(audit.screens)} screens audited, {audit.objects} objects, {audit.actionable} "
          f"that act, {audit.refused} not showing and refused; "
          f"{time.monotonic() - began:.1f} s; {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
