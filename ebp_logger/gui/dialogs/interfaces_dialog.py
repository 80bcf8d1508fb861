"""The hospital interfaces for the administrator: documents for the hospital's record (pending,
sent, failed, with the receiver's acknowledgement; a failed one may be resent) and the ADT
messages received (applied, or rejected with the reason). Nothing here is deleted; a resend is
audited by the service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clock import to_local
from ebp_logger.errors import EbpError
from ebp_logger.gui.messages import explain
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import adt, outbox


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # a long answer or reason is cut at the column's edge
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class InterfacesDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._outbox: list[outbox.OutboxRecord] = []
        self.setWindowTitle(self.tr("Hospital interfaces"))
        self.resize(1100, 560)
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        out_page = QWidget(self)
        out_layout = QVBoxLayout(out_page)
        out_layout.addWidget(
            QLabel(
                self.tr(
                    "Procedure records for the hospital's record, newest first. A failed message "
                    "waits here until it is resent; nothing is dropped."
                ),
                wordWrap=True,
            )
        )
        self.outbox_table = _table(
            [
                self.tr("No."),
                self.tr("Made"),
                self.tr("Session"),
                self.tr("Message"),
                self.tr("Document"),
                self.tr("Status"),
                self.tr("Tries"),
                self.tr("Why made"),
                self.tr("Answer"),  # last: the receiver's text may be long
            ],
            "outbox_table",
        )
        out_layout.addWidget(self.outbox_table)
        buttons = QHBoxLayout()
        self.resend_button = QPushButton(self.tr("&Resend"), self)
        self.resend_button.setEnabled(False)
        self.message = QLabel("", self, wordWrap=True)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.message, 1)
        out_layout.addLayout(buttons)
        self.tabs.addTab(out_page, self.tr("Records out (MDM)"))
        self.adt_table = _table(
            [
                self.tr("Received"),
                self.tr("Event"),
                self.tr("Control id"),
                self.tr("CPR"),
                self.tr("Status"),
                self.tr("Answer"),
                self.tr("Reason"),
            ],
            "adt_table",
        )
        self.tabs.addTab(self.adt_table, self.tr("Patients in (ADT)"))
        layout.addWidget(self.tabs)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = box.addButton(
            self.tr("R&efresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _connect_signals(self) -> None:
        self.resend_button.clicked.connect(self._on_resend_clicked)
        self.refresh_button.clicked.connect(self.reload)
        self.outbox_table.itemSelectionChanged.connect(self._update_buttons)

    def _label(self, stored: str) -> str:
        """A stored state or reason in the screen's language (an unknown one as stored). An ADT
        message's reason beside it is the text sent back in the ACK (MSA-3), kept as sent."""
        return {
            outbox.PENDING: self.tr("waiting"),
            outbox.SENT: self.tr("sent"),
            outbox.FAILED: self.tr("failed"),
            outbox.REASON_ENDED: self.tr("procedure ended"),
            outbox.REASON_CHANGED: self.tr("record changed"),
            adt.APPLIED: self.tr("applied"),
            adt.IGNORED: self.tr("ignored"),
            adt.REJECTED: self.tr("rejected"),
            adt.DUPLICATE: self.tr("repeat"),
        }.get(stored, stored)

    def reload(self) -> None:
        self._outbox = outbox.list_messages()
        _fill(
            self.outbox_table,
            [
                [
                    str(m.id),
                    f"{to_local(m.created_at):%d.%m.%Y %H:%M}",
                    str(m.session_id),
                    f"MDM^{m.event}",
                    m.document_number.split("^")[0],
                    self._label(m.status),
                    str(m.attempts),
                    self._label(m.reason),
                    f"{m.ack_code} {m.ack_text}".strip(),
                ]
                for m in self._outbox
            ],
        )
        _fill(
            self.adt_table,
            [
                [
                    f"{to_local(a.received_at):%d.%m.%Y %H:%M:%S}",
                    a.event,
                    a.control_id,
                    f"{a.cpr[:6]}-{a.cpr[6:]}" if a.cpr else "",
                    self._label(a.status),
                    a.ack_code,
                    a.reason,
                ]
                for a in adt.list_messages()
            ],
        )
        self._update_buttons()

    def _selected(self) -> outbox.OutboxRecord | None:
        rows = self.outbox_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._outbox):
            return None
        return self._outbox[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.resend_button.setEnabled(chosen is not None and chosen.status != outbox.PENDING)

    def _on_resend_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            outbox.resend(self._actor, chosen.id)
        except EbpError as exc:
            self.message.setText(explain(exc))
            self.reload()  # it changed elsewhere: show it as it is now
            return
        self.message.setText(
            self.tr("Message %1 waits to be sent again.").replace("%1", str(chosen.id))
        )
        self.reload()
