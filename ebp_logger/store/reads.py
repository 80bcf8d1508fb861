"""Reading sessions back: one place for the read models the screens, reports and exports share.

Every read here costs a fixed number of SQL statements whatever the number of rows: a list of
sessions is one statement for the sessions with their patients, one for the user names and one
for the injected totals; a set of full sessions adds one statement per kind of entry, each
selecting the entries of *all* the sessions the same condition picks (a join, never a query per
session). Over a network to a database server every statement is a round trip, so the count
matters as much as the milliseconds (``tests/core/store/test_reads_scale.py`` counts them).
"""

from __future__ import annotations

import gc
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

import peewee

from ebp_logger.clinical.enums import Component, SessionStatus
from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound
from ebp_logger.i18n import _
from ebp_logger.store.database import db
from ebp_logger.store.fields import DateOnlyField, JsonTextField, UTCDateTimeField, parse_utc
from ebp_logger.store.models import (
    BernAssessment,
    ChecklistAnswer,
    Entry,
    Event,
    FollowUp,
    HeadacheScore,
    Injection,
    Observation,
    Patient,
    Session,
    StopRecord,
    User,
    Vital,
)
from ebp_logger.store.records import (
    BernRecord,
    ChecklistAnswerRecord,
    EntryMeta,
    EventRecord,
    FollowUpRecord,
    InjectionRecord,
    ObservationRecord,
    PatientRecord,
    ScoreRecord,
    SessionDetail,
    SessionRecord,
    StopRecordData,
    VitalRecord,
    builder,
)

E = TypeVar("E", bound=Entry)

SYSTEM_RECORDER = "monitor (EBP Logger)"


# --- Single-row helpers (shared with the write services) -------------------------------------


def usernames() -> dict[int, str]:
    return {
        u.id: u.full_name or u.username for u in User.select(User.id, User.username, User.full_name)
    }


def meta(row: Entry, superseded_by: dict[int, int], names: dict[int, str]) -> EntryMeta:
    return EntryMeta(
        id=row.id,
        recorded_at=row.recorded_at,
        # No user: written by the monitor listener (the system actor), not by a person.
        recorded_by=names.get(row.recorded_by_id, "?") if row.recorded_by_id else SYSTEM_RECORDER,
        entered_from_paper=row.entered_from_paper,
        supersedes=row.supersedes_id,
        correction_reason=row.correction_reason,
        superseded_by=superseded_by.get(row.id),
        voided_at=row.voided_at,
        voided_by=names.get(row.voided_by_id) if row.voided_by_id else None,
        void_reason=row.void_reason,
    )


def superseded_map(model: type[Entry], session_id: int) -> dict[int, int]:
    """old id -> id of the row that corrected it."""
    q = model.select(model.id, model.supersedes).where(
        (model.session == session_id) & model.supersedes.is_null(False)
    )
    return {r.supersedes_id: r.id for r in q}


def current(model: type[E], session_id: int | None = None) -> peewee.ModelSelect:
    """Rows neither voided nor corrected."""
    newer = model.alias()
    q = model.select().where(
        model.voided_at.is_null()
        & ~peewee.fn.EXISTS(newer.select(newer.id).where(newer.supersedes == model.id))
    )
    if session_id is not None:
        q = q.where(model.session == session_id)
    return q


def session_row(session_id: int) -> Session:
    row = Session.get_or_none(Session.id == session_id)
    if row is None:
        raise NotFound(_("No session {id}.").format(id=session_id))
    return row


def patient_record(p: Patient) -> PatientRecord:
    return PatientRecord(
        p.id,
        p.cpr,
        p.name,
        p.birth_date,
        p.sex,
        p.mod11_confirmed,
        p.language,
        p.comorbidity,
        p.medication,
        p.earlier_illnesses,
        p.source,
        p.address,
        p.phone,
        p.location,
        p.merged_into,
    )


def totals_tenths(session_id: int) -> dict[str, int]:
    """Current injected amounts per component, in tenths of a millilitre."""
    return _totals(Session.id == session_id).get(session_id, {})


# --- Sessions, many at a time ----------------------------------------------------------------

_PATIENT_FIELDS = (
    Patient.id,
    Patient.cpr,
    Patient.name,
    Patient.birth_date,
    Patient.sex,
    Patient.mod11_confirmed,
    Patient.language,
    Patient.comorbidity,
    Patient.medication,
    Patient.earlier_illnesses,
)
_SESSION_FIELDS = (
    Session.id,
    Session.operator,
    Session.created_at,
    Session.status,
    Session.indication,
    Session.indication_text,
    Session.referring_neurologist,
    Session.patch_type,
    Session.leak_level,
    Session.attempt_number,
    Session.previous_session,
    Session.room_bed,
    Session.symptom_onset,
    Session.possible_cause,
    Session.symptoms,
    Session.entered_from_paper,
    Session.started_at,
    Session.ended_at,
    Session.rest_ended_at,
    Session.discharged_by,
)
_NP = len(_PATIENT_FIELDS)


