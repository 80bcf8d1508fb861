"""A column of a screen made scrollable: on a small screen it scrolls instead of making the
window taller than the screen (the buttons outside it stay in view)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget


def make_scrollable(layout: QBoxLayout, name: str = "") -> QScrollArea:
    """Move everything in ``layout`` into a scroll area that then fills ``layout``; as wide as
    its contents need (no sideways scrolling), as tall as the screen allows."""
    host = QWidget(objectName=f"{name}_host" if name else "")
    inner = QVBoxLayout(host)
    inner.setContentsMargins(0, 0, 4, 0)  # room beside the scroll bar for the focus frame
    inner.setSpacing(layout.spacing() if layout.spacing() >= 0 else 6)
    while layout.count():
        item = layout.takeAt(0)
        stretch = 0
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            inner.addLayout(item.layout())
        elif item.spacerItem() is not None:
            inner.addItem(item.spacerItem())
    scroll = QScrollArea(objectName=name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(host)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(host.minimumSizeHint().width() + bar + 4)
    layout.addWidget(scroll)
    return scroll
