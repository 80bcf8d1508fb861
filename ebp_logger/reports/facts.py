"""Facts the reports derive from a SessionDetail (no database, no reportlab)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ebp_logger.store.records import SessionDetail
from ebp_logger.store.records import puncture_level as puncture_level  # defined with the record


def procedure_time(detail: SessionDetail) -> datetime:
    """When the patch was done: the start of the procedure, else when the session was set up."""
    s = detail.session
    return s.started_at or s.created_at


@dataclass(frozen=True)
class HeaderCorrection:
    """A corrected set-up field of the session (read from the audit trail)."""

    at: datetime
    by: str
    field: str  # the session column, e.g. "indication"
    old: str
    new: str
    reason: str
