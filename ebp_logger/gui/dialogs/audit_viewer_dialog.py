"""The audit viewer: a patient's or a session's trail (or, for the administrator, the whole
trail), filtered by kind and text, each row's old → new values below the table, printable.

Opening it logs a view of the record (``audit_view.trail``); printing or saving the PDF logs a
print or export before the PDF leaves the app.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clock import to_local
from ebp_logger.gui import style
from ebp_logger.gui.messages import explain, show_error
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.tables import prepare_table, selected_record
from ebp_logger.gui.workers import PdfJob
from ebp_logger.store import audit_view
from ebp_logger.store.audit import Actor
from ebp_logger.store.audit_view import AuditEntry


class AuditViewerDialog(QDialog):
    """``pdf_ready(bytes)`` when the printable trail was built (the preview opens with it)."""

    pdf_ready = Signal(bytes)

    def __init__(
        self,
        actor: Actor,
        patient_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._patient_id = patient_id
        self._session_id = session_id
        self._lang = current_lang()
        self._entries: list[AuditEntry] = []
        self._job: PdfJob | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1200, 660)  # inside a 1366x768 screen with its title bar
        self._build()
        self._connect_signals()
        self.load()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.scope_label = QLabel(objectName="audit_scope")
        self.scope_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.scope_label)

        find = QHBoxLayout()
        self.find_edit = QLineEdit(objectName="audit_find")
        self.find_edit.setPlaceholderText(self.tr("CPR number or name"))
        self.find_button = QPushButton(self.tr("Find patient"), objectName="audit_find_button")
        self.patient_combo = QComboBox(objectName="audit_patient")
        self.all_button = QPushButton(self.tr("All records"), objectName="audit_all")
        find.addWidget(QLabel(self.tr("Patient:")))
        find.addWidget(self.find_edit, 1)
        find.addWidget(self.find_button)
        find.addWidget(self.patient_combo, 1)
        find.addWidget(self.all_button)
        self.find_row = QWidget()
        self.find_row.setLayout(find)
        self.find_row.setVisible(self._session_id is None)
        layout.addWidget(self.find_row)

        filters = QHBoxLayout()
        self.kind_combo = QComboBox(objectName="audit_kind")
        for kind, text in (
            ("all", self.tr("Everything")),
            ("change", self.tr("Changes")),
            ("access", self.tr("Views, prints and exports")),
            ("sign_in", self.tr("Sign-ins and locks")),
        ):
            self.kind_combo.addItem(text, kind)
        self.filter_edit = QLineEdit(objectName="audit_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: user, action, field, value, reason"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(objectName="audit_count")
        self.count_label.setStyleSheet(f"color: {style.COLOR_MUTED};")
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.model = RecordTableModel(
            [
                Column(self.tr("Time"), lambda e: f"{to_local(e.at):%Y-%m-%d %H:%M:%S}"),
                Column(self.tr("User"), self._user_text),
                Column(self.tr("Action"), lambda e: e.action_label, self._action_color),
                Column(self.tr("Record"), lambda e: e.what),
                Column(self.tr("Reason"), lambda e: e.reason),
                Column(self.tr("Changes (old → new)"), lambda e: e.summary),
            ],
            self,
        )
        self.table = QTableView(objectName="audit_table")
        prepare_table(self.table, self.model)
        # Every column fits its contents but the reason and the changes, which share what is
        # left (a long change is read in full below, in the detail of the selected row).
        header = self.table.horizontalHeader()
        for col in (4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 180)
        layout.addWidget(self.table, 3)

        self.detail = QPlainTextEdit(objectName="audit_detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a row to see every field it changed."))
        layout.addWidget(self.detail, 1)

        self.message = QLabel(objectName="audit_message", wordWrap=True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"), objectName="audit_print")
        self.close_button = QPushButton(self.tr("Close"), objectName="audit_close")
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self._on_find_clicked)
        self.find_edit.returnPressed.connect(self._on_find_clicked)
        self.patient_combo.activated.connect(self._on_patient_chosen)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)

    # --- data ---------------------------------------------------------------------------------

    def _user_text(self, e: AuditEntry) -> str:
        if e.user_full_name and e.user_full_name != e.username:
            return f"{e.user_full_name} ({e.username})"
        return e.username

    @staticmethod
    def _action_color(e: AuditEntry) -> str | None:
        if e.action.endswith("_failed") or e.action == "void":
            return style.COLOR_ALARM
        return style.COLOR_DEVICE if e.kind == "access" else None

    def load(self) -> None:
        """Read the trail through the core (which logs the view); a refusal is shown here."""
        from ebp_logger.store.services import patients

        try:
            self._entries = audit_view.trail(
                self._actor, self._patient_id, self._session_id, lang=self._lang
            )
            if self._session_id is not None:
                scope = self.tr("Session #%1").replace("%1", str(self._session_id))
                pid = next((e.patient_id for e in self._entries if e.patient_id), None)
                if pid is not None:
                    p = patients.get_patient(pid)
                    scope = f"{p.name} ({p.cpr_display}) — {scope}"
            elif self._patient_id is not None:
                p = patients.get_patient(self._patient_id)
                scope = f"{p.name} ({p.cpr_display})"
            else:
                scope = self.tr("All records (newest %1 rows)").replace(
                    "%1", str(len(self._entries))
                )
        except Exception as exc:  # noqa: BLE001 - e.g. a role without the audit trail
            self._entries = []
            scope = self.tr("The audit trail cannot be shown.")
            ls.feedback(self.message, explain(exc), "error")
        self.scope_label.setText(scope)
        self._on_filter_changed()

    def shown(self) -> list[AuditEntry]:
        return self.model.records()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _on_filter_changed(self, *_: object) -> None:
        text = self.filter_edit.text()
        rows = [e for e in self._entries if audit_view.matches(e, text, self.kind())]
        # Newest first, as the heading says ("newest N rows"); the printout stays in order.
        rows.sort(key=lambda e: e.id, reverse=True)
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("%1 of %2 rows")
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(self._entries)))
        )
        self.print_button.setEnabled(bool(self._entries))
        self.detail.clear()

    def _on_row_changed(self, *_: object) -> None:
        entry = selected_record(self.table)
        if entry is None:
            self.detail.clear()
            return
        lines = [
            f"{to_local(entry.at):%Y-%m-%d %H:%M:%S}  {self._user_text(entry)}  "
            f"{entry.action_label}  {entry.what}",
        ]
        if entry.reason:
            lines.append(self.tr("Reason: %1").replace("%1", entry.reason))
        for c in entry.changes:
            lines.append(
                f"  {c.label}: {c.old or '—'} → {c.new}" if c.old else f"  {c.label}: {c.new}"
            )
        if entry.detail:
            lines.append(f"  {entry.detail}")
        self.detail.setPlainText("\n".join(lines))

    # --- finding a patient --------------------------------------------------------------------

    def _on_find_clicked(self) -> None:
        from ebp_logger.store.services import patients

        query = self.find_edit.text().strip()
        if not query:
            ls.feedback(self.message, self.tr("Type a CPR number or a name."), "warn")
            return
        found = patients.find_patients(query)
        self.patient_combo.clear()
        for p in found:
            self.patient_combo.addItem(f"{p.name} ({p.cpr_display})", p.id)
        if not found:
            ls.feedback(self.message, self.tr("No patient matches."), "warn")
            return
        self.message.clear()
        if len(found) == 1:
            self._on_patient_chosen(0)

    def _on_patient_chosen(self, index: int) -> None:
        pid = self.patient_combo.itemData(index)
        if pid is None:
            return
        self._patient_id, self._session_id = pid, None
        self.load()

    def _on_all_clicked(self) -> None:
        self._patient_id = self._session_id = None
        self.load()

    # --- printing -----------------------------------------------------------------------------

    def pdf_inputs(self) -> dict:
        """What the printable trail needs, taken from the screen (on the UI thread)."""
        pid = self._patient_id or next((e.patient_id for e in self._entries if e.patient_id), None)
        kind = self.kind_combo.currentText() if self.kind() != "all" else ""
        return {
            "rows": sorted(self.shown(), key=lambda e: e.id),  # printed oldest first
            "patient_id": pid,
            "session_id": self._session_id,
            "lang": self._lang,
            "printed_by": self._actor.full_name or self._actor.username,
            "filter_note": " · ".join(x for x in (kind, self.filter_edit.text().strip()) if x),
            "total": len(self._entries),
        }

    @staticmethod
    def build_pdf_from(inputs: dict) -> bytes:
        """The printable trail (runs on a worker thread with its own connection)."""
        from ebp_logger.reports.audit_report import audit_trail_pdf
        from ebp_logger.store import settings
        from ebp_logger.store.services import patients

        pid = inputs["patient_id"]
        return audit_trail_pdf(
            inputs["rows"],
            conf=settings.load(),
            lang=inputs["lang"],
            patient=patients.get_patient(pid) if pid is not None else None,
            session_id=inputs["session_id"],
            printed_by=inputs["printed_by"],
            filter_note=inputs["filter_note"],
            total=inputs["total"],
        )

    def build_pdf(self) -> bytes:
        return self.build_pdf_from(self.pdf_inputs())

    def _log_output(self, kind: str) -> None:
        from ebp_logger.store import audit

        audit.log_access(
            self._actor,
            kind,
            patient_id=self._patient_id,
            session_id=self._session_id,
            detail={"document": "audit_trail"},
        )

    def _on_print_clicked(self) -> None:
        inputs = self.pdf_inputs()  # what is on screen now
        self._job = PdfJob(lambda: self.build_pdf_from(inputs))
        self._job.signals.finished.connect(self._on_pdf_finished)
        self._job.signals.failed.connect(self._on_pdf_failed)
        self.print_button.setEnabled(False)
        ls.feedback(self.message, self.tr("Preparing the printable trail…"), "ok")
        QThreadPool.globalInstance().start(self._job)

    def _on_pdf_finished(self, data: bytes) -> None:
        from ebp_logger.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        self.print_button.setEnabled(True)
        self.message.clear()
        self.pdf_ready.emit(data)
        try:
            preview = PdfPreviewDialog(
                data, self.tr("Audit trail"), self, before_output=self._log_output
            )
        except Exception as exc:  # noqa: BLE001 - told, never raised into the event loop
            show_error(self, exc, self.tr("Audit trail"))
            return
        preview.open()

    def _on_pdf_failed(self, message: str) -> None:
        self.print_button.setEnabled(True)
        ls.feedback(self.message, self.tr("Not printed: ") + message, "error")
