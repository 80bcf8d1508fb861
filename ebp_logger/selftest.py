"""``ebp-logger --self-test``: proves an installation (a source checkout or a frozen bundle) works.

It opens a throw-away database in a temporary folder, fills it with the demo data, verifies it,
renders every PDF and reads each back, loads HL7 parsing, and builds the Qt application
offscreen with the main window. One line per check; exit 0 only when every check passed.
Nothing outside the temporary folder is touched.

Qt is imported only inside :func:`check_gui` (through ``ebp_logger.gui``), so importing this
module stays Qt-free like the rest of the core.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ebp_logger import __version__


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class ReportSpec:
    """One PDF the reports package makes: where its public function lives and how to call it.

    ``kind`` says how: "session" -> fn(session_id, lang=...) returning bytes; "blank" ->
    fn(lang=...) returning bytes; "period" -> fn(path, start, end, lang=...) writing a file.
    """

    name: str
    module: str
    function: str
    kind: str
    lang: str = "da"


# The PDFs a bundle must be able to make (issue 8: "renders each PDF").
_DISCHARGE = ("ebp_logger.reports.discharge_sheet", "discharge_sheet_for_session", "session")
_RECORD = ("ebp_logger.reports.procedure_record", "procedure_record_for_session", "session")
_BLANK = ("ebp_logger.reports.blank_form", "blank_form_pdf", "blank")
_OUTCOME = ("ebp_logger.reports.outcome_report", "write_outcome_report", "period")
REPORTS: tuple[ReportSpec, ...] = tuple(
    ReportSpec(f"{title} ({lang})", *where, lang=lang)
    for title, where in (
        ("discharge sheet", _DISCHARGE),
        ("procedure record", _RECORD),
        ("blank form", _BLANK),
        ("outcome report", _OUTCOME),
    )
    for lang in ("da", "en")
)

# A minimal PCD-01 message: proves python-hl7 is in the bundle and parses.
_HL7_SAMPLE = (
    "MSH|^~\\&|MONITOR|ICU|EBP|ANAES|20261123090000||ORU^R01|1|P|2.6\r"
    "PID|||1205711003^^^^CPR\r"
    "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|/min^^UCUM|||||F|||20261123090000\r"
)


def _check(name: str, fn: Callable[[], str]) -> Check:
    """Run one check; any exception is a failure whose message names what broke."""
    try:
        return Check(name, True, fn())
    except Exception as exc:  # a self-test reports, it does not crash
        return Check(name, False, f"{type(exc).__name__}: {exc}")


@contextmanager
def temporary_database() -> Iterator[Path]:
    """A fresh database file in a temporary folder, closed and removed afterwards."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    with tempfile.TemporaryDirectory(prefix="ebp-logger-selftest-") as tmp:
        path = Path(tmp) / "selftest.sqlite"
        open_database(path)
        try:
            yield path
        finally:
            close_database()  # before the folder goes (Windows keeps open files)


def check_pdf(data: bytes) -> str:
    """A real PDF with pages that pdfium can open and render (proves its shared library)."""
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF-"):
        raise ValueError("output does not start with %PDF-")
    doc = pdfium.PdfDocument(data)
    try:
        pages = len(doc)
        if pages < 1:
            raise ValueError("PDF has no pages")
        page = doc[0]
        bitmap = page.render(scale=0.25)
        width, height = bitmap.width, bitmap.height
        bitmap.close()
        page.close()
    finally:
        doc.close()
    if width < 10 or height < 10:
        raise ValueError(f"first page renders as {width}x{height} pixels")
    return f"{pages} page(s), {len(data) // 1024} KiB"


def _report_function(spec: ReportSpec) -> Callable[..., bytes]:
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name and spec.module.startswith(exc.name):
            raise LookupError(f"not available ({spec.module} is missing)") from None
        raise
    fn = getattr(module, spec.function, None)
    if fn is None:
        raise LookupError(f"not available ({spec.module}.{spec.function} is missing)")
    return fn


def render_report(spec: ReportSpec, session_id: int) -> bytes:
    fn = _report_function(spec)
    if spec.kind == "session":
        return bytes(fn(session_id, lang=spec.lang))
    if spec.kind == "blank":
        return bytes(fn(lang=spec.lang))
    # "period": the last year, written to a file beside the temporary database
    from ebp_logger import clock
    from ebp_logger.store.database import database_path

    end = clock.utcnow().date()
    target = Path(database_path() or tempfile.gettempdir()).with_name(f"{spec.function}.pdf")
    written = fn(target, end - timedelta(days=366), end, lang=spec.lang)
    return Path(written or target).read_bytes()


def check_hl7() -> str:
    import hl7

    msg = hl7.parse(_HL7_SAMPLE)
    value = str(msg.segment("OBX")[5])
    if value != "72":
        raise ValueError(f"OBX-5 read back as {value!r}")
    return f"python-hl7 parses ORU^R01 (OBX-5 = {value})"


GUI_CHECKS = (
    ("gui: Qt offscreen", "check_qt"),
    ("gui: trend plot", "check_plot"),
    ("gui: main window", "check_main_window"),
)


def check_gui(function: str) -> str:
    """One Qt check from ``ebp_logger.gui.selftest_window``, on the offscreen platform."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a self-test needs no display
    module = importlib.import_module("ebp_logger.gui.selftest_window")
    return getattr(module, function)()


def run_checks(gui: bool = True) -> Iterator[Check]:
    """Yield each check's result as soon as it is known."""
    from ebp_logger.store.services.demo import create_demo
    from ebp_logger.store.verify import verify

    yield _check(
        "python", lambda: f"{sys.version.split()[0]} ({'bundle' if _frozen() else 'source'})"
    )
    with temporary_database() as path:
        ids: dict[str, int] = {}

        def _demo() -> str:
            ids.update(create_demo())
            return f"demo data in {path.name}: sessions {sorted(ids.values())}"

        demo = _check("database: demo data", _demo)
        yield demo

        def _verify() -> str:
            report = verify()
            if not report.ok:
                raise ValueError("; ".join(report.problems[:3]))
            return f"{report.audit_rows} audit rows chained, {report.records_checked} records match"

        yield _check("database: verify", _verify)

        session_id = ids.get("completed", 0)
        for spec in REPORTS:
            if spec.kind == "session" and not session_id:
                yield Check(f"pdf: {spec.name}", False, "no demo session to report on")
                continue
            yield _check(
                f"pdf: {spec.name}", lambda s=spec: check_pdf(render_report(s, session_id))
            )

        yield _check("hl7", check_hl7)
        if gui:  # on the demo database, still open
            for name, function in GUI_CHECKS:
                yield _check(name, lambda f=function: check_gui(f))


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def main(gui: bool = True) -> int:
    """Print one line per check and a summary; 0 when every check passed."""
    print(f"EBP Logger {__version__} self-test")
    started = time.perf_counter()
    results = []
    for check in run_checks(gui=gui):
        results.append(check)
        print(f"{'PASS' if check.ok else 'FAIL'}  {check.name}: {check.detail}", flush=True)
    failed = [c for c in results if not c.ok]
    took = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(results)} checks ({took:.1f} s)")
    else:
        print(f"self-test OK: all {len(results)} checks ({took:.1f} s)")
    return 1 if failed else 0
