"""The ward's view of supine rest: which patient needs a headache score next, and when.

docs/clinical-rules.md "The procedure": after the patch the patient lies flat for up to 24 h and the
headache is scored lying and standing before the procedure and 24 h after it. The department may
add checkpoints in between (``AppSettings.checkpoint_hours``). A patient leaves the worklist once
the 24 h pair is recorded and waits on the "scores done" list until rest is ended (discharge).
``follow_ups_due`` lists the patches still waiting for the doctor's follow-up at 2–4 weeks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from peewee import fn

from ebp_logger.clinical.enums import ScoreTimepoint, SessionStatus
from ebp_logger.clinical.response import is_good_response, reduction
from ebp_logger.clinical.schedule import follow_up_window, score_due
from ebp_logger.clock import as_utc, utcnow
from ebp_logger.store import reads, settings
from ebp_logger.store.models import FollowUp, Session
from ebp_logger.store.records import ObservationRecord, ScoreRecord, SessionDetail, SessionRecord
from ebp_logger.store.score_window import as_taken


class DueState(str, Enum):
    """Where the next score stands. Like the blood-pressure cadence (clinical.schedule.bp_status)
    a score is due *at* its time and overdue once that time has passed."""

    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"  # inside the "due soon" window, up to and including the due time
    OVERDUE = "overdue"
    DONE = "done"  # the 24 h pair is recorded


@dataclass(frozen=True)
class DuePoint:
    """A score the ward should take: a checkpoint or the guideline's 24 h pair."""

    timepoint: str  # ScoreTimepoint code: "checkpoint" or "h24"
    hours: float  # after the end of the procedure
    due_at: datetime


@dataclass(frozen=True)
class ScoreChange:
    """A score pair against the baseline pair. ``good_response`` follows the standing score:
    docs/clinical-rules.md "Outcome figures" (a good response is a reduction of at least 50 %), standing
    because the headache of intracranial hypotension is the upright one. None when the standing
    baseline is 0 (nothing could fall)."""

    baseline_lying: int
    baseline_standing: int
    lying: int
    standing: int
    lying_reduction: float | None
    standing_reduction: float | None
    good_response: bool | None


def score_change(
    baseline_lying: int, baseline_standing: int, lying: int, standing: int
) -> ScoreChange:
    """The change of a score pair against the baseline pair (clinical.response does the sums)."""
    return ScoreChange(
        baseline_lying=baseline_lying,
        baseline_standing=baseline_standing,
        lying=lying,
        standing=standing,
        lying_reduction=reduction(baseline_lying, lying),
        standing_reduction=reduction(baseline_standing, standing),
        good_response=is_good_response(baseline_standing, standing),
    )


def change_between(baseline: ScoreRecord | None, after: ScoreRecord | None) -> ScoreChange | None:
    if baseline is None or after is None:
        return None
    return score_change(baseline.lying, baseline.standing, after.lying, after.standing)


@dataclass(frozen=True)
class WorklistRow:
    session: SessionRecord
    procedure_end: datetime
    lying_for: timedelta
    next_due: DuePoint | None  # None once the 24 h pair is recorded
    state: DueState
    missed: tuple[DuePoint, ...]  # checkpoints that passed without a score
    baseline: ScoreRecord | None
    last_score: ScoreRecord | None  # the newest score after the procedure
    change: ScoreChange | None  # last_score against the baseline
    warnings: tuple[ObservationRecord, ...]  # warning signs not yet acknowledged by a doctor
    as_of: datetime  # the moment the row was worked out

    @property
    def session_id(self) -> int:
        return self.session.id

    @property
    def seconds_to_due(self) -> float | None:
        """Negative once overdue; None when nothing is due."""
        if self.next_due is None:
            return None
        return (self.next_due.due_at - self.as_of).total_seconds()


@dataclass(frozen=True)
class WardOverview:
    due: tuple[WorklistRow, ...]  # scores still to take, what is due first on top
    scored: tuple[WorklistRow, ...]  # 24 h pair recorded, rest not yet ended


def schedule(procedure_end: datetime, checkpoint_hours: tuple[float, ...] = ()) -> list[DuePoint]:
    """The department's checkpoints (only those before the 24 h score) and the 24 h pair."""
    end = as_utc(procedure_end)
    h24 = score_due(end)
    points = [
        DuePoint(ScoreTimepoint.CHECKPOINT.value, h, end + timedelta(hours=h))
        for h in sorted(set(checkpoint_hours))
        if h > 0 and end + timedelta(hours=h) < h24
    ]
    points.append(DuePoint(ScoreTimepoint.H24.value, (h24 - end) / timedelta(hours=1), h24))
    return points


def due_state(due_at: datetime, now: datetime, soon: timedelta) -> DueState:
    now = as_utc(now)
    if now > due_at:
        return DueState.OVERDUE
    if now >= due_at - soon:
        return DueState.DUE_SOON
    return DueState.UPCOMING


