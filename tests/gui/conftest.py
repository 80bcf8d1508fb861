"""Fixtures for the app frame: a real temp database with users (tests/conftest.py), the main
window on it, and recorded answers to every question the GUI asks (no modal dialog blocks)."""

from __future__ import annotations

import pytest

from tests.gui.shell_helpers import PromptRecorder, make_window


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch):
    """Argon2 with test-sized costs: the production profile takes ~1 s per hash here, and
    these tests sign in often. The password checks themselves are unchanged."""
    from argon2 import PasswordHasher

    from ebp_logger.store.services import users

    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(autouse=True)
def prompt_answers(monkeypatch) -> PromptRecorder:
    from ebp_logger.gui import messages, prompts

    recorder = PromptRecorder()
    monkeypatch.setattr(prompts, "confirm", recorder.confirm)
    monkeypatch.setattr(prompts, "ask_reason", recorder.ask_reason)
    monkeypatch.setattr(prompts, "inform", recorder.inform)
    monkeypatch.setattr(messages, "show_error", recorder.show_error)
    return recorder


@pytest.fixture
def gui_db(actors, qapp):
    """A real temp database with an administrator, an anaesthesiologist and a nurse, and the
    application styled as ``run_gui`` styles it. Returns (admin, doctor, nurse)."""
    from ebp_logger.gui.app import make_application

    make_application()
    return actors


@pytest.fixture
def main_window(qtbot, gui_db):
    """The main window on the sign-in screen of the fixture database."""
    window = make_window(qtbot)
    yield window
    window.idle.stop()
    window._close_procedure_pages()
