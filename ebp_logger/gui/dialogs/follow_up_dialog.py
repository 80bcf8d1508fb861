"""The doctor's follow-up 2–4 weeks after the patch: effect, NRS pair, recurrence, decision.

docs/clinical-rules.md "After the procedure" (follow-up at 2–4 weeks) and "Repeat treatment and referral
rules": a repeat EBP at the earliest 2 weeks after the last one. Choosing "Repeat EBP" shows that
date; the next session of the patient links back to this one (``Session.previous_session``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import FollowUpDecision, FollowUpEffect, ScoreTimepoint
from ebp_logger.clinical.schedule import earliest_repeat, follow_up_window
from ebp_logger.clock import to_local
from ebp_logger.errors import ValidationError
from ebp_logger.gui import style
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.messages import explain
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import queries, sessions, ward


def _date(value) -> str:
    return f"{to_local(value):%d.%m.%Y}"


class FollowUpDialog(QDialog):
    """``follow_up_saved(id)`` once the service committed it; the dialog then closes."""

    follow_up_saved = Signal(int)

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = current_lang()
        self._detail = queries.session_detail(session_id)
        self.setWindowTitle(self.tr("Follow-up after EBP"))
        self.setModal(True)
        self._build()
        self._connect_signals()
        self._on_decision_changed()

    def _build(self) -> None:
        s = self._detail.session
        layout = QVBoxLayout(self)
        patient = QLabel(f"{s.patient.name}   {s.patient.cpr_display}", objectName="fu_patient")
        style.set_kind(patient, "patient")
        layout.addWidget(patient)
        if s.ended_at:
            start, end = follow_up_window(s.ended_at)
            layout.addWidget(
                QLabel(
                    self.tr("Patch on {date}; follow-up due {start} – {end}.").format(
                        date=_date(s.ended_at), start=_date(start), end=_date(end)
                    ),
                    objectName="fu_window",
                )
            )
        base = self._detail.score(ScoreTimepoint.BASELINE.value)
        if base:
            layout.addWidget(
                QLabel(
                    self.tr("Before the patch: lying {lying}, standing {standing}.").format(
                        lying=base.lying, standing=base.standing
                    )
                )
            )
        form = QFormLayout()
        effect_row = QHBoxLayout()
        self.effect_group = QButtonGroup(self)
        self.effect_radios: dict[FollowUpEffect, QRadioButton] = {}
        for effect in FollowUpEffect:
            radio = QRadioButton(effect.label(self._lang), objectName=f"fu_effect_{effect.code}")
            self.effect_group.addButton(radio)
            self.effect_radios[effect] = radio
            effect_row.addWidget(radio)
        effect_row.addStretch(1)
        form.addRow(self.tr("Effect"), effect_row)
        self.lying_edit = QLineEdit(objectName="fu_lying", placeholderText="0–10")
        self.standing_edit = QLineEdit(objectName="fu_standing", placeholderText="0–10")
        for edit in (self.lying_edit, self.standing_edit):
            edit.setMaximumWidth(120)
        form.addRow(self.tr("Headache lying (NRS 0–10, optional)"), self.lying_edit)
        form.addRow(self.tr("Headache standing (NRS 0–10, optional)"), self.standing_edit)
        self.recurrence_box = QCheckBox(
            self.tr("Symptoms came back after an initial effect"), objectName="fu_recurrence"
        )
        form.addRow(self.tr("Recurrence"), self.recurrence_box)
        self.decision_combo = QComboBox(objectName="fu_decision")
        for decision in FollowUpDecision:
            self.decision_combo.addItem(decision.label(self._lang), decision.code)
        form.addRow(self.tr("Decision"), self.decision_combo)
        self.repeat_label = QLabel(objectName="fu_repeat", wordWrap=True)
        form.addRow("", self.repeat_label)
        self.note_edit = QPlainTextEdit(objectName="fu_note")
        self.note_edit.setFixedHeight(70)
        form.addRow(self.tr("Note"), self.note_edit)
        self.time_edit = QDateTimeEdit(objectName="fu_time", calendarPopup=True)
        self.time_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        wf.set_now(self.time_edit)
        form.addRow(self.tr("Contact at"), self.time_edit)
        layout.addLayout(form)
        self.message, self.buttons, self.save_button = wf.finish_dialog(
            layout, "fu", self.tr("Save follow-up")
        )
        self.setMinimumWidth(700)
        self.setStyleSheet(ls.FIELD_STYLES)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.decision_combo.currentIndexChanged.connect(self._on_decision_changed)

    # --- public ---------------------------------------------------------------------------

    def effect(self) -> str | None:
        for effect, radio in self.effect_radios.items():
            if radio.isChecked():
                return effect.code
        return None

    def earliest_repeat_text(self) -> str:
        """The earliest date for a repeat EBP: 2 weeks after the patient's last patch."""
        patches = sessions.prior_patches(self._detail.session.patient.id)
        if not patches:
            return ""
        last = max(p.performed_at for p in patches)
        return self.tr("Earliest repeat EBP: {date} (2 weeks after the last patch).").format(
            date=_date(earliest_repeat(last))
        )

    @Slot()
    def accept(self) -> None:
        """Save through the service; on refusal everything typed stays."""
        for edit in (self.lying_edit, self.standing_edit):
            ls.set_state(edit, ls.NORMAL)
        effect = self.effect()
        if effect is None:
            ls.feedback(
                self.message, self.tr("Choose the effect: none, temporary or lasting."), "error"
            )
            return
        try:
            fu_id = ward.record_follow_up(
                self._actor,
                self._session_id,
                effect=effect,
                decision=self.decision_combo.currentData(),
                lying=self.lying_edit.text().strip(),
                standing=self.standing_edit.text().strip(),
                recurrence=self.recurrence_box.isChecked(),
                note=self.note_edit.toPlainText(),
                contacted_at=wf.edit_time(self.time_edit),
            )
        except Exception as exc:  # noqa: BLE001 - bad input must never crash the dialog
            if isinstance(exc, ValidationError):
                field = {"lying": self.lying_edit, "standing": self.standing_edit}.get(exc.field)
                if field is not None:
                    ls.set_state(field, ls.REFUSED)
            ls.feedback(self.message, self.tr("Not saved: ") + explain(exc), "error")
            return
        self.follow_up_saved.emit(fu_id)
        super().accept()

    # --- slots ----------------------------------------------------------------------------

    def _on_decision_changed(self) -> None:
        if self.decision_combo.currentData() == FollowUpDecision.REPEAT_EBP.value:
            self.repeat_label.setText(self.earliest_repeat_text())
            style.set_kind(self.repeat_label, "hint")
        else:
            self.repeat_label.setText("")
            style.set_kind(self.repeat_label, "")