def next_due(
    points: list[DuePoint], scores: list[ScoreRecord], now: datetime, soon: timedelta
) -> tuple[DuePoint | None, tuple[DuePoint, ...]]:
    """The score to take next and the checkpoints missed on the way.

    A checkpoint counts as taken by any later score taken from its "due soon" window on. Once a
    later point's window has opened, earlier untaken checkpoints are reported as missed rather
    than kept as the next due (the nurse scores the patient now, not for a time gone by). The 24 h
    pair is the last point, so it is never skipped.
    """
    now = as_utc(now)
    has_h24 = any(s.timepoint == ScoreTimepoint.H24.value for s in scores)
    after = [as_utc(s.taken_at) for s in scores if s.timepoint != ScoreTimepoint.BASELINE.value]

    def taken(p: DuePoint) -> bool:
        if p.timepoint == ScoreTimepoint.H24.value:
            return has_h24
        return has_h24 or any(t >= p.due_at - soon for t in after)

    open_points = [p for p in points if not taken(p)]
    if not open_points:
        return None, ()
    opened = [p for p in open_points if now >= p.due_at - soon]
    if not opened:
        return open_points[0], ()
    return opened[-1], tuple(opened[:-1])


def _row(
    detail: SessionDetail,
    warnings: tuple[ObservationRecord, ...],
    now: datetime,
    checkpoint_hours: tuple[float, ...],
    soon: timedelta,
    window: tuple[timedelta, timedelta],
) -> WorklistRow:
    s = detail.session
    end = as_utc(s.ended_at)  # a session in supine rest has ended its procedure
    scores = [as_taken(x, end, window) for x in SessionDetail.current_of(detail.scores)]
    nxt, missed = next_due(schedule(end, checkpoint_hours), scores, now, soon)
    baseline = detail.score(ScoreTimepoint.BASELINE.value)
    later = [x for x in scores if x.timepoint != ScoreTimepoint.BASELINE.value]
    last = max(later, key=lambda x: (as_utc(x.taken_at), x.meta.id)) if later else None
    return WorklistRow(
        session=s,
        procedure_end=end,
        lying_for=max(as_utc(now) - end, timedelta(0)),
        next_due=nxt,
        state=DueState.DONE if nxt is None else due_state(nxt.due_at, now, soon),
        missed=missed,
        baseline=baseline,
        last_score=last,
        change=change_between(baseline, last),
        warnings=warnings,
        as_of=as_utc(now),
    )


def ward_overview(now: datetime | None = None) -> WardOverview:
    """Every session in supine rest, split into "scores due" and "scores done"."""
    now = as_utc(now or utcnow())
    conf = settings.load()
    soon = timedelta(minutes=conf.score_due_soon_minutes)
    window = timedelta(hours=conf.score_24h_from_hours), timedelta(hours=conf.score_24h_to_hours)
    flags: dict[int, list[ObservationRecord]] = defaultdict(list)
    for sess, obs in reads.unacknowledged_warnings():
        flags[sess.id].append(obs)
    resting = (Session.status == SessionStatus.SUPINE_REST.value) & Session.ended_at.is_null(False)
    rows = [
        _row(d, tuple(flags.get(d.session.id, ())), now, tuple(conf.checkpoint_hours), soon, window)
        for d in reads.session_details(resting, parts=("scores",))
    ]
    due = sorted(
        (r for r in rows if r.next_due is not None),
        key=lambda r: (r.next_due.due_at, r.procedure_end, r.session_id),
    )
    scored = sorted(
        (r for r in rows if r.next_due is None), key=lambda r: (r.procedure_end, r.session_id)
    )
    return WardOverview(due=tuple(due), scored=tuple(scored))


def worklist(now: datetime | None = None) -> list[WorklistRow]:
    """Patients in supine rest whose 24 h score is still to come, what is due first on top."""
    return list(ward_overview(now).due)


@dataclass(frozen=True)
class FollowUpDue:
    """A patch still waiting for the doctor's follow-up (docs/clinical-rules.md "After the procedure":
    2–4 weeks after the EBP). ``state``: upcoming before the window, due soon inside it,
    overdue after it."""

    session: SessionRecord
    window_start: datetime
    window_end: datetime
    state: DueState


def follow_ups_due(now: datetime | None = None) -> list[FollowUpDue]:
    """Patches that ended and have no follow-up yet, the earliest window first."""
    now = as_utc(now or utcnow())
    followed = reads.current(FollowUp).select(FollowUp.id).where(FollowUp.session == Session.id)
    waiting = (
        Session.status.in_((SessionStatus.SUPINE_REST.value, SessionStatus.DISCHARGED.value))
        & Session.ended_at.is_null(False)
        & ~fn.EXISTS(followed)
    )
    out = []
    for s in reads.session_records(waiting):
        start, end = follow_up_window(s.ended_at)
        state = (
            DueState.OVERDUE
            if now > end
            else DueState.DUE_SOON
            if now >= start
            else DueState.UPCOMING
        )
        out.append(FollowUpDue(s, start, end, state))
    return sorted(out, key=lambda f: (f.window_start, f.session.id))
