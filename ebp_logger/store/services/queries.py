"""Reading: sessions with their entries (all versions), lists for the home and ward screens."""

from __future__ import annotations

from datetime import datetime, timedelta

from ebp_logger.clinical.enums import Component, SessionStatus
from ebp_logger.clock import utcnow
from ebp_logger.store.models import (
    BernAssessment,
    ChecklistAnswer,
    Event,
    FollowUp,
    HeadacheScore,
    Injection,
    Observation,
    Patient,
    Session,
    StopRecord,
    Vital,
)
from ebp_logger.store.records import (
    BernRecord,
    ChecklistAnswerRecord,
    EventRecord,
    FollowUpRecord,
    InjectionRecord,
    ObservationRecord,
    ScoreRecord,
    SessionDetail,
    SessionRecord,
    StopRecordData,
    VitalRecord,
)
from ebp_logger.store.services import entries
from ebp_logger.store.services.patients import to_record as patient_record
from ebp_logger.store.services.sessions import totals_tenths


def session_record(row: Session, names: dict[int, str] | None = None) -> SessionRecord:
    names = names if names is not None else entries.usernames()
    totals = totals_tenths(row.id)
    return SessionRecord(
        id=row.id,
        patient=patient_record(row.patient),
        operator=names.get(row.operator_id, "?"),
        operator_id=row.operator_id,
        created_at=row.created_at,
        status=row.status,
        indication=row.indication,
        indication_text=row.indication_text,
        referring_neurologist=row.referring_neurologist,
        patch_type=row.patch_type,
        leak_level=row.leak_level,
        attempt_number=row.attempt_number,
        previous_session_id=row.previous_session_id,
        room_bed=row.room_bed,
        symptom_onset=row.symptom_onset,
        possible_cause=row.possible_cause,
        symptoms=tuple(row.symptoms or ()),
        entered_from_paper=row.entered_from_paper,
        started_at=row.started_at,
        ended_at=row.ended_at,
        rest_ended_at=row.rest_ended_at,
        discharged_by=names.get(row.discharged_by_id) if row.discharged_by_id else None,
        blood_ml=totals.get(Component.BLOOD.value, 0) / 10,
        glue_ml=totals.get(Component.FIBRIN_GLUE.value, 0) / 10,
    )


def get_session(session_id: int) -> SessionRecord:
    return session_record(entries.session_row(session_id))


def _rows(model, session_id: int, order, names: dict[int, str]):
    sup = entries.superseded_map(model, session_id)
    for r in model.select().where(model.session == session_id).order_by(order, model.id):
        yield r, entries.meta(r, sup, names)


def session_detail(session_id: int) -> SessionDetail:
    """Everything about a session, every version of every entry, oldest first."""
    names = entries.usernames()
    s = session_record(entries.session_row(session_id), names)
    return SessionDetail(
        session=s,
        checklist=tuple(
            ChecklistAnswerRecord(m, r.item_key, r.label, r.answer, r.detail)
            for r, m in _rows(ChecklistAnswer, session_id, ChecklistAnswer.recorded_at, names)
        ),
        vitals=tuple(
            VitalRecord(
                m,
                r.taken_at,
                r.source,
                r.spo2,
                r.heart_rate,
                r.rhythm,
                r.systolic,
                r.diastolic,
                r.mean,
                r.device_ref,
                r.artefact_reason,
            )
            for r, m in _rows(Vital, session_id, Vital.taken_at, names)
        ),
        injections=tuple(
            InjectionRecord(m, r.given_at, r.component, r.tenths_ml / 10)
            for r, m in _rows(Injection, session_id, Injection.given_at, names)
        ),
        events=tuple(
            EventRecord(m, r.at, r.kind, r.level, r.note)
            for r, m in _rows(Event, session_id, Event.at, names)
        ),
        stops=tuple(
            StopRecordData(m, r.at, r.reason, r.text, r.blood_tenths_ml / 10, r.glue_tenths_ml / 10)
            for r, m in _rows(StopRecord, session_id, StopRecord.at, names)
        ),
        scores=tuple(
            ScoreRecord(m, r.taken_at, r.timepoint, r.lying, r.standing)
            for r, m in _rows(HeadacheScore, session_id, HeadacheScore.taken_at, names)
        ),
        observations=tuple(
            ObservationRecord(
                m,
                r.observed_at,
                tuple(r.signs),
                r.note,
                r.acknowledged_at,
                names.get(r.acknowledged_by_id) if r.acknowledged_by_id else None,
            )
            for r, m in _rows(Observation, session_id, Observation.observed_at, names)
        ),
        follow_ups=tuple(
            FollowUpRecord(
                m, r.contacted_at, r.effect, r.lying, r.standing, r.recurrence, r.decision, r.note
            )
            for r, m in _rows(FollowUp, session_id, FollowUp.contacted_at, names)
        ),
        bern=tuple(
            BernRecord(m, r.assessed_at, tuple(r.signs), r.points)
            for r, m in _rows(BernAssessment, session_id, BernAssessment.assessed_at, names)
        ),
    )


def _sessions(query) -> list[SessionRecord]:
    names = entries.usernames()
    return [session_record(r, names) for r in query.join(Patient).switch(Session)]


def sessions_by_status(*statuses: str) -> list[SessionRecord]:
    return _sessions(
        Session.select().where(Session.status.in_(statuses)).order_by(Session.created_at)
    )


def in_progress() -> list[SessionRecord]:
    """Sessions in set-up or under way: reopened after a crash exactly where they were."""
    return sessions_by_status(SessionStatus.SETUP.value, SessionStatus.IN_PROGRESS.value)


def in_supine_rest() -> list[SessionRecord]:
    return sessions_by_status(SessionStatus.SUPINE_REST.value)


def sessions_between(start: datetime, end: datetime) -> list[SessionRecord]:
    q = Session.select().where((Session.created_at >= start) & (Session.created_at < end))
    return _sessions(q.order_by(Session.created_at))


def todays_sessions(now: datetime | None = None) -> list[SessionRecord]:
    """Sessions created since local midnight."""
    local = (now or utcnow()).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return sessions_between(midnight, midnight + timedelta(days=1))


def patient_sessions(patient_id: int) -> list[SessionRecord]:
    return _sessions(
        Session.select().where(Session.patient == patient_id).order_by(Session.created_at)
    )


def all_session_ids() -> list[int]:
    return [r.id for r in Session.select(Session.id).order_by(Session.id)]


def unacknowledged_warnings() -> list[tuple[SessionRecord, ObservationRecord]]:
    """Observations with warning signs not yet acknowledged by a doctor, newest first."""
    names = entries.usernames()
    out = []
    q = (
        entries.current(Observation)
        .where(Observation.acknowledged_at.is_null())
        .order_by(Observation.observed_at.desc())
    )
    for r in q:
        if not r.signs:
            continue
        sup = entries.superseded_map(Observation, r.session_id)
        rec = ObservationRecord(
            entries.meta(r, sup, names), r.observed_at, tuple(r.signs), r.note, None, None
        )
        out.append((session_record(r.session, names), rec))
    return out
