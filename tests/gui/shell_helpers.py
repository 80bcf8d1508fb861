"""Helpers for the app-frame tests (the fixtures are in conftest.py)."""

from __future__ import annotations

PASSWORDS = {"admin": "admin-pass", "doc": "doc-pass1", "nurse": "nurse-pass"}


class PromptRecorder:
    """Stands in for ``ebp_logger.gui.prompts``: records each question, answers from a queue."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answers: list[bool] = []
        self.reasons: list[str | None] = []
        self.informed: list[tuple[str, str]] = []
        self.errors: list[str] = []

    def confirm(self, parent, title, text, yes_text="", no_text="", *, warning=False) -> bool:
        self.asked.append((title, text))
        return self.answers.pop(0) if self.answers else False

    def ask_reason(self, parent, title, label):
        self.asked.append((title, label))
        return self.reasons.pop(0) if self.reasons else None

    def inform(self, parent, title, text) -> None:
        self.informed.append((title, text))

    def show_error(self, parent, exc, title="Not saved") -> None:
        self.errors.append(str(exc))

    def titles(self) -> list[str]:
        return [title for title, _ in self.asked]


def make_window(qtbot, **kwargs):
    from ebp_logger.gui.main_window import MainWindow

    window = MainWindow(**kwargs)
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in(window, username: str, password: str | None = None) -> None:
    """Sign in through the form, as a user types it (Enter in each field)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen = window.sign_in_screen
    screen.ui.username.clear()
    QTest.keyClicks(screen.ui.username, username)
    QTest.keyClick(screen.ui.username, Qt.Key.Key_Return)
    QTest.keyClicks(screen.ui.password, password or PASSWORDS[username])
    QTest.keyClick(screen.ui.password, Qt.Key.Key_Return)
