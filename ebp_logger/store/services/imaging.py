"""Imaging facts a session may carry: the Bern score of the brain MRI (docs/clinical-rules.md
"Diagnostic facts", Table 2)."""

from __future__ import annotations

from datetime import datetime

from ebp_logger.clinical.bern import BernResult, BernSign, bern_score
from ebp_logger.clinical.labels import parse_enum
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import BernAssessment
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.services import entries


def record_bern(
    actor: Actor,
    session_id: int,
    signs: list[str],
    assessed_at: datetime | None = None,
    reason: str = "Bern score changed during set-up",
) -> tuple[int, BernResult]:
    """Record the signs present (points computed here); a second call corrects the first.

    Returns the entry id and the result (points and probability band).
    """
    require(actor, Action.SET_UP_SESSION)
    codes = sorted({parse_enum(BernSign, s, "bern_sign").value for s in signs})
    result = bern_score(codes)
    assessed_at = entries.not_future(assessed_at, "time")
    with write():
        entries.session_row(session_id)
        prev = entries.current(BernAssessment, session_id).first()
        if prev is None:
            row = entries.add(
                BernAssessment,
                actor,
                session_id,
                assessed_at=assessed_at,
                signs=codes,
                points=result.points,
            )
        elif sorted(prev.signs) == codes:
            return prev.id, result
        else:
            row = entries.correct(
                BernAssessment,
                actor,
                prev.id,
                reason,
                assessed_at=assessed_at,
                signs=codes,
                points=result.points,
            )
    return row.id, result


def current_bern(session_id: int) -> tuple[str, ...]:
    """The signs of the session's current Bern assessment (empty when none)."""
    row = entries.current(BernAssessment, session_id).first()
    return tuple(row.signs) if row else ()
