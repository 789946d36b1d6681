"""Haven as a screen reader meets it: the real executable in an X server of its own, read and
driven only through AT-SPI (the D-Bus accessibility stack Orca uses), with pyatspi as the client.

Every Haven runs with a private HOME, XDG folders, system root and usage log, so nothing on this
machine changes what it shows and nothing it does is left behind.
"""

import os
import shutil
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import GLib



class _Constants:
    """pyatspi's STATE_SHOWING as STATE.SHOWING, ROLE_SLIDER as ROLE.SLIDER."""

    def __init__(self, prefix):
        self.prefix = prefix

    def __getattr__(self, name):
        return getattr(pyatspi, self.prefix + name)


STATE = _Constants("STATE_")
ROLE = _Constants("ROLE_")
PIN = "482916"
# Staff's PIN for the kiosk, written by Haven itself (`haven --set-pin`), as tst_kiosk uses it.


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Node:
    """One object of the tree as it was when read: what it is called, what it is and what it can do."""

    def __init__(self, obj, parent_showing=True):
        self.obj = obj
        self.name = obj.name or ""
        self.role = obj.getRole()
        self.role_name = obj.getRoleName()
        states = obj.getState()
        self.states = {s for s in states.getStates()}
        try:
            action = obj.queryAction()
            self.actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            self.actions = []
        self.parent_showing = parent_showing

    def has(self, state):
        return state in self.states

    @property
    def showing(self):
        return self.has(STATE.SHOWING) and self.has(STATE.VISIBLE)

    @property
    def actionable(self):
        # SetFocus only moves the focus; Press, Toggle, Increase and the like act.
        return any(a != "SetFocus" for a in self.actions)

    def __repr__(self):
        return f"{self.role_name} {self.name!r}"


class Events:
    """What a screen reader is told, as it is told it: focus moves, names that change (the
    window's title among them) and notifications shown. Orca speaks from these same events."""

    KINDS = ("object:state-changed:focused", "object:state-changed:showing",
             "object:property-change:accessible-name")

    def __init__(self):
        self.seen = []
        self._listener = lambda event: self._record(event)
        pyatspi.Registry.registerEventListener(self._listener, *self.KINDS)

    def _record(self, event):
        try:
            source = event.source
            # Read afresh: Qt 6.4 sends a new name in a form libatspi cannot cache.
            source.clear_cache()
            name = source.name or ""
            # A name change carries the new name; pyatspi does not always unpack it.
            data = event.any_data if isinstance(event.any_data, str) else name
            self.seen.append((event.type, source.getRole(), name, event.detail1, data))
        except Exception:
            pass  # the source went as the event came

    @staticmethod
    def pump():
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def clear(self):
        self.pump()
        self.seen.clear()

    def focused(self):
        return [(role, name) for kind, role, name, detail, _ in self.seen
                if kind == "object:state-changed:focused" and detail == 1]

    def notified(self):
        return [name for kind, role, name, detail, _ in self.seen
                if kind == "object:state-changed:showing" and detail == 1
                and role == pyatspi.ROLE_NOTIFICATION]

    def renamed(self, role=None):
        return [data for kind, r, name, detail, data in self.seen
                if kind == "object:property-change:accessible-name"
                and (role is None or r == role)]

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._listener, *self.KINDS)


class Haven:
    """One Haven process on an X display, and its application on the AT-SPI registry."""

    def __init__(self, executable, display, mode="home", arguments=(), pin=False, keep=None):
        self.folder = tempfile.mkdtemp(prefix="haven-atspi-")
        self.keep = keep
        home = os.path.join(self.folder, "home")
        run = os.path.join(self.folder, "run")
        os.makedirs(home)
        os.makedirs(run, mode=0o700)
        self.env = dict(os.environ)
        self.env.update({
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "XDG_RUNTIME_DIR": run,
            "HAVEN_SYSTEM_ROOT": os.path.join(self.folder, "system"),
            "GSETTINGS_BACKEND": "memory",
            "LC_ALL": "C.UTF-8",
        })
        self.config = os.path.join(self.folder, "haven.conf")
        common = ["--config", self.config, "--db", os.path.join(self.folder, "haven.db")]
        if pin:
            # As Haven's staff set it: twice on standard input, stored as a salted hash.
            set_pin = subprocess.run([executable, "--set-pin", *common], env=self.env,
                                     input=f"{PIN}\n{PIN}\n", text=True, capture_output=True,
                                     timeout=60)
            check(set_pin.returncode == 0, f"haven --set-pin failed: {set_pin.stderr}")
        self.process = subprocess.Popen([executable, "--mode", mode, *common, *arguments],
                                        env=self.env)
        self.app = self._find_application()

    def _find_application(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            check(self.process.poll() is None, f"Haven exited with {self.process.returncode}")
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                try:
                    app = desktop.getChildAtIndex(i)
                    if app is not None and app.get_process_id() == self.process.pid \
                            and app.childCount > 0:
                        return app
                except Exception:
                    continue
            time.sleep(0.2)
        raise Failure("Haven never appeared on the AT-SPI registry")

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if not self.keep:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # Reading the tree

    @property
    def frame(self):
        return self.app.getChildAtIndex(0)

    def title(self):
        return self.frame.name

    def nodes(self):
        """Every object under the window, read once."""
        found = []
        stack = [(self.frame, True)]
        while stack:
            obj, parent_showing = stack.pop()
            try:
                node = Node(obj, parent_showing)
            except Exception:
                continue  # gone while read: the screen is changing
            found.append(node)
            children = []
            for i in range(obj.childCount):
                try:
                    child = obj.getChildAtIndex(i)
                except Exception:
                    child = None
                if child is not None:
                    children.append((child, node.showing))
            stack.extend(reversed(children))
        return found

    def wait(self, predicate, what, timeout=10):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            check(self.process.poll() is None, f"Haven exited with {self.process.returncode}")
            Events.pump()
            try:
                last = predicate()
            except Failure:
                raise
            except Exception:
                last = None
            if last:
                return last
            time.sleep(0.1)
        raise Failure(f"timed out waiting for {what}")

    def find(self, name, role=None, showing=True, timeout=10):
        """The one showing object with this name (and role), waiting for it to appear."""

        def match():
            hits = [n for n in self.nodes() if n.name == name and (role is None or n.role == role)
                    and (not showing or n.showing)]
            return hits[0] if hits else None

        return self.wait(match, f"{name!r} ({role})", timeout)

    def absent(self, name):
        return [n for n in self.nodes() if n.name == name]

    def focused(self):
        hits = [n for n in self.nodes() if n.has(STATE.FOCUSED)]
        return hits[0] if hits else None

    def wait_screen(self, title):
        """The window's title names the screen: "Check in – Haven"."""
        wanted = "Haven" if title == "Haven" else f"{title} – Haven"
        self.wait(lambda: self.title() == wanted, f"the window title {wanted!r} (it is "
                  f"{self.title()!r})")

    # Acting

    def act(self, node, action="Press"):
        check(action in node.actions, f"{node} has no {action} action ({node.actions})")
        node.obj.queryAction().doAction(node.actions.index(action))

    def press(self, name, role=None):
        node = self.find(name, role)
        self.act(node)
        return node
