"""Start-up: time from process start to a usable main window (the sign-in screen shown and the
event loop idle) against the floor, a bare PySide6 QMainWindow shown the same way, measured
in the same run. Goal: EBP Logger ≤ 1.5 × the bare window.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb]

Each run is a fresh process; the two kinds alternate so machine load hits both alike. A run
ends when the child prints "ready" from a zero-timer fired by the running event loop
(``--startup-probe`` in the app). The database has users. The app's window is up on the
sign-in screen before its database check ends (the check runs on a worker thread; typing goes
on meanwhile); the second figure is when the check is done and signing in is possible.
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
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1366, 860)
window.show()
QTimer.singleShot(0, lambda: (print("ready", f"{time.process_time():.3f}", flush=True), app.quit()))
app.exec()
"""


# The same window with one line of text: any text on screen first loads the font
# configuration (fontconfig on Linux), which the blank window never does.
BARE_TEXT = BARE.replace(
    'window.setWindowTitle("bare")',
    'window.setWindowTitle("bare")\nfrom PySide6.QtWidgets import QLabel\n'
    'window.setCentralWidget(QLabel("Sign in"))',
)


def make_database(folder: Path) -> Path:
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import checklist, users

    path = folder / "bench.sqlite"
    open_database(path)
    a = users.create_first_administrator("admin", "Department Administrator", "admin-pass")
    admin = Actor(a.id, a.username, a.role)
    users.create_user(admin, "doctor", "Demo Anaesthesiologist", "anaesthesiologist", "doc-pass1")
    checklist.seed_defaults()
    close_database()
    return path


def time_to_ready(cmd: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """For each line the child prints ("ready", "checked"): (wall seconds since the process
    was started, the child's own CPU seconds by then)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    seen = {}
    for line in child.stdout:
        what, cpu = line.split()
        seen[what] = (time.perf_counter() - start, float(cpu))
    child.wait(timeout=60)
    if "ready" not in seen:
        raise SystemExit(f"{cmd[:3]} never got ready: {child.stderr.read()}")
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM")
        or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # Compiled bytecode, as an installed wheel or a frozen bundle has it (the warm-up run
        # writes it), kept out of the source tree.
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "PYTHONPATH": str(TOP),
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = make_database(Path(tmp))
        kinds = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            "bare + one label": [sys.executable, "-c", BARE_TEXT],
            "EBP Logger": [sys.executable, "-m", "ebp_logger", "--db", str(db), "--startup-probe"],
        }
        for cmd in kinds.values():  # warm the OS file cache once; not counted
            time_to_ready(cmd, env)
        runs: dict[str, list[dict[str, tuple[float, float]]]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for name, cmd in kinds.items():
                runs[name].append(time_to_ready(cmd, env))
    print(f"platform {args.platform}, {args.runs} runs each, medians in seconds from process start")
    print(f"  {'':34s} {'wall':>7s} {'CPU':>7s}")
    rows = [
        ("bare QMainWindow: window ready", "bare QMainWindow", "ready"),
        ("bare + one label: window ready", "bare + one label", "ready"),
        ("EBP Logger: window ready", "EBP Logger", "ready"),
        ("EBP Logger: database checked", "EBP Logger", "checked"),
    ]
    med = {}
    for label, name, what in rows:
        wall = statistics.median(r[what][0] for r in runs[name])
        cpu = statistics.median(r[what][1] for r in runs[name])
        med[label] = (wall, cpu)
        print(f"  {label:34s} {wall:7.3f} {cpu:7.3f}")
    floor = med["bare QMainWindow: window ready"]
    for label in ("EBP Logger: window ready", "EBP Logger: database checked"):
        wall, cpu = med[label]
        print(
            f"ratio {label} / bare window: wall {wall / floor[0]:.2f}, CPU {cpu / floor[1]:.2f}"
            + ("  (goal <= 1.5)" if "window" in label else "")
        )
    text_floor = med["bare + one label: window ready"]
    wall, cpu = med["EBP Logger: window ready"]
    print(
        f"ratio EBP Logger: window ready / bare window with one label: "
        f"wall {wall / text_floor[0]:.2f}, CPU {cpu / text_floor[1]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
