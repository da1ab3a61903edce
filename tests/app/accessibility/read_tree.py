"""What a screen reader hears of Unblock, read through AT-SPI.

Starts the accessibility host (every window and dialog a facilitator meets,
shown on a real display), reads its accessibility tree as Orca does, and
fails on any control a person can reach with the keyboard that has no name,
and on any name that still shows a mnemonic marker ("&Date:").

Run inside a D-Bus session and an X display (the test's command starts
both): python3 read_tree.py HOST
"""
import os
import re
import subprocess
import sys
import time

import pyatspi

# Rows and cells are named by what they hold (an empty cell is empty); the
# control that holds them is what must have a name.
ITEM_ROLES = {
    pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_TABLE_ROW, pyatspi.ROLE_TABLE_COLUMN_HEADER, pyatspi.ROLE_TABLE_ROW_HEADER,
    pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_MENU_ITEM,
}
# A mnemonic marker left in a name: "&D", not "&&" nor "Q & A".
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")


def find_app(pid, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application going away as we look
                continue
        time.sleep(0.2)
    return None


def labelled(acc):
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
               for r in acc.getRelationSet())


def describe(acc):
    name = acc.name or ""
    return f"{acc.getRoleName()} “{name}”" if name else acc.getRoleName()


def walk(acc, window, path, report):
    state = acc.getState()
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    role = acc.getRole()
    name = acc.name or ""
    where = f"{window} › {' › '.join(path + [describe(acc)])}"
    if MNEMONIC.search(name):
        report["marked"].append(where)
    if role in ITEM_ROLES:
        return
    if state.contains(pyatspi.STATE_FOCUSABLE):
        report["focusable"][window] = report["focusable"].get(window, 0) + 1
        if not name.strip() and not labelled(acc):
            report["unnamed"].append(where)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, window, path + [describe(acc)], report)


def read_windows(app, report, suffix, main_only=False):
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is None or (main_only and not (window.name or "").endswith("Unblock")):
            continue
        title = (window.name or window.getRoleName()) + suffix
        report["focusable"].setdefault(title, 0)
        walk(window, title, [], report)


def main():
    host = sys.argv[1]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([host], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                            text=True)
    try:
        if proc.stdout.readline().strip() != "ready":
            print("the accessibility host did not start", file=sys.stderr)
            return 1
        app = find_app(proc.pid, 30)
        if app is None:
            print("the host is not on the accessibility bus: is QT_LINUX_ACCESSIBILITY_ALWAYS_ON "
                  "honoured and at-spi2-core installed?", file=sys.stderr)
            return 1
        report = {"focusable": {}, "unnamed": [], "marked": []}
        read_windows(app, report, "")
        # Then the main window's other tabs, one at a time (what is not
        # showing is not read).
        tab = 1
        while True:
            proc.stdin.write("\n")
            proc.stdin.flush()
            if proc.stdout.readline().strip() != "ready":
                break
            tab += 1
            read_windows(app, report, f" (tab {tab})", main_only=True)
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)

    for window, count in sorted(report["focusable"].items()):
        print(f"{count:3d} focusable controls in “{window}”")
    failed = False
    if len(report["focusable"]) < 10:
        print(f"only {len(report['focusable'])} windows were read", file=sys.stderr)
        failed = True
    for where in report["unnamed"]:
        print(f"no name: {where}", file=sys.stderr)
        failed = True
    for where in report["marked"]:
        print(f"a mnemonic marker shown as text: {where}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
