"""The department server from the administrator's command line, against the real test server:
set up, look at, upgrade, move a department's file onto it and back, and the file-only
commands refusing a server with the reason."""

from __future__ import annotations

import pytest

from ebp_logger.cli import run
from ebp_logger.store.migrations import latest_version
from ebp_logger.store.services.demo import create_demo
from tests.pg_support import admin_url, app_url, fresh_database

pytestmark = pytest.mark.pg
LATEST = latest_version()


@pytest.fixture
def empty_server(pg_url):
    return fresh_database(pg_url, "ebp_cli")


def test_init_status_upgrade(empty_server, pg_url, capsys, monkeypatch):
    monkeypatch.setenv("EBP_LOGGER_DB_PASSWORD", "ward-password-1")
    assert run(["server", "init", "--db", empty_server, "--login", "ward_cli"]) == 0
    assert f"schema version {LATEST}" in capsys.readouterr().out
    assert run(["server", "init", "--db", empty_server]) == 2  # never twice
    assert "already set up" in capsys.readouterr().err
    assert run(["server", "status", "--db", empty_server]) == 0
    out = capsys.readouterr().out
    assert f"Schema version: {LATEST} (this program: {LATEST})" in out and "Quick check: OK" in out
    assert run(["server", "upgrade", "--db", empty_server]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_workstation_refuses_a_server_that_was_not_set_up(empty_server, capsys):
    assert run(["verify", "--db", empty_server]) == 2
    err = capsys.readouterr().err
    assert "schema version 0" in err and "server init" in err


def test_unreachable_server_is_one_line(capsys):
    assert run(["verify", "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "Traceback" not in err


def test_migrate_a_file_to_the_server_and_back(empty_server, pg_url, tmp_path, capsys):
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    source = tmp_path / "dept.sqlite"
    open_database(source)
    create_demo()
    close_database()
    assert run(["server", "init", "--db", empty_server]) == 0
    assert run(["migrate", "--from", str(source), "--to", empty_server]) == 0
    out = capsys.readouterr().out
    assert "verifies clean and its row counts match" in out
    assert run(["verify", "--db", empty_server]) == 0
    back = tmp_path / "downtime.sqlite"
    assert run(["migrate", "--from", empty_server, "--to", str(back)]) == 0
    assert run(["verify", "--db", str(back)]) == 0
    # Into a server that already holds records: refused, nothing copied twice.
    assert run(["migrate", "--from", str(source), "--to", empty_server]) == 2
    assert "empty one" in capsys.readouterr().err


def test_file_only_commands_say_why_on_a_server(pg_url, capsys):
    url = app_url(pg_url, "ebp_cli")
    for argv in (["backup", "--db", url, "--user", "admin"], ["demo-data", "--db", url]):
        assert run(argv) == 2
        err = capsys.readouterr().err
        assert "server" in err and "Traceback" not in err


def test_db_from_the_environment(empty_server, monkeypatch, capsys):
    monkeypatch.setenv("EBP_LOGGER_DB", empty_server)
    assert run(["server", "init"]) == 0
    assert run(["server", "status"]) == 0
    assert admin_url(empty_server, "ebp_cli") == empty_server
