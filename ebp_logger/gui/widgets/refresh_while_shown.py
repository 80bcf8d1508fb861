"""A screen that keeps its lists fresh only while it is on screen (home, ward worklist)."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class RefreshWhileShown:
    """Mixin, listed before ``QWidget`` in the bases: on showing, ``refresh()`` and start
    ``_timer`` (whose ``timeout`` the screen connects to ``refresh``); on hiding, stop it."""

    _timer: QTimer

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[misc]