# Python 3.11 reads the stored "…Z" itself, straight to an aware UTC time (no replace()).
_utc = datetime.fromisoformat if sys.version_info >= (3, 11) else parse_utc


def _converter(field: peewee.Field) -> Callable[[Any], Any] | None:
    """How a stored value becomes a Python one; None where SQLite's own value will do.
    peewee calls ``python_value`` of every column of every row (a method call each, integers
    and text included); the long reads convert only the columns that need it."""
    if isinstance(field, UTCDateTimeField):
        return _utc
    if isinstance(field, DateOnlyField):
        return date.fromisoformat
    if isinstance(field, JsonTextField):
        return json.loads
    if isinstance(field, peewee.BooleanField):
        return bool
    return None


def _raw(query: peewee.ModelSelect, fields: Iterable[peewee.Field]) -> list[tuple]:
    """The rows of ``query`` (selecting ``fields``), converted like peewee would, faster:
    column by column, one comprehension for each column that needs converting, rather than a
    Python loop over the columns of every row."""
    convs = [(i, c) for i, f in enumerate(fields) if (c := _converter(f)) is not None]
    sql, params = query.sql()
    rows = db.execute_sql(sql, params).fetchall()
    if not rows or not convs:
        return rows
    cols = list(zip(*rows, strict=True))
    for i, conv in convs:
        cols[i] = [None if v is None else conv(v) for v in cols[i]]
    return list(zip(*cols, strict=True))


def _picked(where: peewee.Expression) -> peewee.ModelSelect:
    """The ids of the sessions ``where`` (an expression on Session) picks, as a subquery. ``IN (subquery)`` rather than a
    join: SQLite then finds the few sessions first and their rows by index, instead of walking
    a whole entry table in session order to save a sort (sorting is done here, in Python)."""
    return Session.select(Session.id).where(where)


def _totals(where: peewee.Expression) -> dict[int, dict[str, int]]:
    """session id -> component -> current tenths of a ml, for every session ``where`` picks."""
    newer = Injection.alias()
    q = (
        Injection.select(Injection.session, Injection.component, peewee.fn.SUM(Injection.tenths_ml))
        .where(Injection.session.in_(_picked(where)))
        .where(
            Injection.voided_at.is_null()
            & ~peewee.fn.EXISTS(newer.select(newer.id).where(newer.supersedes == Injection.id))
        )
        .group_by(Injection.session, Injection.component)
        .tuples()
    )
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for sid, component, tenths in q:
        out[sid][component] = tenths
    return out


_new_patient = builder(PatientRecord)
_new_session = builder(SessionRecord)
_new_meta = builder(EntryMeta)
_new_observation = builder(ObservationRecord)
# The interface columns the session lists do not read: the record's own defaults.
_PATIENT_REST = tuple(f.default for f in fields(PatientRecord)[_NP:])
_BLOOD, _GLUE = Component.BLOOD.value, Component.FIBRIN_GLUE.value


def _session_from(t: tuple, names: dict[int, str], totals: dict[str, int]) -> SessionRecord:
    (sid, operator_id, created_at, status, indication, indication_text, referring, patch_type,
     leak_level, attempt, previous, room_bed, onset, cause, symptoms, paper, started, ended,
     rest_ended, discharged_by) = t[_NP:]  # fmt: skip
    # Positional, in SessionRecord's field order.
    return _new_session(
        sid,
        _new_patient(*t[:_NP], *_PATIENT_REST),
        names.get(operator_id, "?"),
        operator_id,
        created_at,
        status,
        indication,
        indication_text,
        referring,
        patch_type,
        leak_level,
        attempt,
        previous,
        room_bed,
        onset,
        cause,
        tuple(symptoms or ()),
        paper,
        started,
        ended,
        rest_ended,
        names.get(discharged_by) if discharged_by else None,
        totals.get(_BLOOD, 0) / 10,
        totals.get(_GLUE, 0) / 10,
    )


