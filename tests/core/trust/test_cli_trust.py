"""The command line under attack (issue 14, items 9, 16, 17): every command that reads or
changes patient data needs a signed-in user with the right for it and is audited under that
user; a damaged database gives no ``backup -o``; read-only media give one line, not a
traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ebp_logger import cli
from ebp_logger.store import registry
from ebp_logger.store.database import close_database
from ebp_logger.store.models import Audit
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure, sessions

ROOT = Path(__file__).resolve().parents[3]
PASSWORDS = {"admin": "admin-pass", "doc": "doc-pass1", "nurse": "nurse-pass"}


@pytest.fixture
def data(actors, live_session, db_path, monkeypatch):
    procedure.record_vitals(actors[1], live_session, spo2=97)
    procedure.record_stop(actors[1], live_session, "back_pain")
    sessions.end_procedure(actors[1], live_session)  # the discharge sheet needs an ended procedure
    close_database()  # each command opens the file itself
    monkeypatch.delenv("EBP_LOGGER_PASSWORD", raising=False)
    return db_path, live_session


def _run(argv: list[str], user: str | None, monkeypatch) -> int:
    if user:
        monkeypatch.setenv("EBP_LOGGER_PASSWORD", PASSWORDS[user])
        argv = [*argv, "--user", user]
    return cli.run(argv)


def _audit() -> list[Audit]:
    return list(Audit.select().order_by(Audit.id))


def _commands(db: Path, sid: int, out: Path) -> dict[str, list[str]]:
    d = str(db)
    return {
        "export": ["export", "--db", d, "-o", str(out / "e.json")],
        "export --registry": ["export", "--db", d, "--registry", "-o", str(out / "r.csv")],
        "backup": ["backup", "--db", d, "-o", str(out / "b.sqlite")],
        "discharge-sheet": ["discharge-sheet", "--db", d, "--session", str(sid)]
        + ["-o", str(out / "d.pdf")],
        "procedure-record": ["procedure-record", "--db", d, "--session", str(sid)]
        + ["-o", str(out / "p.pdf")],
        "hl7-listen": ["hl7-listen", "--db", d, "--port", "0"],
        "restore": ["restore", "--db", d, "--from", str(out / "missing.sqlite")],
    }


def test_every_patient_data_command_needs_a_user(data, tmp_path, monkeypatch, capsys):
    db, sid = data
    open_database(db)
    before = len(_audit())
    close_database()
    out = tmp_path / "out"
    out.mkdir()
    for name, argv in _commands(db, sid, out).items():
        assert _run(argv, None, monkeypatch) == 2, name
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--user" in err[0], (name, err)
    assert list(out.iterdir()) == []  # nothing written
    open_database(db)
    assert len(_audit()) == before  # nothing read either


def test_wrong_password_and_wrong_role_are_refused_and_audited(data, tmp_path, monkeypatch, capsys):
    db, sid = data
    out = tmp_path / "e.json"
    monkeypatch.setenv("EBP_LOGGER_PASSWORD", "guess")
    assert cli.run(["export", "--db", str(db), "-o", str(out), "--user", "doc"]) == 2
    assert "Wrong" in capsys.readouterr().err
    # A nurse may print at the bedside but not export; an anaesthesiologist may not restore.
    assert _run(["export", "--db", str(db), "-o", str(out)], "nurse", monkeypatch) == 2
    assert "may not export" in capsys.readouterr().err
    assert not out.exists()
    argv = ["restore", "--db", str(db), "--from", str(db)]
    assert _run(argv, "doc", monkeypatch) == 2
    assert "may not" in capsys.readouterr().err
    open_database(db)
    failed = [a for a in _audit() if a.action == "sign_in_failed"]
    assert failed and failed[-1].username == "doc"


def test_commands_are_audited_under_the_user(data, tmp_path, monkeypatch):
    db, sid = data
    for name, argv in _commands(db, sid, tmp_path).items():
        if name in ("hl7-listen", "restore"):
            continue  # a server, and a file replaced: tested apart
        open_database(db)
        start = len(_audit())
        close_database()
        assert _run(argv, "doc", monkeypatch) == 0, name
        open_database(db)
        new = _audit()[start:]
        close_database()
        assert [a.action for a in new] == ["sign_in", "export"], name
        assert all(a.username == "doc" for a in new)
        assert new[1].new["via"] == "command line"
        assert new[0].reason == f"command line: {argv[0]}"


def test_listener_needs_a_user_with_the_right(data, monkeypatch, capsys):
    db, _ = data
    assert _run(["hl7-listen", "--db", str(db), "--port", "0"], "nurse", monkeypatch) == 2
    assert "may not" in capsys.readouterr().err


def test_commands_without_patient_data_need_no_user(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("EBP_LOGGER_PASSWORD", raising=False)
    assert cli.run(["blank-form", "-o", str(tmp_path / "f.pdf")]) == 0
    assert cli.run(["demo-data", "--db", str(tmp_path / "demo.sqlite")]) == 0
    assert cli.run(["export", "--db", str(tmp_path / "demo.sqlite"), "--dictionary"]) == 0
    with pytest.raises(SystemExit) as exc:
        cli.run(["--help"])
    assert exc.value.code == 0


def test_gui_registry_export_is_audited(actors, live_session, tmp_path):
    doctor = actors[1]
    registry.export_to_file(doctor, tmp_path / "reg.csv")
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert (last.action, last.username, last.new["document"]) == ("export", "doc", "registry")


# --- item 17: backup -o of a damaged database -------------------------------------------------


def _damage(path: Path) -> None:
    """Overwrite the middle of an index page: the file opens, SQLite's quick check fails."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='audit' LIMIT 1"
    ).fetchone()
    root = (
        root[0]
        if root
        else con.execute("SELECT rootpage FROM sqlite_master WHERE name='vital'").fetchone()[0]
    )
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)


