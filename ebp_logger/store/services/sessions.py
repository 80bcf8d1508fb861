"""Sessions: set-up, start, end, supine rest, discharge; the patient's EBP history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ebp_logger.clinical.enums import Indication, PatchType, SessionStatus
from ebp_logger.clinical.labels import parse_enum
from ebp_logger.clinical.levels import parse_level
from ebp_logger.clinical.rules import AttemptAdvice, PriorPatch, assess_new_attempt
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import StateError, ValidationError
from ebp_logger.i18n import Words, _
from ebp_logger.store import audit, backup
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import FollowUp, Patient, Session, StopRecord
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.reads import totals_tenths as totals_tenths  # used by procedure
from ebp_logger.store.services import corrections, entries, text_limits

HEADER_FIELDS = (
    "indication",
    "indication_text",
    "referring_neurologist",
    "patch_type",
    "leak_level",
    "room_bed",
    "symptom_onset",
    "possible_cause",
    "symptoms",
)


def _enum(enum: type, value: Any, field: str) -> str:
    return parse_enum(enum, value, field).value


def prior_patches(patient_id: int, before: int | None = None) -> list[PriorPatch]:
    """The patient's earlier patches (procedures that ended) with the last follow-up effect."""
    q = Session.select().where((Session.patient == patient_id) & Session.ended_at.is_null(False))
    if before is not None:
        q = q.where(Session.id != before)
    out = []
    for s in q.order_by(Session.ended_at):
        fu = entries.current(FollowUp, s.id).order_by(FollowUp.contacted_at.desc()).first()
        from ebp_logger.clinical.enums import FollowUpEffect

        out.append(
            PriorPatch(
                performed_at=s.ended_at,
                patch_type=PatchType(s.patch_type),
                effect=FollowUpEffect(fu.effect) if fu else None,
            )
        )
    return out


def advise_attempt(patient_id: int) -> AttemptAdvice:
    """Attempt number, too-soon warning and referral prompt for a new session."""
    return assess_new_attempt(prior_patches(patient_id), utcnow())


OPEN_STATUSES = (SessionStatus.SETUP.value, SessionStatus.IN_PROGRESS.value)


def _refuse_if_open(patient_id: int) -> None:
    """At most one session per patient in set-up or in progress: a second one would let one
    patient take 40 ml more than once at the same time. The partial unique index
    ``session_one_open`` holds the same rule in the database."""
    open_one = (
        Session.select(Session.id, Session.status, Session.created_at)
        .where((Session.patient == patient_id) & Session.status.in_(OPEN_STATUSES))
        .first()
    )
    if open_one is not None:
        raise StateError(
            _(
                "This patient already has an open session (no. {id}, {status}, set up {when}). "
                "Finish or abandon it before starting another."
            ).format(
                id=open_one.id,
                status=Words.of(SessionStatus(open_one.status)).lower(),
                when=to_local(open_one.created_at).strftime("%d-%m-%Y %H:%M"),
            )
        )


def create_session(
    actor: Actor,
    patient_id: int,
    *,
    indication: str,
    patch_type: str,
    indication_text: str = "",
    referring_neurologist: str = "",
    leak_level: str = "",
    room_bed: str = "",
    symptom_onset: date | None = None,
    possible_cause: str = "",
    symptoms: list[str] | None = None,
    paper: bool = False,
    operator_id: int | None = None,
) -> int:
    """A new session in set-up. The attempt number comes from the history."""
    require(actor, Action.SET_UP_SESSION)
    indication = _enum(Indication, indication, "indication")
    patch_type = _enum(PatchType, patch_type, "patch_type")
    if indication == Indication.OTHER.value and not indication_text.strip():
        raise ValidationError(
            "indication_text", _("Describe the indication"), _("a short text when 'other'")
        )
    if leak_level.strip():
        leak_level = parse_level(leak_level)
    elif patch_type == PatchType.TARGETED.value:
        # docs/clinical-rules.md "Targeted EBP": placed at the identified leak level.
        raise ValidationError(
            "leak_level", _("A targeted patch needs the leak level"), _("e.g. T2–T3")
        )
    if Patient.get_or_none(Patient.id == patient_id) is None:
        raise ValidationError(
            "patient", _("No patient {id}").format(id=patient_id), _("a registered patient")
        )
    text_limits.check(  # lengths: text_limits' module notes
        dict(
            indication_text=indication_text,
            referring_neurologist=referring_neurologist,
            room_bed=room_bed,
            possible_cause=possible_cause,
        )
    )
    advice = advise_attempt(patient_id)
    last = (
        Session.select()
        .where((Session.patient == patient_id) & Session.ended_at.is_null(False))
        .order_by(Session.ended_at.desc())
        .first()
    )
    with write():
        _refuse_if_open(patient_id)  # inside the write: two workstations cannot both pass
        row = Session.create(
            patient=patient_id,
            operator=operator_id or actor.user_id,
            created_at=utcnow(),
            status=SessionStatus.SETUP.value,
            indication=indication,
            indication_text=indication_text.strip(),
            referring_neurologist=referring_neurologist.strip(),
            patch_type=patch_type,
            leak_level=leak_level,
            attempt_number=advice.attempt_number,
            previous_session=last.id if last else None,
            room_bed=room_bed.strip(),
            symptom_onset=symptom_onset,
            possible_cause=possible_cause.strip(),
            symptoms=list(symptoms or []),
            entered_from_paper=paper,
        )
        audit.record(actor, "create", row)
    return row.id


