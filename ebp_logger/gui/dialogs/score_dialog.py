"""Headache score on the ward: NRS 0–10 lying and standing with the time it was taken.

docs/clinical-rules.md "The procedure": scored before and 24 h after the patch (the 24 h pair); the
department may add checkpoints. The baseline is shown and the change against it is worked out
as the nurse types (a reduction of at least 50 % is a good response, "Outcome figures").
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import ScoreTimepoint
from ebp_logger.clinical.schedule import hours_after, in_24h_window
from ebp_logger.clinical.validation import nrs
from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError, ValidationError
from ebp_logger.gui import prompts, style
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.messages import explain
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import SessionDetail
from ebp_logger.store.score_window import h24_window
from ebp_logger.store.services import queries, ward
from ebp_logger.store.services.worklist import score_change

_FIELD_PT = style.BIG_POINT_SIZE


class ScoreDialog(QDialog):
    """``score_saved(id)`` once the service committed the score; the dialog then closes."""

    score_saved = Signal(int)

    def __init__(
        self,
        actor: Actor,
        session_id: int,
        timepoint: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._detail: SessionDetail = queries.session_detail(session_id)
        self._window = h24_window()
        self.setWindowTitle(self.tr("Headache score"))
        self.setModal(True)
        self._build()
        self._connect_signals()
        self._choose_timepoint(timepoint)
        self._on_scores_edited()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        s = self._detail.session
        layout = QVBoxLayout(self)
        patient = QLabel(
            f"{s.patient.name}   {s.patient.cpr_display}"
            + (f"   · {self.tr('Bed')} {s.room_bed}" if s.room_bed else ""),
            objectName="score_patient",
        )
        style.set_kind(patient, "patient")
        layout.addWidget(patient)
        if s.ended_at:
            layout.addWidget(
                QLabel(
                    self.tr("Procedure ended {time}; lying flat for {span}.").format(
                        time=wf.local_hm(s.ended_at),
                        span=wf.hours_minutes(utcnow() - s.ended_at),
                    ),
                    objectName="score_ended",
                )
            )
        self.timepoint_group = QButtonGroup(self)
        row = QHBoxLayout()
        low, high = (int(w.total_seconds() // 3600) for w in self._window)
        self.h24_radio = QRadioButton(
            self.tr("24-hour score (counts {low}–{high} h after the end)").format(
                low=low, high=high
            ),
            objectName="score_h24",
        )
        self.checkpoint_radio = QRadioButton(
            self.tr("Extra checkpoint during the rest"), objectName="score_checkpoint"
        )
        for radio in (self.h24_radio, self.checkpoint_radio):
            self.timepoint_group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)

        base = self._detail.score(ScoreTimepoint.BASELINE.value)
        self.baseline_label = QLabel(objectName="score_baseline")
        self.baseline_label.setText(
            self.tr("Before the patch: lying {lying}, standing {standing} (taken {time}).").format(
                lying=base.lying, standing=base.standing, time=wf.local_hm(base.taken_at)
            )
            if base
            else self.tr("No score was recorded before the patch: the change cannot be shown.")
        )
        style.set_kind(self.baseline_label, "strong" if base else "warning")
        layout.addWidget(self.baseline_label)

        form = QFormLayout()
        self.lying_edit = self._nrs_edit("score_lying")
        self.standing_edit = self._nrs_edit("score_standing")
        self.time_edit = QDateTimeEdit(objectName="score_time", calendarPopup=True)
        self.time_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        wf.set_now(self.time_edit)
        form.addRow(self.tr("Headache lying (NRS 0–10)"), self.lying_edit)
        form.addRow(self.tr("Headache standing (NRS 0–10)"), self.standing_edit)
        form.addRow(self.tr("Time taken"), self.time_edit)
        layout.addLayout(form)

        self.change_label = QLabel(objectName="score_change", wordWrap=True)
        self.change_label.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 2}pt;")
        layout.addWidget(self.change_label)
        self.message, self.buttons, self.save_button = wf.finish_dialog(
            layout, "score", self.tr("Save score")
        )
        self.setMinimumWidth(640)
        self.setStyleSheet(ls.FIELD_STYLES)

    def _nrs_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name, placeholderText="0–10", maxLength=4)
        edit.setStyleSheet(f"font-size: {_FIELD_PT}pt; max-width: 120px;")
        return edit

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lying_edit.textEdited.connect(self._on_scores_edited)
        self.standing_edit.textEdited.connect(self._on_scores_edited)

    def _choose_timepoint(self, timepoint: str | None) -> None:
        """The 24-hour score is never preselected: the nurse says which score this is (a
        preselected "24-hour score" was saved minutes after the patch and counted as the
        response). A checkpoint asked for by the worklist is preselected."""
        has_h24 = self._detail.score(ScoreTimepoint.H24.value) is not None
        self.h24_radio.setEnabled(not has_h24)
        if has_h24:
            self.h24_radio.setToolTip(self.tr("The 24-hour score is already recorded."))
        if timepoint == ScoreTimepoint.CHECKPOINT.value or has_h24:
            self.checkpoint_radio.setChecked(True)
        self.lying_edit.setFocus()

    # --- public ---------------------------------------------------------------------------

    def timepoint(self) -> str | None:
        """The chosen time point, None while neither is chosen."""
        if self.h24_radio.isChecked():
            return ScoreTimepoint.H24.value
        if self.checkpoint_radio.isChecked():
            return ScoreTimepoint.CHECKPOINT.value
        return None

    @staticmethod
    def _hours_text(hours: float) -> str:
        from ebp_logger.gui.ui_language import current_lang

        text = f"{hours:.1f}"
        return text.replace(".", ",") if current_lang() == "da" else text

    def _confirm_outside_window(self) -> bool:
        """A "24-hour score" taken outside the window is saved as what it is (a score during
        the rest, with its own time) only when the nurse agrees; it never counts as the 24-hour
        score (store.services.ward)."""
        ended = self._detail.session.ended_at
        taken = wf.edit_time(self.time_edit)
        if ended is None or in_24h_window(ended, taken, self._window):
            return True
        low, high = (int(w.total_seconds() // 3600) for w in self._window)
        ok = prompts.confirm(
            self,
            self.tr("Not the 24-hour score"),
            self.tr(
                "This score is taken {hours} h after the procedure ended. The 24-hour score "
                "counts only from {low} to {high} h after the end.\n\nSave it as a score "
                "during the rest ({hours} h)? It will not count as the 24-hour score."
            ).format(hours=self._hours_text(hours_after(ended, taken)), low=low, high=high),
            self.tr("Save as a score during the rest"),
            self.tr("Go back"),
            warning=True,
        )
        if ok:
            self.checkpoint_radio.setChecked(True)
        return ok

    @Slot()
    def accept(self) -> None:
        """Save through the service; on refusal the typed values stay and the reason shows."""
        for edit in (self.lying_edit, self.standing_edit):
            ls.set_state(edit, ls.NORMAL)
        for name, edit in (("lying", self.lying_edit), ("standing", self.standing_edit)):
            try:  # the values first: a wrong number is explained before the time point
                nrs(edit.text().strip())
            except ValidationError as exc:
                self._on_save_failed(
                    ValidationError(name, f"Headache {name}: {exc.message}", exc.allowed)
                )
                return
        if self.timepoint() is None:
            ls.feedback(
                self.message,
                self.tr(
                    "Not saved: choose which score this is (24-hour score or during the rest)."
                ),
                "error",
            )
            return
        if self.timepoint() == ScoreTimepoint.H24.value and not self._confirm_outside_window():
            ls.feedback(
                self.message,
                self.tr("Not saved: the time is outside the 24-hour window."),
                "error",
            )
            return
        try:
            score_id = ward.record_score(
                self._actor,
                self._session_id,
                self.timepoint(),
                self.lying_edit.text().strip(),
                self.standing_edit.text().strip(),
                taken_at=wf.edit_time(self.time_edit),
            )
        except Exception as exc:  # noqa: BLE001 - bad input must never crash the ward screen
            self._on_save_failed(exc)
            return
        self.score_saved.emit(score_id)
        super().accept()

    # --- slots ----------------------------------------------------------------------------

    def _on_scores_edited(self) -> None:
        """Show the change against the baseline while typing (nothing is saved here)."""
        base = self._detail.score(ScoreTimepoint.BASELINE.value)
        values = []
        for edit in (self.lying_edit, self.standing_edit):
            try:
                values.append(nrs(edit.text().strip()) if edit.text().strip() else None)
            except (EbpError, ValueError):
                values.append(None)
        lying, standing = values
        if base is None or lying is None or standing is None:
            self.change_label.setText("")
            return
        change = score_change(base.lying, base.standing, lying, standing)
        text = wf.change_text(change)
        if change.good_response is True:
            text = "✓ " + text + self.tr(" (at least 50 % lower)")
            self.change_label.setStyleSheet(
                f"color: {style.COLOR_OK}; font-weight: bold; font-size: {style.BASE_POINT_SIZE + 2}pt;"
            )
        else:
            if change.good_response is False:
                text += self.tr(": less than a 50 % reduction")
            self.change_label.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 2}pt;")
        self.change_label.setText(text)

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            field = {"lying": self.lying_edit, "standing": self.standing_edit}.get(exc.field)
            if field is not None:
                ls.set_state(field, ls.REFUSED)
                field.setFocus()
                field.selectAll()
        ls.feedback(self.message, self.tr("Not saved: ") + explain(exc), "error")
