"""The PDF preview: pages rendered with pdfium, printing at printer resolution, Save as…, and
the report actions building PDFs on a worker thread."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ebp_logger.errors import PermissionDenied
from ebp_logger.gui.dialogs.pdf_preview_dialog import SCREEN_DPI, PdfPreviewDialog
from ebp_logger.gui.workers import PdfJob
from ebp_logger.reports.blank_form import build_blank_form


@pytest.fixture(scope="module")
def form_pdf() -> bytes:
    return build_blank_form(lang="en")


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def test_pages_are_rendered(qtbot, form_pdf, tmp_path):
    dialog = PdfPreviewDialog(form_pdf, "Paper form")
    qtbot.addWidget(dialog)
    assert dialog.page_count == _pages(form_pdf) == len(dialog.page_labels)
    for label in dialog.page_labels:
        pixmap = label.pixmap()
        assert not pixmap.isNull()
        assert abs(pixmap.width() - 595.3 / 72 * SCREEN_DPI) < 2  # A4 width at screen dpi
    path = tmp_path / "form.pdf"
    path.write_bytes(form_pdf)
    from_file = PdfPreviewDialog(path, "Paper form")
    qtbot.addWidget(from_file)
    assert from_file.page_count == dialog.page_count
    assert str(_pages(form_pdf)) in dialog.info_label.text()


def test_prints_every_page(qtbot, form_pdf, tmp_path):
    dialog = PdfPreviewDialog(form_pdf, "Paper form")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.print_to(printer)
    assert _pages(out.read_bytes()) == dialog.page_count


def test_save_as_logs_first_then_writes(qtbot, form_pdf, tmp_path, monkeypatch):
    calls = []
    dialog = PdfPreviewDialog(form_pdf, "Paper form", before_output=calls.append)
    qtbot.addWidget(dialog)
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.save_button.click()
    assert calls == ["export"]
    assert blocker.args == [str(target) + ".pdf"]
    assert (tmp_path / "saved.pdf").read_bytes() == form_pdf


def test_refused_output_saves_nothing(qtbot, form_pdf, tmp_path, monkeypatch):
    def refuse(kind: str) -> None:
        raise PermissionDenied("Your role may not export records.")

    dialog = PdfPreviewDialog(form_pdf, "Paper form", before_output=refuse)
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    dialog.save_button.click()
    assert not (tmp_path / "x.pdf").exists()
    assert warnings == ["Your role may not export records."]


def test_pdf_job_reports_failure_as_a_message(qtbot):
    from ebp_logger.errors import NotFound

    def broken() -> bytes:
        raise NotFound("No session 42.")

    job = PdfJob(broken)
    job.setAutoDelete(False)
    with qtbot.waitSignal(job.signals.failed) as blocker:
        job.run()
    assert blocker.args == ["No session 42."]


def test_procedure_record_opens_from_a_worker_thread(qtbot, live_session, doctor, monkeypatch):
    from ebp_logger.gui import report_actions
    from ebp_logger.store.models import Audit

    parent = QWidget()
    qtbot.addWidget(parent)
    # The job may report before a test could connect to it: wait for its effect instead.
    report_actions.open_procedure_record(parent, live_session, actor=doctor)
    qtbot.waitUntil(lambda: parent.findChild(PdfPreviewDialog) is not None, timeout=30_000)
    dialog = parent.findChild(PdfPreviewDialog)
    assert dialog.page_count >= 1 and dialog.pdf_bytes.startswith(b"%PDF-")
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert (last.action, last.session_id, last.username) == ("view", live_session, "doc")
    dialog.close()


def test_missing_session_is_told_not_crashed(qtbot, live_session, doctor, monkeypatch):
    from ebp_logger.gui import report_actions

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    report_actions.open_discharge_sheet(parent, 9999, actor=doctor)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "No session 9999" in warnings[0]
    assert parent.findChild(PdfPreviewDialog) is None
