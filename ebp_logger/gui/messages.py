"""How the GUI tells a user that something was refused: one place, one tone."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ebp_logger.errors import EbpError
from ebp_logger.gui.translations import TextContext


class MessageText(TextContext):
    """This module's texts (their translation context)."""


def explain(exc: BaseException) -> str:
    """The text to show for an exception: the core's own message, or a safe generic one."""
    if isinstance(exc, EbpError):
        return str(exc)
    return MessageText.tr(
        "Unexpected error: %1. Nothing was lost that had been shown as saved."
    ).replace("%1", str(exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A modal message (titled "Not saved" unless told); the caller leaves the user's typed
    input where it was."""
    QMessageBox.warning(parent, title or MessageText.tr("Not saved"), explain(exc))
