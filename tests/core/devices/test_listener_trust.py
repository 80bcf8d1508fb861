"""The monitor listener attacked (issue 14 items 1, 3, 11, 12, 15, 18): the real
``ebp-logger hl7-listen`` in a subprocess, real MLLP frames, python-hl7's ``mllp_send``."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from ebp_logger.store import lockfile, settings
from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import Audit, DeviceMessage, Vital
from ebp_logger.store.opening import open_database
from ebp_logger.store.verify import verify
from tests.core.devices.conftest import (
    FS_CR,
    ROOT,
    VT,
    ListenerProcess,
    MllpClient,
    enable_listener,
    minutes_ago,
    monitor_message,
    msa,
    run_mllp_send,
)


def _fresh() -> None:
    """See what the listener process committed (this process's connection may hold an old
    snapshot of the WAL)."""
    db.close()
    db.connect()


def _start(db_path: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """``hl7-listen`` started; its first line (or all it said, when it ended at once)."""
    # started by a signed-in administrator (tests/conftest.create_staff)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    env["EBP_LOGGER_PASSWORD"] = "admin-pass"
    proc = subprocess.Popen(
        [sys.executable, "-m", "ebp_logger", "hl7-listen", "--db", str(db_path), "--port", "0"]
        + ["--user", "admin", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env,
    )
    first = proc.stdout.readline()
    if "Listening" in first:
        proc.terminate()
        proc.wait(timeout=30)
        return proc, first
    return proc, first + proc.stdout.read()


# --- 1: a restore while the command-line listener runs ------------------------------------


def test_restore_is_refused_while_hl7_listen_holds_the_writer_lock(live_session, db_path, tmp_path):
    from ebp_logger.store.backup import backup_to, restore

    copy = backup_to(tmp_path / "earlier.sqlite")
    enable_listener()
    listener = ListenerProcess(db_path)
    try:
        texts = [monitor_message(f"RS{i}", minutes_ago(10 - i), hr=60 + i) for i in range(5)]
        path = tmp_path / "five.hl7"
        path.write_bytes(b"".join(t.encode() + b"\x1c" for t in texts))
        replies = run_mllp_send(path, listener.port, loose=False)
        assert [msa(r)[1] for r in replies] == ["AA"] * 5
        holder = lockfile.read_holder(db_path)
        assert holder.get("pid") == listener.proc.pid and "hl7-listen" in holder["program"]
        with pytest.raises(lockfile.AlreadyOpen) as refused:
            restore(db_path, copy)
        assert "hl7-listen" in str(refused.value) and "Nothing was changed" in str(refused.value)
        _fresh()
        assert sorted(v.device_ref for v in Vital.select()) == [f"RS{i}" for i in range(5)]
    finally:
        assert listener.stop() == 0
    close_database()
    restore(db_path, copy)  # the listener gone, the same restore goes ahead
    open_database(db_path)
    assert Vital.select().count() == 0


# --- 12: the start-up check and the setting -------------------------------------------------


def test_hl7_listen_refuses_a_damaged_database(live_session, db_path):
    enable_listener()
    close_database()
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute('DROP TRIGGER "audit_no_overwrite"')
    con.execute("UPDATE audit SET reason = 'nothing to see' WHERE id = 3")
    con.close()
    proc, said = _start(db_path)
    assert "Listening" not in said and proc.wait(timeout=30) == 2
    assert "start-up check" in said and "Audit row 3" in said


def test_hl7_listen_refuses_while_the_setting_is_off_unless_forced(live_session, db_path):
    proc, said = _start(db_path)
    assert "Listening" not in said and proc.wait(timeout=30) == 2
    assert "hl7_enabled" in said and "--force" in said
    proc, said = _start(db_path, "--force")
    assert "Listening" in said
    _fresh()
    forced = Audit.select().where(Audit.action == "hl7_listen_forced")
    assert forced.count() == 1
    assert forced.get().new["via"] == "command line"


def test_a_second_listener_is_refused_naming_the_first(live_session, db_path, listener):
    proc, said = _start(db_path)
    assert "Listening" not in said and proc.wait(timeout=30) == 2
    assert f"process {listener.proc.pid}" in said


# --- 3: what one sender can make the listener keep --------------------------------------------


def test_a_message_over_the_cap_is_refused_and_only_its_head_kept(live_session, listener):
    big = monitor_message("BIG", minutes_ago(3)) + "\rNTE|1||" + "x" * 100_000
    c = MllpClient(listener.port)
    code, cid, why = msa(c.exchange(big))[1:4]
    assert (code, cid) == ("AR", "BIG") and "too large" in why and "65536" in why
    assert msa(c.exchange(monitor_message("SMALL", minutes_ago(2))))[1] == "AA"
    c.close()
    assert listener.stop() == 0
    _fresh()
    row = DeviceMessage.get(DeviceMessage.control_id == "BIG")
    assert row.status == "rejected" and len(row.raw) < 5000
    assert Vital.select().where(Vital.device_ref == "BIG").count() == 0


def test_the_raw_text_is_stored_once_not_again_in_the_audit_row(live_session, listener):
    c = MllpClient(listener.port)
    text = monitor_message("ONCE", minutes_ago(2)) + "\rNTE|1||" + "y" * 20_000
    assert msa(c.exchange(text))[1] == "AA"
    c.close()
    assert listener.stop() == 0
    _fresh()
    row = DeviceMessage.get(DeviceMessage.control_id == "ONCE")
    assert "y" * 20_000 in row.raw
    audited = Audit.get((Audit.table == "device_message") & (Audit.row_id == str(row.id)))
    assert len(json.dumps(audited.new)) < 2000
    assert audited.new["raw"].startswith("sha256:")
    assert verify().ok


def test_no_pid_or_no_obx_is_answered_ae(live_session, listener):
    full = monitor_message("P1", minutes_ago(2)).split("\r")
    no_pid = "\r".join(s for s in full if not s.startswith("PID")).replace("|P1|", "|NOPID|")
    no_obx = "\r".join(s for s in full if not s.startswith("OBX")).replace("|P1|", "|NOOBX|")
    c = MllpClient(listener.port)
    code, _, why = msa(c.exchange(no_pid))[1:4]
    assert code == "AE" and "PID" in why
    code, _, why = msa(c.exchange(no_obx))[1:4]
    assert code == "AE" and "OBX" in why
    c.close()
    assert listener.stop() == 0
    _fresh()
    assert Vital.select().count() == 0
    assert {r.status for r in DeviceMessage.select()} == {"rejected"}


def test_one_sender_is_capped_per_minute_and_the_refusals_are_noted(live_session, db_path):
    settings.save_first_run(hl7_enabled=True, hl7_sender_kb_per_minute=16)
    listener = ListenerProcess(db_path)
    c = MllpClient(listener.port)
    codes, why = [], ""
    try:
        for i in range(200):  # 200 frames of ~1.8 KB: at least one minute's allowance over
            reply = msa(c.exchange(monitor_message(f"Q{i}", minutes_ago(30 - i / 10))))
            codes.append(reply[1])
            if reply[1] != "AA":
                why = reply[3]
                break
        c.close()
    finally:
        assert listener.stop() == 0
    assert codes[-1] == "AR" and "16 KB a minute" in why and "again" in why
    _fresh()
    kept = sum(len(r.raw) for r in DeviceMessage.select())
    assert kept <= 2 * 16 * 1024  # at most two minutes' allowance (a minute may have turned)
    notes = Audit.select().where(Audit.action == "device_refused")
    assert notes.count() == 1 and notes.get().new["frames"] >= 1


# --- 11: values from long before the session --------------------------------------------------


def test_a_device_value_from_2001_is_refused_with_the_reason(live_session, listener):
    c = MllpClient(listener.port)
    old = datetime(2001, 5, 1, 10, 0, tzinfo=timezone.utc)
    code, _, why = msa(c.exchange(monitor_message("OLD", old)))[1:4]
    assert code == "AE" and "before set-up" in why
    assert msa(c.exchange(monitor_message("NEW", minutes_ago(1))))[1] == "AA"
    c.close()
    assert listener.stop() == 0
    _fresh()
    assert [v.device_ref for v in Vital.select()] == ["NEW"]
    row = DeviceMessage.get(DeviceMessage.control_id == "OLD")
    assert row.status == "rejected" and "2001-05-01" in row.reason


# --- 15: a write waiting for a lock holds up nobody else -------------------------------------


def test_junk_is_answered_while_a_write_waits_for_a_lock_held_elsewhere(
    live_session, db_path, listener
):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds SQLite's write lock
    a, b = MllpClient(listener.port), MllpClient(listener.port)
    try:
        a.send_raw(VT + monitor_message("WAIT", minutes_ago(1)).encode() + FS_CR)
        b.send_raw(b"junk without a start block" + FS_CR)
        assert msa(b.read_reply())[1] == "AR"  # answered while the write still waits
        c = MllpClient(listener.port)  # a new connection is taken too
        assert msa(c.exchange(b"MSH|not really"))[1] == "AR"
        c.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert msa(a.read_reply())[1:3] == ["AA", "WAIT"]
    a.close()
    b.close()
    _fresh()
    assert [v.device_ref for v in Vital.select()] == ["WAIT"]


# --- 18: who may send, and how long an unknown patient's message is kept ------------------------


def test_only_listed_senders_may_deliver_values(live_session, db_path):
    settings.save_first_run(hl7_enabled=True, hl7_allowed_senders="OTHERMON, EBPSIM")
    listener = ListenerProcess(db_path)
    c = MllpClient(listener.port)
    try:
        assert msa(c.exchange(monitor_message("OK1", minutes_ago(3))))[1] == "AA"
        stranger = monitor_message("NO1", minutes_ago(2)).replace("|EBPSIM^", "|ROGUE^", 1)
        code, _, why = msa(c.exchange(stranger))[1:4]
        assert code == "AR" and "not on the department's list" in why
    finally:
        c.close()
        assert listener.stop() == 0
    settings.save_first_run(hl7_allowed_senders="", hl7_allowed_addresses="10.0.0.0/8")
    listener = ListenerProcess(db_path)
    c = MllpClient(listener.port)
    try:
        code, _, why = msa(c.exchange(monitor_message("NO2", minutes_ago(1))))[1:4]
        assert code == "AR" and "127.0.0.1" in why
    finally:
        c.close()
        assert listener.stop() == 0
    _fresh()
    assert [v.device_ref for v in Vital.select()] == ["OK1"]
    assert {r.control_id: r.status for r in DeviceMessage.select()} == {
        "OK1": "stored",
        "NO1": "rejected",
        "NO2": "rejected",
    }


def test_an_unknown_patients_message_is_kept_for_the_retention_time_then_its_text_cleared(
    live_session, clock
):
    from ebp_logger.hl7.pcd01 import parse
    from ebp_logger.store.services import devices

    text = monitor_message("UNK", clock.now, cpr="0101801234")
    result = devices.store_message(text, parse(text))
    assert result.status == "quarantined" and result.ack_code == "AA"
    clock.advance(days=29)
    assert devices.expire_quarantine(30) == 0
    assert [q.id for q in devices.list_quarantine()] == [result.message_id]
    clock.advance(days=2)
    assert devices.expire_quarantine(30) == 1
    row = DeviceMessage.get_by_id(result.message_id)
    assert row.raw == "" and row.raw_cleared_at is not None  # the fact stays, the text goes
    assert row.control_id == "UNK" and row.resolution.startswith("expired:")
    assert devices.list_quarantine() == []
    cleared = Audit.get(Audit.action == "clear_text")
    assert cleared.row_id == str(row.id) and "30 days" in cleared.reason
    assert verify().ok
    with pytest.raises(Exception, match="never overwritten"):  # cleared once, never rewritten
        db.execute_sql("UPDATE device_message SET raw = 'x' WHERE id = ?", (row.id,))


def test_a_quarantined_text_cannot_be_cleared_behind_the_services_back(live_session, clock):
    from ebp_logger.hl7.pcd01 import parse
    from ebp_logger.store.services import devices

    text = monitor_message("UNK2", clock.now, cpr="0101801234")
    mid = devices.store_message(text, parse(text)).message_id
    with pytest.raises(Exception, match="never overwritten"):  # the flag must be set with it
        db.execute_sql("UPDATE device_message SET raw = '' WHERE id = ?", (mid,))


def test_step_7_brings_an_older_database_the_clearable_text(tmp_path, clock):
    from ebp_logger.hl7.pcd01 import parse
    from ebp_logger.store import migrations
    from ebp_logger.store.services import devices

    path = tmp_path / "older.sqlite"
    open_database(path)
    close_database()
    con = sqlite3.connect(path, isolation_level=None)  # as a database before step 7 was
    (sql,) = con.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'device_message_no_overwrite'"
    ).fetchone()
    con.execute('DROP TRIGGER "device_message_no_overwrite"')
    con.execute('ALTER TABLE device_message DROP COLUMN "raw_cleared_at"')
    old_sql = sql.replace(
        sql[sql.index('(OLD."raw"') : sql.index('OR OLD."session_id"')],
        'OLD."raw" IS NOT NEW."raw" ',
    ).replace(
        ' OR (OLD."raw_cleared_at" IS NOT NULL AND OLD."raw_cleared_at" IS NOT '
        'NEW."raw_cleared_at")',
        "",
    )
    con.execute(old_sql)
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.close()
    open_database(path)
    assert migrations.current_version() == migrations.latest_version()
    text = monitor_message("OLDDB", clock.now, cpr="0101801234")
    mid = devices.store_message(text, parse(text)).message_id
    clock.advance(days=40)
    assert devices.expire_quarantine(30) == 1
    assert DeviceMessage.get_by_id(mid).raw == ""
    assert verify().ok
    close_database()


def test_a_quarantined_value_from_before_the_session_cannot_be_assigned_to_it(
    live_session, doctor, clock
):
    from ebp_logger.errors import ValidationError
    from ebp_logger.hl7.pcd01 import parse
    from ebp_logger.store.services import devices

    old = datetime(2001, 5, 1, 10, 0, tzinfo=timezone.utc)
    text = monitor_message("Q2001", old, cpr="")
    result = devices.store_message(text, parse(text))
    assert result.status == "quarantined"
    with pytest.raises(ValidationError, match="before set-up"):
        devices.assign(doctor, result.message_id, live_session)
    assert Vital.select().count() == 0
    assert [q.id for q in devices.list_quarantine()] == [result.message_id]  # still to decide
