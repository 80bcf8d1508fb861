"""A department server's announcements (LISTEN/NOTIFY), heard on a thread of their own.

The server's ``audit_chain`` trigger NOTIFYs ``ebp_changes`` for every audit row, delivered
when that transaction commits. A listener thread holds one extra connection that only
listens, and calls ``on_notice`` for each batch it hears; the GUI turns that into a change
poll on its own thread (``gui.change_feed``), so a score saved on the ward PC shows on the
procedure-room PC at once. When the connection drops, it reconnects with a growing pause
and reports the state through ``on_state`` (True: listening, False: server unreachable).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

RETRY_MAX_S = 10.0


class ServerListener:
    """Listens while started; ``stop`` ends it within about a second."""

    def __init__(
        self,
        url: str,
        on_notice: Callable[[list[dict]], None],
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        self._url = url
        self._on_notice = on_notice
        self._on_state = on_state or (lambda up: None)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="server-notices", daemon=True)
        self._conn = None

    def start(self) -> ServerListener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        conn = self._conn
        if conn is not None:
            try:
                conn.cancel_safe()
            except Exception:  # noqa: BLE001 - it is going away anyway
                pass
        self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        from ebp_logger.store.backends.postgresql import CHANNEL

        pause = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._url,
                    autocommit=True,
                    connect_timeout=5,
                    application_name="ebp-logger notices",
                ) as conn:
                    self._conn = conn
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._on_state(True)
                    pause = 0.5
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=1.0):  # each as it arrives
                            self._on_notice([_payload(n.payload)])
            except Exception as exc:  # noqa: BLE001 - any failure: say so, retry
                if self._stop.is_set():
                    break
                log.warning("server notifications interrupted: %s", exc)
                self._on_state(False)
            finally:
                self._conn = None
            self._stop.wait(pause)
            pause = min(pause * 2, RETRY_MAX_S)


def _payload(text: str) -> dict:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}
