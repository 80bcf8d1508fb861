"""When the patient monitor last sent a message: a coloured dot and a line of text.

Green: a message within the last ``FRESH_SECONDS`` (the monitor sends every few seconds).
Amber: the last one is older, but within one blood-pressure interval (docs/clinical-rules.md "The
procedure": every 5 minutes, ``clinical.limits.BP_INTERVAL``): look at the cable or the monitor.
Grey: nothing received yet, nothing for longer, or the listener is off: type the values.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ebp_logger.clinical.limits import BP_INTERVAL
from ebp_logger.clock import utcnow
from ebp_logger.gui import style
from ebp_logger.gui.widgets import live_support as ls

FRESH_SECONDS = 30
GREEN, AMBER, GREY = "green", "amber", "grey"
_COLORS = {GREEN: style.COLOR_OK, AMBER: style.COLOR_WARN, GREY: style.COLOR_MUTED}


class ConnectionIndicator(QWidget):
    """``set_last_message(when)`` on each message; ``set_listening(False)`` when it stopped.
    Refreshes itself every second; ``state`` is "green", "amber" or "grey"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last: datetime | None = None
        self._listening = True
        self.state = GREY
        self._build()
        self._timer = QTimer(self, interval=1000)
        self._connect_signals()
        self._timer.start()
        self.refresh()

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dot = QLabel(objectName="connection_dot")
        self.dot.setFixedSize(16, 16)
        self.text = QLabel(objectName="connection_text")
        layout.addWidget(self.dot)
        layout.addWidget(self.text, 1)

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.refresh)

    def set_last_message(self, when: datetime | None) -> None:
        self._last = when
        self.refresh()

    def set_listening(self, listening: bool) -> None:
        self._listening = listening
        self.refresh()

    def connect_listener(self, listener) -> None:
        """Follow a ``DeviceListener``: each message arrival refreshes the indicator."""
        listener.message_received.connect(
            lambda _id: self.set_last_message(listener.last_message_at)
        )
        listener.listener_failed.connect(lambda _why: self.set_listening(False))
        listener.listener_started.connect(lambda _port: self.set_listening(True))

    def refresh(self) -> None:
        if not self._listening:
            self._show(GREY, self.tr("Monitor: not connected (listener off)"))
            return
        if self._last is None:
            self._show(GREY, self.tr("Monitor: no message received"))
            return
        age = max(0, int((utcnow() - self._last).total_seconds()))
        when = ls.clock_time(self._last)
        if age <= FRESH_SECONDS:
            self._show(GREEN, self.tr("Monitor: last message {0} s ago").format(age))
        elif age <= BP_INTERVAL.total_seconds():
            self._show(
                AMBER,
                self.tr("Monitor: last message at {0} ({1} ago)").format(
                    when, ls.duration_text(age)
                ),
            )
        else:
            self._show(GREY, self.tr("Monitor: silent since {0}; type the values").format(when))

    def _show(self, state: str, text: str) -> None:
        self.state = state
        self.dot.setStyleSheet(f"background: {_COLORS[state]}; border-radius: 8px;")
        self.text.setStyleSheet(f"color: {_COLORS[state]}; font-weight: bold;")
        self.text.setText(text)
        self.setToolTip(text)
