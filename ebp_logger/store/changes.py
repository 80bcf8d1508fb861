"""Changes announced, not polled: one small record per committed write, for whoever listens.

The services write through ``database.write()`` and audit each row with ``audit.record``; the
audit call notes a ``Change`` (which table, which patient, which session) and ``write()``
publishes the noted changes once the outermost transaction has committed (a rolled-back write
announces nothing). Screens subscribe and re-read only when a change touches them.

Another process (a second workstation on the same file, the command line, the monitor
listener on its own connection) is seen by ``poll_other_writers()``: SQLite's
the database's data version moves when another connection commits (``PRAGMA data_version`` on
a file, the newest audit id on a server), and the audit rows past the last one seen say what
changed, so they come out as the same ``Change`` records. The GUI calls it on one timer, and on
a department server also whenever the server announces a commit (``store.notices``).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from ebp_logger.store import database
from ebp_logger.store.database import db


@dataclass(frozen=True)
class Change:
    kind: str  # the table written: "headache_score", "session", "patient", "device_message", …
    patient_id: int | None = None
    session_id: int | None = None


Subscriber = Callable[[Change], None]

_subscribers: list[Subscriber] = []
_pending = threading.local()  # changes noted inside this thread's open transaction
_local_audit_ids: deque[int] = deque(maxlen=10_000)  # published here: the poll skips them
_seen = {"data_version": None, "audit_head": None}


def subscribe(callback: Subscriber) -> Callable[[], None]:
    """Call ``callback(change)`` after each committed write; returns the unsubscribe function.
    Callbacks run on the thread that committed (the GUI moves them onto its own thread)."""
    _subscribers.append(callback)

    def unsubscribe() -> None:
        if callback in _subscribers:
            _subscribers.remove(callback)

    return unsubscribe


def publish(change: Change) -> None:
    for callback in list(_subscribers):
        callback(change)


def _queue() -> list[Change]:
    if not hasattr(_pending, "changes"):
        _pending.changes = []
    return _pending.changes


def note(change: Change, audit_id: int | None = None) -> None:
    """A row was written (called by ``audit.record``). Published once committed: at once when
    no transaction is open (autocommit), else when ``write()`` commits the outermost one."""
    if audit_id is not None:
        _local_audit_ids.append(audit_id)
    if db.transaction_depth() == 0:
        publish(change)
    else:
        _queue().append(change)


def committed() -> None:
    """The outermost write transaction committed: announce what it changed, each once."""
    if db.transaction_depth() != 0:
        return
    changes, _pending.changes = _queue(), []
    for change in dict.fromkeys(changes):
        publish(change)


def rolled_back() -> None:
    if db.transaction_depth() == 0:
        _pending.changes = []


def poll_other_writers() -> list[Change]:
    """Publish (and return) the changes other connections committed since the last call.
    Cheap when nothing happened: one small query. The first call only takes the bearings."""
    if db.database is None or db.is_closed():
        return []
    version = db.data_version()
    if version == _seen["data_version"]:
        return []
    first = _seen["data_version"] is None
    _seen["data_version"] = version
    head = _seen["audit_head"]
    if first or head is None:
        _seen["audit_head"] = db.execute_sql("SELECT max(id) FROM audit").fetchone()[0] or 0
        return []
    rows = db.execute_sql(
        # Rows without a row id record events (a view, a sign-in, a lock), not changes.
        'SELECT "id", "table", "patient_id", "session_id" FROM "audit" '
        'WHERE "id" > ? AND "row_id" IS NOT NULL ORDER BY "id"',
        (head,),
    ).fetchall()
    _seen["audit_head"] = max([head, *(r[0] for r in rows)])
    mine = set(_local_audit_ids)
    found = list(
        dict.fromkeys(
            Change(table, patient_id, session_id)
            for rid, table, patient_id, session_id in rows
            if rid not in mine
        )
    )
    for change in found:
        publish(change)
    return found


def reset() -> None:
    """Forget the bearings (a database was opened or closed)."""
    _seen["data_version"] = None
    _seen["audit_head"] = None
    _local_audit_ids.clear()


database.after_commit(committed, rolled_back)
