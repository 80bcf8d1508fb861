"""Which score is the guideline's 24-hour score: one taken inside the department's window
around 24 h after the procedure ended (docs/clinical-rules.md "The procedure"; the guideline says
"24 hours after" and is silent on a tolerance, so the window is a setting). One rule for the
worklist, the home screen, the outcome figures and the registry; it sits below the services so
the read models can use it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from ebp_logger.clinical.enums import ScoreTimepoint
from ebp_logger.clinical.schedule import in_24h_window
from ebp_logger.store import settings
from ebp_logger.store.records import ScoreRecord, SessionDetail


def h24_window() -> tuple[timedelta, timedelta]:
    """The department's window around 24 h in which a score is the guideline's 24-hour score
    (AppSettings.score_24h_from_hours / _to_hours; the guideline is silent on a window,
    docs/clinical-rules.md "The procedure")."""
    conf = settings.load()
    return timedelta(hours=conf.score_24h_from_hours), timedelta(hours=conf.score_24h_to_hours)


def as_taken(
    score: ScoreRecord, procedure_end: datetime | None, window: tuple[timedelta, timedelta]
) -> ScoreRecord:
    """A score as what it is: one stored as the 24-hour score but taken outside the window
    (recorded before the window was enforced) counts as a score during the rest."""
    if score.timepoint == ScoreTimepoint.H24.value and not in_24h_window(
        procedure_end, score.taken_at, window
    ):
        return replace(score, timepoint=ScoreTimepoint.CHECKPOINT.value)
    return score


def guideline_24h_score(
    detail: SessionDetail, window: tuple[timedelta, timedelta]
) -> ScoreRecord | None:
    """The current 24-hour score when it was taken inside the window, else None. The one rule
    the worklist, the home screen, the outcome figures and the registry share."""
    h24 = detail.score(ScoreTimepoint.H24.value)
    if h24 is None or not in_24h_window(detail.session.ended_at, h24.taken_at, window):
        return None
    return h24
