"""Auto-lock: notices when nobody has touched keyboard, mouse or screen for a while.

Installed as an application-wide event filter; every input event restarts one single-shot
timer, so an idle application costs nothing and timers of the screens (the BP countdown) do
not count as activity.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self._installed = False

    def start(self, minutes: float) -> None:
        """Watch for ``minutes`` of inactivity (0 or less: never lock)."""
        self.start_ms(int(minutes * 60_000))

    def start_ms(self, interval_ms: int) -> None:
        if interval_ms <= 0:
            self.stop()
            return
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.setInterval(interval_ms)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        """Count as activity (e.g. right after unlocking)."""
        if self._installed:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS and self._installed:
            self._timer.start()
        return False
