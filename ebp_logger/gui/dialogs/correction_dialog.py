"""Correct or void an entry, or mark a monitor value as artefact, always with a reason.

Nothing is overwritten: a correction is a new version, a void keeps the values, an artefact
stays in the table; the entries table shows the original struck through and greyed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import EcgRhythm
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.errors import ValidationError
from ebp_logger.gui import style
from ebp_logger.gui.formatting import ml_number
from ebp_logger.gui.models.entries_table_model import (
    EVENT,
    INJECTION,
    STOP,
    VITAL,
    EntriesTableModel,
    EntryRow,
)
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import procedure

CORRECT, VOID, ARTEFACT = "correct", "void", "artefact"


class CorrectionDialog(QDialog):
    """``entry_changed(kind, id)`` after the service committed (id of the new version, or of
    the voided / marked entry)."""

    entry_changed = Signal(str, int)

    def __init__(
        self, actor: Actor, row: EntryRow, mode: str = CORRECT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._row = row
        self._lang = ls.label_lang()
        self._initial: dict[str, str] = {}
        self.setModal(True)
        self.setWindowTitle(
            {
                CORRECT: self.tr("Correct or void an entry"),
                VOID: self.tr("Void an entry"),
                ARTEFACT: self.tr("Mark a monitor value as artefact"),
            }[mode]
        )
        self._build(mode)
        self._connect_signals()
        self._on_mode_toggled()

    def _build(self, mode: str) -> None:
        layout = QVBoxLayout(self)
        original = QLabel(
            self.tr("{time}  {values}").format(
                time=ls.clock_time(self._row.time),
                values=EntriesTableModel().values_text(self._row),
            ),
            wordWrap=True,
            objectName="original",
        )
        original.setStyleSheet(f"font-size: {style.BIG_POINT_SIZE - 4}pt; font-weight: bold;")
        layout.addWidget(original)
        layout.addWidget(
            QLabel(self.tr("The original stays in the record, struck through."), wordWrap=True)
        )
        self.correct_radio = QRadioButton(self.tr("Correct the values"), objectName="mode_correct")
        self.void_radio = QRadioButton(self.tr("Void: entered in error"), objectName="mode_void")
        self.artefact_radio = QRadioButton(
            self.tr("Artefact: exclude from the chart"), objectName="mode_artefact"
        )
        {CORRECT: self.correct_radio, VOID: self.void_radio, ARTEFACT: self.artefact_radio}[
            mode
        ].setChecked(True)
        for radio in (self.correct_radio, self.void_radio):
            radio.setVisible(mode != ARTEFACT)
            layout.addWidget(radio)
        self.artefact_radio.setVisible(mode == ARTEFACT)
        layout.addWidget(self.artefact_radio)

        self.form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self._add_inputs()
        self.reason_edit = QLineEdit(
            objectName="reason_edit", placeholderText=self.tr("Why (required)")
        )
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(self.form)
        self.message = QLabel(objectName="correction_message", wordWrap=True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _add_inputs(self) -> None:
        r, kind = self._row.record, self._row.kind
        if kind == VITAL:
            bp = ""
            if r.systolic is not None:
                bp = f"{r.systolic}/{r.diastolic}" + (f"/{r.mean}" if r.mean else "")
            self._line("bp", self.tr("BP (mmHg)"), bp)
            self._line("spo2", self.tr("SpO2 (%)"), "" if r.spo2 is None else str(r.spo2))
            self._line(
                "heart_rate",
                self.tr("Heart rate (/min)"),
                "" if r.heart_rate is None else str(r.heart_rate),
            )
            combo = QComboBox(objectName="rhythm")
            combo.addItem("—", "")
            for rhythm in EcgRhythm:
                combo.addItem(rhythm.label(self._lang), rhythm.code)
            combo.setCurrentIndex(max(combo.findData(r.rhythm or ""), 0))
            self._initial["rhythm"] = r.rhythm or ""
            self.inputs["rhythm"] = combo
            self.form.addRow(self.tr("ECG rhythm"), combo)
        elif kind == INJECTION:
            self._line("amount", self.tr("Amount (ml)"), ml_number(r.amount_ml))
        elif kind == EVENT:
            if r.level:
                self._line("level", self.tr("Level"), r.level)
            self._line("note", self.tr("Note"), r.note)
        elif kind == STOP:
            combo = QComboBox(objectName="stop_reason")
            for reason in StopReason:
                combo.addItem(reason.label(self._lang), reason.code)
            combo.setCurrentIndex(combo.findData(r.reason))
            self._initial["stop_reason"] = r.reason
            self.inputs["stop_reason"] = combo
            self.form.addRow(self.tr("Stop reason"), combo)
            self._line("text", self.tr("Description"), r.text)

    def _line(self, key: str, title: str, value: str) -> None:
        edit = QLineEdit(value, objectName=key)
        self._initial[key] = value
        self.inputs[key] = edit
        self.form.addRow(title, edit)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.correct_radio.toggled.connect(self._on_mode_toggled)

    # --- public ---------------------------------------------------------------------------

    def set_value(self, key: str, value: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)

    def changes(self) -> dict[str, str]:
        """The inputs the user changed, as typed."""
        out = {}
        for key, widget in self.inputs.items():
            value = (
                str(widget.currentData() or "")
                if isinstance(widget, QComboBox)
                else widget.text().strip()
            )
            if value != self._initial[key]:
                out[key] = value
        return out

    @Slot()
    def accept(self) -> None:
        result = ls.attempt(self._apply, self._on_apply_failed)
        if result is None:
            return
        self.entry_changed.emit(self._row.kind, result)
        super().accept()

    # --- internals ------------------------------------------------------------------------

    def _apply(self) -> int:
        why, kind, entry_id = self.reason_edit.text(), self._row.kind, self._row.meta.id
        if not why.strip():
            raise ValidationError("reason", self.tr("Give a reason"), self.tr("a short free text"))
        if self.void_radio.isChecked():
            procedure.void_entry(self._actor, kind, entry_id, why)
            return entry_id
        if self.artefact_radio.isChecked():
            procedure.mark_artefact(self._actor, entry_id, why)
            return entry_id
        changes = self.changes()
        if not changes:
            raise ValidationError(
                "values",
                self.tr("Nothing was changed"),
                self.tr("change a value, or choose Void"),
            )
        if any(value == "" for value in changes.values()) and kind == VITAL:
            raise ValidationError(
                "values",
                self.tr("A value cannot be emptied by a correction"),
                self.tr("a new value, or Void for the whole entry"),
            )
        if kind == INJECTION:
            return procedure.correct_injection(self._actor, entry_id, changes["amount"], why)
        if kind == STOP:  # the service takes the reason and its description together
            changes = {
                "reason": changes.get("stop_reason", self._initial["stop_reason"]),
                "text": changes.get("text", self._initial["text"]),
            }
        return procedure.correct_entry(self._actor, kind, entry_id, why, **changes)

    @Slot()
    def _on_mode_toggled(self, *_: object) -> None:
        editing = self.correct_radio.isChecked()
        for widget in self.inputs.values():
            widget.setEnabled(editing)

    def _on_apply_failed(self, message: str, _exc: BaseException) -> None:
        ls.feedback(self.message, self.tr("Not saved: ") + message, "error")
