"""Crash test: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

A child process records vitals, injections and access-log rows in a live session through the
service layer and prints an acknowledgement after each call returned; the test kills it at a
random moment, reopens the database and checks every entry acknowledged so far (all rounds),
SQLite's integrity_check, ``verify()`` and that the dead writer's lock blocks no one.
benchmarks/bench_crash.py runs the same rounds at length and prints figures.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.core.trust.crash_harness import make_warm_database, run_rounds

ROUNDS = int(os.environ.get("EBP_CRASH_ROUNDS", "200"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX"),
]


def test_acknowledged_entries_survive_sigkill(tmp_path):
    db_path = tmp_path / "crash.sqlite"
    make_warm_database(db_path)
    stats = run_rounds(db_path, ROUNDS, seed=20261123, max_delay=0.2)
    assert len(stats.rounds) == ROUNDS
    # The kills landed among real writes, not only before the first one.
    assert stats.acked.get("vital", 0) > ROUNDS
    assert stats.acked.get("injection", 0) > 0 and stats.acked.get("access", 0) > 0
    assert sum(r.in_flight for r in stats.rounds) > ROUNDS // 4
