"""First run on a department's PC: "this PC only" is the form itself; "a department server"
is chosen in a dialog that tests the connection before saving, keeps the password in
PostgreSQL's own 0600 password file (never in a setting) and switches the window to the
server. Against the real test server."""

from __future__ import annotations

import json
import stat

import pytest

from tests.gui.shell_helpers import make_window
from tests.pg_support import LOGIN, PASSWORD, set_up_server

pytestmark = pytest.mark.pg


@pytest.fixture
def server_db(pg_url):
    set_up_server(pg_url, "ebp_first_run")
    host_port = pg_url.split("@", 1)[1].split("/", 1)[0]
    return host_port.split(":")


def test_first_run_switches_this_pc_to_the_department_server(
    qtbot, qapp, db_path, server_db, tmp_path, monkeypatch
):
    from ebp_logger.gui.dialogs.server_dialog import ServerDialog
    from ebp_logger.gui.screens.first_run_screen import FirstRunScreen
    from ebp_logger.store.database import close_database, on_server
    from ebp_logger.store.workstation import CONFIG_NAME, configured_server

    monkeypatch.setenv("EBP_LOGGER_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    host, port = server_db
    window = make_window(qtbot)
    page = window._page
    assert isinstance(page, FirstRunScreen) and page.server_button.isVisible()
    page.server_button.click()
    dialog = page.findChild(ServerDialog)
    assert dialog is not None and not dialog.save_button.isEnabled()

    dialog.host.setText(host)
    dialog.port.setText("99999")
    dialog.database.setText("ebp_first_run")
    dialog.user.setText(LOGIN)
    dialog.password.setText(PASSWORD)
    assert not dialog.test()  # refused before any connection is tried
    assert "65535" in dialog.message.text() and dialog.port.text() == "99999"

    dialog.port.setText(port)
    dialog.database.setText("no_such_database")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as answer:
        assert dialog.test()
        # The connection is tried off the UI thread: the dialog answers while it waits.
        assert dialog.message.text() == "Connecting…" and not dialog.test_button.isEnabled()
    assert answer.args == [False]
    assert "cannot be reached" in dialog.message.text()
    assert not dialog.save_button.isEnabled() and dialog.test_button.isEnabled()

    dialog.database.setText("ebp_first_run")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as answer:
        assert dialog.test()
    assert answer.args == [True] and dialog.save_button.isEnabled()
    try:
        dialog.save_button.click()
        qtbot.waitUntil(lambda: window._page is not page, timeout=10_000)  # opened off-thread
        assert on_server()
        url = configured_server(tmp_path / "data")
        assert url == f"postgresql://{LOGIN}@{host}:{port}/ebp_first_run"
        saved = (tmp_path / "data" / CONFIG_NAME).read_text()
        assert PASSWORD not in saved and json.loads(saved)["server"] == url
        pgpass = tmp_path / "pgpass"
        assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
        assert pgpass.read_text() == f"{host}:{port}:ebp_first_run:{LOGIN}:{PASSWORD}\n"
        # The server has no users yet: its own first run, without the choice this time.
        assert isinstance(window._page, FirstRunScreen) and window._page is not page
        assert not hasattr(window._page, "server_button")
    finally:
        window.shutdown()
        close_database()


def _filled_dialog(qtbot, folder, host: str, port: str, database: str):
    from ebp_logger.gui.dialogs.server_dialog import ServerDialog

    dialog = ServerDialog(folder)
    qtbot.addWidget(dialog)
    for edit, text in (
        (dialog.host, host),
        (dialog.port, port),
        (dialog.database, database),
        (dialog.user, LOGIN),
        (dialog.password, PASSWORD),
    ):
        edit.setText(text)
    return dialog


def test_an_answer_to_details_since_changed_is_not_taken(qtbot, qapp, server_db, tmp_path):
    """A slow server answers after the user has changed a field: that answer is dropped, so
    "Save" never stores details that were not the ones tested."""
    dialog = _filled_dialog(qtbot, tmp_path, *server_db, "ebp_first_run")
    assert dialog.test()
    dialog.database.setText("ebp_other")
    dialog.database.textEdited.emit("ebp_other")  # as if typed while the test runs
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert not dialog.save_button.isEnabled()
    assert "changed" in dialog.message.text()


def test_the_servers_refusal_is_said_in_danish(qtbot, qapp, server_db, tmp_path):
    from ebp_logger.gui.translations import install_translators

    install_translators(qapp, "da")
    try:
        dialog = _filled_dialog(qtbot, tmp_path, *server_db, "no_such_database")
        with qtbot.waitSignal(dialog.tested, timeout=15_000):
            assert dialog.test()
        assert dialog.message.text().startswith("Serveren kan ikke nås med disse oplysninger")
    finally:
        install_translators(qapp, "en")
