"""The nurse worklist as a table: patient, bed, when the next score is due (overdue rows red,
due-soon rows amber), warning signs not yet acknowledged, which score, time lying since the
procedure ended and the change against the baseline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ebp_logger.clinical.schedule import hours_after
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.gui import style
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.formatting import number
from ebp_logger.gui.models.list_table_model import Index, ListTableModel
from ebp_logger.store.services.worklist import DueState, WorklistRow

COL_PATIENT = 0
COL_CPR = 1
COL_BED = 2
COL_DUE = 3
COL_WARNINGS = 4
COL_NEXT = 5
COL_LYING = 6
COL_CHANGE = 7
COLUMN_COUNT = 8

ROW_ROLE = Qt.ItemDataRole.UserRole  # the WorklistRow itself

_BACKGROUND = {DueState.OVERDUE: "#fdecea", DueState.DUE_SOON: "#fff4e0"}
_FOREGROUND = {DueState.OVERDUE: style.COLOR_ALARM, DueState.DUE_SOON: "#8a5200"}


class WorklistModel(ListTableModel):
    def __init__(self, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._headers = {
            COL_PATIENT: self.tr("Patient"),
            COL_CPR: self.tr("CPR"),
            COL_BED: self.tr("Bed"),
            COL_LYING: self.tr("Lying flat (since)"),
            COL_NEXT: self.tr("Next score"),
            COL_DUE: self.tr("Due"),
            COL_CHANGE: self.tr("Change since before the patch"),
            COL_WARNINGS: self.tr("Warning signs"),
        }

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def _signs(self, row: WorklistRow) -> str:
        codes = sorted({c for w in row.warnings for c in w.signs})
        return "; ".join(WarningSign(c).label(self._lang) for c in codes)

    def _text(self, row: WorklistRow, column: int) -> str:
        s = row.session
        if column == COL_PATIENT:
            return s.patient.name
        if column == COL_CPR:
            return s.patient.cpr_display
        if column == COL_BED:
            return s.room_bed
        if column == COL_LYING:
            return f"{wf.hours_minutes(row.lying_for)} · {wf.local_hm(row.procedure_end)}"
        if column == COL_NEXT:
            text = wf.point_label(row.next_due)
            if row.missed:
                missed = ", ".join(
                    self.tr("%1 h").replace("%1", number(p.hours)) for p in row.missed
                )
                text += " · " + self.tr("missed: %1").replace("%1", missed)
            return text
        if column == COL_DUE:
            return wf.due_text(row)
        if column == COL_CHANGE:
            text = wf.change_text(row.change)
            if text and row.last_score is not None:  # the score as what it is: its own hours
                hours = hours_after(row.procedure_end, row.last_score.taken_at)
                text = self.tr("at %1 h: ").replace("%1", number(round(hours, 1))) + text
            return text
        if column == COL_WARNINGS:
            return self._signs(row)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.state in _BACKGROUND:
            return QBrush(QColor(_BACKGROUND[row.state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_WARNINGS and row.warnings:
                return QBrush(QColor(style.COLOR_ALARM))
            if col == COL_CHANGE and row.change and row.change.good_response:
                return QBrush(QColor(style.COLOR_OK))
            if col in (COL_DUE, COL_NEXT) and row.state in _FOREGROUND:
                return QBrush(QColor(_FOREGROUND[row.state]))
        if role == Qt.ItemDataRole.FontRole and (
            (col == COL_DUE and row.state in _FOREGROUND) or (col == COL_WARNINGS and row.warnings)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def column_header(self, section: int) -> str | None:
        return self._headers.get(section)
