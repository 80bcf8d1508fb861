"""Warning signs seen on the ward: the guideline's list as large tick boxes, and a note.

docs/clinical-rules.md "After the procedure": the emergency signs of the discharge sheet, the case
report's seizure / drowsiness / confusion, and the rebound signs (a new, different headache or
disturbed vision). Any sign ticked raises a flag the anaesthesiologist sees on the home screen
until it is acknowledged (``ward.record_observation``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.warning_signs import EMERGENCY_SIGNS, REPORT_SIGNS, WarningSign
from ebp_logger.gui import style
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.messages import explain
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import queries, ward

_BIG_BOX = f"""
QCheckBox {{ font-size: {style.BASE_POINT_SIZE + 2}pt; min-height: 40px; spacing: 14px; }}
QCheckBox::indicator {{ width: 32px; height: 32px; }}
"""


class ObservationDialog(QDialog):
    """``observation_saved(id, flagged)`` once committed; ``flagged``: a sign was ticked."""

    observation_saved = Signal(int, bool)

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = current_lang()
        self.setWindowTitle(self.tr("Warning signs"))
        self.setModal(True)
        self._build()
        self._connect_signals()
        self._on_sign_toggled()

    def _build(self) -> None:
        s = queries.get_session(self._session_id)
        layout = QVBoxLayout(self)
        patient = QLabel(f"{s.patient.name}   {s.patient.cpr_display}", objectName="obs_patient")
        style.set_kind(patient, "patient")
        layout.addWidget(patient)
        self.boxes: dict[WarningSign, QCheckBox] = {}
        for title, signs in (
            (self.tr("Emergency signs: call the anaesthesiologist at once"), EMERGENCY_SIGNS),
            (self.tr("Signs to report (possible rebound high pressure)"), REPORT_SIGNS),
        ):
            group = QGroupBox(title)
            # Two columns: ten large boxes in one column made the dialog taller than a ward
            # screen, with Save out of sight.
            box_layout = QGridLayout(group)
            for i, sign in enumerate(signs):
                box = QCheckBox(sign.label(self._lang), objectName=f"obs_{sign.code}")
                box.setStyleSheet(_BIG_BOX)
                self.boxes[sign] = box
                box_layout.addWidget(box, i // 2, i % 2)  # row by row: long texts in both columns
            layout.addWidget(group)
        form = QFormLayout()
        self.note_edit = QPlainTextEdit(objectName="obs_note")
        self.note_edit.setPlaceholderText(self.tr("What you saw (optional with a sign ticked)"))
        self.note_edit.setFixedHeight(80)
        self.time_edit = QDateTimeEdit(objectName="obs_time", calendarPopup=True)
        self.time_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        wf.set_now(self.time_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Observed at"), self.time_edit)
        layout.addLayout(form)
        self.flag_label = QLabel(objectName="obs_flag", wordWrap=True)
        # Room for the longest notice from the start: the first tick must not make the dialog
        # jump (three lines and the alarm frame's padding).
        self.flag_label.setMinimumHeight(self.flag_label.fontMetrics().lineSpacing() * 3 + 24)
        layout.addWidget(self.flag_label)
        self.message, self.buttons, self.save_button = wf.finish_dialog(
            layout, "obs", self.tr("Save observation")
        )
        # Wide enough that the long sign texts stay whole (both languages), within the screen.
        screen = self.screen()
        room = screen.availableGeometry().width() - 40 if screen is not None else 1240
        self.setMinimumWidth(min(self.sizeHint().width(), room))
        self._on_sign_toggled()  # the notice's line is filled (and sized) before the first tick

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for box in self.boxes.values():
            box.toggled.connect(self._on_sign_toggled)

    # --- public ---------------------------------------------------------------------------

    def ticked(self) -> list[str]:
        return [sign.code for sign, box in self.boxes.items() if box.isChecked()]

    @Slot()
    def accept(self) -> None:
        """Save through the service; on refusal the ticks and the note stay."""
        signs = self.ticked()
        try:
            obs_id = ward.record_observation(
                self._actor,
                self._session_id,
                signs,
                self.note_edit.toPlainText(),
                observed_at=wf.edit_time(self.time_edit),
            )
        except Exception as exc:  # noqa: BLE001 - bad input must never crash the ward screen
            ls.feedback(self.message, self.tr("Not saved: ") + explain(exc), "error")
            return
        self.observation_saved.emit(obs_id, bool(signs))
        super().accept()

    # --- slots ----------------------------------------------------------------------------

    def _on_sign_toggled(self) -> None:
        if self.ticked():
            self.flag_label.setText(
                self.tr(
                    "The anaesthesiologist will see these signs on the home screen until a "
                    "doctor acknowledges them. Call the doctor as well if it is urgent."
                )
            )
            style.set_kind(self.flag_label, "alarm")
        else:
            self.flag_label.setText(self.tr("No sign ticked: a note alone raises no flag."))
            style.set_kind(self.flag_label, "muted")
