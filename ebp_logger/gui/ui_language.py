"""The language for texts that come from the core (checklist questions, enum labels, advice):
``EBP_LOGGER_LANG`` (a demo, a screenshot), else the department setting, else the system
locale; "da" or "en". Qt's translators follow the same choice (translations.py)."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale

ENV_VAR = "EBP_LOGGER_LANG"
# clinical.labels.LANGS and DEFAULT_LANG, restated so that choosing the language before the
# first paint does not import the clinical package (~50 ms); a test keeps the two in step.
LANGS = ("da", "en")
DEFAULT_LANG = "en"


def resolve_lang(setting: str = "") -> str:
    """``setting`` ("da", "en", "" = follow the system) under the environment override;
    read as ``clinical.labels.normalise_lang`` reads a language."""
    raw = os.environ.get(ENV_VAR) or setting or QLocale.system().name()
    short = raw.strip().lower().replace("-", "_").split("_", 1)[0]
    return short if short in LANGS else DEFAULT_LANG


def current_lang() -> str:
    try:
        from ebp_logger.store import settings

        chosen = settings.load().language
    except Exception:  # a damaged or closed database must not stop a label
        chosen = ""
    return resolve_lang(chosen)
