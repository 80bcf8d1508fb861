"""A headache score box (NRS 0–10) that never turns what was typed into something else:
"11" stays "11", marked, and is refused with the allowed range, instead of silently becoming
"1" (a plain QSpinBox drops the keystroke that would leave its range)."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class ScoreSpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def out_of_range_text(self) -> str:
        """The typed number when it lies outside the range (else ""), e.g. "11"."""
        text = self.lineEdit().text().strip()
        if text.isdigit() and not self.minimum() <= int(text) <= self.maximum():
            return text
        return ""

    def range_text(self) -> str:
        return f"{max(self.minimum(), 0)}–{self.maximum()}"

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt API
        if text.strip().isdigit() and int(text.strip()) > self.maximum():
            return QValidator.State.Intermediate, text, pos  # kept as typed, not accepted
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt API
        return text if text.strip().isdigit() else super().fixup(text)

    def interpretText(self) -> None:  # noqa: N802 - Qt API
        if not self.out_of_range_text():  # an out-of-range number is never read as the old one
            super().interpretText()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.out_of_range_text():
            QWidget.focusOutEvent(self, event)  # leave the typed number as it is
            self.update()
            return
        super().focusOutEvent(event)
