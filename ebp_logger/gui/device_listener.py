"""The monitor listener inside the app: the asyncio HL7 listener on its own QThread.

Started only when the department enabled it (``AppSettings.hl7_enabled``), on the configured
port, bound to 127.0.0.1 unless the administrator allowed all interfaces. Values reach the
procedure screen through the database (it polls for changes); this object only reports that a
message arrived, for the connection indicator, and why the listener could not start.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime

from PySide6.QtCore import QObject, QThread, Signal

from ebp_logger.clock import utcnow
from ebp_logger.devices.listener import Hl7Listener, Outcome, bind_host
from ebp_logger.store import settings


class _ListenerThread(QThread):
    """Runs the event loop; signals cross to the GUI thread as queued connections."""

    started_on = Signal(int)
    failed = Signal(str)
    received = Signal(int)

    def __init__(self, host: str, port: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._stop_requested = threading.Event()  # a stop asked before the loop existed

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        if self._stop_requested.is_set():
            return
        listener = Hl7Listener(self._host, self._port, on_message=self._on_message)
        try:
            port = await listener.start()
        except OSError as exc:
            self.failed.emit(f"{self._host}:{self._port}: {exc.strerror or exc}")
            return
        self.started_on.emit(port)
        await listener.serve(self._stop)

    def _on_message(self, outcome: Outcome) -> None:
        self.received.emit(outcome.message_id or 0)

    def request_stop(self) -> None:
        self._stop_requested.set()
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stop.set)


class DeviceListener(QObject):
    """``message_received(id)`` per monitor message (0 when it was refused and is still being
    recorded); ``listener_started(port)``; ``listener_failed(reason)``."""

    message_received = Signal(int)
    listener_started = Signal(int)
    listener_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _ListenerThread | None = None
        self._last: datetime | None = None
        self.port: int | None = None

    @property
    def last_message_at(self) -> datetime | None:
        return self._last

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> bool:
        """Start when enabled in the settings; False when disabled (nothing started)."""
        if self._thread is not None:
            return True
        conf = settings.load()
        if not conf.hl7_enabled:
            return False
        self._thread = _ListenerThread(bind_host(conf.hl7_bind_all), conf.hl7_port, self)
        self._connect_signals()
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop accepting, record what is pending, and wait for the thread to end."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.request_stop()
        thread.wait()
        self.port = None

    def _connect_signals(self) -> None:
        assert self._thread is not None
        self._thread.received.connect(self._on_thread_received)
        self._thread.started_on.connect(self._on_thread_started)
        self._thread.failed.connect(self._on_thread_failed)

    def _on_thread_received(self, message_id: int) -> None:
        self._last = utcnow()
        self.message_received.emit(message_id)

    def _on_thread_started(self, port: int) -> None:
        self.port = port
        self.listener_started.emit(port)

    def _on_thread_failed(self, reason: str) -> None:
        self.listener_failed.emit(
            self.tr("The monitor listener could not start on {0}.").format(reason)
        )
