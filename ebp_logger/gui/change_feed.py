"""The one place the GUI hears about changes: the store's change records as a Qt signal.

Writes in this process arrive from ``store.changes`` as they commit (on whatever thread wrote;
the signal carries them onto the GUI thread). Writes by another process on the same file are
found by one cheap poll (``PRAGMA data_version``) on this one timer, and arrive as the same
records. On a department server the server also announces each commit (``store.notices``, on
its own thread): ``heard`` brings that onto the GUI thread and polls at once, so another
room's write shows without waiting for the timer. Screens connect to ``changed`` and re-read
only when a change touches them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ebp_logger.store import changes
from ebp_logger.store.changes import Change

POLL_MS = 2_000  # another workstation's write shows within two seconds


class ChangeFeed(QObject):
    changed = Signal(object)  # a store.changes.Change
    heard = Signal()  # the server announced a commit (emitted on the listener's thread)
    server_reachable = Signal(bool)  # the notification connection is up (True) or lost

    _instance: ChangeFeed | None = None

    def __init__(self) -> None:
        super().__init__()
        self._unsubscribe = changes.subscribe(self._on_store_change)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.heard.connect(self.poll)  # queued: poll runs on the GUI thread
        self._listener = None

    def listen_to_server(self, url: str) -> None:
        """Hear the department server's announcements until ``stop_listening``."""
        from ebp_logger.store.notices import ServerListener

        self.stop_listening()
        self._listener = ServerListener(
            url, lambda _batch: self.heard.emit(), self.server_reachable.emit
        ).start()

    def stop_listening(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

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
