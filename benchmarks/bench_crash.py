"""Crash rounds at length: a writer (vitals, injections, access logs through the services) killed
with SIGKILL at random moments; after each kill every entry acknowledged so far must be present,
``PRAGMA integrity_check`` ok and ``verify()`` clean.

    .venv/bin/python benchmarks/bench_crash.py [--rounds 1000] [--fresh-every 250] [--seed 1]

Prints rounds, acknowledged entries by kind, losses (must be 0), kills that landed while a
service call was running, and the after-kill check time (reopen with WAL recovery, integrity
check, full verify) against the floor: the same check on a cleanly closed copy of the same
database at the same moment (every 25th round), measured in the same run. A quarter of the kills
fall at any moment (start-up included), the rest after the first service call began.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1000)
    ap.add_argument("--fresh-every", type=int, default=250, help="new warm database every N rounds")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-delay", type=float, default=0.35, help="seconds, uniform")
    args = ap.parse_args()
    from tests.core.trust.crash_harness import CrashStats, make_warm_database, run_rounds

    work = Path(tempfile.mkdtemp(prefix="bench-crash-"))
    stats = CrashStats()
    t0 = time.perf_counter()
    done, part = 0, 0
    while done < args.rounds:
        part += 1
        n = min(args.fresh_every, args.rounds - done)
        db_path = work / f"crash-{part}.sqlite"
        make_warm_database(db_path)
        try:
            run_rounds(
                db_path,
                n,
                seed=args.seed + part,
                max_delay=args.max_delay,
                stats=stats,
                floor_every=25,
            )
        except AssertionError as exc:
            print(f"LOSS after {done} earlier rounds: {exc}")
            return 1
        except RuntimeError as exc:
            print(f"the writer itself failed (a bug, not a loss): {exc}")
            return 2
        done += n
        print(f"  {done} rounds, {stats.total_acked} acknowledged, 0 lost", flush=True)
    wall = time.perf_counter() - t0
    checks = [r.verify_s * 1000 for r in stats.rounds]
    ratios = [check / floor for check, floor in stats.floor_pairs]
    floor_ms = statistics.median(floor * 1000 for _, floor in stats.floor_pairs)
    in_flight = sum(r.in_flight for r in stats.rounds)
    no_write = sum(1 for r in stats.rounds if r.acked == 0)
    print(f"rounds                      {len(stats.rounds)} (wall {wall:.0f} s)")
    print(f"acknowledged entries        {stats.total_acked}  {dict(sorted(stats.acked.items()))}")
    print("lost or changed             0")
    print(f"killed during a service call {in_flight} rounds; before the first write {no_write}")
    print(
        f"entries per round           mean {statistics.mean(r.acked for r in stats.rounds):.1f}, "
        f"max {max(r.acked for r in stats.rounds)}"
    )
    print(f"after-kill check (ms)       p50 {pct(checks, 50):.0f}  p99 {pct(checks, 99):.0f}")
    print(
        f"floor: same check on a cleanly closed copy, {len(ratios)} pairs: median {floor_ms:.0f} ms; "
        f"after-kill / floor median {statistics.median(ratios):.2f}, max {max(ratios):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
