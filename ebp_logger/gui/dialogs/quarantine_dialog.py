"""Monitor messages that matched no procedure: assign each to a procedure in progress, or reject
it with a reason. Nothing here is deleted; both decisions are audited by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.gui.change_feed import ChangeFeed
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.hl7.pcd01 import Reading
from ebp_logger.store.audit import Actor
from ebp_logger.store.changes import Change
from ebp_logger.store.services import devices


class QuarantineDialog(QDialog):
    """``message_assigned(id)`` / ``message_rejected(id)`` after the service committed."""

    message_assigned = Signal(int)
    message_rejected = Signal(int)

    COL_RECEIVED, COL_VALUES, COL_PATIENT, COL_BED, COL_REASON, COL_SENDER = range(6)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._messages: list[devices.QuarantinedMessage] = []
        self.setWindowTitle(self.tr("Monitor messages without a procedure"))
        self.resize(1000, 520)
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These monitor messages matched no procedure in progress. Assign a message to "
                "the procedure of the patient it belongs to, or reject it with a reason. "
                "Nothing is deleted."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, objectName="quarantine_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("Values"),
                self.tr("Patient (PID-3)"),
                self.tr("Bed (PV1-3)"),
                self.tr("Why it is here"),
                self.tr("Monitor"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.why = QLabel(objectName="quarantine_why", wordWrap=True)
        self.why.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.why)

        form = QFormLayout()
        assign_row = QHBoxLayout()
        self.session_combo = QComboBox(objectName="session_combo")
        self.assign_button = QPushButton(self.tr("Assign to this procedure"), objectName="assign")
        assign_row.addWidget(self.session_combo, 1)
        assign_row.addWidget(self.assign_button)
        form.addRow(self.tr("Procedure in progress:"), assign_row)
        reject_row = QHBoxLayout()
        self.reason_edit = QLineEdit(objectName="reject_reason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. monitor of another bed"))
        self.reject_button = QPushButton(self.tr("Reject"), objectName="reject")
        reject_row.addWidget(self.reason_edit, 1)
        reject_row.addWidget(self.reject_button)
        form.addRow(self.tr("Reason to reject:"), reject_row)
        layout.addLayout(form)
        self.feedback = QLabel(objectName="quarantine_feedback", wordWrap=True)
        layout.addWidget(self.feedback)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.buttons.rejected.connect(self.reject)
        ChangeFeed.instance().changed.connect(self._on_change)

    # --- data ----------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """A monitor message arrived or was resolved (here or at another workstation)."""
        if change.kind in ("device_message", "session"):
            self.reload()

    def reload(self) -> None:
        """Read the quarantine and the procedures in progress again."""
        found = ls.attempt(devices.list_quarantine, self._on_error)
        self._messages = found if found is not None else []
        self.table.setRowCount(len(self._messages))
        for row, m in enumerate(self._messages):
            cells = {
                self.COL_RECEIVED: ls.clock_time(m.received_at),
                self.COL_SENDER: " / ".join(_plain(p, first=True) for p in m.sender.split("/")),
                self.COL_PATIENT: m.cpr or _plain(m.patient_ref, first=True) or self.tr("(none)"),
                self.COL_BED: _plain(m.bed),
                self.COL_VALUES: "\n".join(self._reading_text(r) for r in m.readings),
                self.COL_REASON: m.reason,
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        sessions = ls.attempt(devices.sessions_in_progress, self._on_error) or []
        self.session_combo.clear()
        for sid, label in sessions:
            self.session_combo.addItem(label, sid)
        if self._messages and not self.table.selectedItems():
            self.table.selectRow(0)
        self._on_table_selection_changed()

    def _reading_text(self, r: Reading) -> str:
        parts = []
        if r.heart_rate is not None:
            parts.append(self.tr("HR {0}").format(r.heart_rate))
        if r.spo2 is not None:
            parts.append(self.tr("SpO2 {0}%").format(r.spo2))
        if r.systolic is not None:
            mean = f" ({r.mean})" if r.mean is not None else ""
            parts.append(self.tr("BP {0}/{1}{2}").format(r.systolic, r.diastolic, mean))
        return f"{ls.clock_time(r.taken_at)} " + " ".join(parts)

    def selected_message_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- slots ---------------------------------------------------------------------------------

    def _on_table_selection_changed(self) -> None:
        message_id = self.selected_message_id()
        chosen = message_id is not None
        reason = next((m.reason for m in self._messages if m.id == message_id), "")
        self.why.setText(self.tr("Why it is here: {0}").format(reason) if chosen else "")
        self.assign_button.setEnabled(chosen and self.session_combo.count() > 0)
        self.reject_button.setEnabled(chosen)

    def _on_assign_clicked(self) -> None:
        message_id = self.selected_message_id()
        session_id = self.session_combo.currentData()
        if message_id is None or session_id is None:
            return
        ids = ls.attempt(
            lambda: devices.assign(self._actor, message_id, session_id), self._on_error
        )
        if ids is None:
            return
        ls.feedback(
            self.feedback,
            self.tr("Stored {0} monitor value row(s) in {1}.").format(
                len(ids), self.session_combo.currentText()
            ),
        )
        self.message_assigned.emit(message_id)
        self.reload()

    def _on_reject_clicked(self) -> None:
        message_id = self.selected_message_id()
        if message_id is None:
            return
        reason = self.reason_edit.text()
        done = ls.attempt(
            lambda: devices.reject(self._actor, message_id, reason) or True, self._on_error
        )
        if done is None:
            return  # the typed reason stays where it was
        self.reason_edit.clear()
        ls.feedback(self.feedback, self.tr("Rejected; the message is kept with the reason."))
        self.message_rejected.emit(message_id)
        self.reload()

    def _on_error(self, text: str, _exc: BaseException) -> None:
        ls.feedback(self.feedback, text, "error")


def _plain(hl7_text: str, first: bool = False) -> str:
    """An HL7 field for reading: its first component (an identifier such as PID-3 or the
    monitor's name), or its non-empty components ("OP-STUE-2^^2" → "OP-STUE-2 / 2")."""
    parts = hl7_text.split("~")[0].split("^")
    if first:
        return parts[0].strip()
    return " / ".join(p.strip() for p in parts if p.strip())
