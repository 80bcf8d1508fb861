"""Start-up: a damaged database opens read-only under a red banner instead of crashing; a
second instance on the same database is told who writes and may continue read-only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.gui.shell_helpers import make_window

TOP = Path(__file__).resolve().parents[2]


def test_damaged_file_opens_read_only_with_a_banner(qtbot, qapp, tmp_path):
    from ebp_logger.gui.app import open_store
    from ebp_logger.store.database import close_database

    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"this is not a database" * 500)
    store = open_store(path)
    try:
        assert store is not None and store.readonly and store.problems
        window = make_window(qtbot, problems=store.problems, readonly=store.readonly)
        assert window.ui.bannerLabel.isVisible()
        assert window.banner_text().startswith("READ-ONLY")
        assert type(window.current_page).__name__ == "MessagePage"  # not a crash
        assert store.lock is None  # a read-only window keeps nobody from writing
    finally:
        store.close()
        close_database()


def test_altered_audit_trail_opens_read_only(qtbot, gui_db, db_path):
    import sqlite3

    from ebp_logger.gui.app import open_store
    from ebp_logger.store.database import close_database, is_readonly

    close_database()
    con = sqlite3.connect(db_path)
    triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in triggers:  # someone bypassing the app
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE user SET full_name = 'Changed Outside' WHERE username = 'doc'")
    con.commit()
    con.close()
    store = open_store(db_path)
    try:
        assert store.readonly and is_readonly()
        window = make_window(qtbot, problems=store.problems, readonly=store.readonly)
        assert "READ-ONLY" in window.banner_text()
        assert window.current_page is window.sign_in_screen  # records can still be read
    finally:
        store.close()


def test_second_instance_is_told_and_may_continue_read_only(qtbot, gui_db, db_path, prompt_answers):
    from ebp_logger.gui.app import open_store
    from ebp_logger.store import lockfile
    from ebp_logger.store.database import close_database, is_readonly

    holder = lockfile.acquire(db_path)  # the first instance
    try:
        prompt_answers.answers = [False]  # "Quit"
        assert open_store(db_path) is None
        assert prompt_answers.titles() == ["EBP Logger is already open"]
        assert "already open for writing" in prompt_answers.asked[0][1]

        prompt_answers.answers = [True]  # "Open read-only"
        store = open_store(db_path)
        assert store.readonly and is_readonly() and store.lock is None
        window = make_window(qtbot, problems=store.problems, readonly=store.readonly)
        assert "already open" in window.banner_text()
        store.close()
    finally:
        holder.release()
        close_database()


def test_the_app_starts_and_reaches_an_idle_window(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(TOP)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ebp_logger",
            "--db",
            str(tmp_path / "new.sqlite"),
            "--startup-probe",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert {"ready", "checked"} <= set(result.stdout.split())
    loaded = subprocess.run(  # plots and PDFs load when first used, not at start-up
        [
            sys.executable,
            "-c",
            "import sys; from ebp_logger.gui.app import run_gui; "
            f"run_gui(['--db', {str(tmp_path / 'new.sqlite')!r}, '--startup-probe']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyqtgraph', 'reportlab'))[:3])",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert loaded.stdout.strip().endswith("[]"), loaded.stdout + loaded.stderr


def test_record_table_model_passes_the_model_tester(qtmodeltester, gui_db, patient):
    from ebp_logger.gui.models.record_table_model import Column, RecordTableModel

    model = RecordTableModel([Column("Name", lambda p: p.name), Column("CPR", lambda p: p.cpr)])
    model.set_rows([patient, patient])
    qtmodeltester.check(model)
    assert model.record(1) is patient and model.record(5) is None


def test_typing_goes_on_while_the_database_is_checked(qtbot, gui_db):
    """The window comes up before the check ends; Enter then signs in once it has."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ebp_logger.gui.screens.home_screen import HomeScreen

    window = make_window(qtbot, pending=True)
    screen = window.sign_in_screen
    assert window.current_page is screen and screen.waiting
    assert not screen.ui.signInButton.isEnabled()
    QTest.keyClicks(screen.ui.username, "doc")
    QTest.keyClick(screen.ui.username, Qt.Key.Key_Return)
    QTest.keyClicks(screen.ui.password, "doc-pass1")
    QTest.keyClick(screen.ui.password, Qt.Key.Key_Return)
    assert window.actor is None
    window.store_opened([], False)  # what app.py does when the worker is done
    assert window.actor is not None and window.actor.username == "doc"
    assert isinstance(window.current_page, HomeScreen)
    window.idle.stop()


def test_start_up_language_choice_matches_the_core(monkeypatch):
    from ebp_logger.clinical import labels
    from ebp_logger.gui import ui_language

    assert ui_language.LANGS == labels.LANGS and ui_language.DEFAULT_LANG == labels.DEFAULT_LANG
    monkeypatch.delenv(ui_language.ENV_VAR, raising=False)
    for raw in ("da", "DA", "da_DK", "da-DK", "en_GB", "en", "de_DE", "C", " da "):
        assert ui_language.resolve_lang(raw) == labels.normalise_lang(raw), raw
