"""The anaesthesiologist's start page: warning signs to acknowledge, patient search, sessions in
progress (reopened where they were), today's sessions and the patients lying flat."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTableView, QWidget

from ebp_logger.clinical.enums import ScoreTimepoint, SessionStatus
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.errors import EbpError
from ebp_logger.gui import messages
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.formatting import (
    indication_short,
    local_datetime,
    local_time,
    since,
    status_label,
    volume_text,
)
from ebp_logger.gui.forms.ui_home import Ui_HomeScreen
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.style import COLOR_ALARM, COLOR_OK, COLOR_WARN
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.refresh_while_shown import RefreshWhileShown
from ebp_logger.gui.widgets.tables import prepare_table, selected_record, share_width
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import ObservationRecord, SessionRecord
from ebp_logger.store.services.worklist import DueState

CLOCK_MS = 30_000  # repaints the times ("since", "24 h score due"); data changes are announced


def _due_text(row) -> str:
    """When the next score is due; a department checkpoint (not the 24 h score) is named."""
    text = wf.due_text(row)
    point = row.next_due
    if point is not None and point.timepoint != ScoreTimepoint.H24.value:
        text = f"{wf.point_label(point)}: {text}"
    return text


def _due_color(row) -> str | None:
    """As on the ward's list: red once overdue, amber when due soon, green when done."""
    if row.next_due is None:
        return COLOR_OK
    return {DueState.OVERDUE: COLOR_ALARM, DueState.DUE_SOON: COLOR_WARN}.get(row.state)


def _sign_label(code: str, lang: str) -> str:
    try:
        return WarningSign(code).label(lang)
    except ValueError:
        return code


