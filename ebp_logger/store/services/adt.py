"""Hospital ADT messages into the patient register: the only write path for the ADT feed.

Each message received becomes one ``AdtMessage`` row, in the same transaction as what it
changed: applied (a patient created or updated, a location closed, two patients merged),
ignored (nothing to do, e.g. a discharge of a patient unknown here) or rejected (kept, capped
in size, with the reason, for the administrator). The acknowledgement code comes back in the
result and is sent only after this returned (the commit is done).

The feed never touches clinical data: it writes the patient's demographics (name, birth date,
sex, address, phone, location) and, for a merge (A40), which patient a session belongs to.
Every change is audited with the old and the new row; a changed name, birth date or sex is
named in the audit reason as old → new. Writes are done as the "adt-feed" system user (a
patient row needs a creator; that user can never sign in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clock import utcnow
from ebp_logger.hl7 import hl7v2
from ebp_logger.hl7.adt import (
    CLOSE_EVENTS,
    MERGE_EVENTS,
    UPDATE_EVENTS,
    AdtEvent,
    AdtRefused,
)
from ebp_logger.store import audit, fastsql, names
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import db, write
from ebp_logger.store.models import AdtMessage, Patient, Session, User

APPLIED, IGNORED, REJECTED, DUPLICATE = "applied", "ignored", "rejected", "duplicate"
FEED_USERNAME = "adt-feed"
# A role with no permissions at all (store.permissions): even if someone reactivated the user
# and gave it a password, it could do nothing. The feed's writes check no permission.
FEED_ROLE = "adt_feed"
MAX_RAW = 64 * 1024  # characters of a message kept (an ADT message is a few kB)
MAX_REASON = 1000
IDENTITY = ("name", "birth_date", "sex")
DEMOGRAPHICS = ("name", "birth_date", "sex", "address", "phone", "location")
HL7_NULL = '""'  # HL7's explicit "delete this value"


@dataclass(frozen=True)
class AdtResult:
    status: str  # applied | ignored | rejected | duplicate
    message_id: int | None
    ack_code: str
    text: str = ""
    error: str = ""
    patient_id: int | None = None
    control_id: str = ""


@dataclass(frozen=True)
class AdtMessageRecord:
    id: int
    received_at: datetime
    control_id: str
    event: str
    sender: str
    cpr: str
    status: str
    ack_code: str
    reason: str
    raw: str
    patient_id: int | None


_feed: dict[str, Actor] = {}  # database file -> the feed's actor, once its row is committed


def _feed_actor() -> Actor:
    """The system user the feed writes as (created once, inactive: it cannot sign in)."""
    known = _feed.get(str(db.database))
    if known is not None:
        return known
    user = User.get_or_none(User.username == FEED_USERNAME)
    if user is None:
        user = User.create(
            username=FEED_USERNAME,
            full_name="Hospital ADT feed",
            role=FEED_ROLE,
            password_hash="!",  # no password hash matches this
            active=False,
            created_at=utcnow(),
        )
        audit.record(Actor.system(), "create", user, reason="the hospital ADT feed's own user")
    return Actor(user.id, user.username, FEED_ROLE, user.full_name)


def _cap(raw: str) -> str:
    if len(raw) <= MAX_RAW:
        return raw
    return raw[:MAX_RAW] + f"\n[... {len(raw)} characters in all, not kept]"


def _message_row(
    raw: str,
    header: hl7v2.Header,
    status: str,
    ack_code: str,
    reason: str = "",
    cpr: str = "",
    patient_id: int | None = None,
) -> AdtMessage:
    row = fastsql.insert(  # prebuilt INSERT: peewee's per-call SQL building cost more
        AdtMessage,
        dict(
            received_at=utcnow(),
            control_id=header.control_id[:199],
            event=header.event[:10],
            sender="^".join(p for p in (header.sending_application, header.sending_facility) if p)[
                :200
            ],
            cpr=cpr,
            status=status,
            ack_code=ack_code,
            reason=reason[:MAX_REASON],
            raw=_cap(raw),
            patient=patient_id,
        ),
    )
    audit.record(Actor.system(), "receive", row)
    return row


def store_rejected(raw: str, refused: AdtRefused) -> AdtResult:
    """Keep a message that cannot be used, with why (its NAK says nothing was changed)."""
    with write():
        row = _message_row(raw, refused.header, REJECTED, refused.ack_code, refused.reason)
    return AdtResult(
        REJECTED,
        row.id,
        refused.ack_code,
        refused.reason,
        refused.error,
        control_id=refused.header.control_id,
    )


def _value(new: str, old: str) -> str:
    """HL7: an empty field leaves the value; ``""`` clears it."""
    if new == HL7_NULL:
        return ""
    return new or old


def _wanted(row: Patient | None, ev: AdtEvent) -> dict[str, object]:
    """The demographics the message asks for (an empty field keeps what is there)."""
    info = parse_cpr(ev.cpr)
    old = {k: getattr(row, k) for k in DEMOGRAPHICS} if row else {}
    return {
        "name": _value(ev.name, old.get("name", "")),
        "birth_date": ev.birth_date or old.get("birth_date") or info.birth_date,
        "sex": ev.sex or old.get("sex") or info.sex.value,
        "address": _value(ev.address, old.get("address", "")),
        "phone": _value(ev.phone, old.get("phone", "")),
        "location": _value(ev.location, old.get("location", "")),
    }


def _identity_note(row: Patient, changes: dict[str, object]) -> str:
    notes = [
        f"{k.replace('_', ' ')}: {getattr(row, k)} → {changes[k]}" for k in IDENTITY if k in changes
    ]
    return "; ".join(notes)


def _create(actor: Actor, ev: AdtEvent, why: str) -> Patient:
    info = parse_cpr(ev.cpr)
    values = _wanted(None, ev)
    if not values["name"]:
        raise AdtRefused(
            hl7v2.AE,
            "PID-5 has no name for a patient not yet registered",
            hl7v2.ERR_REQUIRED_FIELD,
            ev.header,
        )
    row = Patient.create(
        cpr=ev.cpr,
        mod11_confirmed=not info.mod11_ok,  # the hospital's master data vouches for it
        created_at=utcnow(),
        created_by=actor.user_id,
        source="adt",
        **values,
    )
    names.index_patient(row.id, row.name)  # found by name like a typed patient
    audit.record(actor, "create", row, reason=why)
    return row


def _update(actor: Actor, row: Patient, changes: dict[str, object], why: str) -> bool:
    changes = {k: v for k, v in changes.items() if getattr(row, k) != v}
    if not changes:
        return False
    note = _identity_note(row, changes)
    before = audit.snapshot(row)
    for k, v in changes.items():
        setattr(row, k, v)
    row.save(only=[Patient._meta.fields[k] for k in changes])  # only what changed
    if "name" in changes:
        names.index_patient(row.id, row.name)
    audit.record(actor, "adt_update", row, old=before, reason=f"{why}; {note}" if note else why)
    return True


def _live(cpr: str, header: hl7v2.Header) -> Patient | None:
    row = Patient.get_or_none(Patient.cpr == cpr)
    if row is not None and row.merged_into is not None:
        survivor = Patient.get_by_id(row.merged_into)
        raise AdtRefused(
            hl7v2.AE,
            f"CPR {cpr[:6]}-{cpr[6:]} was merged into {survivor.cpr[:6]}-{survivor.cpr[6:]}; "
            "send the surviving identifier",
            hl7v2.ERR_DATA_TYPE,
            header,
        )
    return row


def _upsert(actor: Actor, ev: AdtEvent, why: str) -> tuple[Patient, str]:
    row = _live(ev.cpr, ev.header)
    if row is None:
        return _create(actor, ev, why), "patient created"
    changes = _wanted(row, ev)
    changes["source"] = "adt"  # from now on the hospital's master data keeps it
    return row, "patient updated" if _update(actor, row, changes, why) else "no change"


def _has_open_session(patient_id: int) -> bool:
    return (
        Session.select()
        .where((Session.patient == patient_id) & Session.status.in_(("setup", "in_progress")))
        .exists()
    )


def _merge(actor: Actor, ev: AdtEvent, why: str) -> tuple[Patient, str]:
    """A40: the retired patient's sessions move to the surviving one; the retired row stays
    (nothing is deleted) and points at the survivor."""
    retired = Patient.get_or_none(Patient.cpr == ev.retired_cpr)
    survivor, note = _upsert(actor, ev, why)
    if retired is None:
        return survivor, f"{note}; retired CPR not registered here: nothing to merge"
    if retired.merged_into == survivor.id:
        return survivor, f"{note}; already merged"
    if retired.merged_into is not None:
        raise AdtRefused(
            hl7v2.AE,
            "the retired patient was merged elsewhere before",
            hl7v2.ERR_DATA_TYPE,
            ev.header,
        )
    if _has_open_session(retired.id) and _has_open_session(survivor.id):
        raise AdtRefused(
            hl7v2.AE,
            "both patients have a procedure in set-up or in progress; merge after one has ended",
            hl7v2.ERR_DATA_TYPE,
            ev.header,
        )
    moved = 0
    for s in Session.select().where(Session.patient == retired.id).order_by(Session.id):
        before = audit.snapshot(s)
        s.patient = survivor.id
        s.save()
        audit.record(
            actor, "merge", s, old=before, reason=f"{why}: patient {retired.id} → {survivor.id}"
        )
        moved += 1
    before = audit.snapshot(retired)
    retired.merged_into = survivor.id
    retired.location = ""
    retired.save()
    audit.record(
        actor,
        "merge",
        retired,
        old=before,
        reason=f"{why}: merged into patient {survivor.id} ({moved} session(s) moved)",
    )
    return survivor, f"{note}; merged {ev.retired_cpr[:6]}-…, {moved} session(s) moved"


def _duplicate_of(control_id: str, raw: str) -> AdtMessage | None:
    if not control_id:
        return None
    return (
        AdtMessage.select(AdtMessage.id, AdtMessage.patient)
        .where(
            (AdtMessage.control_id == control_id)
            & (AdtMessage.raw == raw)
            & (AdtMessage.status != REJECTED)
        )
        .order_by(AdtMessage.id.desc())
        .first()
    )


def apply(raw: str, ev: AdtEvent) -> AdtResult:
    """Apply one ADT message and keep it, in one transaction; AA only when it committed.

    A re-sent message (same control id and text: our ACK was lost) is acknowledged again and
    not applied twice. A message that cannot be applied is kept as rejected (AE)."""
    h = ev.header
    why = f"ADT^{ev.event} {h.control_id}".strip()
    try:
        with write():
            dup = _duplicate_of(h.control_id, _cap(raw))
            if dup is not None:
                return AdtResult(
                    DUPLICATE,
                    dup.id,
                    hl7v2.AA,
                    f"already received as message {dup.id}",
                    patient_id=dup.patient_id,
                    control_id=h.control_id,
                )
            actor = _feed_actor()
            status = APPLIED
            if ev.event in UPDATE_EVENTS:
                patient, note = _upsert(actor, ev, why)
            elif ev.event in MERGE_EVENTS:
                patient, note = _merge(actor, ev, why)
            else:
                assert ev.event in CLOSE_EVENTS
                patient = _live(ev.cpr, h)
                if patient is None:
                    status, note = IGNORED, "patient not registered here: nothing to close"
                elif _update(actor, patient, {"location": ""}, why):
                    note = "location closed"
                else:
                    note = "no location was open"
            row = _message_row(
                raw, h, status, hl7v2.AA, note, ev.cpr, patient.id if patient else None
            )
    except AdtRefused as refused:  # rolled back: nothing of it was written
        return store_rejected(raw, refused)
    except Exception:  # e.g. the file was restored meanwhile: look the feed's user up again
        _feed.pop(str(db.database), None)
        raise
    _feed[str(db.database)] = actor  # committed: its row exists from now on
    return AdtResult(
        status, row.id, hl7v2.AA, note, patient_id=row.patient_id, control_id=h.control_id
    )


def list_messages(status: str | None = None, limit: int = 200) -> list[AdtMessageRecord]:
    """Received ADT messages, newest first (``status``: only those)."""
    q = AdtMessage.select().order_by(AdtMessage.id.desc()).limit(limit)
    if status:
        q = q.where(AdtMessage.status == status)
    return [
        AdtMessageRecord(
            r.id,
            r.received_at,
            r.control_id,
            r.event,
            r.sender,
            r.cpr,
            r.status,
            r.ack_code,
            r.reason,
            r.raw,
            r.patient_id,
        )
        for r in q
    ]
