"""Open the discharge sheet, the procedure record or the blank paper form in the PDF preview.

Screens call these; the PDF is built on a worker thread (``PdfJob``) and the preview opens
when it is ready. With a signed-in user (``actor``, else the main window's ``actor``) each
access is logged: "view" when the preview opens, "print" / "export" before the PDF leaves the
app. The blank form holds no patient data and is not logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ebp_logger.gui.messages import show_error
from ebp_logger.gui.workers import PdfJob
from ebp_logger.store.audit import Actor

_running: set[PdfJob] = set()  # keeps each job (and its signals) alive until it reports


def _signed_in(parent: QWidget | None, actor: Actor | None) -> Actor | None:
    if actor is not None or parent is None:
        return actor
    return getattr(parent.window(), "actor", None)


def _log(actor: Actor | None, what: str, session_id: int | None, document: str) -> None:
    if actor is None or session_id is None:
        return
    from ebp_logger.store import audit

    audit.log_access(actor, what, session_id=session_id, detail={"document": document})


def _open_when_built(
    parent: QWidget | None,
    title: str,
    build: Callable[[], bytes],
    *,
    document: str,
    session_id: int | None = None,
    actor: Actor | None = None,
) -> PdfJob:
    """Start the build; show the preview (or the reason it failed) when it is done."""
    from PySide6.QtCore import Qt

    from ebp_logger.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    who = _signed_in(parent, actor)
    job = PdfJob(build)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _on_job_finished(data: bytes) -> None:
        QApplication.restoreOverrideCursor()
        _running.discard(job)
        try:
            _log(who, "view", session_id, document)
            dialog = PdfPreviewDialog(
                data,
                title,
                parent,
                before_output=lambda kind: _log(who, kind, session_id, document),
            )
        except Exception as exc:  # noqa: BLE001 - e.g. not allowed to view: say so
            show_error(parent, exc, title)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_job_failed(message: str) -> None:
        QApplication.restoreOverrideCursor()
        _running.discard(job)
        QMessageBox.warning(parent, title, message)

    job.signals.finished.connect(_on_job_finished)
    job.signals.failed.connect(_on_job_failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def _lang() -> str:
    from ebp_logger.gui.ui_language import current_lang

    return current_lang()


def open_discharge_sheet(
    parent: QWidget | None, session_id: int, lang: str | None = None, *, actor: Actor | None = None
) -> PdfJob:
    """The patient's discharge sheet, in ``lang`` or else the patient's own language."""

    def build() -> bytes:
        from ebp_logger.reports.discharge_sheet import discharge_sheet_for_session

        return discharge_sheet_for_session(session_id, lang)

    title = QApplication.translate("report_actions", "Discharge sheet")
    return _open_when_built(
        parent, title, build, document="discharge_sheet", session_id=session_id, actor=actor
    )


def open_procedure_record(
    parent: QWidget | None, session_id: int, *, actor: Actor | None = None
) -> PdfJob:
    """The procedure record for the chart, in the app's language."""
    who = _signed_in(parent, actor)
    printed_by = (who.full_name or who.username) if who is not None else ""
    lang = _lang()

    def build() -> bytes:
        from ebp_logger.reports.procedure_record import procedure_record_for_session

        return procedure_record_for_session(session_id, lang=lang, printed_by=printed_by)

    title = QApplication.translate("report_actions", "Procedure record")
    return _open_when_built(
        parent, title, build, document="procedure_record", session_id=session_id, actor=who
    )
