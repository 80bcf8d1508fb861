"""Tables. Clinical entries are append-only: a correction is a new row that ``supersedes`` the
old one, a void only fills the ``void_*`` columns; triggers (migrations.py) refuse anything else.
Volumes are kept in tenths of a millilitre so totals add up exactly.
"""

from __future__ import annotations

from enum import Enum

import peewee

from ebp_logger.store.database import db
from ebp_logger.store.fields import DateOnlyField, JsonTextField, UTCDateTimeField


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()
    applied_at = UTCDateTimeField()


class User(BaseModel):
    username = peewee.TextField(unique=True)
    full_name = peewee.TextField()
    role = peewee.TextField()
    password_hash = peewee.TextField()
    active = peewee.BooleanField(default=True)
    failed_logins = peewee.IntegerField(default=0)
    locked_until = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField()


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = JsonTextField()
    updated_at = UTCDateTimeField()


class Patient(BaseModel):
    cpr = peewee.TextField(unique=True)  # 10 digits, no dash
    name = peewee.TextField()
    birth_date = DateOnlyField()
    sex = peewee.TextField()
    mod11_confirmed = peewee.BooleanField(default=False)  # user confirmed a modulus-11 failure
    language = peewee.TextField(default="da")  # discharge sheet language
    comorbidity = peewee.TextField(default="")
    medication = peewee.TextField(default="")
    earlier_illnesses = peewee.TextField(default="")
    created_at = UTCDateTimeField()
    created_by = peewee.ForeignKeyField(User, backref="+")
    # Hospital interfaces (schema 4): where the patient came from and the hospital's master
    # data; an ADT merge (A40) points the retired patient at the one that keeps its history.
    source = peewee.TextField(default="typed")  # typed | adt
    address = peewee.TextField(default="")
    phone = peewee.TextField(default="")
    location = peewee.TextField(default="")  # PV1-3 as ward^room^bed; "" when discharged
    merged_into = peewee.IntegerField(null=True)


class Session(BaseModel):
    patient = peewee.ForeignKeyField(Patient, backref="sessions")
    operator = peewee.ForeignKeyField(User, backref="+")
    created_at = UTCDateTimeField()
    status = peewee.TextField()
    indication = peewee.TextField()
    indication_text = peewee.TextField(default="")
    referring_neurologist = peewee.TextField(default="")
    patch_type = peewee.TextField()
    leak_level = peewee.TextField(default="")
    attempt_number = peewee.IntegerField()
    previous_session = peewee.ForeignKeyField("self", null=True, backref="+")
    room_bed = peewee.TextField(default="")
    symptom_onset = DateOnlyField(null=True)
    possible_cause = peewee.TextField(default="")
    symptoms = JsonTextField(default=list)
    entered_from_paper = peewee.BooleanField(default=False)
    started_at = UTCDateTimeField(null=True)
    ended_at = UTCDateTimeField(null=True)
    rest_ended_at = UTCDateTimeField(null=True)
    discharged_by = peewee.ForeignKeyField(User, null=True, backref="+")


class Entry(BaseModel):
    """Columns every append-only clinical entry has. Who-columns carry no index: nothing
    searches by them, and each index would cost every insert."""

    session = peewee.ForeignKeyField(Session, backref="+")
    recorded_at = UTCDateTimeField()
    recorded_by = peewee.ForeignKeyField(User, backref="+", index=False)
    entered_from_paper = peewee.BooleanField(default=False)
    supersedes = peewee.ForeignKeyField("self", null=True, backref="+")
    correction_reason = peewee.TextField(null=True)
    voided_at = UTCDateTimeField(null=True)
    voided_by = peewee.ForeignKeyField(User, null=True, backref="+", index=False)
    void_reason = peewee.TextField(null=True)

    # Columns that may be filled once after insert (everything else is frozen by triggers).
    # A save writes only those (the server grants UPDATE on no other column of an entry).
    class Meta:
        only_save_dirty = True

    SET_ONCE: tuple[str, ...] = ("voided_at", "voided_by_id", "void_reason")


class ChecklistItem(BaseModel):
    """The department's checklist: one row per question, seeded from clinical.checklist and
    adaptable (``spec`` holds the whole definition: kind, choices, safe answer, follow-ups)."""

    key = peewee.TextField(primary_key=True)
    position = peewee.IntegerField()
    spec = JsonTextField()
    active = peewee.BooleanField(default=True)


class ChecklistAnswer(Entry):
    item_key = peewee.TextField()
    label = peewee.TextField()  # the question as it was asked
    answer = peewee.TextField()
    detail = peewee.TextField(default="")


