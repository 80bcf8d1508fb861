"""One look and behaviour for the read-only lists: whole rows selected, Enter or double-click
opens the row (``activated``), no editing, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ebp_logger.gui.models.record_table_model import RecordTableModel


def prepare_table(view: QTableView, model: RecordTableModel) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def selected_record(view: QTableView):
    """The record of the current row, or None."""
    model = view.model()
    index = view.currentIndex()
    if not index.isValid() or not isinstance(model, RecordTableModel):
        return None
    return model.record(index.row())


def share_width(view: QTableView, stretch: tuple[int, ...]) -> None:
    """Short columns fit their contents; the ``stretch`` columns share the rest and cut long
    texts with "…" (the whole text is the tooltip), so the table never scrolls sideways and no
    key column is pushed out of sight on a small screen."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    # A heading wider than its column is cut at the end, not at both sides.
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for col in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if col in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(col, mode)
