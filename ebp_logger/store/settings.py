"""Department settings kept in the database. Values the guideline does not fix live here
(with their defaults), never as rules in code; see GUIDELINE.md for the ones it does fix.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ebp_logger.clock import utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.store import audit
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import Setting
from ebp_logger.store.permissions import Action, require


@dataclass(frozen=True)
class AppSettings:
    department_name: str = ""
    department_address: str = ""
    department_phone: str = ""
    department_logo: str = ""  # path to an image file, optional
    # Guideline silent: hard maxima for a targeted patch (typical 2–4 ml each, "Targeted EBP").
    targeted_blood_max_ml: float = 10.0
    targeted_glue_max_ml: float = 10.0
    # Guideline silent on a single push: by default no tighter than the 40 ml total.
    max_single_injection_ml: float = 40.0
    # Guideline silent: implausible-but-possible values that are highlighted, not refused.
    alert_spo2_low: int = 90
    alert_hr_low: int = 50
    alert_hr_high: int = 120
    alert_sbp_low: int = 90
    alarm_sound: bool = True
    autolock_minutes: int = 10
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    backup_folder: str = ""
    backup_keep: int = 14
    hl7_enabled: bool = False
    hl7_port: int = 2575
    hl7_bind_all: bool = False  # loopback only unless the administrator allows more
    hl7_match_bed: bool = False
    language: str = ""  # "" follows the system; "da" or "en" overrides
    # Guideline: nurse score checkpoints between end of procedure and 24 h (silent on which).
    checkpoint_hours: tuple[int, ...] = ()
    # Guideline silent: how long before a score is due the nurse worklist shows it as "due soon".
    score_due_soon_minutes: int = 60
    # --- hospital interfaces (guideline silent on all of these: department settings) ---
    # ADT in: the hospital's patient feed, on its own port; loopback unless allowed.
    adt_enabled: bool = False
    adt_port: int = field(default=2576, metadata={"min": 1, "max": 65535})
    adt_bind_all: bool = False
    # MDM out: where the procedure record goes (the hospital's interface engine).
    ehr_enabled: bool = False
    ehr_host: str = field(default="127.0.0.1", metadata={"max_len": 253})
    ehr_port: int = field(default=2577, metadata={"min": 1, "max": 65535})
    ehr_timeout_s: int = field(default=30, metadata={"min": 1, "max": 600})
    ehr_retry_max_s: int = field(default=600, metadata={"min": 5, "max": 86400})
    hl7_sending_application: str = field(default="EBPLOGGER", metadata={"max_len": 180})
    hl7_sending_facility: str = field(default="", metadata={"max_len": 180})
    hl7_receiving_application: str = field(default="", metadata={"max_len": 180})
    hl7_receiving_facility: str = field(default="", metadata={"max_len": 180})
    # TXA-2 document type (HL7 table 0270; "PN" procedure note) as the EHR files it.
    mdm_document_type: str = field(default="PN", metadata={"max_len": 30})
    # FHIR: the system of the department's own identifiers (sessions, documents) and the
    # organisation (e.g. its SOR code) named as the Encounter's service provider.
    fhir_identifier_system: str = field(default="urn:ebp-logger:session", metadata={"max_len": 200})
    fhir_organization_system: str = field(
        default="urn:oid:1.2.208.176.1.1", metadata={"max_len": 200}
    )
    fhir_organization_id: str = field(default="", metadata={"max_len": 64})
    # The SNOMED CT concept id of the epidural blood patch, added to the FHIR Procedure code
    # once the department has checked it in the SNOMED CT browser (empty: not sent).
    fhir_ebp_snomed_code: str = field(default="", metadata={"max_len": 18})


_FIELDS = {f.name: f for f in fields(AppSettings)}


def load() -> AppSettings:
    """The settings, defaults filled in for keys never saved."""
    stored = {row.key: row.value for row in Setting.select() if row.key in _FIELDS}
    if "checkpoint_hours" in stored:
        stored["checkpoint_hours"] = tuple(stored["checkpoint_hours"])
    return AppSettings(**stored)


def _coerce(name: str, value: Any) -> Any:
    default = getattr(AppSettings(), name)
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "ja", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(str(value).replace(",", "."))
        if isinstance(default, tuple):
            return tuple(int(v) for v in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            name, f"{value!r} is not a valid value for {name}", type(default).__name__
        ) from exc


def save(actor: Actor, **changes: Any) -> AppSettings:
    """Change settings (administrator), each change audited with old and new value."""
    require(actor, Action.EDIT_SETTINGS)
    for name in changes:
        if name not in _FIELDS:
            raise ValidationError(name, f"Unknown setting {name}", ", ".join(sorted(_FIELDS)))
    with write():
        current = asdict(load())
        for name, raw in changes.items():
            value = _coerce(name, raw)
            stored = list(value) if isinstance(value, tuple) else value
            old = Setting.get_or_none(Setting.key == name)
            if old is not None and current[name] == value:
                continue  # unchanged: an unaudited save would show as tampering in verify
            old_snap = audit.snapshot(old) if old else None
            row = Setting(key=name, value=stored, updated_at=utcnow())
            row.save(force_insert=old is None)
            audit.record(actor, "update" if old else "create", row, old=old_snap)
    return load()


def save_first_run(**values: Any) -> AppSettings:
    """Department details before any user exists (first run), audited as the system."""
    return save(Actor(None, "first-run", "administrator"), **values)
