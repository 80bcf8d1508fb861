"""Plain dataclasses the services return; the GUI, reports and CLI never see peewee rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, TypeVar

from ebp_logger.clinical.enums import EventKind

T = TypeVar("T")


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    full_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class PatientRecord:
    id: int
    cpr: str  # 10 digits
    name: str
    birth_date: date
    sex: str
    mod11_confirmed: bool
    language: str
    comorbidity: str
    medication: str
    earlier_illnesses: str
    # Hospital interfaces: where the patient came from (typed | adt) and the ADT master data.
    source: str = "typed"
    address: str = ""
    phone: str = ""
    location: str = ""
    merged_into: int | None = None

    @property
    def cpr_display(self) -> str:
        return f"{self.cpr[:6]}-{self.cpr[6:]}"


@dataclass(frozen=True)
class EntryMeta:
    """Who and when of an entry, and its place among corrections."""

    id: int
    recorded_at: datetime
    recorded_by: str
    entered_from_paper: bool
    supersedes: int | None
    correction_reason: str | None
    superseded_by: int | None
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None

    @property
    def current(self) -> bool:
        return self.superseded_by is None and self.voided_at is None

    @property
    def state(self) -> str:
        if self.voided_at is not None:
            return "voided"
        if self.superseded_by is not None:
            return "corrected"
        return "current"


@dataclass(frozen=True)
class VitalRecord:
    meta: EntryMeta
    taken_at: datetime
    source: str
    spo2: int | None
    heart_rate: int | None
    rhythm: str | None
    systolic: int | None
    diastolic: int | None
    mean: int | None
    device_ref: str | None = None
    artefact_reason: str | None = None

    @property
    def is_artefact(self) -> bool:
        return self.artefact_reason is not None

    @property
    def has_bp(self) -> bool:
        return self.systolic is not None


@dataclass(frozen=True)
class InjectionRecord:
    meta: EntryMeta
    given_at: datetime
    component: str
    amount_ml: float


@dataclass(frozen=True)
class EventRecord:
    meta: EntryMeta
    at: datetime
    kind: str
    level: str
    note: str


@dataclass(frozen=True)
class StopRecordData:
    meta: EntryMeta
    at: datetime
    reason: str
    text: str
    blood_ml: float
    glue_ml: float


@dataclass(frozen=True)
class ScoreRecord:
    meta: EntryMeta
    taken_at: datetime
    timepoint: str
    lying: int
    standing: int


@dataclass(frozen=True)
class ObservationRecord:
    meta: EntryMeta
    observed_at: datetime
    signs: tuple[str, ...]
    note: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None


@dataclass(frozen=True)
class FollowUpRecord:
    meta: EntryMeta
    contacted_at: datetime
    effect: str
    lying: int | None
    standing: int | None
    recurrence: bool
    decision: str
    note: str


@dataclass(frozen=True)
class ChecklistAnswerRecord:
    meta: EntryMeta
    item_key: str
    label: str
    answer: str
    detail: str


@dataclass(frozen=True)
class BernRecord:
    meta: EntryMeta
    assessed_at: datetime
    signs: tuple[str, ...]
    points: int


@dataclass(frozen=True)
class SessionRecord:
    id: int
    patient: PatientRecord
    operator: str
    operator_id: int
    created_at: datetime
    status: str
    indication: str
    indication_text: str
    referring_neurologist: str
    patch_type: str
    leak_level: str
    attempt_number: int
    previous_session_id: int | None
    room_bed: str
    symptom_onset: date | None
    possible_cause: str
    symptoms: tuple[str, ...]
    entered_from_paper: bool
    started_at: datetime | None
    ended_at: datetime | None
    rest_ended_at: datetime | None
    discharged_by: str | None
    blood_ml: float = 0.0
    glue_ml: float = 0.0


@dataclass(frozen=True)
class SessionDetail:
    """A session with every entry (all versions, so corrections stay visible)."""

    session: SessionRecord
    checklist: tuple[ChecklistAnswerRecord, ...] = ()
    vitals: tuple[VitalRecord, ...] = ()
    injections: tuple[InjectionRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    stops: tuple[StopRecordData, ...] = ()
    scores: tuple[ScoreRecord, ...] = ()
    observations: tuple[ObservationRecord, ...] = ()
    follow_ups: tuple[FollowUpRecord, ...] = ()
    bern: tuple[BernRecord, ...] = ()
    extra: dict = field(default_factory=dict)

    @staticmethod
    def current_of(items: tuple) -> tuple:
        return tuple(i for i in items if i.meta.current)

    @property
    def stop(self) -> StopRecordData | None:
        found = None
        for s in self.stops:  # the last current one
            if s.meta.current:
                found = s
        return found

    def score(self, timepoint: str) -> ScoreRecord | None:
        found = None
        for s in self.scores:  # the last current one at that time point
            if s.timepoint == timepoint and s.meta.current:
                found = s
        return found


def puncture_level(detail: SessionDetail) -> str:
    """The level of the (last, current) loss of resistance, else the targeted leak level."""
    levels = [
        e.level
        for e in detail.current_of(detail.events)
        if e.kind == EventKind.LOSS_OF_RESISTANCE.value and e.level
    ]
    return levels[-1] if levels else detail.session.leak_level


def builder(cls: type[T]) -> Callable[..., T]:
    """A constructor for the bulk reads: every field positionally, in declaration order.

    The generated ``__init__`` of a frozen dataclass sets each field through
    ``object.__setattr__``; a ten-year read builds a million records, and that was a good part
    of its time. This fills the instance's ``__dict__`` in one step instead: the instance is
    the same (equality, hash, repr, immutability). Refused for a class whose ``__init__`` does
    more than store its fields."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} cannot be built field by field")
    new = object.__new__

    def build(*values: Any) -> T:
        obj = new(cls)
        obj.__dict__.update(zip(names, values, strict=True))  # one value for every field
        return obj

    return build
