"""STOP: why the injection ended, from the list (docs/clinical-rules.md "The procedure": increased
headache, radicular pain, back pain first), bound to the moment STOP was pressed and to the
volume injected by then. "Other" needs a description. A digit key picks a reason."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.gui import style
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.audit import Actor

_DIGITS = [Qt.Key.Key_1 + i for i in range(9)] + [Qt.Key.Key_0]


class StopReasonDialog(QDialog):
    """``stop_recorded(id)`` once the service committed the stop; the dialog then closes."""

    stop_recorded = Signal(int)

    def __init__(
        self,
        actor: Actor,
        session_id: int,
        at: datetime,
        volume_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._at = at
        self._lang = ls.label_lang()
        self.setWindowTitle(self.tr("Stop injection"))
        self.setModal(True)
        self._build(volume_text)
        self._connect_signals()

    def _build(self, volume_text: str) -> None:
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("STOP at {time} with {volume} injected").format(
                time=ls.clock_time(self._at), volume=volume_text
            ),
            objectName="stop_head",
        )
        head.setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE}pt; font-weight: bold; color: {style.COLOR_ALARM};"
        )
        layout.addWidget(head)
        question = QLabel(self.tr("Why did the injection stop? Press its number."))
        question.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 3}pt;")
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        self.radios: dict[StopReason, QRadioButton] = {}
        for i, reason in enumerate(StopReason):
            key = "0" if i == 9 else str(i + 1)
            radio = QRadioButton(
                f"{key}   {reason.label(self._lang)}", objectName=f"stop_{reason.code}"
            )
            radio.setStyleSheet(
                f"QRadioButton {{ font-size: {style.BASE_POINT_SIZE + 3}pt; min-height: 34px; }}"
                "QRadioButton::indicator { width: 22px; height: 22px; }"
            )
            if reason.from_guideline:  # the guideline's own three criteria stand out
                font = radio.font()
                font.setBold(True)
                radio.setFont(font)
            self.group.addButton(radio, i)
            self.radios[reason] = radio
            layout.addWidget(radio)
        self.text_edit = QLineEdit(
            objectName="stop_text", placeholderText=self.tr("Description (needed for 'Other')")
        )
        layout.addWidget(self.text_edit)
        self.message = QLabel(objectName="stop_message", wordWrap=True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Record stop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- public ---------------------------------------------------------------------------

    def choose(self, reason: StopReason) -> None:
        self.radios[StopReason(reason)].setChecked(True)
        if StopReason(reason).requires_text:
            self.text_edit.setFocus()

    def chosen(self) -> StopReason | None:
        for reason, radio in self.radios.items():
            if radio.isChecked():
                return reason
        return None

    @Slot()
    def accept(self) -> None:
        """Record through the service; on refusal the choice and text stay and the reason shows."""
        reason = self.chosen()
        if reason is None:
            ls.feedback(
                self.message, self.tr("Choose why the injection stopped (keys 1–9, 0)."), "error"
            )
            return
        stop_id = ls.save_entry(
            self._actor,
            "stop",
            self._session_id,
            self._on_record_failed,
            reason=reason.code,
            text=self.text_edit.text(),
            at=self._at,
        )
        if stop_id is None:
            return
        self.stop_recorded.emit(stop_id)
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _DIGITS and not self.text_edit.hasFocus():
            self.choose(list(StopReason)[_DIGITS.index(event.key())])
            return
        super().keyPressEvent(event)

    def _on_record_failed(self, message: str, _exc: BaseException) -> None:
        ls.feedback(self.message, self.tr("Not recorded: ") + message, "error")
