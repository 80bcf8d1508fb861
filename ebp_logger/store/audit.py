"""The audit trail: one row per write, in the same transaction, chained by SHA-256.

Each row's hash covers its own content and the previous row's hash, so changing, removing,
inserting or reordering rows breaks the chain. ``snapshot`` is the row as stored; the last
audit row of a record must equal the record, so an edit that bypassed the services shows too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.store import fastsql
from ebp_logger.store.fields import format_utc
from ebp_logger.store.models import Audit, Patient, Session, User

GENESIS = "0" * 64
_REDACTED = ("password_hash",)


@dataclass(frozen=True)
class Actor:
    """Who does a write: the signed-in user (``None`` id for the system itself)."""

    user_id: int | None
    username: str
    role: str
    full_name: str = ""

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system", "system", "EBP Logger")


def snapshot(row: peewee.Model) -> dict[str, Any]:
    """The row as its columns store it (JSON-safe), secrets replaced by a digest."""
    out: dict[str, Any] = {}
    for field in row._meta.sorted_fields:
        value = field.db_value(row.__data__.get(field.name))
        if field.name in _REDACTED and value is not None:
            value = "sha256:" + hashlib.sha256(str(value).encode()).hexdigest()[:16]
        if isinstance(value, bytes):
            value = value.hex()
        out[field.column_name] = value
    return out


def _digest(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps([prev_hash, fields], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hashed_fields(row: Audit) -> dict[str, Any]:
    """The audit columns the hash covers (all but the hashes themselves)."""
    return {
        "id": row.id,
        "at": format_utc(row.at),
        "user_id": row.user_id,
        "username": row.username,
        "action": row.action,
        "table": row.table,
        "row_id": row.row_id,
        "patient_id": row.patient_id,
        "session_id": row.session_id,
        "old": row.old,
        "new": row.new,
        "reason": row.reason,
    }


def _context_ids(row: peewee.Model | None) -> tuple[int | None, int | None]:
    """(patient_id, session_id) a row belongs to, for the per-patient audit view."""
    if row is None:
        return None, None
    if isinstance(row, Patient):
        return row.id, None
    if isinstance(row, Session):
        return row.patient_id, row.id
    session_id = getattr(row, "session_id", None)
    if session_id is not None:
        return fastsql.session_patient_id(session_id), session_id
    return None, None


def record(
    actor: Actor,
    action: str,
    row: peewee.Model | None,
    *,
    old: dict[str, Any] | None = None,
    reason: str = "",
    table: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Audit:
    """Append one audit row. Call inside the write transaction that changed ``row``."""
    patient_id, session_id = _context_ids(row)
    last = fastsql.last_audit()
    prev = last[1] if last else GENESIS
    entry = Audit(
        id=(last[0] + 1) if last else 1,
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        table=table or (row._meta.table_name if row is not None else ""),
        row_id=str(row._pk) if row is not None else None,
        patient_id=patient_id,
        session_id=session_id,
        old=old,
        new=snapshot(row) if row is not None else detail,
        reason=reason,
        prev_hash=prev,
        hash="",
    )
    entry.hash = _digest(prev, hashed_fields(entry))
    fastsql.insert(Audit, entry.__data__)
    return entry


def recompute(prev_hash: str, row: Audit) -> str:
    return _digest(prev_hash, hashed_fields(row))


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.role, user.full_name)
