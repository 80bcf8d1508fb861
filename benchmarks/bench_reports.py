"""PDF build time: discharge sheet and procedure record against the floor of a minimal
one-page reportlab document built in the same run.

    .venv/bin/python benchmarks/bench_reports.py [--n 30]

Builds from dataclasses already read (the database read is timed on its own line). Prints
medians in milliseconds and the ratio to the floor; the goal is ≤ 3 × the floor.

Where the time goes (cProfile): reportlab's own line breaking, table layout and drawing of
~40 paragraphs (sheet) or ~100 table cells and a chart (record); without reportlab's optional
C accelerator (the separate ``rl-accel`` package) stringWidth, fp_str and ASCII85 run in
Python. Already done: table cells that fit are plain strings, not Paragraphs; the warning
panel and columns wrap their content once; the one-page fit is cached per wording; streams
stay binary (no ASCII85). The floor is two paragraphs on one page, so ≤ 3 × is out of reach
for a full sheet with platypus; absolute times stay far below what a user notices, and the
GUI builds on a worker thread.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL = 3.0


def minimal_page() -> bytes:
    """The floor: one A4 page, a title and a paragraph, built-in font, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=True)
    doc.build(
        [
            Paragraph("Efter din blodpatch", styles["Title"]),
            Paragraph("Søg akut lægehjælp med det samme, hvis du får feber.", styles["Normal"]),
        ]
    )
    return buf.getvalue()


def medians_ms(jobs: dict[str, Callable[[], object]], n: int) -> dict[str, float]:
    """Median time of each job; the jobs take turns, so a busy machine slows all alike."""
    for fn in jobs.values():
        fn()  # warm-up: imports, font metrics, wording file
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(n):
        for name, fn in jobs.items():
            t0 = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t0) * 1000)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="builds per document (30)")
    args = parser.parse_args()

    from ebp_logger.reports.blank_form import build_blank_form
    from ebp_logger.reports.data import read_record_inputs
    from ebp_logger.reports.discharge_sheet import build_discharge_sheet
    from ebp_logger.reports.procedure_record import build_procedure_record
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "bench.sqlite")
        sid = create_demo()["completed"]
        inputs = read_record_inputs(sid)
        read = medians_ms({"read": lambda: read_record_inputs(sid)}, args.n)["read"]
        close_database()

    detail, conf, defs = inputs.detail, inputs.settings, inputs.checklist_defs
    floor_name = "minimal one-page reportlab (floor)"
    jobs = {
        floor_name: minimal_page,
        "discharge sheet (da)": lambda: build_discharge_sheet(detail, conf, "da"),
        "discharge sheet (en)": lambda: build_discharge_sheet(detail, conf, "en"),
        "procedure record (da)": lambda: build_procedure_record(
            detail, conf, lang="da", checklist_defs=defs
        ),
        "blank paper form (da)": lambda: build_blank_form(conf, "da"),
    }
    medians = medians_ms(jobs, args.n)
    floor = medians[floor_name]
    rows = list(medians.items())
    print(f"{'document':38} {'median ms':>10} {'× floor':>8}")
    worst = 0.0
    for name, ms in rows:
        ratio = ms / floor
        if name != rows[0][0] and not name.startswith("blank"):
            worst = max(worst, ratio)
        print(f"{name:38} {ms:10.1f} {ratio:8.1f}")
    print(f"{'(database read of the session)':38} {read:10.1f}")
    verdict = "met" if worst <= GOAL else "NOT met"
    print(f"goal: sheet and record ≤ {GOAL:g} × floor — worst {worst:.1f} ×: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
