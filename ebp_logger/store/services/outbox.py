"""The outbox: documents for the hospital's record, kept in the database until the receiver
acknowledged them, and afterwards (pending → sent on AA, failed on AR/AE with the reason).

Which sessions get a document (``scan``): a procedure that ended since the interface was
switched on gets an ``MDM^T02``; any later change to its record (a 24-hour score, a
correction, the follow-up) gets an ``MDM^T10`` replacing the same document number. A change is
an audit row of the session newer than the one the last document showed, so nothing is missed
whichever program made the change. Documents are queued only while ``ehr_enabled`` is on.

Every row change is audited (queued, each attempt, its answer, a resend); the HL7 text is
audited as its digest (see ``audit.REDACTED``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, StateError
from ebp_logger.hl7 import hl7v2, mdm
from ebp_logger.i18n import _
from ebp_logger.store import audit, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import Audit, OutboxMessage, Patient, Session, Setting, User
from ebp_logger.store.permissions import Action, require

PENDING, SENT, FAILED = "pending", "sent", "failed"
# Why a document was made (stored; the screens show them in their language).
REASON_ENDED, REASON_CHANGED = "procedure ended", "record changed"
SYSTEM = Actor.system()
# Audit rows that are no change of the record itself (the outbox's own rows, views and
# prints, messages received).
NOT_CHANGES = ("outbox_message", audit.ACCESS_TABLE, "adt_message", "device_message")
# Sessions looked at for changes: those that ended within this many days (the follow-up comes
# within days; guideline silent on how late a record may still change).
WINDOW_DAYS = 60
MAX_ACK_TEXT = 1000


@dataclass(frozen=True)
class OutboxRecord:
    id: int
    created_at: datetime
    session_id: int
    event: str
    document_number: str
    control_id: str
    reason: str
    status: str
    attempts: int
    last_attempt_at: datetime | None
    ack_code: str
    ack_text: str
    sent_at: datetime | None
    size: int


def _record(r: OutboxMessage) -> OutboxRecord:
    return OutboxRecord(
        r.id,
        r.created_at,
        r.session_id,
        r.event,
        r.document_number,
        r.control_id,
        r.reason,
        r.status,
        r.attempts,
        r.last_attempt_at,
        r.ack_code,
        r.ack_text,
        r.sent_at,
        len(r.hl7_text),
    )


def _enabled_since() -> datetime | None:
    """When the administrator last switched the EHR interface on (None: it is off)."""
    if not settings.load().ehr_enabled:
        return None
    row = Setting.get_or_none(Setting.key == "ehr_enabled")
    return row.updated_at if row else None


def _changed_sessions(since: datetime) -> list[tuple[int, int]]:
    """(session id, its newest change's audit id) for sessions that ended since ``since`` and
    changed after their last document (or have none)."""
    start = max(since, utcnow() - timedelta(days=WINDOW_DAYS))
    ended = Session.select(Session.id).where(Session.ended_at >= start)
    newest = (
        Audit.select(Audit.session_id, peewee.fn.MAX(Audit.id).alias("top"))
        .where(Audit.session_id.in_(ended) & Audit.table.not_in(NOT_CHANGES))
        .group_by(Audit.session_id)
        .tuples()
    )
    covered = dict(
        OutboxMessage.select(OutboxMessage.session, peewee.fn.MAX(OutboxMessage.covers_audit_id))
        .group_by(OutboxMessage.session)
        .tuples()
    )
    changed = [(sid, top) for sid, top in newest if sid not in covered or top > covered[sid]]
    return sorted(changed, key=lambda item: item[1])  # in the order the changes were made


def facts_for(session_id: int, conf: settings.AppSettings) -> mdm.DocumentFacts:
    s = Session.get_or_none(Session.id == session_id)
    if s is None:
        raise NotFound(_("No session {session_id}.").format(session_id=session_id))
    p = Patient.get_by_id(s.patient_id)
    op = User.get_by_id(s.operator_id)
    return mdm.DocumentFacts(
        session_id=s.id,
        cpr=p.cpr,
        name=p.name,
        birth_date=p.birth_date,
        sex=p.sex,
        location=p.location,
        operator_username=op.username,
        operator_name=op.full_name,
        procedure_at=s.started_at,
        document_number=mdm.document_number(s.id, conf.hl7_sending_application),
    )


def queue_document(session_id: int, reason: str, covers_audit_id: int, pdf: bytes) -> OutboxRecord:
    """Queue the session's procedure record (``pdf``, built by the caller before the write
    transaction, since it takes a moment): T02 the first time, T10 after."""
    conf = settings.load()
    facts = facts_for(session_id, conf)
    control_id = hl7v2.new_control_id()
    with write():
        first = not OutboxMessage.select().where(OutboxMessage.session == session_id).exists()
        event = mdm.T02 if first else mdm.T10
        text = mdm.build(facts, event, control_id, pdf, conf)
        row = OutboxMessage.create(
            created_at=utcnow(),
            session=session_id,
            event=event,
            document_number=facts.document_number,
            control_id=control_id,
            reason=reason,
            hl7_text=text,
            covers_audit_id=covers_audit_id,
        )
        audit.record(SYSTEM, "queue", row, reason=f"MDM^{event}: {reason}")
        audit.log_access(
            SYSTEM,
            "export",
            session_id=session_id,
            detail={"document": "procedure_record", "via": f"MDM^{event}", "outbox": row.id},
        )
    return _record(row)


def scan(render: Callable[[int], bytes]) -> list[OutboxRecord]:
    """Queue a document for every session that ended or changed since its last one;
    ``render`` builds a session's procedure record PDF (the reports sit above the store)."""
    since = _enabled_since()
    if since is None:
        return []
    out = []
    for sid, top in _changed_sessions(since):
        first = not OutboxMessage.select().where(OutboxMessage.session == sid).exists()
        reason = REASON_ENDED if first else REASON_CHANGED
        out.append(queue_document(sid, reason, top, render(sid)))
    return out


