"""Questions the GUI asks the user (yes/no, a short reason): one place, so tests can answer them.

Tests replace these functions with ``monkeypatch.setattr(prompts, "confirm", ...)``; callers
therefore call ``prompts.confirm(...)`` through the module, never a copied reference.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ebp_logger.gui.translations import TextContext


class PromptText(TextContext):
    """This module's texts (their translation context)."""


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str = "",
    no_text: str = "",
    *,
    warning: bool = False,
) -> bool:
    """A modal yes/no question; No is the default so Enter never confirms by accident."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text or PromptText.tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text or PromptText.tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_reason(parent: QWidget | None, title: str, label: str) -> str | None:
    """A short free-text reason (corrections, abandoning); None when cancelled or empty."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    text = text.strip()
    return text if ok and text else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_folder(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Pick a folder into ``edit`` (backup folder); the typed value stays if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)
