"""Monitor messages into the record: the only write path for device input.

Every message received becomes one ``DeviceMessage`` row, in the same transaction as its vitals:
- stored: it matched a procedure in progress; its values are ``Vital`` rows (source "device");
- quarantined: it matched nothing; kept for the anaesthesiologist to assign or reject;
- rejected: it could not be read, or a value is out of range (never stored as a vital).
A re-sent message (same control id and text: its ACK was lost) is acknowledged again and not
stored twice; a value a gateway repeats (the last NIBP, with its own time) is stored once.
Refused messages may be kept several to a transaction (``store_rejected``), and so may usable
ones that arrive together (``store_messages``, each in a savepoint of its own).

Matching: the CPR number in PID-3 names the patient, whose procedure in progress takes the
values. Only when the message carries no CPR number, and the department enabled it
(``hl7_match_bed``), the bed in PV1-3 is compared with ``Session.room_bed``; a CPR number that
matches no procedure is never matched by bed instead (that could be another patient's bed).

The listener writes as the system actor; the acknowledgement code comes back in the result and
is sent only after the storing function returned (the commit is done).
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import SessionStatus, VitalSource
from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, StateError, StorageError, ValidationError
from ebp_logger.hl7 import ack
from ebp_logger.hl7.pcd01 import (
    MalformedMessage,
    Pcd01Message,
    Reading,
    location_key,
    normalise_segments,
    parse,
    readings,
)
from ebp_logger.i18n import _
from ebp_logger.store import audit, fastsql, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import db, write
from ebp_logger.store.fields import format_utc
from ebp_logger.store.models import (
    DeviceMessage,
    MessageStatus,
    Patient,
    Resolution,
    Session,
    Vital,
)
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.services import entries

STORED, QUARANTINED, REJECTED = (s.value for s in MessageStatus)
DUPLICATE = "duplicate"  # a re-sent message: answered again, not stored a second time
SYSTEM = Actor.system()
IN_PROGRESS = SessionStatus.IN_PROGRESS.value
# A re-sent message (its ACK was lost) is recognised among this many latest messages.
DUPLICATE_WINDOW = 500
MAX_REASON = 1000


@dataclass(frozen=True)
class StoreResult:
    """What became of one message, and the acknowledgement it earns."""

    status: str  # stored | quarantined | rejected | duplicate
    message_id: int | None
    ack_code: str  # AA | AE | AR
    text: str = ""  # why (MSA-3)
    error: str = ""  # HL7 table 0357 code for the ERR segment
    session_id: int | None = None
    vital_ids: tuple[int, ...] = ()
    control_id: str = ""


@dataclass(frozen=True)
class QuarantinedMessage:
    id: int
    received_at: datetime
    control_id: str
    sender: str
    patient_ref: str
    cpr: str | None  # "DDMMYY-SSSS" when PID-3 carries one
    bed: str
    reason: str
    readings: tuple[Reading, ...]


# --- Receiving ---------------------------------------------------------------------------------


def _validate(reading: Reading, now: datetime) -> list[str]:
    """Range problems of one reading (clinical.validation's hard limits), as sentences."""
    problems = []
    checks = []
    if reading.heart_rate is not None:
        checks.append(lambda: validation.heart_rate(reading.heart_rate))
    if reading.spo2 is not None:
        checks.append(lambda: validation.spo2(reading.spo2))
    if reading.systolic is not None:
        checks.append(
            lambda: validation.check_blood_pressure(
                reading.systolic, reading.diastolic, reading.mean
            )
        )
    checks.append(lambda: validation.not_in_future(reading.taken_at, now))
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            problems.append(f"{exc.field}: {exc}")
    return problems


@dataclass(frozen=True)
class Refusal:
    """Why a message cannot be used: answered AE (content) or AR (unreadable)."""

    ack_code: str
    text: str  # for MSA-3
    error: str  # HL7 table 0357
    reason: str  # as kept in DeviceMessage.reason


def _usable(msg: Pcd01Message) -> tuple[list[Reading], str, str]:
    """(readings, reason, error code); a reason means the message is refused (AE)."""
    if not msg.has_pid:
        return [], "no PID segment: the message names no patient", ack.ERR_SEGMENT_SEQUENCE
    if not msg.has_obx:
        return [], "no OBX segment: the message carries no observations", ack.ERR_SEGMENT_SEQUENCE
    found, grouping = readings(msg.observations)
    problems = list(msg.problems) + grouping
    if not problems and not msg.observations and msg.skipped:
        codes = ", ".join(msg.skipped[:10])
        return [], f"no known vital-sign codes (unknown: {codes})", ack.ERR_TABLE_VALUE
    now = utcnow()
    for reading in found:
        problems += _validate(reading, now)
    if problems:
        return [], "; ".join(problems), ack.ERR_DATA_TYPE
    return found, "", ""


def assess(parsed: Pcd01Message | MalformedMessage) -> tuple[list[Reading], Refusal | None]:
    """Decide, without touching the database, whether a message can be used: its readings,
    or why not (unreadable → AR; bad units, values out of range, unknown codes only → AE)."""
    if isinstance(parsed, MalformedMessage):
        return [], Refusal(ack.AR, parsed.reason, parsed.error, f"malformed: {parsed.reason}")
    found, refused, error = _usable(parsed)
    if refused:
        return [], Refusal(ack.AE, refused, error, refused)
    return found, None


def _refs(parsed: Pcd01Message | MalformedMessage) -> dict[str, str]:
    if isinstance(parsed, MalformedMessage):
        return {}
    return dict(patient_ref=parsed.patient_ref[:200], bed=parsed.bed[:200])


def store_rejected(items: list[tuple[str, Pcd01Message | MalformedMessage, Refusal]]) -> list[int]:
    """Keep refused messages as rejected rows, several in one transaction.

    The listener batches these: a NAK promises nothing was stored as vitals, so its record may
    follow a moment later, and a flood of garbage does not cost one disk flush per frame."""
    ids = []
    with _recent.kept(), write():
        for raw, parsed, why in items:
            h = parsed.header
            row = _message_row(raw, h.sender, h.control_id, REJECTED, why.reason, **_refs(parsed))
            ids.append(row.id)
    return ids


class _RecentControlIds(threading.local):
    """The control ids of the newest device messages, kept in memory so that the re-send check
    (a scan of the last ``DUPLICATE_WINDOW`` rows, the costliest query of a message) runs only
    for a control id found among them. One per thread, as peewee keeps one connection per
    thread.

    Each row this connection inserts is noted at once; if its transaction (or savepoint) does
    not commit, the memory is dropped. It is filled again from the table when the connection
    changes, when another connection committed anything (``PRAGMA data_version``) or when the
    newest id is not the last one noted. It may hold more ids than the window, never fewer:
    an extra id only means the query runs."""

    def __init__(self) -> None:
        self._state: tuple[object, int, int] | None = None  # (connection, data_version, top id)
        self._ids: deque[tuple[int, str]] = deque()
        self._counts: Counter[str] = Counter()

    def may_hold(self, control_id: str) -> bool:
        """Call inside the write transaction (nobody else can commit until it ends)."""
        conn = db.connection()
        version = db.data_version()
        top = db.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "device_message"').fetchone()[0]
        if self._state != (conn, version, top):
            self._fill(conn, version, top)
        return control_id in self._counts

    def _fill(self, conn: object, version: int, top: int) -> None:
        rows = db.execute_sql(
            'SELECT "id", "control_id" FROM "device_message" WHERE "id" > ? ORDER BY "id"',
            (top - DUPLICATE_WINDOW,),
        ).fetchall()
        self._ids = deque(rows)
        self._counts = Counter(cid for _, cid in rows)
        self._state = (conn, version, top)

    def note(self, row_id: int, control_id: str) -> None:
        """A row this connection just inserted."""
        if self._state is None or row_id != self._state[2] + 1:
            self._state = None  # not next to what is known: fill again next time
            return
        self._ids.append((row_id, control_id))
        self._counts[control_id] += 1
        while self._ids[0][0] <= row_id - DUPLICATE_WINDOW:
            _, cid = self._ids.popleft()
            self._counts[cid] -= 1
            if not self._counts[cid]:
                del self._counts[cid]
        self._state = (self._state[0], self._state[1], row_id)

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Around a transaction or savepoint: what it noted is dropped unless it commits."""
        try:
            yield
        except BaseException:
            self._state = None
            raise


_recent = _RecentControlIds()


def _duplicate_of(control_id: str, raw: str) -> tuple[int, str, int | None] | None:
    """A message already kept with the same control id and text (a re-send after a lost ACK)."""
    if not _recent.may_hold(control_id):
        return None
    row = db.execute_sql(
        'SELECT "id", "status", "session_id" FROM "device_message" '
        'WHERE "id" > (SELECT COALESCE(MAX("id"), 0) FROM "device_message") - ? '
        'AND "control_id" = ? AND "raw" = ? AND "status" != ? ORDER BY "id" DESC LIMIT 1',
        (DUPLICATE_WINDOW, control_id, raw, REJECTED),
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _session_for_cpr(cpr: str) -> tuple[int | None, str]:
    row = db.execute_sql(
        'SELECT s."id" FROM "session" s JOIN "patient" p ON p."id" = s."patient_id" '
        'WHERE p."cpr" = ? AND s."status" = ? ORDER BY s."started_at" DESC, s."id" DESC LIMIT 1',
        (cpr, IN_PROGRESS),
    ).fetchone()
    if row:
        return row[0], ""
    known = Patient.select(Patient.id).where(Patient.cpr == cpr).exists()
    shown = f"{cpr[:6]}-{cpr[6:]}"
    if not known:
        return None, f"no patient with CPR {shown} is registered"
    return None, f"no procedure is in progress for CPR {shown}"


def _session_for_bed(bed: str) -> tuple[int | None, str]:
    key = location_key(bed)
    # The bed typed at set-up, or the patient's current location from the hospital's ADT feed.
    rows = (
        Session.select(Session.id, Session.room_bed, Patient.location)
        .join(Patient)
        .where(Session.status == IN_PROGRESS)
        .tuples()
    )
    hits = [
        sid
        for sid, room_bed, location in rows
        if any(place and location_key(place) == key for place in (room_bed, location))
    ]
    if len(hits) == 1:
        return hits[0], ""
    if hits:
        return None, f"the bed '{bed}' matches {len(hits)} procedures in progress"
    return None, f"no procedure in progress is in the bed '{bed}'"


def match_session(msg: Pcd01Message, match_bed: bool) -> tuple[int | None, str]:
    """(session id, "") or (None, why nothing matched)."""
    if msg.cpr:
        return _session_for_cpr(msg.cpr)
    if match_bed and location_key(msg.bed):
        return _session_for_bed(msg.bed)
    if match_bed:
        return None, "the message names neither a CPR number (PID-3) nor a bed (PV1-3)"
    return None, "the message carries no CPR number in PID-3"


def _message_row(
    raw: str, header_sender: str, control_id: str, status: str, reason: str, **more: object
) -> DeviceMessage:
    row = fastsql.insert(
        DeviceMessage,
        dict(
            received_at=utcnow(),
            control_id=control_id,
            sender=header_sender,
            status=status,
            reason=reason[:MAX_REASON],
            raw=raw,
            **more,
        ),
    )
    _recent.note(row.id, control_id)
    audit.record(SYSTEM, "receive", row)
    return row


_COLUMNS = ("heart_rate", "spo2", "systolic", "diastolic", "mean")
_GROUPS = (("heart_rate",), ("spo2",), ("systolic", "diastolic", "mean"))


def _new_values(session_id: int, r: Reading) -> dict[str, int]:
    """The reading's values not yet stored for this session at this time from the monitor.

    Gateways repeat the last NIBP, with its own measurement time, in every message; it is
    stored once. Compared per group (heart rate, SpO2, blood pressure)."""
    stored = db.execute_sql(  # index vital(session_id, taken_at)
        'SELECT "heart_rate", "spo2", "systolic", "diastolic", "mean" FROM "vital" '
        'WHERE "session_id" = ? AND "taken_at" = ? AND "source" = ? AND "voided_at" IS NULL',
        (session_id, format_utc(r.taken_at), VitalSource.DEVICE.value),
    ).fetchall()
    have = [dict(zip(_COLUMNS, row, strict=True)) for row in stored]
    values: dict[str, int] = {}
    for group in _GROUPS:
        mine = {k: getattr(r, k) for k in group}
        if mine[group[0]] is None or any(all(h[k] == mine[k] for k in group) for h in have):
            continue
        values.update({k: v for k, v in mine.items() if v is not None})
    return values


def _add_vitals(actor: Actor, session_id: int, found: list[Reading], ref: str) -> list[int]:
    ids = []
    for r in found:
        values = _new_values(session_id, r)
        if not values:
            continue
        row = entries.add(
            Vital,
            actor,
            session_id,
            taken_at=r.taken_at,
            source=VitalSource.DEVICE.value,
            device_ref=ref,
            **values,
        )
        ids.append(row.id)
    return ids


def store_message(
    raw: str, parsed: Pcd01Message | MalformedMessage, *, match_bed: bool | None = None
) -> StoreResult:
    """Keep one received message and, when it matches a procedure in progress, its vitals —
    all in one transaction. Returns the outcome and its ACK code (AA only when committed).

    ``match_bed`` None reads the setting. Raises ``StorageError`` when the database cannot
    take the write (answer AR: retry later). The listener uses ``store_messages``.
    """
    if match_bed is None:
        match_bed = settings.load().hl7_match_bed
    h = parsed.header
    found, refused = assess(parsed)
    if refused is not None:
        (row_id,) = store_rejected([(raw, parsed, refused)])
        return StoreResult(
            REJECTED,
            row_id,
            refused.ack_code,
            refused.text,
            refused.error,
            control_id=h.control_id,
        )
    assert isinstance(parsed, Pcd01Message)
    margin = entries.time_margin()
    with _recent.kept(), write():
        return _keep(raw, parsed, found, match_bed, margin)


def store_messages(
    items: list[tuple[str, Pcd01Message, list[Reading]]],
    *,
    match_bed: bool,
    margin: timedelta = timedelta(minutes=5),
) -> list[StoreResult | Exception]:
    """Several usable messages, each with the readings ``assess`` found in it, in one
    transaction: one commit, one disk flush for all (group commit). This is the listener's
    write path; ``match_bed`` and ``margin`` (``entry_time_margin_minutes``) are the
    department's settings.

    Each is kept in a savepoint of its own, so one that fails on its own content is rolled
    back alone. Returns a result or an exception for each, in order. When the database fails
    (``StorageError``: the commit, or any statement), the group ends and each message holds
    that error: nothing of it counts as stored. A result, AA included, is true only because
    this function returned: the commit is done.
    """
    try:
        with _recent.kept(), write():
            if len(items) == 1:  # no savepoint needed: the transaction is the message's own
                raw, parsed, found = items[0]
                return [_keep(raw, parsed, found, match_bed, margin)]
            out: list[StoreResult | Exception] = []
            for raw, parsed, found in items:
                try:
                    with _recent.kept(), write():  # nested: a savepoint
                        out.append(_keep(raw, parsed, found, match_bed, margin))
                except StorageError:
                    raise  # the transaction itself may be gone: the whole group is not stored
                except Exception as exc:  # this message's own problem: only it rolled back
                    out.append(exc)
    except Exception as exc:
        return [exc] * len(items)
    return out


def _keep(
    raw: str, parsed: Pcd01Message, found: list[Reading], match_bed: bool, margin: timedelta
) -> StoreResult:
    """``store_message`` inside its transaction."""
    h = parsed.header
    refs = _refs(parsed)
    dup = _duplicate_of(h.control_id, raw)
    if dup is not None:
        return StoreResult(
            DUPLICATE,
            dup[0],
            ack.AA,
            f"already received as message {dup[0]} ({dup[1]})",
            session_id=dup[2],
            control_id=h.control_id,
        )
    notes = f"skipped unknown codes: {', '.join(parsed.skipped[:10])}" if parsed.skipped else ""
    if not found:
        row = _message_row(
            raw, h.sender, h.control_id, STORED, notes or "no measured values", **refs
        )
        return StoreResult(STORED, row.id, ack.AA, "no measured values", control_id=h.control_id)
    session_id, why = match_session(parsed, match_bed)
    if session_id is None:
        reason = "; ".join(p for p in (why, notes) if p)
        row = _message_row(raw, h.sender, h.control_id, QUARANTINED, reason, **refs)
        return StoreResult(
            QUARANTINED, row.id, ack.AA, f"kept for review: {why}", control_id=h.control_id
        )
    early = _outside_session(session_id, found, margin)
    if early:  # a monitor with a wrong clock, or an old value: never the procedure's
        reason = f"value time outside the session: {early}"
        row = _message_row(raw, h.sender, h.control_id, REJECTED, reason, **refs)
        return StoreResult(
            REJECTED, row.id, ack.AE, reason, ack.ERR_DATA_TYPE, control_id=h.control_id
        )
    row = _message_row(raw, h.sender, h.control_id, STORED, notes, session=session_id, **refs)
    ids = _add_vitals(SYSTEM, session_id, found, h.control_id)
    return StoreResult(
        STORED,
        row.id,
        ack.AA,
        notes,
        session_id=session_id,
        vital_ids=tuple(ids),
        control_id=h.control_id,
    )


def _outside_session(session_id: int, found: list[Reading], margin: timedelta) -> str:
    """Why a reading's time cannot belong to this session (before its set-up), or ""."""
    bounds = entries.session_bounds(session_id)
    if bounds is None:
        return ""
    for r in found:
        problem = entries.time_problem(bounds, r.taken_at, paper=False, margin=margin)
        if problem:
            return problem
    return ""


def note_refused_frames(sender: str, frames: int, size: int, why: str) -> None:
    """Frames a sender had refused without keeping them (over its rate): one audited note per
    sender and minute, so nothing is silently dropped and the flood itself takes no disk."""
    audit.record_event(
        SYSTEM,
        "device_refused",
        table="device_message",
        detail={"sender": sender, "frames": frames, "bytes": size, "why": why},
    )


def expire_quarantine(days: int | None = None) -> int:
    """Clear the text of messages kept in the quarantine longer than ``days``
    (``hl7_quarantine_days``): the row stays with who sent what when and why it was held, the
    text goes, and the clearing is audited. Returns how many were cleared."""
    if days is None:
        days = settings.load().hl7_quarantine_days
    now = utcnow()
    cutoff = now - timedelta(days=days)
    cleared = 0
    with write():
        q = DeviceMessage.select().where(
            (DeviceMessage.status == QUARANTINED)
            & DeviceMessage.resolved_at.is_null()
            & DeviceMessage.raw_cleared_at.is_null()
            & (DeviceMessage.received_at < cutoff)
        )
        for row in q:
            why = f"kept {days} days for an unknown patient; text cleared"
            before = audit.snapshot(row)
            row.raw = ""
            row.raw_cleared_at = now
            row.resolved_at = now
            row.resolution = f"expired:{why}"
            row.save()
            audit.record(SYSTEM, "clear_text", row, old=before, reason=why)
            cleared += 1
    return cleared


# --- The quarantine ----------------------------------------------------------------------------


def _reparse(raw: str) -> Pcd01Message | None:
    try:
        return parse(normalise_segments(raw))
    except MalformedMessage:
        return None


def list_quarantine() -> list[QuarantinedMessage]:
    """Messages that matched no procedure and wait for a decision, newest first."""
    q = (
        DeviceMessage.select()
        .where((DeviceMessage.status == QUARANTINED) & DeviceMessage.resolved_at.is_null())
        .order_by(DeviceMessage.id.desc())
    )
    out = []
    for row in q:
        msg = _reparse(row.raw)
        found = readings(msg.observations)[0] if msg else []
        cpr = msg.cpr if msg else None
        out.append(
            QuarantinedMessage(
                id=row.id,
                received_at=row.received_at,
                control_id=row.control_id,
                sender=row.sender,
                patient_ref=row.patient_ref,
                cpr=f"{cpr[:6]}-{cpr[6:]}" if cpr else None,
                bed=row.bed,
                reason=row.reason,
                readings=tuple(found),
            )
        )
    return out


def _open_quarantined(message_id: int) -> DeviceMessage:
    row = DeviceMessage.get_or_none(DeviceMessage.id == message_id)
    if row is None:
        raise NotFound(_("No monitor message {id}.").format(id=message_id))
    if row.status != QUARANTINED:
        raise StateError(
            _("Monitor message {id} is not in the quarantine ({status}).").format(
                id=message_id, status=row.status
            )
        )
    if row.resolved_at is not None:
        raise StateError(
            _("Monitor message {id} was already dealt with ({resolution}).").format(
                id=message_id, resolution=row.resolution
            )
        )
    return row


def assign(actor: Actor, message_id: int, session_id: int) -> tuple[int, ...]:
    """Store a quarantined message's values in a procedure in progress; returns the vital ids.

    Refused when the message names another patient's CPR number or a value is not acceptable;
    the values keep the times the monitor gave them."""
    require(actor, Action.MANAGE_DEVICE_INPUT)
    require(actor, Action.RECORD_PROCEDURE)
    with write():
        row = _open_quarantined(message_id)
        session = entries.session_row(session_id)
        if session.status != IN_PROGRESS:
            raise StateError(_("Values can only be assigned to a procedure in progress."))
        msg = _reparse(row.raw)
        if msg is None:
            raise StateError(_("The message can no longer be read; reject it instead."))
        patient_cpr = Patient.select(Patient.cpr).where(Patient.id == session.patient_id).scalar()
        if msg.cpr and msg.cpr != patient_cpr:
            raise ValidationError(
                "session",
                _("The message names CPR {cpr}, not this session's patient").format(
                    cpr=f"{msg.cpr[:6]}-{msg.cpr[6:]}"
                ),
                _("a procedure of the patient the monitor names"),
            )
        found, refused, _rest = _usable(msg)
        if refused:
            raise ValidationError(
                "message",
                _("The values cannot be stored: {refused}").format(refused=refused),
                _("reject it"),
            )
        for r in found:
            entries.check_in_session(session_id, r.taken_at, "time")
        entries.set_once(
            row,
            actor,
            "assign",
            f"assigned to session {session_id}",
            resolved_at=utcnow(),
            resolved_by=actor.user_id,
            resolution=Resolution.ASSIGNED.of(session_id),
            resolved_session=session_id,
        )
        return tuple(_add_vitals(actor, session_id, found, row.control_id))


def reject(actor: Actor, message_id: int, reason: str) -> None:
    """Close a quarantined message without storing its values; it stays, with the reason."""
    require(actor, Action.MANAGE_DEVICE_INPUT)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            "reason", _("Rejecting a monitor message needs a reason"), _("a short text")
        )
    with write():
        row = _open_quarantined(message_id)
        entries.set_once(
            row,
            actor,
            "reject",
            reason,
            resolved_at=utcnow(),
            resolved_by=actor.user_id,
            resolution=Resolution.REJECTED.of(reason),
        )


def sessions_in_progress() -> list[tuple[int, str]]:
    """(session id, "CPR name — room/bed") for choosing where quarantined values go."""
    q = (
        Session.select(Session.id, Session.room_bed, Patient.cpr, Patient.name)
        .join(Patient)
        .where(Session.status == IN_PROGRESS)
        .order_by(Session.started_at.desc())
    )
    out = []
    for s in q:
        label = f"{s.patient.cpr[:6]}-{s.patient.cpr[6:]} {s.patient.name}"
        out.append((s.id, f"{label} — {s.room_bed}" if s.room_bed else label))
    return out


__all__ = [
    "StoreResult",
    "QuarantinedMessage",
    "store_message",
    "store_messages",
    "store_rejected",
    "expire_quarantine",
    "note_refused_frames",
    "assess",
    "list_quarantine",
    "assign",
    "reject",
    "match_session",
    "sessions_in_progress",
]
