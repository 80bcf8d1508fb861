"""Every entry of a session (vitals, injections, events, the stop) in time order, every version:
a corrected or voided entry stays in the table, struck through and greyed, next to its
replacement. Monitor values are shown in their own colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ebp_logger.clinical.enums import Component, EcgRhythm, EventKind, VitalSource
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.gui import style
from ebp_logger.gui.formatting import ml_number
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.records import (
    EntryMeta,
    EventRecord,
    InjectionRecord,
    SessionDetail,
    StopRecordData,
    VitalRecord,
)

VITAL, INJECTION, EVENT, STOP = "vital", "injection", "event", "stop"
_KIND_ORDER = {VITAL: 0, EVENT: 1, INJECTION: 2, STOP: 3}

COL_TIME, COL_KIND, COL_VALUES, COL_SOURCE, COL_BY, COL_STATE = range(6)
COLUMN_COUNT = 6

Record = VitalRecord | InjectionRecord | EventRecord | StopRecordData


@dataclass(frozen=True)
class EntryRow:
    """One line of the table: which service table it is in, and the record as read."""

    kind: str
    record: Record

    @property
    def meta(self) -> EntryMeta:
        return self.record.meta

    @property
    def time(self) -> datetime:
        r = self.record
        if isinstance(r, VitalRecord):
            return r.taken_at
        if isinstance(r, InjectionRecord):
            return r.given_at
        return r.at

    @property
    def sort_key(self) -> tuple:
        return (self.time, _KIND_ORDER[self.kind], self.meta.id)

    @property
    def is_device(self) -> bool:
        return isinstance(self.record, VitalRecord) and self.record.source == VitalSource.DEVICE

    @property
    def is_artefact(self) -> bool:
        return isinstance(self.record, VitalRecord) and self.record.is_artefact

    @property
    def kept(self) -> bool:
        """Waiting on this PC for the department server (services/kept_records.py)."""
        return self.meta.id < 0

    @property
    def changeable(self) -> bool:
        """May be corrected or voided: current, and on the server (not waiting on this PC)."""
        return self.meta.current and not self.kept

    @property
    def struck(self) -> bool:
        """No longer counts: corrected, voided or an artefact."""
        return not self.meta.current or self.is_artefact


def rows_of(detail: SessionDetail) -> list[EntryRow]:
    rows = [EntryRow(VITAL, v) for v in detail.vitals]
    rows += [EntryRow(INJECTION, i) for i in detail.injections]
    rows += [EntryRow(EVENT, e) for e in detail.events]
    rows += [EntryRow(STOP, s) for s in detail.stops]
    rows.sort(key=lambda r: r.sort_key)
    return rows


class EntriesTableModel(QAbstractTableModel):
    """``set_detail`` after a full read (reset), ``append_vitals`` for new monitor rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._lang = ls.label_lang()
        self._headers = (
            self.tr("Time"),
            self.tr("Entry"),
            self.tr("Values"),
            self.tr("Source"),
            self.tr("By"),
            self.tr("State"),
        )
        self._struck_font = QFont()
        self._struck_font.setStrikeOut(True)
        self._grey = QBrush(QColor(style.COLOR_MUTED))
        self._device = QBrush(QColor(style.COLOR_DEVICE))
        self._alarm = QBrush(QColor(style.COLOR_ALARM))
        self._warn = QBrush(QColor(style.COLOR_WARN))

    # --- feeding --------------------------------------------------------------------------

    def set_detail(self, detail: SessionDetail) -> None:
        self.beginResetModel()
        self._rows = rows_of(detail)
        self.endResetModel()

    def append_vitals(self, vitals: Sequence[VitalRecord]) -> None:
        new = sorted((EntryRow(VITAL, v) for v in vitals), key=lambda r: r.sort_key)
        if not new:
            return
        if self._rows and new[0].sort_key < self._rows[-1].sort_key:
            self.beginResetModel()  # a late value: its place is earlier in the table
            self._rows = sorted(self._rows + new, key=lambda r: r.sort_key)
            self.endResetModel()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def row_at(self, row: int) -> EntryRow:
        return self._rows[row]

    def row_of(self, kind: str, entry_id: int) -> int | None:
        for i in range(len(self._rows) - 1, -1, -1):
            r = self._rows[i]
            if r.kind == kind and r.meta.id == entry_id:
                return i
        return None

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row.struck:
            return self._struck_font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.struck:
                return self._grey
            if row.kept:
                return self._warn
            if row.is_device:
                return self._device
            if row.kind == STOP or (
                row.kind == EVENT and EventKind(row.record.kind).is_complication
            ):
                return self._alarm
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kept:  # corrected once the server has it, not before
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- text -----------------------------------------------------------------------------

    def _display(self, row: EntryRow, col: int) -> str:
        if col == COL_TIME:
            return ls.clock_time(row.time)
        if col == COL_KIND:
            return {
                VITAL: self.tr("Vitals"),
                INJECTION: self.tr("Injection"),
                EVENT: self.tr("Event"),
                STOP: self.tr("Stop"),
            }[row.kind]
        if col == COL_VALUES:
            return self.values_text(row)
        if col == COL_SOURCE:
            return self._source(row)
        if col == COL_BY:
            return row.meta.recorded_by
        return self._state(row)

    def values_text(self, row: EntryRow) -> str:
        r = row.record
        if isinstance(r, VitalRecord):
            parts = []
            if r.systolic is not None:
                bp = f"{r.systolic}/{r.diastolic}"
                parts.append(self.tr("BP {bp}").format(bp=bp + (f" ({r.mean})" if r.mean else "")))
            if r.spo2 is not None:
                parts.append(self.tr("SpO2 {v} %").format(v=r.spo2))
            if r.heart_rate is not None:
                parts.append(self.tr("HR {v}").format(v=r.heart_rate))
            if r.rhythm:
                parts.append(EcgRhythm(r.rhythm).label(self._lang))
            return " · ".join(parts)
        if isinstance(r, InjectionRecord):
            return (
                f"+{ml_number(r.amount_ml)} ml {Component(r.component).label(self._lang).lower()}"
            )
        if isinstance(r, EventRecord):
            text = EventKind(r.kind).label(self._lang)
            if r.level:
                text += f" {r.level}"
            return f"{text}: {r.note}" if r.note else text
        text = StopReason(r.reason).label(self._lang)
        if r.text:
            text += f": {r.text}"
        total = ml_number(r.blood_ml) + " ml"
        if r.glue_ml:
            total += (
                " + "
                + ml_number(r.glue_ml)
                + " ml "
                + Component.FIBRIN_GLUE.label(self._lang).lower()
            )
        return f"{text} · {total}"

    def _source(self, row: EntryRow) -> str:
        if row.kept:
            return self.tr("this PC")
        if row.meta.entered_from_paper:
            return self.tr("paper")
        if row.kind == EVENT and EventKind(row.record.kind).is_automatic:
            return self.tr("timer")
        if row.is_device:
            return self.tr("monitor")
        return self.tr("typed")

    def _state(self, row: EntryRow) -> str:
        m = row.meta
        if row.kept:  # short: the column is narrow at 1366 px; the tooltip says more
            return self.tr("waiting to be sent")
        if m.voided_at is not None:
            return self.tr("voided: {reason}").format(reason=m.void_reason or "")
        if m.superseded_by is not None:
            return self.tr("corrected (see below)")
        if row.is_artefact:
            return self.tr("artefact: {reason}").format(reason=row.record.artefact_reason)
        if m.supersedes is not None:
            return self.tr("correction: {reason}").format(reason=m.correction_reason or "")
        return self.tr("current")

    def _tooltip(self, row: EntryRow) -> str:
        m = row.meta
        if row.kept:
            return self.tr(
                "Kept on this PC {time} by {who}: the department server could not be reached. "
                "It is sent by itself, in order, when the server is back."
            ).format(time=ls.clock_time(m.recorded_at), who=m.recorded_by)
        text = self.tr("Recorded {time} by {who}").format(
            time=ls.clock_time(m.recorded_at), who=m.recorded_by
        )
        if m.voided_at is not None:
            text += "\n" + self.tr("Voided {time} by {who}: {reason}").format(
                time=ls.clock_time(m.voided_at), who=m.voided_by or "?", reason=m.void_reason or ""
            )
        if m.supersedes is not None:
            text += "\n" + self.tr("Corrects an earlier entry: {reason}").format(
                reason=m.correction_reason or ""
            )
        return text