def session_records(
    where: peewee.Expression,
    order: Iterable[peewee.Field] = (),
    names: dict[int, str] | None = None,
) -> list[SessionRecord]:
    """The sessions ``where`` (an expression on Session) picks: three statements."""
    names = names if names is not None else usernames()
    totals = _totals(where)
    q = (
        Session.select(*_PATIENT_FIELDS, *_SESSION_FIELDS)
        # CROSS JOIN: SQLite keeps session as the outer loop (its filter is the selective
        # part) rather than walking every patient; the statistics cannot tell it that a
        # status like "in progress" is rare.
        .join(Patient, peewee.JOIN.CROSS)
        .where(Session.patient == Patient.id)
        .where(where)
    )
    rows = _raw(q, (*_PATIENT_FIELDS, *_SESSION_FIELDS))
    out = [_session_from(t, names, totals.get(t[_NP], {})) for t in rows]
    # Sorted here: an ORDER BY tempts SQLite to walk a whole date index instead of its filter.
    keys = [f.name for f in (tuple(order) or (Session.created_at,))]
    out.sort(key=attrgetter(*keys, "id"))
    return out


# One constructor per entry record (records.builder): built a million times in a long read.
_NEW: dict[type, Callable[..., Any]] = {
    c: builder(c)
    for c in (
        ChecklistAnswerRecord,
        VitalRecord,
        InjectionRecord,
        EventRecord,
        StopRecordData,
        ScoreRecord,
        FollowUpRecord,
        BernRecord,
    )
}


@dataclass(frozen=True)
class _Part:
    """One kind of entry: its model, its order within a session, and how a row becomes a record."""

    attr: str  # the SessionDetail field
    model: type[Entry]
    order: peewee.Field
    values: tuple[str, ...]
    make: Callable[[EntryMeta, tuple], Any]


PARTS: dict[str, _Part] = {
    p.attr: p
    for p in (
        _Part(
            "checklist",
            ChecklistAnswer,
            ChecklistAnswer.recorded_at,
            ("item_key", "label", "answer", "detail"),
            lambda m, v: _NEW[ChecklistAnswerRecord](m, *v),
        ),
        _Part(
            "vitals",
            Vital,
            Vital.taken_at,
            (
                "taken_at",
                "source",
                "spo2",
                "heart_rate",
                "rhythm",
                "systolic",
                "diastolic",
                "mean",
                "device_ref",
                "artefact_reason",
            ),
            lambda m, v: _NEW[VitalRecord](m, *v),
        ),
        _Part(
            "injections",
            Injection,
            Injection.given_at,
            ("given_at", "component", "tenths_ml"),
            lambda m, v: _NEW[InjectionRecord](m, v[0], v[1], v[2] / 10),
        ),
        _Part(
            "events",
            Event,
            Event.at,
            ("at", "kind", "level", "note"),
            lambda m, v: _NEW[EventRecord](m, *v),
        ),
        _Part(
            "stops",
            StopRecord,
            StopRecord.at,
            ("at", "reason", "text", "blood_tenths_ml", "glue_tenths_ml"),
            lambda m, v: _NEW[StopRecordData](m, v[0], v[1], v[2], v[3] / 10, v[4] / 10),
        ),
        _Part(
            "scores",
            HeadacheScore,
            HeadacheScore.taken_at,
            ("taken_at", "timepoint", "lying", "standing"),
            lambda m, v: _NEW[ScoreRecord](m, *v),
        ),
        _Part(
            "observations",
            Observation,
            Observation.observed_at,
            ("observed_at", "signs", "note", "acknowledged_at", "acknowledged_by"),
            None,  # needs the user names: built in _entries
        ),
        _Part(
            "follow_ups",
            FollowUp,
            FollowUp.contacted_at,
            ("contacted_at", "effect", "lying", "standing", "recurrence", "decision", "note"),
            lambda m, v: _NEW[FollowUpRecord](m, *v),
        ),
        _Part(
            "bern",
            BernAssessment,
            BernAssessment.assessed_at,
            ("assessed_at", "signs", "points"),
            lambda m, v: _NEW[BernRecord](m, v[0], tuple(v[1]), v[2]),
        ),
    )
}
ALL_PARTS: tuple[str, ...] = tuple(PARTS)
_META = (
    "id",
    "session",
    "recorded_at",
    "recorded_by",
    "entered_from_paper",
    "supersedes",
    "correction_reason",
    "voided_at",
    "voided_by",
    "void_reason",
)


