"""How times and coded values read on screen (local time, labels in the UI language)."""

from __future__ import annotations

from datetime import datetime

from ebp_logger.clinical.enums import Indication, PatchType, SessionStatus
from ebp_logger.clock import to_local, utcnow
from ebp_logger.store.records import SessionRecord


def local_time(value: datetime | None) -> str:
    return f"{to_local(value):%H:%M}" if value else ""


def local_datetime(value: datetime | None) -> str:
    """Today's times as HH:MM, older ones with the date."""
    if value is None:
        return ""
    local = to_local(value)
    if local.date() == to_local(utcnow()).date():
        return f"{local:%H:%M}"
    return f"{local:%d.%m.%Y %H:%M}"


def full_datetime(value: datetime | None) -> str:
    """Always with the date (histories, where "today" is not obvious)."""
    return f"{to_local(value):%d.%m.%Y %H:%M}" if value else ""


def status_label(code: str, lang: str) -> str:
    try:
        return SessionStatus(code).label(lang)
    except ValueError:
        return code


def patch_label(code: str, lang: str) -> str:
    try:
        return PatchType(code).label(lang)
    except ValueError:
        return code


def indication_short(session: SessionRecord, lang: str) -> str:
    """ "SIH", "PLPH", or the typed text for "other"."""
    if session.indication in (Indication.SIH.value, Indication.PLPH.value):
        return session.indication.upper()
    return session.indication_text or Indication.OTHER.label(lang)


def volume_text(session: SessionRecord) -> str:
    if session.patch_type == PatchType.TARGETED.value:
        return f"{session.blood_ml:g} + {session.glue_ml:g} ml"
    return f"{session.blood_ml:g} ml" if session.blood_ml else ""
