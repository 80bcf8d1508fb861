"""The frame's automatic backups (daily on opening, after each ended procedure) and the audited
sign-out: real backup files in the configured folder, real audit rows."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from ebp_logger.store.models import Audit
from tests.gui.shell_helpers import make_window, sign_in


def _backups(folder):
    return sorted(p.name for p in folder.glob("*.sqlite"))


def test_daily_backup_on_open_and_one_after_an_ended_procedure(
    qtbot, gui_db, admin, live_session, tmp_path
):
    from ebp_logger.store import settings

    folder = tmp_path / "backups"
    settings.save(admin, backup_folder=str(folder))
    window = make_window(qtbot)
    QThreadPool.globalInstance().waitForDone(30000)
    assert len(_backups(folder)) == 1  # the daily one: none existed yet
    window._on_procedure_ended(live_session)
    QThreadPool.globalInstance().waitForDone(30000)
    assert len(_backups(folder)) == 2
    window.idle.stop()


def test_sign_out_is_audited(main_window):
    sign_in(main_window, "doc")
    main_window.sign_out()
    row = Audit.select().where(Audit.action == "sign_out").get()
    assert row.username == "doc"
