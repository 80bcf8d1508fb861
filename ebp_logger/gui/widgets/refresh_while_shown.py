"""A screen that keeps its lists fresh while it is on screen (home, ward worklist, outcomes).

Data changes are announced (``gui.change_feed``): a screen re-reads when a change of one of
its ``CHANGE_KINDS`` (tables) arrives while it is shown, and on showing when one arrived
while it was hidden. The screen's ``_timer`` only follows the clock (a score falls due, "since"
grows), not the data."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ebp_logger.gui.change_feed import ChangeFeed
from ebp_logger.store.changes import Change

# Many writes in one burst (a procedure's entries, a listener's vitals) make one re-read.
COALESCE_MS = 150


class RefreshWhileShown:
    """Mixin, listed before ``QWidget`` in the bases: on showing, ``refresh()`` and start
    ``_timer`` (whose ``timeout`` the screen connects to ``refresh``); on hiding, stop it.
    A change touching ``CHANGE_KINDS`` refreshes the shown screen."""

    _timer: QTimer
    CHANGE_KINDS: frozenset[str] = frozenset()

    def refresh(self) -> None:
        raise NotImplementedError

    def watch_changes(self) -> None:
        """Connect to the change feed (call once from ``__init__``)."""
        self._stale = False
        self._soon = QTimer(self)  # type: ignore[arg-type]
        self._soon.setSingleShot(True)
        self._soon.setInterval(COALESCE_MS)
        self._soon.timeout.connect(self.refresh)
        ChangeFeed.instance().changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind not in self.CHANGE_KINDS:
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self._soon.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        self._stale = False
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[misc]
