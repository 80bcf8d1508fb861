"""The audit trail: every write audited; verify catches tampering; CLI commands."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import Audit
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure
from ebp_logger.store.verify import verify

pytestmark = pytest.mark.both_backends


def test_every_write_has_an_audit_row_with_old_and_new(live_session, doctor):
    vid = procedure.record_vitals(doctor, live_session, bp="130/85")
    new_id = procedure.correct_entry(doctor, "vital", vid, "cuff on wrong arm", bp="125/80")
    row = Audit.select().where((Audit.table == "vital") & (Audit.row_id == str(new_id))).get()
    assert row.action == "correct" and row.reason == "cuff on wrong arm"
    assert row.old["systolic"] == 130 and row.new["systolic"] == 125
    assert row.username == "doc" and row.session_id == live_session
    assert verify().ok


@pytest.mark.file_only
def test_tampering_with_one_audit_row_is_detected(live_session, doctor, db_path):
    procedure.record_vitals(doctor, live_session, bp="130/85")
    assert verify().ok
    raw = sqlite3.connect(db_path)
    raw.execute('DROP TRIGGER "audit_no_overwrite"')
    raw.execute("UPDATE audit SET reason='nothing to see' WHERE id=3")
    raw.commit()
    raw.close()
    report = verify()
    assert not report.ok and any("Audit row 3" in p for p in report.problems)


@pytest.mark.file_only
def test_editing_data_behind_the_apps_back_is_detected(live_session, doctor, db_path):
    vid = procedure.record_vitals(doctor, live_session, bp="130/85")
    raw = sqlite3.connect(db_path)
    raw.execute('DROP TRIGGER "vital_no_overwrite"')
    raw.execute("UPDATE vital SET systolic=100 WHERE id=?", (vid,))
    raw.commit()
    raw.close()
    report = verify()
    assert any(f"vital {vid} differs" in p for p in report.problems)


def _cli(*args: str) -> subprocess.CompletedProcess:
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    env = dict(os.environ, EBP_LOGGER_PASSWORD=DEMO_PASSWORD)
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.sqlite"
    r = _cli("demo-data", "--db", str(path))
    assert r.returncode == 0, r.stderr
    return path


def test_cli_demo_verify_export_backup(demo_db, tmp_path):
    assert _cli("verify", "--db", str(demo_db)).returncode == 0
    r = _cli("export", "--db", str(demo_db), "--format", "json", "--user", "doctor")
    docs = json.loads(r.stdout)
    statuses = {d["status"] for d in docs}
    assert {"discharged", "supine_rest", "in_progress"} <= statuses
    for d in docs:
        assert {"patient", "status", "vitals", "injections", "stop", "scores"} <= set(d)
    pseudo = _cli(
        "export", "--db", str(demo_db), "--format", "csv", "--pseudonymise", "--user", "admin"
    ).stdout
    assert (
        "1205711003" not in pseudo
        and "120571-1003" not in pseudo
        and "Demopatient Ærø" not in pseudo
    )
    out = tmp_path / "copy.sqlite"
    assert _cli("backup", "--db", str(demo_db), "-o", str(out), "--user", "admin").returncode == 0
    assert _cli("verify", "--db", str(out)).returncode == 0


def test_cli_verify_fails_after_tampering(demo_db):
    raw = sqlite3.connect(demo_db)
    raw.execute('DROP TRIGGER "audit_no_overwrite"')
    raw.execute("UPDATE audit SET username='someone' WHERE id=5")
    raw.commit()
    raw.close()
    r = _cli("verify", "--db", str(demo_db))
    assert r.returncode == 1 and "Audit row 5" in r.stdout


@pytest.mark.parametrize(
    "args", [["export"], ["verify", "--db"], ["export", "--db", "x", "--format", "xml"], ["nosuch"]]
)
def test_cli_bad_arguments_exit_2_with_one_line(args):
    r = _cli(*args)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_missing_database_exit_2(tmp_path):
    r = _cli("verify", "--db", str(tmp_path / "none.sqlite"))
    assert r.returncode == 2 and "No database" in r.stderr


def test_readonly_open_does_not_create(tmp_path):
    close_database()
    path = tmp_path / "x.sqlite"
    open_database(path)
    close_database()
    open_database(path, readonly=True)
    assert db.execute_sql("SELECT count(*) FROM user").fetchone()[0] == 0
    close_database()
