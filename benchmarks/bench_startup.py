"""Start-up: time from process start to a usable main window (the sign-in screen shown and the
event loop idle) against the floor, a bare PySide6 QMainWindow shown the same way, measured
in the same run. Goal: EBP Logger ≤ 1.5 × the bare window.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb]

Each run is a fresh process; the two kinds alternate so machine load hits both alike. A run
ends when the child prints "ready" from a zero-timer fired by the running event loop
(``--startup-probe`` in the app). The database has users, so the app shows the sign-in screen
after its start-up checks (writer lock, quick integrity check, migrations).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1366, 860)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def make_database(folder: Path) -> Path:
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.database import close_database, open_database
    from ebp_logger.store.services import checklist, users

    path = folder / "bench.sqlite"
    open_database(path)
    a = users.create_first_administrator("admin", "Department Administrator", "admin-pass")
    admin = Actor(a.id, a.username, a.role)
    users.create_user(admin, "doctor", "Demo Anaesthesiologist", "anaesthesiologist", "doc-pass1")
    checklist.seed_defaults()
    close_database()
    return path


def time_to_ready(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    for line in child.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{cmd[:3]} never got ready: {child.stderr.read()}")
    child.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM")
        or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
    )
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "PYTHONPATH": str(TOP)}
    with tempfile.TemporaryDirectory() as tmp:
        db = make_database(Path(tmp))
        kinds = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            "EBP Logger": [sys.executable, "-m", "ebp_logger", "--db", str(db), "--startup-probe"],
        }
        for cmd in kinds.values():  # warm the OS file cache once; not counted
            time_to_ready(cmd, env)
        times: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for name, cmd in kinds.items():
                times[name].append(time_to_ready(cmd, env))
    print(f"platform {args.platform}, {args.runs} runs each (seconds from process start to ready)")
    med = {}
    for name, values in times.items():
        med[name] = statistics.median(values)
        print(f"  {name:18s} median {med[name]:.3f}  min {min(values):.3f}  max {max(values):.3f}")
    ratio = med["EBP Logger"] / med["bare QMainWindow"]
    print(f"ratio EBP Logger / bare window: {ratio:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
