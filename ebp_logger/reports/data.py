"""The thin database side of the reports: read a session and the settings in one snapshot.

Works on any thread: peewee keeps one connection per thread, so a worker thread without one
opens its own for the read and closes it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST, ChecklistItemDef
from ebp_logger.reports.facts import HeaderCorrection
from ebp_logger.store import settings
from ebp_logger.store.database import db
from ebp_logger.store.records import SessionDetail
from ebp_logger.store.services.sessions import HEADER_FIELDS
from ebp_logger.store.settings import AppSettings


@contextmanager
def read_snapshot() -> Iterator[None]:
    """A consistent read that takes no write lock (``snapshot`` of the backend), on this
    thread's connection."""
    opened_here = db.is_closed()
    if opened_here:
        db.connect()
    try:
        with db.snapshot():
            yield
    finally:
        if opened_here:
            db.close()


def read_session(session_id: int) -> tuple[SessionDetail, AppSettings]:
    """Every entry of the session (all versions) and the department settings."""
    from ebp_logger.store.services import queries

    with read_snapshot():
        return queries.session_detail(session_id), settings.load()


@dataclass(frozen=True)
class RecordInputs:
    """Everything the procedure record shows, read in one snapshot."""

    detail: SessionDetail
    settings: AppSettings
    checklist_defs: tuple[ChecklistItemDef, ...]
    header_corrections: tuple[HeaderCorrection, ...]


def _header_corrections(session_id: int) -> tuple[HeaderCorrection, ...]:
    """Corrections of the session's set-up fields, one per changed field, from the audit trail
    (the session row itself is corrected in place; its old values live in the audit)."""
    from ebp_logger.store.models import Audit
    from ebp_logger.store.services import entries

    names = entries.usernames()
    out = []
    q = (
        Audit.select()
        .where(
            (Audit.session_id == session_id)
            & (Audit.table == "session")
            & (Audit.action == "correct")
        )
        .order_by(Audit.id)
    )
    for row in q:
        old, new = row.old or {}, row.new or {}
        for name in HEADER_FIELDS:
            if old.get(name) != new.get(name):
                out.append(
                    HeaderCorrection(
                        at=row.at,
                        by=names.get(row.user_id, row.username) if row.user_id else row.username,
                        field=name,
                        old=_plain(old.get(name)),
                        new=_plain(new.get(name)),
                        reason=row.reason,
                    )
                )
    return tuple(out)


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def read_record_inputs(session_id: int) -> RecordInputs:
    from ebp_logger.store.services import queries

    with read_snapshot():
        return RecordInputs(
            detail=queries.session_detail(session_id),
            settings=settings.load(),
            checklist_defs=_checklist_defs(),
            header_corrections=_header_corrections(session_id),
        )


def _checklist_defs() -> tuple[ChecklistItemDef, ...]:
    """The department's checklist questions (the defaults while none are stored: a read must
    not write, and definitions() would seed the table)."""
    from ebp_logger.store.models import ChecklistItem
    from ebp_logger.store.services import checklist

    if not ChecklistItem.select().exists():
        return DEFAULT_CHECKLIST
    return tuple(checklist.definitions())


def read_form_inputs() -> tuple[AppSettings, tuple[ChecklistItemDef, ...]]:
    """Settings and checklist questions for the blank paper form."""
    with read_snapshot():
        return settings.load(), _checklist_defs()
