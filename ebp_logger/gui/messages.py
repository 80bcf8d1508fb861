"""How the GUI tells a user that something was refused: one place, one tone.

The core's messages come in English; marked ones (:mod:`ebp_logger.i18n`) are shown again in
the screen's language, so a Danish screen shows the core's refusals in Danish.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ebp_logger.errors import EbpError, message_in
from ebp_logger.gui.translations import TextContext, installed_language
from ebp_logger.i18n import render


class MessageText(TextContext):
    """This module's texts (their translation context)."""


def ui_language() -> str:
    """The language the screens are shown in ("da" or "en")."""
    lang = installed_language()
    if not lang:
        from ebp_logger.gui.ui_language import current_lang

        lang = current_lang()
    return lang


def core_text(text: object) -> str:
    """A text from the core (a marked message or plain English) in the screen's language."""
    return render(text, ui_language())


def explain(exc: BaseException) -> str:
    """The text to show for an exception: the core's own message, or a safe generic one."""
    if isinstance(exc, EbpError):
        return message_in(exc, ui_language())
    return MessageText.tr(
        "Unexpected error: %1. Nothing was lost that had been shown as saved."
    ).replace("%1", str(exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A modal message (titled "Not saved" unless told); the caller leaves the user's typed
    input where it was."""
    QMessageBox.warning(parent, title or MessageText.tr("Not saved"), explain(exc))
