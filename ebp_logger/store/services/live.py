"""Cheap reads for a screen that follows a live procedure once a second.

Every write is audited with its session id (an indexed column), so the newest audit id of a
session changes whenever anything in it changes: a new entry from this app or from the HL7
listener in another process, a correction, a void, an artefact mark or a status change.
The screen polls ``change_marker``; only when it moved does it ask what changed, and new
monitor values are read by id instead of reloading the whole session.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

import peewee

from ebp_logger.store.models import Audit, DeviceMessage, Vital
from ebp_logger.store.records import VitalRecord
from ebp_logger.store.services import entries

_VITAL_VALUES = tuple(f.name for f in fields(VitalRecord))[1:]  # all but meta, same names


@dataclass(frozen=True)
class Change:
    audit_id: int
    table: str
    action: str
    row_id: int | None


def change_marker(session_id: int) -> int:
    """The newest audit id for the session (0 when nothing was written yet)."""
    value = Audit.select(peewee.fn.MAX(Audit.id)).where(Audit.session_id == session_id).scalar()
    return int(value or 0)


def changes_since(session_id: int, after_audit_id: int) -> list[Change]:
    """What was written to the session after ``after_audit_id``, oldest first."""
    q = (
        Audit.select(Audit.id, Audit.table, Audit.action, Audit.row_id)
        .where((Audit.session_id == session_id) & (Audit.id > after_audit_id))
        .order_by(Audit.id)
        .tuples()
    )
    return [
        Change(aid, table, action, int(row_id) if row_id and row_id.isdigit() else None)
        for aid, table, action, row_id in q
    ]


def only_new_vitals(changes: list[Change]) -> bool:
    """True when every change is a new vitals row (the common case while a monitor streams)."""
    return bool(changes) and all(
        c.table == Vital._meta.table_name and c.action == "create" and c.row_id is not None
        for c in changes
    )


def vitals_by_id(session_id: int, ids: list[int]) -> tuple[VitalRecord, ...]:
    """The given vitals rows of the session as records, in time order."""
    if not ids:
        return ()
    names = entries.usernames()
    sup: dict[int, int] = {}  # rows this new were not corrected yet (a correction reloads all)
    rows = (
        Vital.select()
        .where((Vital.session == session_id) & Vital.id.in_(ids))
        .order_by(Vital.taken_at, Vital.id)
    )
    return tuple(
        VitalRecord(entries.meta(r, sup, names), *(getattr(r, n) for n in _VITAL_VALUES))
        for r in rows
    )


def last_device_message_at(session_id: int) -> datetime | None:
    """When the newest monitor message for this session arrived (None: never)."""
    newest = (
        DeviceMessage.select(peewee.fn.MAX(DeviceMessage.id))
        .where(DeviceMessage.session == session_id)
        .scalar()
    )
    if newest is None:
        return None
    row = DeviceMessage.select(DeviceMessage.received_at).where(DeviceMessage.id == newest).get()
    return row.received_at
