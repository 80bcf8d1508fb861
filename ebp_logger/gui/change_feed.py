"""The one place the GUI hears about changes: the store's change records as a Qt signal.

Writes in this process arrive from ``store.changes`` as they commit (on whatever thread wrote;
the signal carries them onto the GUI thread). Writes by another process on the same file are
found by one cheap poll (``PRAGMA data_version``) on this one timer, and arrive as the same
records. Screens connect to ``changed`` and re-read only when a change touches them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ebp_logger.store import changes
from ebp_logger.store.changes import Change

POLL_MS = 2_000  # another workstation's write shows within two seconds


class ChangeFeed(QObject):
    changed = Signal(object)  # a store.changes.Change

    _instance: ChangeFeed | None = None

    def __init__(self) -> None:
        super().__init__()
        self._unsubscribe = changes.subscribe(self._on_store_change)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @classmethod
    def instance(cls) -> ChangeFeed:
        if cls._instance is None:
            cls._instance = ChangeFeed()
        return cls._instance

    def _on_store_change(self, change: Change) -> None:
        self.changed.emit(change)  # queued onto the GUI thread when written elsewhere

    def poll(self) -> None:
        """Turn other processes' commits into change records (published through the store)."""
        try:
            changes.poll_other_writers()
        except Exception:  # noqa: BLE001 - a closed or busy file is tried again next tick
            pass
