"""Append-only entries: add, correct (a new version), void (with a reason), and read back."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, StateError
from ebp_logger.store import audit, fastsql
from ebp_logger.store.audit import Actor
from ebp_logger.store.models import Entry

# The read helpers live in store.reads; re-exported here for the write services.
from ebp_logger.store.reads import SYSTEM_RECORDER as SYSTEM_RECORDER
from ebp_logger.store.reads import current as current
from ebp_logger.store.reads import meta as meta
from ebp_logger.store.reads import session_row as session_row
from ebp_logger.store.reads import superseded_map as superseded_map
from ebp_logger.store.reads import usernames as usernames
from ebp_logger.store.services.corrections import require_reason

E = TypeVar("E", bound=Entry)


def add(model: type[E], actor: Actor, session_id: int, *, paper: bool = False, **values: Any) -> E:
    """Insert one entry and its audit row. Call inside ``write()``."""
    row = fastsql.insert(
        model,
        dict(
            session=session_id,
            recorded_at=utcnow(),
            recorded_by=actor.user_id,
            entered_from_paper=paper,
            **values,
        ),
    )
    audit.record(actor, "create", row)
    return row


def get_current(model: type[E], entry_id: int) -> E:
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise NotFound(f"No {model._meta.table_name} entry {entry_id}.")
    if row.voided_at is not None:
        raise StateError(f"This {model._meta.table_name} entry was voided; it cannot be changed.")
    if model.select().where(model.supersedes == row.id).exists():
        raise StateError(
            f"This {model._meta.table_name} entry was already corrected; correct the newest version."
        )
    return row


def correct(model: type[E], actor: Actor, entry_id: int, reason: str, /, **changes: Any) -> E:
    """A new version of the entry; the original stays, marked as corrected. Inside ``write()``.
    ``reason`` is positional-only so a column named ``reason`` (the stop) can be changed."""
    reason = require_reason(reason, "correction")
    old = get_current(model, entry_id)
    keep = {
        f.name: old.__data__.get(f.name)
        for f in model._meta.sorted_fields
        if f.name not in ("id", "recorded_at", "recorded_by", "supersedes", "correction_reason")
        and f.column_name not in model.SET_ONCE
    }
    keep.update(changes)
    row = model.create(
        **keep,
        recorded_at=utcnow(),
        recorded_by=actor.user_id,
        supersedes=old.id,
        correction_reason=reason,
    )
    audit.record(actor, "correct", row, old=audit.snapshot(old), reason=reason)
    return row


def void(model: type[E], actor: Actor, entry_id: int, reason: str) -> E:
    """Mark an entry void; its values stay. Inside ``write()``."""
    reason = require_reason(reason, "void")
    row = get_current(model, entry_id)
    before = audit.snapshot(row)
    row.voided_at = utcnow()
    row.voided_by = actor.user_id
    row.void_reason = reason
    row.save()
    audit.record(actor, "void", row, old=before, reason=reason)
    return row


def set_once(row: peewee.Model, actor: Actor, action: str, reason: str = "", **values: Any) -> None:
    """Fill columns that may be set once (acknowledgement, artefact, session times)."""
    before = audit.snapshot(row)
    for name, value in values.items():
        if getattr(row, name) is not None:
            raise StateError(f"{name.replace('_', ' ').capitalize()} is already recorded.")
        setattr(row, name, value)
    row.save()
    audit.record(actor, action, row, old=before, reason=reason)


def not_future(value: datetime | None, field: str) -> datetime:
    """Entry times default to now and may not lie in the future (2 minutes of clock skew)."""
    from ebp_logger.clinical import validation

    now = utcnow()
    if value is None:
        return now
    return validation.not_in_future(value, now, field=field)
