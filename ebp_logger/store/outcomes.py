"""Outcome overview for a date range: patients, patches, response, stops, complications.

Response is defined once, here (``patch_outcome``), and used by the screen, the PDF and the
registry export:

* **Response at 24 h** (the headline figure): the *standing* headache score (NRS 0–10) taken 24 h
  after the patch fell by at least 50 % from the standing score taken before it — docs/clinical-rules.md
  "Outcome figures" (good response = headache reduced by at least 50 %); standing because the
  headache of intracranial hypotension is the upright one ("Background": orthostatic headache).
  A patch without both scores, or with a standing baseline of 0, is *not evaluable* and is left
  out of the denominator (and counted as such).
* **Response at follow-up**, reported separately: the same rule applied to the standing score of
  the doctor's follow-up 2–4 weeks later, and alongside it the doctor's judgement of the effect
  (lasting / temporary / none).

The guideline's published figures travel with the overview as *literature*, never as targets:
they come from other populations with other definitions of response.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import peewee

from ebp_logger.clinical.enums import EventKind, FollowUpEffect, PatchType, ScoreTimepoint
from ebp_logger.clinical.labels import Label
from ebp_logger.clinical.response import is_good_response, reduction
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import as_utc
from ebp_logger.errors import Cancelled
from ebp_logger.i18n import _
from ebp_logger.store import reads, score_window
from ebp_logger.store.fields import parse_utc
from ebp_logger.store.models import Session
from ebp_logger.store.records import FollowUpRecord, ScoreRecord, SessionDetail

# docs/clinical-rules.md "Outcome figures" (ref 39): the volume split the literature reports (≥ 22.5 ml
# vs less). A grouping for the overview, not a dosing rule.
VOLUME_SPLIT_ML = 22.5

RESPONSE_24H = Label(
    en=(
        "Response at 24 h: the standing headache score (NRS 0–10) 24 hours after the patch is at "
        "least 50 % lower than before it. Only a score taken inside the department's window "
        "around 24 hours counts. Patches without both scores, or with a standing score "
        "of 0 before, are not evaluable and are left out of the percentage."
    ),
    da=(
        "Respons efter 24 timer: hovedpinescoren stående (NRS 0–10) 24 timer efter blodpatchen "
        "er mindst 50 % lavere end før. Kun en score taget inden for afdelingens vindue omkring "
        "24 timer tæller. Blodpatches uden begge scorer, eller med score 0 stående "
        "før, kan ikke vurderes og tæller ikke med i procenten."
    ),
)
RESPONSE_FOLLOW_UP = Label(
    en=(
        "Response at follow-up (2–4 weeks): the same 50 % rule for the standing score at the "
        "doctor's follow-up; the doctor's judgement of the effect (lasting, temporary, none) is "
        "shown beside it."
    ),
    da=(
        "Respons ved opfølgning (2–4 uger): samme 50 %-regel for scoren stående ved lægens "
        "opfølgning; lægens vurdering af effekten (varig, midlertidig, ingen) vises ved siden af."
    ),
)
LITERATURE_NOTE = Label(
    en=(
        "Literature figures from the national reference programme, for orientation only: other "
        "patients, other definitions of response. They are not targets."
    ),
    da=(
        "Litteraturtal fra det nationale referenceprogram, kun til orientering: andre patienter, "
        "andre definitioner af respons. De er ikke mål."
    ),
)


@dataclass(frozen=True)
class ReferenceFigure:
    """A published response rate quoted by the guideline (literature, not a target)."""

    key: str
    label: Label
    percent: float
    source: str  # where it stands in docs/clinical-rules.md


# docs/clinical-rules.md "Outcome figures". Keys name the overview group a figure may be shown beside.
REFERENCE_FIGURES: tuple[ReferenceFigure, ...] = (
    ReferenceFigure(
        "non_targeted",
        Label("Single non-targeted EBP effective", "Enkelt non-targeted EBP effektiv"),
        64.0,
        'docs/clinical-rules.md "Outcome figures": meta-analysis, ref 4',
    ),
    ReferenceFigure(
        "targeted",
        Label("First targeted EBP, response", "Første targeted EBP, respons"),
        59.0,
        'docs/clinical-rules.md "Outcome figures": ref 39, 150 patients',
    ),
    ReferenceFigure(
        "volume_high",
        Label("First targeted EBP ≥ 22.5 ml", "Første targeted EBP ≥ 22,5 ml"),
        68.0,
        'docs/clinical-rules.md "Outcome figures": ref 39',
    ),
    ReferenceFigure(
        "volume_low",
        Label("First targeted EBP < 22.5 ml", "Første targeted EBP < 22,5 ml"),
        47.0,
        'docs/clinical-rules.md "Outcome figures": ref 39',
    ),
    ReferenceFigure(
        "repeat",
        Label(
            "Good response to a further EBP after recurrence",
            "God respons på fornyet EBP efter tilbagefald",
        ),
        78.0,
        'docs/clinical-rules.md "Repeat treatment and referral rules": ref 38',
    ),
)


@dataclass(frozen=True)
class PatchOutcome:
    """One patch (a session whose procedure started) reduced to what the figures need."""

    session_id: int
    patient_id: int
    attempt_number: int
    patch_type: str
    blood_ml: float
    stop_reason: str | None
    reduction_24h: float | None  # standing score; None when not evaluable
    good_24h: bool | None  # None = not evaluable
    reduction_follow_up: float | None
    good_follow_up: bool | None
    follow_up_effect: str | None  # FollowUpEffect code of the newest follow-up
    h24: ScoreRecord | None  # the 24-hour score, only when taken inside the window
    follow_up: FollowUpRecord | None
    complications: tuple[str, ...]  # EventKind codes flagged is_complication
    warning_signs: tuple[str, ...]  # WarningSign codes observed on the ward


@lru_cache(maxsize=64)
def _is_complication(kind: str) -> bool:
    # One enum lookup per kind, not per event of every patch.
    return EventKind(kind).is_complication


def _standing_response(baseline: int | None, after: int | None) -> tuple[float | None, bool | None]:
    if baseline is None or after is None:
        return None, None
    return reduction(baseline, after), is_good_response(baseline, after)


def patch_outcome(
    detail: SessionDetail, window: tuple[timedelta, timedelta] | None = None
) -> PatchOutcome:
    """The response and complications of one patch, by the definitions in this module's doc.

    Only a 24-hour score taken inside the department's window around 24 h counts (``window``,
    else the setting): a score taken minutes after the patch is not the guideline's 24-hour
    score (docs/clinical-rules.md "The procedure") and says nothing of the
    response."""
    s = detail.session
    cur = SessionDetail.current_of
    base = detail.score(ScoreTimepoint.BASELINE.value)
    h24 = score_window.guideline_24h_score(detail, window or score_window.h24_window())
    fus = cur(detail.follow_ups)
    fu = fus[-1] if fus else None
    base_standing = base.standing if base else None
    r24, g24 = _standing_response(base_standing, h24.standing if h24 else None)
    rfu, gfu = _standing_response(base_standing, fu.standing if fu else None)
    stop = detail.stop
    return PatchOutcome(
        session_id=s.id,
        patient_id=s.patient.id,
        attempt_number=s.attempt_number,
        patch_type=s.patch_type,
        blood_ml=s.blood_ml,
        stop_reason=stop.reason if stop else None,
        reduction_24h=r24,
        good_24h=g24,
        reduction_follow_up=rfu,
        good_follow_up=gfu,
        follow_up_effect=fu.effect if fu else None,
        h24=h24,
        follow_up=fu,
        complications=tuple(e.kind for e in cur(detail.events) if _is_complication(e.kind)),
        warning_signs=tuple(sorted({sign for o in cur(detail.observations) for sign in o.signs})),
    )


@dataclass(frozen=True)
class Rate:
    good: int
    evaluable: int
    not_evaluable: int

    @property
    def percent(self) -> float | None:
        return None if self.evaluable == 0 else 100.0 * self.good / self.evaluable

    @classmethod
    def of(cls, values: Iterable[bool | None]) -> Rate:
        vals = list(values)
        judged = [v for v in vals if v is not None]
        return cls(good=sum(judged), evaluable=len(judged), not_evaluable=len(vals) - len(judged))


@dataclass(frozen=True)
class GroupResponse:
    key: str
    label: Label
    patches: int
    at_24h: Rate
    at_follow_up: Rate
    effects: tuple[tuple[str, int], ...]  # FollowUpEffect code (or "not_followed_up"), count
    reference: ReferenceFigure | None


NOT_FOLLOWED_UP = "not_followed_up"


def _group(
    key: str, label: Label, patches: list[PatchOutcome], reference_key: str | None = None
) -> GroupResponse:
    effects = Counter(p.follow_up_effect or NOT_FOLLOWED_UP for p in patches)
    order = [e.value for e in FollowUpEffect] + [NOT_FOLLOWED_UP]
    ref = next((r for r in REFERENCE_FIGURES if r.key == reference_key), None)
    return GroupResponse(
        key=key,
        label=label,
        patches=len(patches),
        at_24h=Rate.of(p.good_24h for p in patches),
        at_follow_up=Rate.of(p.good_follow_up for p in patches),
        effects=tuple((e, effects.get(e, 0)) for e in order),
        reference=ref,
    )


@dataclass(frozen=True)
class OutcomeOverview:
    start: date
    end: date  # inclusive
    patients: int
    patches: int
    overall: GroupResponse
    groups: tuple[GroupResponse, ...]  # first/repeat, volume, type (in that order)
    stop_reasons: tuple[tuple[str, int], ...]  # StopReason code, count (all reasons, zeros too)
    no_stop_recorded: int
    complications: tuple[tuple[str, int], ...]  # EventKind code, patches with it
    patches_with_complication: int
    warning_signs: tuple[tuple[str, int], ...]  # WarningSign code, patches with it
    patches_with_warning_sign: int
    response_definition: Label = RESPONSE_24H
    follow_up_definition: Label = RESPONSE_FOLLOW_UP
    literature_note: Label = LITERATURE_NOTE

    def group(self, key: str) -> GroupResponse:
        return next(g for g in (self.overall, *self.groups) if g.key == key)


def _local_midnight_utc(day: date) -> datetime:
    return as_utc(datetime.combine(day, time()).astimezone())


def _started_between(lo: datetime, hi: datetime) -> peewee.Expression:
    return (
        Session.started_at.is_null(False) & (Session.started_at >= lo) & (Session.started_at < hi)
    )


def patches_between(start: date, end: date) -> list[int]:
    """Sessions whose procedure started on a local day from ``start`` to ``end`` inclusive."""
    lo, hi = _local_midnight_utc(start), _local_midnight_utc(end + timedelta(days=1))
    q = (
        Session.select(Session.id)
        .where(_started_between(lo, hi))
        .order_by(Session.started_at, Session.id)
    )
    return [r.id for r in q]


# The entries the figures read: never the vitals, the checklist or the injections (the
# session's blood total comes with the session). The registry export adds the Bern score.
OUTCOME_PARTS = ("events", "stops", "scores", "observations", "follow_ups")
# A long range is read a year at a time, so a progress bar moves and a cancel is heard; each
# slice costs the same few statements (reads.session_details) however many patches it holds.
SLICE = timedelta(days=366)

# progress(done, total) -> False to stop: a long read asks it between slices.
Progress = Callable[[int, int], bool]


def _clamped(start: date, end: date) -> tuple[datetime, datetime] | None:
    """The asked range cut to the first and last patch on file (two indexed lookups), so an
    open range ("since 1900") costs no more slices than the years that hold patches."""
    lo, hi = _local_midnight_utc(start), _local_midnight_utc(end + timedelta(days=1))
    started = Session.started_at
    first = Session.select(started).where(started >= lo).order_by(started).limit(1).scalar()
    last = Session.select(started).where(started < hi).order_by(started.desc()).limit(1).scalar()
    if first is None or last is None:
        return None
    first, last = _utc(first), _utc(last)
    if first >= hi or last < lo:
        return None
    return first, last + timedelta(microseconds=1)


def _utc(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else parse_utc(value)


def is_long(start: date, end: date) -> bool:
    """True when the patches in the range span more than a year: read it behind a progress bar."""
    found = _clamped(min(start, end), max(start, end))
    return found is not None and found[1] - found[0] > SLICE


def patch_details(
    start: date,
    end: date,
    parts: Iterable[str] = OUTCOME_PARTS,
    progress: Progress | None = None,
) -> Iterator[SessionDetail]:
    """The patches started from ``start`` to ``end`` (local days, inclusive) with their entries,
    in order of start, read slice by slice. Raises ``Cancelled`` when ``progress`` says stop."""
    found = _clamped(start, end)
    if found is None:
        if progress is not None:
            progress(1, 1)
        return
    lo, hi = found
    slices = max(1, -(-(hi - lo) // SLICE))
    parts = tuple(parts)
    for k in range(slices):
        if progress is not None and not progress(k, slices):
            raise Cancelled(_("The overview was cancelled."))
        a = lo + k * SLICE
        b = min(hi, a + SLICE)
        yield from reads.session_details(_started_between(a, b), parts, order=(Session.started_at,))
    if progress is not None:
        progress(slices, slices)


def _counts(patches: list[PatchOutcome], get: Callable[[PatchOutcome], Iterable[str]], codes):
    c = Counter(code for p in patches for code in set(get(p)))
    return tuple((code, c.get(code, 0)) for code in codes)


def overview(start: date, end: date, progress: Progress | None = None) -> OutcomeOverview:
    """The figures for patches started from ``start`` to ``end`` (local days, inclusive)."""
    if end < start:
        start, end = end, start
    window = score_window.h24_window()
    with reads.gc_paused():
        patches = [patch_outcome(d, window) for d in patch_details(start, end, progress=progress)]
    first = [p for p in patches if p.attempt_number <= 1]
    repeat = [p for p in patches if p.attempt_number > 1]
    high = [p for p in patches if p.blood_ml >= VOLUME_SPLIT_ML]
    low = [p for p in patches if p.blood_ml < VOLUME_SPLIT_ML]
    by_type = {t: [p for p in patches if p.patch_type == t.value] for t in PatchType}
    groups = (
        _group("first", Label("First patch", "Første blodpatch"), first),
        _group("repeat", Label("Repeat patch", "Gentaget blodpatch"), repeat, "repeat"),
        _group(
            "volume_high",
            Label("Blood ≥ 22.5 ml", "Blod ≥ 22,5 ml"),
            high,
            "volume_high",
        ),
        _group("volume_low", Label("Blood < 22.5 ml", "Blod < 22,5 ml"), low, "volume_low"),
        *(_group(t.value, t.labels, by_type[t], t.value) for t in PatchType),
    )
    complication_kinds = [k.value for k in EventKind if k.is_complication]
    return OutcomeOverview(
        start=start,
        end=end,
        patients=len({p.patient_id for p in patches}),
        patches=len(patches),
        overall=_group("all", Label("All patches", "Alle blodpatches"), patches),
        groups=groups,
        stop_reasons=_counts(
            patches,
            lambda p: [p.stop_reason] if p.stop_reason else [],
            [r.value for r in StopReason],
        ),
        no_stop_recorded=sum(1 for p in patches if p.stop_reason is None),
        complications=_counts(patches, lambda p: p.complications, complication_kinds),
        patches_with_complication=sum(1 for p in patches if p.complications),
        warning_signs=_counts(patches, lambda p: p.warning_signs, [w.value for w in WarningSign]),
        patches_with_warning_sign=sum(1 for p in patches if p.warning_signs),
    )