def next_pending() -> OutboxMessage | None:
    """The oldest message not yet acknowledged: messages go in the order they were made."""
    return (
        OutboxMessage.select()
        .where(OutboxMessage.status == PENDING)
        .order_by(OutboxMessage.id)
        .first()
    )


def record_attempt(message_id: int, ack_code: str | None, text: str) -> OutboxRecord:
    """One delivery attempt and what came back: AA → sent; AR/AE → failed with the reason;
    ``None`` (no answer: refused, dropped, timed out) → still pending."""
    with write():
        row = OutboxMessage.get_by_id(message_id)
        before = audit.snapshot(row)
        now = utcnow()
        row.attempts += 1
        row.last_attempt_at = now
        row.ack_code = ack_code or ""
        row.ack_text = text[:MAX_ACK_TEXT]
        if ack_code == hl7v2.AA:
            row.status, row.sent_at = SENT, now
        elif ack_code in (hl7v2.AE, hl7v2.AR):
            row.status = FAILED
        row.save()
        what = ack_code or "no answer"
        audit.record(
            SYSTEM, "send", row, old=before, reason=f"MDM^{row.event} → {what} {text}"[:300]
        )
    return _record(row)


def resend(actor: Actor, message_id: int) -> OutboxRecord:
    """Set a failed (or sent) message pending again; it goes in its turn (oldest first)."""
    require(actor, Action.EDIT_SETTINGS)
    with write():
        row = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
        if row is None:
            raise NotFound(_("No outbox message {message_id}.").format(message_id=message_id))
        if row.status == PENDING:
            raise StateError(
                _("Outbox message {message_id} is already waiting to be sent.").format(
                    message_id=message_id
                )
            )
        before = audit.snapshot(row)
        row.status = PENDING
        row.save()
        audit.record(actor, "resend", row, old=before, reason="resend asked by the administrator")
    return _record(row)


def list_messages(status: str | None = None, limit: int = 200) -> list[OutboxRecord]:
    q = OutboxMessage.select().order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        q = q.where(OutboxMessage.status == status)
    return [_record(r) for r in q]


def get_text(message_id: int) -> str:
    row = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
    if row is None:
        raise NotFound(_("No outbox message {message_id}.").format(message_id=message_id))
    return row.hl7_text