class HomeScreen(RefreshWhileShown, QWidget):
    # The tables the four lists show (store.changes kinds): warnings, sessions, volumes, names.
    CHANGE_KINDS = frozenset({"session", "observation", "injection", "patient"})

    patient_requested = Signal(int)  # patient id
    find_patient_requested = Signal(str)  # the search text, for the patient screen
    register_patient_requested = Signal()
    session_resume_requested = Signal(int)  # session id (set-up or in progress)
    outcomes_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        self._lang = current_lang()
        self._unfinished: int | None = None  # the session offered in the hint line
        self._usual_hint = self.ui.inProgressHint.text()
        self._build_models()
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_MS)
        self._connect_signals()
        self.watch_changes()
        self.setFocusProxy(self.ui.searchEdit)
        self.refresh()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor

    def _build_models(self) -> None:
        lang = self._lang
        self.warnings_model = RecordTableModel(
            [
                Column(self.tr("Seen"), lambda w: local_datetime(w[1].observed_at)),
                Column(self.tr("Patient"), lambda w: w[0].patient.name),
                Column(self.tr("CPR"), lambda w: w[0].patient.cpr_display),
                Column(
                    self.tr("Warning signs"),
                    lambda w: "; ".join(_sign_label(s, lang) for s in w[1].signs),
                    lambda w: COLOR_ALARM,
                ),
                Column(self.tr("Note"), lambda w: w[1].note),
                Column(self.tr("Recorded by"), lambda w: w[1].meta.recorded_by),
            ],
            self,
        )
        self.in_progress_model = RecordTableModel(
            [
                Column(self.tr("Patient"), lambda s: s.patient.name),
                Column(self.tr("CPR"), lambda s: s.patient.cpr_display),
                Column(
                    self.tr("Status"),
                    lambda s: status_label(s.status, lang),
                    lambda s: COLOR_WARN if s.status == SessionStatus.IN_PROGRESS.value else None,
                ),
                Column(self.tr("Since"), lambda s: since(s.started_at or s.created_at)),
                Column(self.tr("Blood"), volume_text),
                Column(self.tr("Operator"), lambda s: s.operator),
            ],
            self,
        )
        self.today_model = RecordTableModel(
            [
                Column(self.tr("Time"), lambda s: local_time(s.started_at or s.created_at)),
                Column(self.tr("Patient"), lambda s: s.patient.name),
                Column(self.tr("Indication"), lambda s: indication_short(s, lang)),
                Column(self.tr("Status"), lambda s: status_label(s.status, lang)),
                Column(self.tr("Volume"), volume_text),
                Column(self.tr("Operator"), lambda s: s.operator),
            ],
            self,
        )
        # The same rows and the same rule as the nurses' worklist (worklist.ward_overview):
        # the doctor and the ward never disagree on what is due.
        self.rest_model = RecordTableModel(
            [
                Column(self.tr("Patient"), lambda r: r.session.patient.name),
                Column(self.tr("Bed"), lambda r: r.session.room_bed),
                Column(self.tr("Due"), _due_text, _due_color),
            ],
            self,
        )
        prepare_table(self.ui.warningsTable, self.warnings_model)
        prepare_table(self.ui.inProgressTable, self.in_progress_model)
        prepare_table(self.ui.todayTable, self.today_model)
        prepare_table(self.ui.restTable, self.rest_model)
        share_width(self.ui.restTable, (0,))
        share_width(self.ui.warningsTable, (1, 3, 4))

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.ui.searchEdit.returnPressed.connect(self._on_search_submitted)
        self.ui.searchButton.clicked.connect(self._on_search_submitted)
        self.ui.newPatientButton.clicked.connect(self.register_patient_requested)
        self.ui.outcomesButton.clicked.connect(self.outcomes_requested)
        self.ui.inProgressTable.activated.connect(self._on_resume_clicked)
        self.ui.resumeButton.clicked.connect(self._on_resume_clicked)
        self.ui.todayTable.activated.connect(self._on_today_activated)
        self.ui.restTable.activated.connect(self._on_rest_activated)
        self.ui.acknowledgeButton.clicked.connect(self._on_acknowledge_clicked)
        self.ui.warningsTable.activated.connect(self._on_acknowledge_clicked)

    # -- data ---------------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        """The clock moved: repaint the times (computed as they are drawn), read nothing."""
        for view in self.findChildren(QTableView):
            view.viewport().update()

    def refresh(self) -> None:
        """Reload every list (a fixed handful of indexed statements; on show and on a change)."""
        from ebp_logger.store.services import queries, worklist

        try:
            warnings = queries.unacknowledged_warnings()
            in_progress = queries.in_progress()
            today = queries.todays_sessions()
            overview = worklist.ward_overview()
            resting = [*overview.due, *overview.scored]
        except EbpError as exc:
            messages.show_error(self, exc, self.tr("Could not load the lists"))
            return
        self.warnings_model.set_rows(warnings)
        self._fit_warnings_table(len(warnings))
        self.ui.warningsBox.setVisible(bool(warnings))
        self.ui.warningsBox.setTitle(
            self.tr("Warning signs not yet acknowledged (%n)", "", len(warnings))
        )
        if warnings:
            self.ui.warningsTable.selectRow(0)
        self.in_progress_model.set_rows(in_progress)
        if self._unfinished is not None and all(s.id != self._unfinished for s in in_progress):
            self._unfinished = None  # reopened and finished elsewhere: the usual hint again
            self._set_hint("muted", self._usual_hint)
        self.ui.resumeButton.setEnabled(bool(in_progress))
        if in_progress and not self.ui.inProgressTable.currentIndex().isValid():
            self.ui.inProgressTable.selectRow(0)
        self.today_model.set_rows(today)
        self.rest_model.set_rows(resting)
        self.ui.restSummaryLabel.setText(self._rest_summary(resting))

    # Rows of the warning panel shown whole before it scrolls (each row is a patient at risk).
    WARNING_ROWS_SHOWN = 4

    def _fit_warnings_table(self, count: int) -> None:
        """Every warning row whole: the signs wrap in their column instead of a horizontal
        scrollbar laid over half the row, and the table is as tall as its rows (up to
        ``WARNING_ROWS_SHOWN``, then it scrolls by whole rows)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView

        table = self.ui.warningsTable
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(self.warnings_model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col in (self.WARNING_SIGNS_COL, self.WARNING_NOTE_COL)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        shown = range(min(count, self.WARNING_ROWS_SHOWN))
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(i) for i in shown)
        table.setMaximumHeight(16777215)
        table.setFixedHeight(max(height, header.sizeHint().height() * 2))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_warnings_table(self.warnings_model.rowCount())  # rows re-wrap at a new width

    WARNING_SIGNS_COL = 3
    WARNING_NOTE_COL = 4

    def _rest_summary(self, resting: list) -> str:
        if not resting:
            return self.tr("No patient is lying flat after an EBP.")
        due = [r for r in resting if r.next_due is not None and r.state is DueState.OVERDUE]
        text = self.tr("Patients lying flat: %n.", "", len(resting))
        if due:
            text += " " + self.tr("24-hour score due now: %n.", "", len(due))
        return text

    # -- slots --------------------------------------------------------------------------------
    def _on_search_submitted(self) -> None:
        from ebp_logger.store.services import patients

        text = self.ui.searchEdit.text().strip()
        if not text:
            self.register_patient_requested.emit()
            return
        found = patients.find_patients(text, limit=2)
        if len(found) == 1:
            self.patient_requested.emit(found[0].id)
        else:
            self.find_patient_requested.emit(text)

    def point_at_unfinished(self, session_id: int, text: str) -> None:
        """Offer an unfinished session here, in its own list, instead of in a dialog laid over
        the warning panel: the warnings stay whole and readable while the doctor decides."""
        for row, record in enumerate(self.in_progress_model.records()):
            if record.id == session_id:
                self.ui.inProgressTable.selectRow(row)
        self._unfinished = session_id
        self._set_hint("hint", text)
        self.ui.inProgressTable.setFocus()  # so Enter reopens it, as the hint says

    def _set_hint(self, kind: str, text: str) -> None:
        hint = self.ui.inProgressHint
        hint.setProperty("kind", kind)
        hint.setText(text)
        hint.setWordWrap(kind == "hint")
        hint.style().polish(hint)

    def _on_resume_clicked(self) -> None:
        record = selected_record(self.ui.inProgressTable)
        if record is not None:
            self.session_resume_requested.emit(record.id)

    def _on_today_activated(self) -> None:
        record = selected_record(self.ui.todayTable)
        if record is None:
            return
        if record.status in (SessionStatus.SETUP.value, SessionStatus.IN_PROGRESS.value):
            self.session_resume_requested.emit(record.id)
        else:
            self.patient_requested.emit(record.patient.id)

    def _on_rest_activated(self) -> None:
        record = selected_record(self.ui.restTable)
        if record is not None:
            self.patient_requested.emit(record.session.patient.id)

    def _on_acknowledge_clicked(self) -> None:
        from ebp_logger.store.services import ward

        item: tuple[SessionRecord, ObservationRecord] | None = selected_record(
            self.ui.warningsTable
        )
        if item is None:
            return
        from ebp_logger.gui import prompts

        action = prompts.ask_reason(
            self,
            self.tr("Acknowledge warning sign"),
            self.tr("Action taken (one line), e.g. patient seen, MRI ordered:"),
        )
        if action is None:
            return
        try:
            ward.acknowledge(self.actor, item[1].meta.id, action)
        except EbpError as exc:
            messages.show_error(self, exc, self.tr("Not acknowledged"))
            return
        self.refresh()
