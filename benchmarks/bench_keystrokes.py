"""Keystrokes a user needs for one 5-minute vitals set on the live procedure screen, counted by
driving the real ProcedureScreen with QTest key events sent to whichever widget has the focus
(no mouse, no direct widget calls), each set checked in the database afterwards.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_keystrokes.py

The floor is the values' own characters plus one Enter: nothing can need fewer. The goal is
<= 8 keystrokes for one set. A key chord (Ctrl+D) counts as one keystroke.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL = 8


class Keyboard:
    """Sends keys to the focused widget and counts them."""

    def __init__(self, app) -> None:
        self.app = app
        self.count = 0

    def key(self, key, modifier=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self.app.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        QTest.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.app.processEvents()
        self.count += 1

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        for ch in text:
            target = self.app.focusWidget()
            QTest.keyClicks(target, ch)
            self.count += 1
        self.app.processEvents()


def setup(path: Path):
    from ebp_logger import clock
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import checklist, patients, sessions, users

    now = {"t": datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)}
    clock.set_clock(lambda: now["t"])
    open_database(path)
    a = users.create_first_administrator("admin", "Bench Administrator", "password1")
    admin = Actor(a.id, a.username, a.role)
    d = users.create_user(admin, "doc", "Bench Anaesthesiologist", "anaesthesiologist", "password1")
    doc = Actor(d.id, d.username, d.role)
    checklist.seed_defaults()
    p = patients.register_patient(doc, "120571-1003", "Bench Patient")
    sid = sessions.create_session(doc, p.id, indication="plph", patch_type="non_targeted")
    for key, value in checklist.all_clear_answers().items():
        checklist.answer(doc, sid, key, value)
    sessions.start_procedure(doc, sid)
    return doc, sid, now


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ebp_logger.gui import style
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen
    from ebp_logger.store.services import queries

    app.setStyleSheet(style.STYLESHEET)
    with tempfile.TemporaryDirectory() as tmp:
        doc, sid, now = setup(Path(tmp) / "bench.sqlite")
        screen = ProcedureScreen(doc, sid)
        screen._timer.stop()
        screen.countdown.beep = lambda: None
        screen.resize(1400, 900)
        screen.show()
        screen.activateWindow()
        for _ in range(5):
            app.processEvents()
        assert app.focusWidget() is screen.vitals.bp_edit, "the BP field should have the focus"

        kb = Keyboard(app)
        results = []

        def scenario(name: str, floor: int, keys, expect) -> None:
            now["t"] += timedelta(minutes=5)
            before = kb.count
            keys()
            used = kb.count - before
            last = queries.session_detail(sid).vitals[-1]
            got = (last.systolic, last.diastolic, last.spo2, last.heart_rate, last.rhythm)
            assert got == expect, f"{name}: saved {got}, expected {expect}"
            results.append((name, used, floor))

        scenario(
            "full set typed: BP, SpO2, HR, rhythm",
            len("120/80") + len("98") + len("72") + 1 + 1,
            lambda: (
                kb.type("120/80"),
                kb.key(Qt.Key.Key_Tab),
                kb.type("98"),
                kb.key(Qt.Key.Key_Tab),
                kb.type("72"),
                kb.key(Qt.Key.Key_Tab),
                kb.key(Qt.Key.Key_S),
                kb.key(Qt.Key.Key_Return),
            ),
            (120, 80, 98, 72, "sinus"),
        )
        scenario(
            "BP typed, SpO2/HR/rhythm as before (Ctrl+D, shown before Enter)",
            len("118/78") + 1,
            lambda: (
                kb.type("118/78"),
                kb.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
                kb.key(Qt.Key.Key_Return),
            ),
            (118, 78, 98, 72, "sinus"),
        )
        scenario(
            "BP only (SpO2 and ECG continuous on the monitor / HL7)",
            len("116/76") + 1,
            lambda: (kb.type("116/76"), kb.key(Qt.Key.Key_Return)),
            (116, 76, None, None, None),
        )
        screen.close()
        from ebp_logger.store.database import close_database

        close_database()

    print("Keystrokes for one 5-minute vitals set on the live screen (real widgets, QTest keys)")
    for name, used, floor in results:
        verdict = "meets" if used <= GOAL else "above"
        print(f"  {name:66s}: {used:2d} keystrokes (floor {floor}; {verdict} goal <= {GOAL})")
    print(
        "  floor = the characters of the values themselves + 1 Enter. Focus starts in the BP "
        "field and returns there after each save; no mouse."
    )


if __name__ == "__main__":
    main()
