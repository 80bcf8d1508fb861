"""Sustained HL7 monitor messages per second through the real listener, commit before ACK.

    python benchmarks/bench_hl7.py [--n 2000] [--connections 1 4] [--dir DIR]

The listener (``ebp-logger hl7-listen``, a subprocess) takes PCD-01 messages over loopback MLLP;
each becomes one transaction (DeviceMessage + Vital rows + their audit rows), committed with
synchronous=FULL before its AA is sent. Clients wait for each ACK before sending the next.

Figures printed, all measured in this run on this disk:
- the floor: raw sqlite3 one-row commits per second (WAL, synchronous=FULL), which bounds any
  design that commits each message before acknowledging it;
- parsing alone (messages per second): python-hl7's ``hl7.parse``, and the reader the listener
  uses (``pcd01.parse``, its own splitter);
- the listener's sustained rate and its latency, per number of connections, and the CPU time
  it spent per message (the part that does not depend on the disk or on other load).
The goal here is ≥ 500 messages per second.
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL = 500.0
CPR = "120571-1003"


def raw_commit_rate(folder: Path, n: int) -> float:
    path = folder / "raw.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, raw TEXT)")
    body = "x" * 1200  # about one PCD-01 message
    t0 = time.perf_counter()
    for _ in range(n):
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO m (raw) VALUES (?)", (body,))
        con.execute("COMMIT")
    rate = n / (time.perf_counter() - t0)
    con.close()
    return rate


def make_database(path: Path) -> None:
    """A procedure in progress for the patient the messages name (the keystroke benchmark's)."""
    from bench_keystrokes import setup

    from ebp_logger import clock
    from ebp_logger.store import settings
    from ebp_logger.store.database import close_database

    setup(path)  # its clock is fixed at 09:00 on the set-up day; the listener runs on real time
    clock.set_clock(None)
    # The command-line listener runs only when enabled; one loopback sender may store a lot.
    settings.save_first_run(hl7_enabled=True, hl7_sender_kb_per_minute=65536)
    close_database()


def messages(prefix: str, n: int, start: datetime) -> list[bytes]:
    from ebp_logger.devices.simulator import MonitorValues, build_message

    out = []
    for i in range(n):
        v = MonitorValues(50 + i % 90, 50 + i % 90, 90 + i % 10, 110 + i % 40, 70 + i % 20)
        at = start + timedelta(seconds=i)
        nibp = (v, at) if i % 60 == 0 else None  # an NIBP now and then, as a monitor does
        text = build_message(f"{prefix}{i:07d}", CPR.replace("-", ""), "OP^^1", at, v, nibp)
        out.append(b"\x0b" + text.encode() + b"\x1c\r")
    return out


def client(port: int, frames: list[bytes], latencies: list[float], codes: list[str]) -> None:
    sock = socket.create_connection(("127.0.0.1", port))
    buf = b""
    for frame in frames:
        t0 = time.perf_counter()
        sock.sendall(frame)
        while b"\x1c\r" not in buf:
            buf += sock.recv(65536)
        reply, buf = buf.split(b"\x1c\r", 1)
        latencies.append((time.perf_counter() - t0) * 1000)
        codes.append(reply.split(b"MSA|", 1)[1][:2].decode())
    sock.close()


def run_listener(db: Path) -> tuple[subprocess.Popen, int]:
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", EBP_LOGGER_PASSWORD="password1"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "ebp_logger", "hl7-listen", "--db", str(db), "--port", "0"]
        + ["--user", "doc"],  # bench_keystrokes.setup's anaesthesiologist
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    first = proc.stdout.readline()
    port = int(first.split("127.0.0.1:")[1].split(";")[0])
    threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()  # drain lines
    return proc, port


def cpu_seconds(pid: int) -> dict[str, float]:
    """User + system CPU time of a process's threads by thread name, from /proc (Linux)."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            name, fields = (task / "stat").read_text().split("(", 1)[1].rsplit(")", 1)
        except (OSError, ValueError):
            continue
        ticks = int(fields.split()[11]) + int(fields.split()[12])
        key = "event loop" if task.name == str(pid) else "other threads"
        out[key] = out.get(key, 0.0) + ticks / os.sysconf("SC_CLK_TCK")
    return out


def measure(port: int, n: int, connections: int, start: datetime, tag: str, pid: int) -> dict:
    per = n // connections
    lat: list[list[float]] = [[] for _ in range(connections)]
    codes: list[list[str]] = [[] for _ in range(connections)]
    frames = [messages(f"{tag}{c}-", per, start + timedelta(hours=c)) for c in range(connections)]
    threads = [
        threading.Thread(target=client, args=(port, frames[c], lat[c], codes[c]))
        for c in range(connections)
    ]
    cpu0 = cpu_seconds(pid)
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    cpu1 = cpu_seconds(pid)
    threads_ms = {k: (v - cpu0.get(k, 0.0)) * 1000 / n for k, v in cpu1.items()}
    cpu = sum(cpu1.values()) - sum(cpu0.values())
    all_lat = sorted(x for part in lat for x in part)
    all_codes = [c for cs in codes for c in cs]
    return {
        "rate": len(all_codes) / elapsed,
        "p50": statistics.median(all_lat),
        "p99": all_lat[int(0.99 * (len(all_lat) - 1))],
        "cpu_ms": cpu * 1000 / len(all_codes),
        "threads_ms": threads_ms,
        "aa": all_codes.count("AA"),
        "n": len(all_codes),
    }


def parse_rate(n: int, reader: str) -> float:
    """Messages per second read by ``pcd01.parse`` ("reader") or ``hl7.parse`` ("python-hl7")."""
    import hl7

    from ebp_logger.hl7 import pcd01

    parse = pcd01.parse if reader == "reader" else hl7.parse
    text = messages("P", 1, datetime.now(timezone.utc))[0][1:-2].decode()
    t0 = time.perf_counter()
    for _ in range(n):
        parse(text)
    return n / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="messages per measurement")
    ap.add_argument("--connections", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--dir", help="where the databases go (default: a temporary folder)")
    args = ap.parse_args()

    folder = Path(args.dir or tempfile.mkdtemp(prefix="bench_hl7_"))
    folder.mkdir(parents=True, exist_ok=True)
    floor = raw_commit_rate(folder, args.n)
    print(f"floor: raw sqlite3 commits (WAL, synchronous=FULL) ... {floor:8.0f} /s")
    for label, reader in (
        ("python-hl7 hl7.parse", "python-hl7"),
        ("pcd01.parse (our reader)", "reader"),
    ):
        rate = parse_rate(2000, reader)
        print(f"{label} of one PCD-01 message (CPU only) {'.' * (30 - len(label))} {rate:8.0f} /s")

    db = folder / "bench.sqlite"
    if db.exists():
        db.unlink()
    make_database(db)
    proc, port = run_listener(db)
    try:
        # Message times lie in the past (a monitor never sends the future), one second apart.
        start = datetime.now(timezone.utc) - timedelta(days=1)
        measure(port, 100, 1, start - timedelta(hours=12), "W", proc.pid)  # warm up
        for c in args.connections:
            r = measure(port, args.n, c, start + timedelta(hours=4 * c), f"C{c}", proc.pid)
            verdict = "goal met" if r["rate"] >= GOAL else f"below the goal of {GOAL:.0f}/s"
            print(
                f"listener, {c} connection(s): {r['rate']:7.0f} msg/s "
                f"({r['rate'] / floor:4.0%} of the raw commit floor), "
                f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, "
                f"{r['aa']}/{r['n']} AA — {verdict}"
            )
            threads = ", ".join(f"{k} {v:.2f}" for k, v in sorted(r["threads_ms"].items()) if v)
            print(
                f"  listener CPU {r['cpu_ms']:.2f} ms per message ({threads}): on a free core "
                f"at most {1000 / r['cpu_ms']:.0f} msg/s before the disk is counted"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
