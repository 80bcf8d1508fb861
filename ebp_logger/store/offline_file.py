"""The procedure room's entries kept on the PC while the department server is unreachable.

One small SQLite file per user on this PC (``offline-entries.sqlite`` in the data folder), WAL
and synchronous=FULL like the department file, 0600: an entry is on this PC's disk before the
screen says it is kept, so killing the program while offline loses nothing. Rows are never
deleted; each is marked delivered (with the entry's id on the server) or refused (with the
server's reason), in the order it was kept.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ebp_logger.clock import utcnow
from ebp_logger.store.fields import format_utc

FILE_NAME = "offline-entries.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kept (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    server TEXT NOT NULL,
    session_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    args TEXT NOT NULL,
    kept_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    entry_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    settled_at TEXT
)
"""


@dataclass(frozen=True)
class KeptEntry:
    seq: int
    key: str
    session_id: int
    kind: str  # vitals | injection | event | stop
    actor: dict[str, Any]
    args: dict[str, Any]
    kept_at: str
    state: str = "pending"  # pending | delivered | refused
    detail: str = ""


class OfflineFile:
    """The file's rows for one server (the URL without its password names it)."""

    def __init__(self, path: str | Path, server: str) -> None:
        from ebp_logger.store.keys import private_dir, private_file

        self.path = Path(path)
        self.server = server
        private_dir(self.path.parent)
        if not self.path.exists():
            private_file(self.path)
        self._lock = threading.Lock()
        self._con = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._con.execute("PRAGMA journal_mode=wal")
        self._con.execute("PRAGMA synchronous=FULL")
        self._con.execute(_SCHEMA)

    def close(self) -> None:
        self._con.close()

    def keep(
        self, key: str, session_id: int, kind: str, actor: dict[str, Any], args: dict[str, Any]
    ) -> KeptEntry:
        kept_at = format_utc(utcnow())
        with self._lock:
            cur = self._con.execute(
                "INSERT INTO kept (key, server, session_id, kind, actor, args, kept_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, self.server, session_id, kind, json.dumps(actor), json.dumps(args), kept_at),
            )
        return KeptEntry(cur.lastrowid, key, session_id, kind, actor, args, kept_at)

    def pending(self, session_id: int | None = None) -> list[KeptEntry]:
        """Entries not yet delivered, oldest first."""
        return self._rows("state = 'pending'", session_id)

    def _rows(self, where: str, session_id: int | None) -> list[KeptEntry]:
        sql = (
            "SELECT seq, key, session_id, kind, actor, args, kept_at, state, detail FROM kept "
            f"WHERE server = ? AND {where}"
        )
        params: list[Any] = [self.server]
        if session_id is not None:
            sql += " AND session_id = ?"
            params.append(session_id)
        with self._lock:
            rows = self._con.execute(sql + " ORDER BY seq", params).fetchall()
        return [
            KeptEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6], r[7], r[8])
            for r in rows
        ]

    def settle(self, key: str, state: str, entry_id: int | None = None, detail: str = "") -> None:
        with self._lock:
            self._con.execute(
                "UPDATE kept SET state = ?, entry_id = ?, detail = ?, settled_at = ? "
                "WHERE key = ? AND state = 'pending'",
                (state, entry_id, detail, format_utc(utcnow()), key),
            )
