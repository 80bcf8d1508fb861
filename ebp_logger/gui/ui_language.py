"""The language for texts that come from the core (checklist questions, enum labels, advice):
the department setting, else the system locale; "da" or "en"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ebp_logger.clinical.labels import normalise_lang


def current_lang() -> str:
    try:
        from ebp_logger.store import settings

        chosen = settings.load().language
    except Exception:  # a damaged or closed database must not stop a label
        chosen = ""
    return normalise_lang(chosen or QLocale.system().name())
