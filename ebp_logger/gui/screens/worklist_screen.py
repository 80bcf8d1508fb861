"""The nurse's home: every patient lying flat after an EBP, the next headache score due first
(overdue red, due soon amber), with score entry, warning signs and end of rest one press away.
Patients whose 24-hour score is saved move to the second list until their rest is ended. A
doctor also sees the follow-ups due 2–4 weeks after a patch. Refreshes itself every 30 s and
after every save."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import ScoreTimepoint
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import EbpError
from ebp_logger.gui import prompts, style
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.messages import explain
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.models.worklist_model import (
    COL_CHANGE,
    COL_WARNINGS,
    ROW_ROLE,
    WorklistModel,
)
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.refresh_while_shown import RefreshWhileShown
from ebp_logger.gui.widgets.tables import prepare_table, selected_record, share_width
from ebp_logger.store.audit import Actor
from ebp_logger.store.permissions import Action, allowed
from ebp_logger.store.services.worklist import DueState, FollowUpDue, WorklistRow

# The clock moves a score from upcoming to due to overdue, so the rows are worked out again
# each half minute; new scores, observations and discharges are announced (store.changes).
CLOCK_MS = 30_000
# A light selection, so the red / amber of the selected row's text still reads.
TABLE_STYLE = (
    f"QTableView {{ selection-background-color: #cfe0f5; selection-color: {style.COLOR_HEADER}; }}"
)

# These share the width of a small screen (cut with "…", whole in the tooltip); the key
# columns (patient, when due, lying since, CPR, bed, next score) always fit their text.
WIDE_COLUMNS = (COL_WARNINGS, COL_CHANGE)


class WorklistScreen(RefreshWhileShown, QWidget):
    CHANGE_KINDS = frozenset({"session", "headache_score", "observation", "follow_up", "patient"})

    score_saved = Signal(int)  # session id
    observation_saved = Signal(int, bool)  # session id, a warning sign was ticked
    rest_ended = Signal(int)  # session id
    follow_up_saved = Signal(int)  # session id
    session_requested = Signal(int)  # session id, for the session view

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self._lang = current_lang()
        self.dialog: QDialog | None = None  # the dialog open now (tests fill it in)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_MS)
        self._connect_signals()
        self.watch_changes()
        self.refresh()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self._apply_role()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _button(self, text: str, name: str, kind: str = "") -> QPushButton:
        button = QPushButton(text, objectName=name)
        if kind:
            style.set_kind(button, kind)
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Patients lying flat after an EBP"), objectName="ward_title")
        style.set_kind(title, "title")
        top.addWidget(title)
        top.addStretch(1)
        self.updated_label = QLabel(objectName="ward_updated")
        style.set_kind(self.updated_label, "muted")
        top.addWidget(self.updated_label)
        self.refresh_button = self._button(self.tr("Refresh"), "ward_refresh")
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.warning_banner = QLabel(objectName="ward_warning_banner", wordWrap=True)
        style.set_kind(self.warning_banner, "alarm")
        self.warning_banner.hide()
        layout.addWidget(self.warning_banner)

        self.due_box = QGroupBox(objectName="ward_due_box")
        due_layout = QVBoxLayout(self.due_box)
        self.due_model = WorklistModel(self._lang, self)
        self.due_table = QTableView(objectName="ward_due_table")
        prepare_table(self.due_table, self.due_model)
        share_width(self.due_table, WIDE_COLUMNS)
        self.due_empty = QLabel(
            self.tr("No patient is waiting for a headache score."), objectName="ward_due_empty"
        )
        style.set_kind(self.due_empty, "muted")
        due_layout.addWidget(self.due_table, 1)
        due_layout.addWidget(self.due_empty)
        row = QHBoxLayout()
        self.score_button = self._button(self.tr("Enter score…"), "ward_score", "primary")
        self.observe_button = self._button(self.tr("Warning signs…"), "ward_observe")
        self.end_rest_button = self._button(self.tr("End rest / discharge…"), "ward_end_rest")
        for b in (self.score_button, self.observe_button, self.end_rest_button):
            row.addWidget(b)
        row.addStretch(1)
        due_layout.addLayout(row)
        layout.addWidget(self.due_box, 3)

        self.scored_box = QGroupBox(objectName="ward_scored_box")
        scored_layout = QVBoxLayout(self.scored_box)
        self.scored_model = WorklistModel(self._lang, self)
        self.scored_table = QTableView(objectName="ward_scored_table")
        prepare_table(self.scored_table, self.scored_model)
        share_width(self.scored_table, WIDE_COLUMNS)
        scored_layout.addWidget(self.scored_table, 1)
        row = QHBoxLayout()
        self.scored_observe_button = self._button(self.tr("Warning signs…"), "ward_scored_observe")
        self.discharge_button = self._button(
            self.tr("End rest / discharge…"), "ward_discharge", "primary"
        )
        row.addWidget(self.scored_observe_button)
        row.addWidget(self.discharge_button)
        row.addStretch(1)
        scored_layout.addLayout(row)
        layout.addWidget(self.scored_box, 2)

        self.follow_box = QGroupBox(objectName="ward_follow_box")
        follow_layout = QVBoxLayout(self.follow_box)
        self.follow_model = RecordTableModel(
            [
                Column(self.tr("Patient"), lambda f: f.session.patient.name),
                Column(self.tr("CPR"), lambda f: f.session.patient.cpr_display),
                Column(self.tr("Patch"), lambda f: wf.local_hm(f.session.ended_at)),
                Column(
                    self.tr("Follow-up window"),
                    lambda f: (
                        f"{to_local(f.window_start):%d.%m.} – {to_local(f.window_end):%d.%m.%Y}"
                    ),
                    lambda f: style.COLOR_ALARM if f.state is DueState.OVERDUE else None,
                ),
                Column(self.tr("State"), lambda f: wf.state_label(f.state)),
            ],
            self,
        )
        self.follow_table = QTableView(objectName="ward_follow_table")
        prepare_table(self.follow_table, self.follow_model)
        follow_layout.addWidget(self.follow_table, 1)
        row = QHBoxLayout()
        self.follow_button = self._button(self.tr("Record follow-up…"), "ward_follow_up")
        row.addWidget(self.follow_button)
        row.addStretch(1)
        follow_layout.addLayout(row)
        layout.addWidget(self.follow_box, 2)
        self.message = QLabel(objectName="ward_message", wordWrap=True)
        layout.addWidget(self.message)
        self._apply_role()

    def _apply_role(self) -> None:
        role = self.actor.role
        may_score = allowed(role, Action.RECORD_SCORE)
        may_observe = allowed(role, Action.RECORD_OBSERVATION)
        may_discharge = allowed(role, Action.DISCHARGE)
        self.score_button.setVisible(may_score)
        self.observe_button.setVisible(may_observe)
        self.scored_observe_button.setVisible(may_observe)
        self.end_rest_button.setVisible(may_discharge)
        self.discharge_button.setVisible(may_discharge)
        self.follow_box.setVisible(allowed(role, Action.RECORD_FOLLOW_UP))

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.score_button.clicked.connect(self._on_score_clicked)
        self.due_table.activated.connect(self._on_score_clicked)
        self.observe_button.clicked.connect(self._on_observe_clicked)
        self.scored_observe_button.clicked.connect(self._on_scored_observe_clicked)
        self.end_rest_button.clicked.connect(self._on_end_rest_clicked)
        self.discharge_button.clicked.connect(self._on_discharge_clicked)
        self.scored_table.activated.connect(self._on_discharge_clicked)
        self.follow_button.clicked.connect(self._on_follow_up_clicked)
        self.follow_table.activated.connect(self._on_follow_up_clicked)
        for view in (self.due_table, self.scored_table, self.follow_table):
            view.setStyleSheet(TABLE_STYLE)
        for view in (self.due_table, self.scored_table, self.follow_table):
            view.selectionModel().currentRowChanged.connect(self._on_selection_changed)

    # --- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload both lists, keeping the selected patient selected."""
        from ebp_logger.store.services import worklist

        keep_due, keep_scored = self._selected(self.due_table), self._selected(self.scored_table)
        try:
            overview = worklist.ward_overview()
            may_follow = allowed(self.actor.role, Action.RECORD_FOLLOW_UP)
            follow = worklist.follow_ups_due() if may_follow else []
        except EbpError as exc:
            self.message.setText(self.tr("Could not load the lists: ") + explain(exc))
            style.set_kind(self.message, "error")
            return
        self._fill(self.due_table, self.due_model, overview.due, keep_due)
        self._fill(self.scored_table, self.scored_model, overview.scored, keep_scored)
        self.follow_model.set_rows(follow)
        self.due_box.setTitle(self.tr("Headache scores due (%n)", "", len(overview.due)))
        self.scored_box.setTitle(
            self.tr("24-hour score done, still lying flat (%n)", "", len(overview.scored))
        )
        self.follow_box.setTitle(
            self.tr("Follow-up 2–4 weeks after the patch (%n)", "", len(follow))
        )
        self.due_empty.setVisible(not overview.due)
        flagged = [r for r in (*overview.due, *overview.scored) if r.warnings]
        self.warning_banner.setVisible(bool(flagged))
        if flagged:
            self.warning_banner.setText(
                self.tr(
                    "Warning signs not yet seen by a doctor: %1. The anaesthesiologist's home "
                    "screen shows them until acknowledged."
                ).replace("%1", ", ".join(r.session.patient.name for r in flagged))
            )
        self.updated_label.setText(self.tr("Updated %1").replace("%1", wf.local_hm(utcnow())))
        self._on_selection_changed()

    def _fill(self, view: QTableView, model: WorklistModel, rows, keep: WorklistRow | None) -> None:
        model.set_rows(rows)
        if not rows:
            return
        ids = [r.session_id for r in rows]
        view.selectRow(ids.index(keep.session_id) if keep and keep.session_id in ids else 0)

    @staticmethod
    def _selected(view: QTableView) -> WorklistRow | None:
        index = view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def due_rows(self) -> list[WorklistRow]:
        return self.due_model.rows()

    def scored_rows(self) -> list[WorklistRow]:
        return self.scored_model.rows()

    # --- dialogs --------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        """Open a dialog window-modal without blocking (the timer keeps the list fresh)."""
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def open_score_dialog(self, row: WorklistRow) -> QDialog:
        from ebp_logger.gui.dialogs.score_dialog import ScoreDialog

        timepoint = row.next_due.timepoint if row.next_due else ScoreTimepoint.CHECKPOINT.value
        dialog = ScoreDialog(self.actor, row.session_id, timepoint, self)
        dialog.score_saved.connect(lambda _id, sid=row.session_id: self._on_saved(sid, "score"))
        self._show(dialog)
        return dialog

    def open_observation_dialog(self, row: WorklistRow) -> QDialog:
        from ebp_logger.gui.dialogs.observation_dialog import ObservationDialog

        dialog = ObservationDialog(self.actor, row.session_id, self)
        dialog.observation_saved.connect(
            lambda _id, flagged, sid=row.session_id: self._on_observation_saved(sid, flagged)
        )
        self._show(dialog)
        return dialog

    def open_follow_up_dialog(self, item: FollowUpDue) -> QDialog:
        from ebp_logger.gui.dialogs.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.actor, item.session.id, self)
        dialog.follow_up_saved.connect(
            lambda _id, sid=item.session.id: self._on_saved(sid, "follow_up")
        )
        self._show(dialog)
        return dialog

    def end_rest(self, row: WorklistRow) -> bool:
        """Ask, then record the end of rest and who discharged (``sessions.end_rest``)."""
        from ebp_logger.clinical.limits import SUPINE_REST
        from ebp_logger.store.services import sessions

        name = row.session.patient.name
        if row.warnings and not allowed(self.actor.role, Action.ACKNOWLEDGE_WARNING):
            # An open warning sign: the doctor sees the patient and ends the rest.
            self.message.setText(
                self.tr(
                    "Not discharged: %1 has a warning sign no doctor has acknowledged. "
                    "Call the anaesthesiologist, who ends the rest and records the action taken."
                ).replace("%1", name)
            )
            style.set_kind(self.message, "error")
            return False
        early = row.lying_for < SUPINE_REST
        text = self.tr("End the rest and discharge %1 now?").replace("%1", name)
        if early:
            text += "\n\n" + self.tr(
                "The patient has rested %1 of the %2 h: ending the rest early needs a reason."
            ).replace("%1", wf.hours_minutes(row.lying_for)).replace(
                "%2", str(int(SUPINE_REST.total_seconds() // 3600))
            )
        if row.next_due is not None:
            text += "\n\n" + self.tr(
                "The 24-hour headache score has not been recorded yet. Record it first if you can."
            )
        if not prompts.confirm(
            self,
            self.tr("End rest / discharge"),
            text,
            self.tr("Discharge"),
            self.tr("Not now"),
            warning=row.next_due is not None or early or bool(row.warnings),
        ):
            return False
        reason = action = ""
        if early:
            reason = prompts.ask_reason(
                self,
                self.tr("End rest early"),
                self.tr("Rested %1. Why is the rest ended early?").replace(
                    "%1", wf.hours_minutes(row.lying_for)
                ),
            )
            if reason is None:
                return False
        if row.warnings:
            action = prompts.ask_reason(
                self,
                self.tr("Warning sign not acknowledged"),
                self.tr("Action taken for the warning sign (one line):"),
            )
            if action is None:
                return False
        try:
            sessions.end_rest(self.actor, row.session_id, reason=reason, action_taken=action)
        except EbpError as exc:
            self.message.setText(self.tr("Not saved: ") + explain(exc))
            style.set_kind(self.message, "error")
            return False
        self._on_saved(row.session_id, "rest")
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        has_due = self._selected(self.due_table) is not None
        for b in (self.score_button, self.observe_button, self.end_rest_button):
            b.setEnabled(has_due)
        has_scored = self._selected(self.scored_table) is not None
        self.scored_observe_button.setEnabled(has_scored)
        self.discharge_button.setEnabled(has_scored)
        self.follow_button.setEnabled(selected_record(self.follow_table) is not None)

    def _on_score_clicked(self) -> None:
        row = self._selected(self.due_table)
        if row is not None:
            self.open_score_dialog(row)

    def _on_observe_clicked(self) -> None:
        row = self._selected(self.due_table)
        if row is not None:
            self.open_observation_dialog(row)

    def _on_scored_observe_clicked(self) -> None:
        row = self._selected(self.scored_table)
        if row is not None:
            self.open_observation_dialog(row)

    def _on_end_rest_clicked(self) -> None:
        row = self._selected(self.due_table)
        if row is not None:
            self.end_rest(row)

    def _on_discharge_clicked(self) -> None:
        row = self._selected(self.scored_table)
        if row is not None:
            self.end_rest(row)

    def _on_follow_up_clicked(self) -> None:
        item = selected_record(self.follow_table)
        if item is not None:
            self.open_follow_up_dialog(item)

    def _on_saved(self, session_id: int, what: str) -> None:
        texts = {
            "score": self.tr("Score saved."),
            "rest": self.tr("Rest ended; the patient is discharged."),
            "follow_up": self.tr("Follow-up saved."),
        }
        self.message.setText(texts[what])
        style.set_kind(self.message, "ok")
        self.refresh()
        {"score": self.score_saved, "rest": self.rest_ended, "follow_up": self.follow_up_saved}[
            what
        ].emit(session_id)

    def _on_observation_saved(self, session_id: int, flagged: bool) -> None:
        self.message.setText(
            self.tr("Observation saved; the anaesthesiologist is alerted.")
            if flagged
            else self.tr("Observation saved.")
        )
        style.set_kind(self.message, "ok")
        self.refresh()
        self.observation_saved.emit(session_id, flagged)

    def _on_dialog_finished(self) -> None:
        self.dialog = None
