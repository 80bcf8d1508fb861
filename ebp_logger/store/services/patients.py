"""Patients: register with CPR validation, find, correct demographics (audited, with reason)."""

from __future__ import annotations

from typing import Any

import peewee

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, ValidationError
from ebp_logger.store import audit
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import Patient
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.records import PatientRecord
from ebp_logger.store.services import corrections

EDITABLE = ("name", "language", "comorbidity", "medication", "earlier_illnesses")


class Mod11Unconfirmed(ValidationError):
    """The CPR number fails the modulus-11 check; valid since 2007, so the user must confirm."""


def to_record(p: Patient) -> PatientRecord:
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


def register_patient(
    actor: Actor,
    cpr: str,
    name: str,
    *,
    confirm_mod11: bool = False,
    language: str = "da",
    comorbidity: str = "",
    medication: str = "",
    earlier_illnesses: str = "",
) -> PatientRecord:
    """Register a patient. Birth date and sex come from the CPR number."""
    require(actor, Action.REGISTER_PATIENT)
    info = parse_cpr(cpr, utcnow().date())
    if not info.mod11_ok and not confirm_mod11:
        raise Mod11Unconfirmed(
            "cpr",
            f"{info.normalised} fails the modulus-11 check. Numbers issued since 2007 may do so "
            "and still be valid: check it against the health card, then confirm",
            "confirm to register it as typed",
        )
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "The patient's name is empty", "the full name")
    if language not in ("da", "en"):
        raise ValidationError("language", f"Unknown language {language!r}", "da or en")
    existing = Patient.get_or_none(Patient.cpr == info.digits)
    if existing is not None:
        raise ValidationError(
            "cpr",
            f"{info.normalised} is already registered ({existing.name})",
            "pick the existing patient",
        )
    with write():
        row = Patient.create(
            cpr=info.digits,
            name=name,
            birth_date=info.birth_date,
            sex=info.sex.value,
            mod11_confirmed=not info.mod11_ok,
            language=language,
            comorbidity=comorbidity,
            medication=medication,
            earlier_illnesses=earlier_illnesses,
            created_at=utcnow(),
            created_by=actor.user_id,
        )
        audit.record(actor, "create", row)
    return to_record(row)


def get_patient(patient_id: int) -> PatientRecord:
    row = Patient.get_or_none(Patient.id == patient_id)
    if row is None:
        raise NotFound(f"No patient {patient_id}.")
    return to_record(row)


def find_patients(query: str, limit: int = 50) -> list[PatientRecord]:
    """By CPR (with or without the dash, or its start) or by any part of the name."""
    text = query.strip()
    if not text:
        return []
    digits = text.replace("-", "").replace(" ", "")
    if digits.isdigit():
        q = Patient.select().where(Patient.cpr.startswith(digits))
    else:
        q = Patient.select()
        for word in text.split():
            q = q.where(peewee.fn.casefold(Patient.name).contains(word.casefold()))
    return [to_record(p) for p in q.order_by(Patient.name).limit(limit)]


def get_by_cpr(cpr: str) -> PatientRecord | None:
    digits = cpr.replace("-", "").strip()
    row = Patient.get_or_none(Patient.cpr == digits)
    return to_record(row) if row else None


def correct_patient(actor: Actor, patient_id: int, reason: str, **changes: Any) -> PatientRecord:
    """Correct demographics; the audit row keeps the old values with the reason."""
    require(actor, Action.CORRECT_PATIENT)
    corrections.check_correctable(changes, EDITABLE)
    reason = corrections.require_reason(reason, "correction")
    with write():
        row = Patient.get_or_none(Patient.id == patient_id)
        if row is None:
            raise NotFound(f"No patient {patient_id}.")
        corrections.apply(actor, row, changes, reason)
    return to_record(row)
