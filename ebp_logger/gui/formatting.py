"""How times, numbers and coded values read on screen (local time, labels in the UI language).

Dates and times are written the Danish way in both languages ("23.11.2026 09:15", 24-hour
clock); decimals take the UI language's sign from the default QLocale that
translations.install_translators sets ("2,5 ml" in Danish, "2.5 ml" in English). Typed
numbers may use either sign: the core's parser accepts both.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from ebp_logger.clinical.enums import Indication, PatchType, SessionStatus
from ebp_logger.clinical.volume import fmt_ml
from ebp_logger.clock import as_utc, to_local, utcnow
from ebp_logger.gui.translations import TextContext
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


def number(value: float | Decimal) -> str:
    """A plain number with the UI language's decimal sign, no trailing zeros: "1,5", "40"."""
    text = f"{Decimal(str(value)).normalize():f}"
    return text.replace(".", QLocale().decimalPoint())


def ml_number(value: float | Decimal) -> str:
    """A volume rounded as the core rounds it (fmt_ml), with the UI language's sign: "2,5"."""
    return fmt_ml(value).replace(".", QLocale().decimalPoint())


def ml_text(value: float | Decimal) -> str:
    """ "2,5 ml" (Danish) or "2.5 ml" (English)."""
    return f"{ml_number(value)} ml"


class FormattingText(TextContext):
    """This module's texts (their translation context)."""


def _span(minutes: int) -> str:
    hours, mins = divmod(abs(minutes), 60)
    if hours:
        return FormattingText.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return FormattingText.tr("%1 min").replace("%1", str(mins))


def since(value: datetime | None, now: datetime | None = None) -> str:
    """ "09:41 (23 min)": a start time with how long ago it was."""
    if value is None:
        return ""
    minutes = int((as_utc(now or utcnow()) - as_utc(value)).total_seconds() // 60)
    return f"{local_datetime(value)} ({_span(max(minutes, 0))})"


def due(value: datetime | None, now: datetime | None = None) -> str:
    """ "17:35 (in 55 min)" or "17:35 (40 min overdue)" for a due time."""
    if value is None:
        return ""
    minutes = int((as_utc(value) - as_utc(now or utcnow())).total_seconds() // 60)
    text = FormattingText.tr("%1 (in %2)") if minutes >= 0 else FormattingText.tr("%1 (%2 overdue)")
    return text.replace("%1", local_datetime(value)).replace("%2", _span(minutes))


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
        return f"{ml_number(session.blood_ml)} + {ml_text(session.glue_ml)}"
    return ml_text(session.blood_ml) if session.blood_ml else ""