class Vital(Entry):
    # Device values are recorded by the monitor, not a user: NULL, audited as the system.
    recorded_by = peewee.ForeignKeyField(User, null=True, backref="+", index=False)
    taken_at = UTCDateTimeField()
    source = peewee.TextField()  # a clinical.enums.VitalSource value
    spo2 = peewee.IntegerField(null=True)
    heart_rate = peewee.IntegerField(null=True)
    rhythm = peewee.TextField(null=True)
    systolic = peewee.IntegerField(null=True)
    diastolic = peewee.IntegerField(null=True)
    mean = peewee.IntegerField(null=True)
    device_ref = peewee.TextField(null=True)  # e.g. HL7 message control id
    artefact_at = UTCDateTimeField(null=True)
    artefact_by = peewee.ForeignKeyField(User, null=True, backref="+", index=False)
    artefact_reason = peewee.TextField(null=True)

    SET_ONCE = Entry.SET_ONCE + ("artefact_at", "artefact_by_id", "artefact_reason")

    class Meta:  # a session's vitals by time: the chart, and the monitor's repeated values
        indexes = ((("session", "taken_at"), False),)


class Injection(Entry):
    given_at = UTCDateTimeField()
    component = peewee.TextField()  # a clinical.enums.Component value
    tenths_ml = peewee.IntegerField()


class Event(Entry):
    at = UTCDateTimeField()
    kind = peewee.TextField()
    level = peewee.TextField(default="")
    note = peewee.TextField(default="")


class StopRecord(Entry):
    at = UTCDateTimeField()
    reason = peewee.TextField()
    text = peewee.TextField(default="")
    blood_tenths_ml = peewee.IntegerField()
    glue_tenths_ml = peewee.IntegerField(default=0)


class HeadacheScore(Entry):
    taken_at = UTCDateTimeField()
    timepoint = peewee.TextField()
    lying = peewee.IntegerField()
    standing = peewee.IntegerField()


class Observation(Entry):
    observed_at = UTCDateTimeField()
    signs = JsonTextField()  # list of warning-sign codes
    note = peewee.TextField(default="")
    acknowledged_at = UTCDateTimeField(null=True)
    acknowledged_by = peewee.ForeignKeyField(User, null=True, backref="+", index=False)

    SET_ONCE = Entry.SET_ONCE + ("acknowledged_at", "acknowledged_by_id")


class FollowUp(Entry):
    contacted_at = UTCDateTimeField()
    effect = peewee.TextField()
    lying = peewee.IntegerField(null=True)
    standing = peewee.IntegerField(null=True)
    recurrence = peewee.BooleanField(default=False)
    decision = peewee.TextField()
    note = peewee.TextField(default="")


class BernAssessment(Entry):
    assessed_at = UTCDateTimeField()
    signs = JsonTextField()
    points = peewee.IntegerField()


class MessageStatus(str, Enum):
    """What became of a monitor message (``DeviceMessage.status``)."""

    STORED = "stored"  # matched a procedure in progress: its values are Vital rows
    QUARANTINED = "quarantined"  # no procedure to match: kept for a user to assign or reject
    REJECTED = "rejected"  # malformed or out of range: kept, never stored as vitals


class Resolution(str, Enum):
    """How a user dealt with a quarantined message (``DeviceMessage.resolution``, stored as
    ``"<code>:<detail>"``: the session it was assigned to, or the reason it was rejected)."""

    ASSIGNED = "assigned"
    REJECTED = "rejected"

    def of(self, detail: object) -> str:
        return f"{self.value}:{detail}"


class DeviceMessage(BaseModel):
    """Every monitor message received: stored as vitals, quarantined (no matching session) or
    rejected (malformed / out of range). Never dropped; resolution is set once."""

    received_at = UTCDateTimeField()
    control_id = peewee.TextField(default="")
    sender = peewee.TextField(default="")
    patient_ref = peewee.TextField(default="")  # PID-3 as sent
    bed = peewee.TextField(default="")  # PV1-3 as sent
    status = peewee.TextField()  # a MessageStatus value
    reason = peewee.TextField(default="")
    raw = peewee.TextField()
    session = peewee.ForeignKeyField(Session, null=True, backref="+")
    resolved_at = UTCDateTimeField(null=True)
    resolved_by = peewee.ForeignKeyField(User, null=True, backref="+", index=False)
    resolution = peewee.TextField(null=True)  # Resolution.of(session id | reason)
    resolved_session = peewee.ForeignKeyField(Session, null=True, backref="+")
    # When a quarantined message's text was cleared after the retention time (the row stays).
    raw_cleared_at = UTCDateTimeField(null=True)

    SET_ONCE: tuple[str, ...] = (
        "resolved_at",
        "resolved_by_id",
        "resolution",
        "resolved_session_id",
        "raw_cleared_at",
    )
    # column -> the set-once column whose setting may clear it to "" (once, in that update)
    CLEARABLE: dict[str, str] = {"raw": "raw_cleared_at"}

    class Meta:
        only_save_dirty = True  # as Entry: only the set-once columns are ever updated


