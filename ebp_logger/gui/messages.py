"""How the GUI tells a user that something was refused: one place, one tone."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ebp_logger.errors import EbpError


def explain(exc: BaseException) -> str:
    """The text to show for an exception: the core's own message, or a safe generic one."""
    if isinstance(exc, EbpError):
        return str(exc)
    return f"Unexpected error: {exc}. Nothing was lost that had been shown as saved."


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Not saved") -> None:
    """A modal message; the caller leaves the user's typed input where it was."""
    QMessageBox.warning(parent, title, explain(exc))
