"""Kill a writer with SIGKILL at random moments and prove that what it acknowledged survived.

Shared by the crash test (tests/core/trust/test_crash.py) and benchmarks/bench_crash.py.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
STARTUP_KILLS = 0.25  # share of rounds killed at any moment; the rest once writing has begun


@dataclass
class RoundResult:
    acked: int
    killed_after_s: float
    verify_s: float
    in_flight: bool  # killed while a service call was running (its write not acknowledged)


@dataclass
class CrashStats:
    rounds: list[RoundResult] = field(default_factory=list)
    acked: dict[str, int] = field(default_factory=dict)  # kind -> count
    # (after-kill check, same check on a cleanly closed copy) in seconds, every floor_every rounds
    floor_pairs: list[tuple[float, float]] = field(default_factory=list)

    @property
    def total_acked(self) -> int:
        return sum(self.acked.values())


def make_warm_database(path: Path) -> None:
    """Users, a patient and a live session, written through the services."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import checklist, patients, users
    from tests.core.trust.crash_child import DOCTOR, new_session

    open_database(path)
    a = users.create_first_administrator("admin", "Test Administrator", "admin-pass")
    from ebp_logger.store.audit import Actor

    admin = Actor(a.id, a.username, a.role)
    d = users.create_user(admin, DOCTOR, "Test Anaesthesiologist", "anaesthesiologist", "doc-pass1")
    checklist.seed_defaults()
    doctor = Actor(d.id, d.username, d.role)
    p = patients.register_patient(doctor, "120571-1003", "Test Patient One")
    new_session(doctor, p.id)
    close_database()


class Zygote:
    """The forking writer process (tests/core/trust/crash_child.py)."""

    def __init__(self, db_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.trust.crash_child", str(db_path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self.fd = self.proc.stdout.fileno()
        self.buf = b""
        self.expect("READY")

    def line(self, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError("the crash-test writer stopped answering")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("the crash-test writer process ended")
            self.buf += chunk
        text, self.buf = self.buf.split(b"\n", 1)
        return text.decode()

    def expect(self, word: str) -> str:
        text = self.line()
        if not text.startswith(word):
            raise AssertionError(f"expected {word}, got {text!r}")
        return text

    def send(self, text: str) -> None:
        self.proc.stdin.write((text + "\n").encode())
        self.proc.stdin.flush()

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def one_round(
    zygote: Zygote, rng: random.Random, max_delay: float
) -> tuple[list[list[str]], float, bool]:
    """Fork a writer, kill it after a random delay, return its acknowledgements."""
    zygote.send(f"fork {rng.randrange(1 << 30)}")
    acks: list[list[str]] = []
    errors: list[str] = []
    last = ""

    def take(text: str) -> None:
        nonlocal last
        if text.startswith(("ACK", "GO")):
            last = text
            if text.startswith("ACK"):
                acks.append(text.split()[2:])
        else:
            errors.append(text)

    text = zygote.line()
    while not text.startswith("PID"):  # the writer may speak before the zygote reports it
        take(text)
        text = zygote.line()
    pid = int(text.split()[1])
    started = time.monotonic()
    if rng.random() < STARTUP_KILLS:  # any moment, start-up (open, WAL recovery, lock) included
        delay = rng.uniform(0.0, max_delay)
        time.sleep(delay)
    else:  # among the writes: wait for the first call to begin, however loaded the machine is
        while not last.startswith("GO"):
            take(zygote.line())
        delay = time.monotonic() - started + rng.uniform(0.0, max_delay)
        time.sleep(max(0.0, started + delay - time.monotonic()))
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    zygote.send(f"reap {pid}")
    while True:
        text = zygote.line()
        if text.startswith("REAPED"):
            break
        take(text)
    if errors:
        raise RuntimeError("the writer failed (not a kill): " + "\n".join(errors))
    return acks, delay, last.startswith("GO")


def check_after_kill(db_path: Path, acks: list[list[str]]) -> list[str]:
    """Reopen: every entry acknowledged so far (``acks``, all rounds) present with its values,
    integrity_check ok, verify() passes, and the dead writer's lock does not block a new one."""
    from ebp_logger.store import lockfile
    from ebp_logger.store.database import close_database, db
    from ebp_logger.store.models import Audit, Injection, Session, Vital
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.verify import verify

    problems: list[str] = []
    lockfile.acquire(db_path).release()
    open_database(db_path)
    try:
        stored = {
            "vital": {
                r[0]: list(r[1:])
                for r in Vital.select(Vital.id, Vital.spo2, Vital.heart_rate).tuples()
            },
            "injection": {
                r[0]: [r[1]] for r in Injection.select(Injection.id, Injection.tenths_ml).tuples()
            },
            "access": {
                r[0]: [] for r in Audit.select(Audit.id).where(Audit.action == "view").tuples()
            },
            "session": {r[0]: [] for r in Session.select(Session.id).tuples()},
        }
        for ack in acks:
            kind, rid, values = ack[0], int(ack[1]), [int(v) for v in ack[2:]]
            if stored[kind].get(rid) != values:
                problems.append(f"acknowledged {kind} {rid} {values} lost or changed")
        check = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:5]}")
        report = verify()
        problems += [f"verify: {p}" for p in report.problems]
    finally:
        close_database()
    return problems


def clean_check(db_path: Path, acks: list[list[str]]) -> float:
    """The same check on a cleanly closed copy (no WAL to recover): the floor it is held to."""
    import sqlite3

    clean = db_path.with_name("clean-" + db_path.name)
    clean.unlink(missing_ok=True)
    src, dst = sqlite3.connect(db_path), sqlite3.connect(clean)
    src.backup(dst)
    src.close()
    dst.close()
    t0 = time.perf_counter()
    problems = check_after_kill(clean, acks)
    took = time.perf_counter() - t0
    clean.unlink()
    if problems:
        raise AssertionError(f"the clean copy fails its check: {problems[:5]}")
    return took


def run_rounds(
    db_path: Path,
    rounds: int,
    seed: int = 1,
    max_delay: float = 0.35,
    stats: CrashStats | None = None,
    floor_every: int = 0,
) -> CrashStats:
    """``rounds`` kill-and-check rounds against the warm database at ``db_path``. Raises
    AssertionError with the round number at the first loss."""
    rng = random.Random(seed)
    stats = stats or CrashStats()
    zygote = Zygote(db_path)
    all_acks: list[list[str]] = []
    try:
        for n in range(rounds):
            acks, delay, in_flight = one_round(zygote, rng, max_delay)
            all_acks += acks
            t0 = time.perf_counter()
            problems = check_after_kill(db_path, all_acks)
            took = time.perf_counter() - t0
            if problems:
                raise AssertionError(
                    f"round {n + 1} (killed after {delay * 1000:.0f} ms): "
                    + "; ".join(problems[:10])
                )
            for ack in acks:
                stats.acked[ack[0]] = stats.acked.get(ack[0], 0) + 1
            stats.rounds.append(RoundResult(len(acks), delay, took, in_flight))
            if floor_every and (n + 1) % floor_every == 0:
                stats.floor_pairs.append((took, clean_check(db_path, all_acks)))
    finally:
        zygote.close()
    return stats