def _entries(part: _Part, where: peewee.Expression, names: dict[int, str]) -> dict[int, list]:
    """session id -> records of one kind (every version, oldest first): one statement."""
    model = part.model
    fields = [model._meta.fields[n] for n in (*_META, *part.values)]
    q = model.select(*fields).where(model.session.in_(_picked(where)))
    at = (*_META, *part.values).index(part.order.name)
    rows = sorted(_raw(q, fields), key=itemgetter(at, 0))  # oldest first per session
    superseded = {r[5]: r[0] for r in rows if r[5] is not None}
    make = part.make
    if make is None:  # observations: the acknowledging doctor's name

        def make(m: EntryMeta, v: tuple) -> ObservationRecord:
            return _new_observation(
                m, v[0], tuple(v[1]), v[2], v[3], names.get(v[4]) if v[4] else None
            )

    out: dict[int, list] = defaultdict(list)
    for r in rows:
        rid, sid, rec_at, rec_by, paper, sup, reason, void_at, void_by, void_reason = r[:10]
        m = _new_meta(
            rid,
            rec_at,
            names.get(rec_by, "?") if rec_by else SYSTEM_RECORDER,
            paper,
            sup,
            reason,
            superseded.get(rid),
            void_at,
            names.get(void_by) if void_by else None,
            void_reason,
        )
        out[sid].append(make(m, r[10:]))
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a bulk read builds its records. The records
    form no cycles, yet the collector wakes every few hundred new objects and now and then
    walks the whole heap: a third of an outcome overview went to it. Reference counting still
    frees everything meanwhile; the collector's state is restored when the block ends."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def session_details(
    where: peewee.Expression,
    parts: Iterable[str] = ALL_PARTS,
    order: Iterable[peewee.Field] = (),
) -> list[SessionDetail]:
    """Every session ``where`` picks with the entries named in ``parts`` (all versions of each,
    oldest first); the others stay empty. 3 + len(parts) statements whatever the row count."""
    with gc_paused():
        names = usernames()
        sessions = session_records(where, order, names)
        if not sessions:
            return []
        by_part = {name: _entries(PARTS[name], where, names) for name in parts}
        return [
            SessionDetail(
                session=s, **{name: tuple(rows.get(s.id, ())) for name, rows in by_part.items()}
            )
            for s in sessions
        ]


# --- The reads the screens use ---------------------------------------------------------------


def session_record(row: Session, names: dict[int, str] | None = None) -> SessionRecord:
    names = names if names is not None else usernames()
    return _session_from(
        (*(getattr(row.patient, f.name) for f in _PATIENT_FIELDS),)
        + tuple(row.__data__.get(f.name) for f in _SESSION_FIELDS),
        names,
        totals_tenths(row.id),
    )


def get_session(session_id: int) -> SessionRecord:
    found = session_records(Session.id == session_id)
    if not found:
        raise NotFound(_("No session {id}.").format(id=session_id))
    return found[0]


def session_detail(session_id: int) -> SessionDetail:
    """Everything about a session, every version of every entry, oldest first."""
    found = session_details(Session.id == session_id)
    if not found:
        raise NotFound(_("No session {id}.").format(id=session_id))
    return found[0]


def sessions_by_status(*statuses: str) -> list[SessionRecord]:
    # unlikely() on a file (see backends.sqlite): without it, a full scan.
    return session_records(db.unlikely(Session.status.in_(statuses)))


def in_progress() -> list[SessionRecord]:
    """Sessions in set-up or under way: reopened after a crash exactly where they were."""
    return sessions_by_status(SessionStatus.SETUP.value, SessionStatus.IN_PROGRESS.value)


def in_supine_rest() -> list[SessionRecord]:
    return sessions_by_status(SessionStatus.SUPINE_REST.value)


def sessions_between(start: datetime, end: datetime) -> list[SessionRecord]:
    return session_records((Session.created_at >= start) & (Session.created_at < end))


def todays_sessions(now: datetime | None = None) -> list[SessionRecord]:
    """Sessions created since local midnight."""
    local = (now or utcnow()).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return sessions_between(midnight, midnight + timedelta(days=1))


def patient_sessions(patient_id: int) -> list[SessionRecord]:
    return session_records(Session.patient == patient_id)


def all_session_ids() -> list[int]:
    return [r.id for r in Session.select(Session.id).order_by(Session.id)]


def _unacknowledged() -> peewee.ModelSelect:
    return current(Observation).where(Observation.acknowledged_at.is_null())


def unacknowledged_warnings() -> list[tuple[SessionRecord, ObservationRecord]]:
    """Observations with warning signs not yet acknowledged by a doctor, newest first."""
    names = usernames()
    obs = list(_unacknowledged().order_by(Observation.observed_at.desc(), Observation.id.desc()))
    if not obs:
        return []
    picked = Session.id.in_(_unacknowledged().select(Observation.session))
    sessions = {s.id: s for s in session_records(picked, names=names)}
    out = []
    for r in obs:
        if not r.signs:
            continue
        # A current row is by definition not superseded: no map needed.
        rec = ObservationRecord(
            meta(r, {}, names), r.observed_at, tuple(r.signs), r.note, None, None
        )
        out.append((sessions[r.session_id], rec))
    return out
