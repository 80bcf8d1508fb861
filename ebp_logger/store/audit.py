"""The audit trail: one row per write, in the same transaction, chained by SHA-256.

Each row's hash covers its own columns exactly as stored and the previous row's hash, so
changing, removing, inserting or reordering rows breaks the chain. ``snapshot`` is the row as
stored; the last audit row of a record must equal the record, so an edit that bypassed the
services shows too. The id of the newest audit row is also kept in the file header
(``PRAGMA user_version`` in a file, a counter row on a server; written in the same
transaction), so cutting rows off the end or
appending rows by hand shows even when the rows describe no data (sign-ins, access).

Views, prints and exports of patient records are logged with ``log_access``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _
from ebp_logger.store import changes, fastsql
from ebp_logger.store.backends import workstation_name
from ebp_logger.store.changes import Change
from ebp_logger.store.database import db, is_readonly, write
from ebp_logger.store.models import Audit, Patient, Session, User
from ebp_logger.store.permissions import Action, require

GENESIS = "0" * 64
# Secrets, and the outbox's HL7 text (a PDF in base64, up to ~0.5 MB: audited by its digest,
# not copied into every audit row of every send attempt).
REDACTED = ("password_hash", "hl7_text")
# Bulky columns audited as a digest too: a change shows, the text itself is stored once (in
# its own row). A monitor message's raw text would otherwise take the disk twice.
DIGESTED = ("raw",)
# The audit columns the hash covers, in the order verify reads them (all but the two hashes).
HASHED_COLUMNS = (
    "id",
    "at",
    "user_id",
    "username",
    "action",
    "table",
    "row_id",
    "patient_id",
    "session_id",
    "old",
    "new",
    "reason",
)
# Hashed too when set (schema 9 added it; older rows hash without it, as they were written).
OPTIONAL_HASHED = ("workstation",)
# Access rows (view / print / export) describe no data change; they carry this table name.
ACCESS_TABLE = "access"
ACCESS_ACTIONS: dict[str, Action] = {
    "view": Action.VIEW_RECORDS,
    "print": Action.PRINT,
    "export": Action.EXPORT,
}

log = logging.getLogger(__name__)


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


def redact(column: str, value: Any) -> Any:
    """Secrets are audited as a short digest: a change shows, the secret does not."""
    if column in REDACTED and value is not None:
        return "sha256:" + hashlib.sha256(str(value).encode()).hexdigest()[:16]
    if column in DIGESTED and value is not None:
        return "sha256:" + hashlib.sha256(str(value).encode()).hexdigest()
    return value


def as_audited(row: Any, audited: Any) -> Any:
    """A stored row (secrets already digested) as its audit snapshot shows it: bulky columns
    as their digest, unless the snapshot holds the text itself (written before digests)."""
    if not isinstance(audited, dict) or not isinstance(row, dict):
        return row
    out = dict(row)
    for c in DIGESTED:
        was = audited.get(c)
        if c in out and isinstance(was, str) and was.startswith("sha256:"):
            out[c] = redact(c, out[c])
    return out


def snapshot(row: peewee.Model) -> dict[str, Any]:
    """The row as its columns store it (JSON-safe), secrets replaced by a digest."""
    out: dict[str, Any] = {}
    for field in row._meta.sorted_fields:
        value = redact(field.column_name, field.db_value(row.__data__.get(field.name)))
        if isinstance(value, bytes):
            value = value.hex()
        out[field.column_name] = value
    return out


def digest(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the stored column values (an optional column only
    when it holds a value)."""
    if any(c in fields and fields[c] is None for c in OPTIONAL_HASHED):
        fields = {k: v for k, v in fields.items() if k not in OPTIONAL_HASHED or v is not None}
    payload = json.dumps([prev_hash, fields], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hashed_fields(row: Audit) -> dict[str, Any]:
    """The audit columns the hash covers, as SQLite stores them (text exactly, not re-parsed),
    so even a change of spelling that means the same value breaks the hash."""
    fields = Audit._meta.fields
    return {
        name: fields[name].db_value(getattr(row, name)) for name in HASHED_COLUMNS + OPTIONAL_HASHED
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
        return patient_of_session(session_id), session_id
    return None, None


def patient_of_session(session_id: int) -> int | None:
    return fastsql.session_patient_id(session_id)


def _append(
    actor: Actor,
    action: str,
    *,
    table: str,
    row_id: str | None,
    patient_id: int | None,
    session_id: int | None,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    reason: str,
) -> Audit:
    """Chain one row onto the trail. The caller holds the write transaction (and with it the
    write lock, so no other workstation's row can come between the read and the insert)."""
    last = fastsql.last_audit()  # prebuilt SQL: this runs on every single entry
    prev = last[1] if last else GENESIS
    entry = Audit(
        id=(last[0] + 1) if last else 1,
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        table=table,
        row_id=row_id,
        patient_id=patient_id,
        session_id=session_id,
        old=old,
        new=new,
        reason=reason,
        prev_hash=prev,
        hash="",
        workstation=workstation_name(),
    )
    stored = hashed_fields(entry)  # each column encoded once: hashed and inserted as is
    entry.hash = digest(prev, stored)
    fastsql.insert_stored(Audit, {**stored, "prev_hash": prev, "hash": entry.hash})
    # The head counter rides in the same transaction.
    db.set_chain_head(int(entry.id))
    return entry


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
    """Append one audit row. Call inside the write transaction that changed ``row``.

    Every text a user typed into ``row`` (and the ``reason``) passes the free-text check first:
    a refusal here rolls the whole write back (one check for every service)."""
    if actor.role != "system":  # device input is checked by the listener, not as typed text
        check_typed_text(row, old, reason)
    if isinstance(row, Session):
        fastsql.forget_sessions()  # the transaction's memo of the session row is out of date
    patient_id, session_id = _context_ids(row)
    entry = _append(
        actor,
        action,
        table=table or (row._meta.table_name if row is not None else ""),
        row_id=str(row._pk) if row is not None else None,
        patient_id=patient_id,
        session_id=session_id,
        old=old,
        new=snapshot(row) if row is not None else detail,
        reason=reason,
    )
    if row is not None:  # announced once the write commits (store.changes)
        changes.note(Change(entry.table, patient_id, session_id), entry.id)
    return entry


# One-line fields: no line breaks either (a name on a wristband, a PDF header).
SINGLE_LINE = frozenset({"username", "full_name", "name", "room_bed", "referring_neurologist"})


def check_typed_text(row: peewee.Model | None, old: dict[str, Any] | None, reason: str) -> None:
    """``clinical.validation.free_text`` on each text column of ``row`` that changed (a value
    stored before the check existed does not block a correction of another field)."""
    from ebp_logger.clinical.validation import free_text

    if reason:
        free_text(reason, "reason")
    if row is None:
        return
    for f in row._meta.sorted_fields:
        if type(f) is not peewee.TextField or f.column_name in REDACTED:
            continue
        value = row.__data__.get(f.name)
        if not isinstance(value, str) or (old is not None and old.get(f.column_name) == value):
            continue
        free_text(value, f.column_name, multiline=f.column_name not in SINGLE_LINE)


def _append_event(
    actor: Actor,
    action: str,
    table: str,
    detail: dict[str, Any] | None,
    patient_id: int | None = None,
    session_id: int | None = None,
) -> Audit:
    """A row that describes no record (its own transaction)."""
    with write():
        return _append(
            actor,
            action,
            table=table,
            row_id=None,
            patient_id=patient_id,
            session_id=session_id,
            old=None,
            new=detail,
            reason="",
        )


def record_event(
    actor: Actor, action: str, *, table: str = "", detail: dict[str, Any] | None = None
) -> Audit:
    """An audited event that changes no record (lock, unlock, restore), in its own transaction."""
    return _append_event(actor, action, table, detail)


def log_access(
    actor: Actor,
    what: str,
    patient_id: int | None = None,
    session_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> Audit | None:
    """Log that ``actor`` viewed, printed or exported a patient's record.

    ``what`` is "view", "print" or "export". Call it when the record is shown, printed or
    exported (before handing the data out): it checks the role may do that (raises
    ``PermissionDenied`` otherwise) and writes one chained audit row in its own transaction.
    On a database opened read-only nothing can be written; the access goes to the program
    log instead and ``None`` is returned.
    """
    if what not in ACCESS_ACTIONS:
        raise ValidationError(
            "what",
            _("Unknown kind of access {what}").format(what=repr(what)),
            ", ".join(ACCESS_ACTIONS),
        )
    require(actor, ACCESS_ACTIONS[what])
    if session_id is not None and patient_id is None:
        patient_id = patient_of_session(session_id)
    if is_readonly():
        log.warning(
            "read-only database: %s by %s of patient %s session %s not logged in the database",
            what,
            actor.username,
            patient_id,
            session_id,
        )
        return None
    return _append_event(
        actor, what, ACCESS_TABLE, dict(detail) if detail else None, patient_id, session_id
    )


def recompute(prev_hash: str, row: Audit) -> str:
    return digest(prev_hash, hashed_fields(row))


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.role, user.full_name)
