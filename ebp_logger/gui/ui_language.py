"""The language for texts that come from the core (checklist questions, enum labels, advice):
``EBP_LOGGER_LANG`` (a demo, a screenshot), else the department setting, else the system
locale; "da" or "en". Qt's translators follow the same choice (translations.py)."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale

from ebp_logger.clinical.labels import normalise_lang

ENV_VAR = "EBP_LOGGER_LANG"


def resolve_lang(setting: str = "") -> str:
    """``setting`` ("da", "en", "" = follow the system) under the environment override."""
    return normalise_lang(os.environ.get(ENV_VAR) or setting or QLocale.system().name())


def current_lang() -> str:
    try:
        from ebp_logger.store import settings

        chosen = settings.load().language
    except Exception:  # a damaged or closed database must not stop a label
        chosen = ""
    return resolve_lang(chosen)