def test_backup_o_of_a_damaged_database_is_refused_with_a_message(
    data, tmp_path, monkeypatch, capsys
):
    db, _ = data
    _damage(db)
    out = tmp_path / "copy.sqlite"
    assert _run(["backup", "--db", str(db), "-o", str(out)], "admin", monkeypatch) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and len(err.strip().splitlines()) <= 2
    assert not out.exists() and not list(tmp_path.glob("*.part"))


# --- item 16: read-only media -------------------------------------------------------------------


def _cli(*args: str, password: str = "doc-pass1") -> subprocess.CompletedProcess:
    env = dict(os.environ, EBP_LOGGER_PASSWORD=password, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def read_only_copy(data):
    """The database on a read-only file system (a tmpfs remounted read-only; needs root)."""
    db, _ = data
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a read-only file system")
    point = Path(tempfile.mkdtemp(prefix="ebp-ro-media-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(point)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copy(db, point / "ebp.sqlite")
        con = sqlite3.connect(point / "ebp.sqlite")
        con.execute("PRAGMA journal_mode=WAL")  # like the app's own file
        con.close()
        for side in ("-wal", "-shm"):
            (point / f"ebp.sqlite{side}").unlink(missing_ok=True)
        assert subprocess.run(["mount", "-o", "remount,ro", str(point)]).returncode == 0
        yield point / "ebp.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)
        shutil.rmtree(point, ignore_errors=True)


def test_read_only_media_one_line_and_a_read_only_open(read_only_copy, tmp_path):
    r = _cli("export", "--db", str(read_only_copy), "--user", "doc", "-o", str(tmp_path / "e.json"))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "read-only" in r.stderr and (tmp_path / "e.json").stat().st_size > 0
    r = _cli("verify", "--db", str(read_only_copy))
    assert r.returncode == 0, r.stdout + r.stderr
    r = _cli("backup", "--db", str(read_only_copy), "--user", "doc")  # into the read-only folder
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 2
    r = _cli("export", "--db", str(read_only_copy), "--user", "doc", "-o", "/proc/nope/e.json")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_full_disk_one_line_and_a_read_only_open(data, tmp_path):
    db, _ = data
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a small file system")
    point = Path(tempfile.mkdtemp(prefix="ebp-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = point / "ebp.sqlite"
        shutil.copy(db, target)
        with open(point / "filler", "wb") as fh:  # fill the disk to the last byte
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        out = tmp_path / "e.json"
        r = _cli("export", "--db", str(target), "--user", "doc", "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
        assert "read-only" in r.stderr and out.stat().st_size > 0
        r = _cli("backup", "--db", str(target), "--user", "doc")
        assert r.returncode == 2 and "Traceback" not in r.stderr
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)
        shutil.rmtree(point, ignore_errors=True)
