"""Enter (Return or keypad Enter) in a widget that has no ``returnPressed`` of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox


class EnterFilter(QObject):
    """Install on a widget: Enter calls ``action`` instead of reaching the widget."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if isinstance(obj, QAbstractSpinBox):
                    obj.interpretText()  # the typed number, not the last committed one
                self._action()
                return True
        return False


def on_enter(widget: QObject, action: Callable[[], None]) -> EnterFilter:
    """Call ``action`` when Enter is pressed in ``widget``; the filter lives as its child."""
    filt = EnterFilter(action, widget)
    widget.installEventFilter(filt)
    return filt


def enter_clicks(*buttons) -> None:
    """Enter on a focused button presses it, as Space does (outside a dialog Qt leaves Enter
    to the window, and a user who tabbed to "Start procedure" expects Enter to work)."""
    for button in buttons:
        on_enter(button, button.click)