class AdtMessage(BaseModel):
    """Every hospital ADT message received: applied to a patient, or rejected with the reason
    (kept, size-capped, for the administrator). Never deleted."""

    received_at = UTCDateTimeField()
    control_id = peewee.TextField(default="", index=True)  # a re-sent message is found by it
    event = peewee.TextField(default="")  # e.g. A08
    sender = peewee.TextField(default="")
    cpr = peewee.TextField(default="")
    status = peewee.TextField()  # applied | rejected | ignored
    ack_code = peewee.TextField(default="")
    reason = peewee.TextField(default="")
    raw = peewee.TextField()
    patient = peewee.ForeignKeyField(Patient, null=True, backref="+")


class OutboxMessage(BaseModel):
    """One HL7 message for the hospital's record (MDM), kept until the receiver acknowledged
    it and afterwards: pending → sent (AA) or failed (AR/AE, with the reason). Sent in id
    order; a resend sets it pending again. Every change is audited."""

    created_at = UTCDateTimeField()
    session = peewee.ForeignKeyField(Session, backref="+")
    event = peewee.TextField()  # T02 | T10
    document_number = peewee.TextField(index=True)  # TXA-12, one per session
    control_id = peewee.TextField(unique=True)  # MSH-10
    reason = peewee.TextField(default="")  # what made it (procedure ended, correction, ...)
    hl7_text = peewee.TextField()  # the HL7 message, CR between segments (audited as a digest)
    covers_audit_id = peewee.IntegerField(default=0)  # the session's newest change it shows
    status = peewee.TextField(default="pending")  # pending | sent | failed
    attempts = peewee.IntegerField(default=0)
    last_attempt_at = UTCDateTimeField(null=True)
    ack_code = peewee.TextField(default="")
    ack_text = peewee.TextField(default="")
    sent_at = UTCDateTimeField(null=True)


class Audit(BaseModel):
    """Append-only, hash-chained log of every write (who, when, what, old → new, why)."""

    at = UTCDateTimeField()
    user_id = peewee.IntegerField(null=True)
    username = peewee.TextField(default="")
    action = peewee.TextField()
    table = peewee.TextField()
    row_id = peewee.TextField(null=True)  # primary key as text (some tables key by name)
    patient_id = peewee.IntegerField(null=True, index=True)
    session_id = peewee.IntegerField(null=True, index=True)
    old = JsonTextField(null=True)
    new = JsonTextField(null=True)
    reason = peewee.TextField(default="")
    prev_hash = peewee.TextField()
    hash = peewee.TextField()
    # The PC the write came from (schema 9; NULL on older rows, which the hash then omits).
    workstation = peewee.TextField(null=True)

    class Meta:
        indexes = ((("table", "row_id"), False),)


class EntryKey(BaseModel):
    """One row per procedure entry written through ``services.offline`` (schema 10): the
    entry's idempotency key, written in the entry's own transaction, so an entry kept on a
    workstation while the server was unreachable is delivered exactly once, even when the
    first attempt's commit was cut off and its outcome unknown."""

    key = peewee.TextField(primary_key=True)
    entry_table = peewee.TextField()
    entry_id = peewee.IntegerField()
    kept_at = UTCDateTimeField(null=True)  # when it was kept on the PC (None: saved at once)
    delivered_at = UTCDateTimeField()
    workstation = peewee.TextField(default="")


ENTRY_MODELS: tuple[type[Entry], ...] = (
    ChecklistAnswer,
    Vital,
    Injection,
    Event,
    StopRecord,
    HeadacheScore,
    Observation,
    FollowUp,
    BernAssessment,
)
# Tables whose rows the audit chain vouches for (verify compares each row with its last audit).
AUDITED_MODELS: tuple[type[BaseModel], ...] = (
    User,
    Setting,
    Patient,
    Session,
    ChecklistItem,
    DeviceMessage,
    AdtMessage,
    OutboxMessage,
) + ENTRY_MODELS
ALL_MODELS: tuple[type[BaseModel], ...] = (SchemaVersion, Audit) + AUDITED_MODELS


class PatientNameWord(BaseModel):
    """The name search index: each word of a patient's name, folded (store.names.fold), one row
    per word. Derived from ``Patient.name`` (rewritten by the patient service whenever a name is
    registered or corrected), never clinical data, so it is neither audited nor append-only;
    kept out of ``ALL_MODELS`` so a file from before migration step 2 still checks as sound."""

    patient = peewee.ForeignKeyField(Patient, backref="+", index=False)
    word = peewee.TextField()

    class Meta:  # a prefix of a word is a range on this index; the patient comes with it
        indexes = ((("word", "patient"), True),)
