"""Append-only entries: add, correct (a new version), void (with a reason), and read back."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeVar

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, StateError
from ebp_logger.i18n import _
from ebp_logger.store import audit, fastsql
from ebp_logger.store.audit import Actor
from ebp_logger.store.fields import parse_utc
from ebp_logger.store.models import Entry

# The read helpers live in store.reads; re-exported here for the write services.
from ebp_logger.store.reads import SYSTEM_RECORDER as SYSTEM_RECORDER
from ebp_logger.store.reads import current as current
from ebp_logger.store.reads import meta as meta
from ebp_logger.store.reads import session_row as session_row
from ebp_logger.store.reads import superseded_map as superseded_map
from ebp_logger.store.reads import usernames as usernames
from ebp_logger.store.services import text_limits
from ebp_logger.store.services.corrections import require_reason

E = TypeVar("E", bound=Entry)


def add(
    model: type[E],
    actor: Actor,
    session_id: int,
    *,
    paper: bool = False,
    audit_reason: str = "",
    **values: Any,
) -> E:
    """Insert one entry and its audit row. Call inside ``write()``. ``audit_reason``: why an
    entry outside the usual was kept (e.g. an implausible value the user confirmed)."""
    text_limits.check(values)
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
    audit.record(actor, "create", row, reason=audit_reason)
    return row


def get_current(model: type[E], entry_id: int) -> E:
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise NotFound(
            _("No {table} entry {id}.").format(table=model._meta.table_name, id=entry_id)
        )
    if row.voided_at is not None:
        raise StateError(
            _("This {table} entry was voided; it cannot be changed.").format(
                table=model._meta.table_name
            )
        )
    if model.select().where(model.supersedes == row.id).exists():
        raise StateError(
            _("This {table} entry was already corrected; correct the newest version.").format(
                table=model._meta.table_name
            )
        )
    return row


def correct(model: type[E], actor: Actor, entry_id: int, reason: str, /, **changes: Any) -> E:
    """A new version of the entry; the original stays, marked as corrected. Inside ``write()``.
    ``reason`` is positional-only so a column named ``reason`` (the stop) can be changed."""
    reason = require_reason(reason, "correction")
    text_limits.check(changes)
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
            raise StateError(
                _("{what} is already recorded.").format(what=name.replace("_", " ").capitalize())
            )
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


def time_margin(conf: Any = None) -> timedelta:
    """Clock skew allowed around the session's bounds (``entry_time_margin_minutes``; the
    guideline is silent on it, docs/clinical-rules.md "The procedure"). ``conf``: settings
    the caller loaded already."""
    from ebp_logger.store import settings

    return timedelta(minutes=(conf or settings.load()).entry_time_margin_minutes)


def session_bounds(session_id: int) -> tuple[datetime, datetime | None, datetime | None] | None:
    """(set up, started, ended) of a session, or None when there is no such session."""
    found = fastsql.session_facts(session_id)  # the row the entry's other checks read too
    if found is None:
        return None
    return tuple(None if t is None else parse_utc(t) for t in (found[3], found[2], found[4]))


def time_problem(
    bounds: tuple[datetime, datetime | None, datetime | None],
    at: datetime,
    *,
    paper: bool,
    margin: timedelta,
) -> str:
    """Why ``at`` cannot be a time of this session's procedure, or "".

    Live entries lie between the session's set-up and now; paper entries between the
    procedure's start and end (set-up and now while those are not recorded). The future is
    ``not_future``'s check."""
    from ebp_logger.clock import to_local

    created, started, ended = bounds
    minutes = margin.seconds // 60

    def shown(t: datetime) -> str:
        return f"{to_local(t):%Y-%m-%d %H:%M}"

    if paper and started and at < started - margin:
        return _(
            "{at} is before the procedure started ({start}; at most {minutes} min earlier)"
        ).format(at=shown(at), start=shown(started), minutes=minutes)
    if not (paper and started) and at < created - margin:
        return _("{at} is before set-up ({start}; at most {minutes} min earlier)").format(
            at=shown(at), start=shown(created), minutes=minutes
        )
    if paper and ended is not None and at > ended + margin:
        return _("{at} is after the procedure ended ({end}; at most {minutes} min later)").format(
            at=shown(at), end=shown(ended), minutes=minutes
        )
    return ""


def check_in_session(
    session_id: int,
    at: datetime,
    field: str,
    *,
    paper: bool = False,
    margin: timedelta | None = None,
) -> None:
    """Refuse an entry time outside its session (see ``time_problem``). Inside ``write()``."""
    from ebp_logger.errors import ValidationError

    bounds = session_bounds(session_id)
    if bounds is None:
        raise NotFound(_("No session {id}.").format(id=session_id))
    problem = time_problem(bounds, at, paper=paper, margin=margin or time_margin())
    if problem:
        allowed = (
            _("a time between the procedure's start and end")
            if paper
            else _("a time between the session's set-up and now")
        )
        raise ValidationError(field, _("The time {problem}").format(problem=problem), allowed)
