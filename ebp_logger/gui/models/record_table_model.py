"""A read-only table of records (sessions, patients, warnings, users): one model for every
list on the home, patient and admin screens, the columns given as (header, text) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ebp_logger.gui.models.list_table_model import Index, ListTableModel


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    # Optional colour for the cell (e.g. red for an overdue item); None keeps the default.
    color: Callable[[Any], str | None] | None = None


class RecordTableModel(ListTableModel):
    """Rows are any objects; ``record(row)`` gives one back for the screen to act on."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    # The screens speak of records.
    record = ListTableModel.row_at
    records = ListTableModel.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(item)
            return QBrush(QColor(color)) if color else None
        return None

    def column_header(self, section: int) -> str | None:
        return self._columns[section].header if 0 <= section < len(self._columns) else None
