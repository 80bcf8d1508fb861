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
    # monitor listener trust
    # Guideline silent on all of these (docs/clinical-rules.md §Background has no device rules):
    # department settings, defaults chosen for a PCD-01 monitor on the ward network.
    # The largest message kept (a PCD-01 message is a few kB); larger ones are refused (AR).
    hl7_max_message_kb: int = field(default=64, metadata={"min": 4, "max": 256})
    # What one sender (source address) may have stored per minute; beyond it frames are
    # answered AR (retry later) and counted in one audited note, not stored. 1 MB a minute is
    # a gateway with about eight monitors sending a 2 kB message every second.
    hl7_sender_kb_per_minute: int = field(default=1024, metadata={"min": 16, "max": 65536})
    # Senders allowed to deliver values: MSH-3/MSH-4 names and source addresses, separated by
    # commas; empty allows any (the default: loopback-only binding is the first guard).
    hl7_allowed_senders: str = field(default="", metadata={"max_len": 2000})
    hl7_allowed_addresses: str = field(default="", metadata={"max_len": 2000})
    # How long the text of a message for an unknown patient (quarantine) is kept; then the
    # text is cleared, the fact that it came stays (audited).
    hl7_quarantine_days: int = field(default=30, metadata={"min": 1, "max": 3650})
    # Clock skew allowed before the session's set-up (entries) and around its start and end
    # (paper entries).
    entry_time_margin_minutes: int = field(default=5, metadata={"min": 0, "max": 60})


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
