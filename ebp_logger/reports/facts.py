"""Facts the reports derive from a SessionDetail (no database, no reportlab)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ebp_logger.clinical.enums import EventKind
from ebp_logger.store.records import SessionDetail


def procedure_time(detail: SessionDetail) -> datetime:
    """When the patch was done: the start of the procedure, else when the session was set up."""
    s = detail.session
    return s.started_at or s.created_at


def puncture_level(detail: SessionDetail) -> str:
    """The level of the (last, current) loss of resistance, else the targeted leak level."""
    levels = [
        e.level
        for e in detail.current_of(detail.events)
        if e.kind == EventKind.LOSS_OF_RESISTANCE.value and e.level
    ]
    return levels[-1] if levels else detail.session.leak_level


@dataclass(frozen=True)
class HeaderCorrection:
    """A corrected set-up field of the session (read from the audit trail)."""

    at: datetime
    by: str
    field: str  # the session column, e.g. "indication"
    old: str
    new: str
    reason: str
