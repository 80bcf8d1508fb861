"""When things are due: blood pressure during the procedure, the 24 h rest and score, the
follow-up contact, and the earliest repeat. All times are aware UTC (naive ones are read as UTC).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ebp_logger.clinical.limits import (
    BP_INTERVAL,
    FOLLOW_UP_WINDOW,
    REPEAT_MIN_INTERVAL,
    RESTRICTION_PERIOD,
    SCORE_AFTER,
    SUPINE_REST,
    TARGETED_IDEAL_WITHIN,
)
from ebp_logger.clock import as_utc


@dataclass(frozen=True)
class BpStatus:
    """Where the 5-minute blood-pressure cadence stands.

    ``due_at``: when the next reading is (or was) due. ``seconds_left``: until then, negative
    once overdue. ``overdue``: now is past ``due_at``. ``missed_count``: whole 5-minute slots
    that have gone by after ``due_at`` without a reading (0 while merely late).
    """

    due_at: datetime
    seconds_left: float
    overdue: bool
    missed_count: int


def bp_status(
    procedure_start: datetime,
    last_bp_at: datetime | None,
    now: datetime,
    interval: timedelta = BP_INTERVAL,
) -> BpStatus:
    """The next blood pressure is due ``interval`` (docs/clinical-rules.md "The procedure": 5 minutes,
    ref 32) after the last reading, or after the procedure start when there is none yet.

    At 5:00 after the anchor the reading is due (not overdue); at 5:01 it is overdue with no
    slot missed; at 10:00 and 10:01 one slot has been missed; at 15:00 two.
    """
    start = as_utc(procedure_start)
    anchor = start if last_bp_at is None else max(as_utc(last_bp_at), start)
    due_at = anchor + interval
    late = as_utc(now) - due_at
    missed = late // interval if late > timedelta(0) else 0  # exact integer division
    return BpStatus(
        due_at=due_at,
        seconds_left=-late.total_seconds(),
        overdue=late > timedelta(0),
        missed_count=missed,
    )


def supine_rest_end(procedure_end: datetime) -> datetime:
    """docs/clinical-rules.md "The procedure": lie flat for up to 24 h after the procedure."""
    return as_utc(procedure_end) + SUPINE_REST


def score_due(procedure_end: datetime) -> datetime:
    """docs/clinical-rules.md "The procedure": headache scored lying and standing 24 h after."""
    return as_utc(procedure_end) + SCORE_AFTER


# docs/clinical-rules.md "The procedure": the headache is scored "24 h after"
# the procedure. The guideline is silent on how far from 24 h a score may lie and still be that
# score; the window is a department setting (AppSettings.score_24h_from_hours / _to_hours) and
# these are its defaults.
DEFAULT_SCORE_24H_WINDOW: tuple[timedelta, timedelta] = (timedelta(hours=20), timedelta(hours=28))


def hours_after(procedure_end: datetime, taken_at: datetime) -> float:
    """Hours from the end of the procedure to ``taken_at`` (negative before the end)."""
    return (as_utc(taken_at) - as_utc(procedure_end)) / timedelta(hours=1)


def score_24h_window(
    procedure_end: datetime,
    window: tuple[timedelta, timedelta] = DEFAULT_SCORE_24H_WINDOW,
) -> tuple[datetime, datetime]:
    """From when to when a score counts as the guideline's 24-hour score (both ends included)."""
    end = as_utc(procedure_end)
    return end + window[0], end + window[1]


def in_24h_window(
    procedure_end: datetime | None,
    taken_at: datetime,
    window: tuple[timedelta, timedelta] = DEFAULT_SCORE_24H_WINDOW,
) -> bool:
    """True when a score taken at ``taken_at`` is the guideline's 24-hour score: inside the
    window around 24 h after the end of the procedure. Never for a procedure that has not ended."""
    if procedure_end is None:
        return False
    start, stop = score_24h_window(procedure_end, window)
    return start <= as_utc(taken_at) <= stop


def follow_up_window(procedure_end: datetime) -> tuple[datetime, datetime]:
    """docs/clinical-rules.md "After the procedure": the doctor's follow-up 2–4 weeks after the EBP."""
    end = as_utc(procedure_end)
    return end + FOLLOW_UP_WINDOW[0], end + FOLLOW_UP_WINDOW[1]


def restrictions_end(procedure_end: datetime) -> datetime:
    """docs/clinical-rules.md "After the procedure": no heavy lifting or hard activity for 2 weeks."""
    return as_utc(procedure_end) + RESTRICTION_PERIOD


def earliest_repeat(last_patch_at: datetime) -> datetime:
    """docs/clinical-rules.md "Repeat treatment and referral rules": at the earliest 2 weeks after."""
    return as_utc(last_patch_at) + REPEAT_MIN_INTERVAL


def targeted_ideal_by(since: datetime) -> datetime:
    """docs/clinical-rules.md "Targeted EBP": ideally within 3 months. The guideline does not say from
    when; the caller passes the date it counts from (e.g. the diagnosis)."""
    return as_utc(since) + TARGETED_IDEAL_WITHIN