def correct_session(actor: Actor, session_id: int, reason: str, **changes: Any) -> None:
    """Correct set-up fields; the audit row keeps the old values with the reason."""
    require(actor, Action.CORRECT_PROCEDURE)
    corrections.check_correctable(changes, HEADER_FIELDS)
    if "indication" in changes:
        changes["indication"] = _enum(Indication, changes["indication"], "indication")
    if "patch_type" in changes:
        changes["patch_type"] = _enum(PatchType, changes["patch_type"], "patch_type")
    if changes.get("leak_level"):
        changes["leak_level"] = parse_level(changes["leak_level"])
    reason = corrections.require_reason(reason, "correction")
    with write():
        row = entries.session_row(session_id)
        if (
            changes.get("patch_type")
            and row.started_at is not None
            and changes["patch_type"] != row.patch_type
        ):
            raise StateError(_("The patch type cannot change after the procedure started."))
        corrections.apply(actor, row, changes, reason)


# What a refused transition would have done, in the refusal's words.
_TRANSITION_WORDS = {
    "start_procedure": _("start procedure"),
    "end_procedure": _("end procedure"),
    "discharge": _("discharge"),
}


def _transition(
    actor: Actor,
    row: Session,
    expect: set[str],
    status: str,
    action: str,
    audit_reason: str = "",
    **values: Any,
) -> None:
    if row.status not in expect:
        raise StateError(
            _("The session is {status}; it cannot be {action}.").format(
                status=Words.of(SessionStatus(row.status)).lower(),
                action=_TRANSITION_WORDS.get(action, action.replace("_", " ")),
            )
        )
    before = audit.snapshot(row)
    row.status = status
    for k, v in values.items():
        setattr(row, k, v)
    row.save()
    audit.record(actor, action, row, old=before, reason=audit_reason)


def start_procedure(actor: Actor, session_id: int, at: datetime | None = None) -> None:
    """From set-up to the live procedure. Blocking checklist problems must be resolved first."""
    require(actor, Action.RECORD_PROCEDURE)
    from ebp_logger.store.services import checklist

    problems = checklist.blocking_problems(session_id)
    if problems:
        raise StateError(
            _("The checklist is not complete: {problems}").format(
                problems=Words(
                    {
                        "en": "; ".join(problems),
                        "da": "; ".join(checklist.blocking_problems(session_id, "da")),
                    }
                )
            )
        )
    at = entries.not_future(at, "start time")
    with write():
        row = entries.session_row(session_id)
        _transition(
            actor,
            row,
            {SessionStatus.SETUP.value},
            SessionStatus.IN_PROGRESS.value,
            "start_procedure",
            started_at=at,
        )


def end_procedure(actor: Actor, session_id: int, at: datetime | None = None) -> None:
    """End of the procedure; the 24 h supine-rest clock starts (docs/clinical-rules.md "The procedure")."""
    require(actor, Action.RECORD_PROCEDURE)
    at = entries.not_future(at, "end time")
    with write():
        row = entries.session_row(session_id)
        if not entries.current(StopRecord, session_id).exists():
            raise StateError(_("Record why injection stopped before ending the procedure."))
        if row.started_at and at < row.started_at:
            raise ValidationError(
                "end time", _("The end is before the start"), _("a time after the start")
            )
        _transition(
            actor,
            row,
            {SessionStatus.IN_PROGRESS.value},
            SessionStatus.SUPINE_REST.value,
            "end_procedure",
            ended_at=at,
        )


def end_rest(
    actor: Actor,
    session_id: int,
    at: datetime | None = None,
    *,
    reason: str = "",
    action_taken: str = "",
) -> None:
    """Supine rest over and the patient discharged, recorded with who discharged.

    Before the 24 h rest is over a ``reason`` is required; with a warning sign not yet
    acknowledged only an anaesthesiologist may end it, recording the ``action_taken`` (which
    acknowledges the open signs). Both are kept in the audit trail (store.services.ward)."""
    require(actor, Action.DISCHARGE)
    at = entries.not_future(at, "end of rest")
    from ebp_logger.store.services import ward

    with write():
        row = entries.session_row(session_id)
        if row.ended_at and at < row.ended_at:
            raise ValidationError(
                "end of rest",
                _("The end of rest is before the procedure ended"),
                _("a time after the procedure"),
            )
        why = ward.check_end_of_rest(actor, row, at, reason, action_taken)
        _transition(
            actor,
            row,
            {SessionStatus.SUPINE_REST.value},
            SessionStatus.DISCHARGED.value,
            "discharge",
            audit_reason=why,
            rest_ended_at=at,
            discharged_by=actor.user_id,
        )


def abandon(actor: Actor, session_id: int, reason: str) -> None:
    """A session set up but never started (e.g. patient declined); kept with the reason."""
    require(actor, Action.RECORD_PROCEDURE)
    if not reason.strip():
        raise ValidationError(
            "reason", _("Abandoning a session needs a reason"), _("a short free text")
        )
    with write():
        row = entries.session_row(session_id)
        if row.status != SessionStatus.SETUP.value:
            raise StateError(
                _("Only a session still in set-up can be abandoned; stop the injection instead.")
            )
        before = audit.snapshot(row)
        row.status = SessionStatus.ABANDONED.value
        row.save()
        audit.record(actor, "abandon", row, old=before, reason=reason.strip())


def end_procedure_and_back_up(actor: Actor, session_id: int, at: datetime | None = None):
    """``end_procedure`` then ``backup.backup_after_session``; errors of the end itself raise
    as usual, a failed backup only comes back as ``BackupOutcome.error``."""
    end_procedure(actor, session_id, at)
    return backup.backup_after_session(session_id)
