"""The procedure room keeps working when the department server does not: the server is
stopped at once (``pg_ctl stop -m immediate``) in the middle of a procedure, the workstation
keeps taking entries on its PC (the 40 ml maximum still held), is killed while offline, the
server comes back, and a new start of the workstation delivers every entry exactly once, in
order, audited as delivered late, with ``verify`` clean. Real processes, a real server of the
test's own (the shared one is never stopped)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg_support import cluster as _cluster
from tests.pg_support import own_server_with_session

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.pg


def _workstation(url, folder, sid, actor, plan, check=True):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.core.server.workstation",
            url,
            str(folder),
            str(sid),
            json.dumps(actor),
            json.dumps(plan),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check:
        assert done.returncode in (0, -9), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()], done.returncode


def _vitals(hr: int) -> list:
    return ["vitals", {"heart_rate": hr, "spo2": 97}]


def test_an_outage_mid_procedure_loses_nothing_and_repeats_nothing(own_server, tmp_path):
    from ebp_logger.store.database import close_database
    from ebp_logger.store.models import Audit, EntryKey, Injection, Vital
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.verify import verify

    admin_url, cluster = own_server
    url, doctor, sid = own_server_with_session(admin_url)
    actor = {"user_id": doctor.user_id, "username": doctor.username, "role": doctor.role}
    pc = tmp_path / "pc"

    # Online: two vitals and 5 ml; then the server goes away at once, mid-procedure, and the
    # same running workstation keeps taking entries: kept on the PC; 30 ml more would pass
    # 40 ml and is refused here too. Then the workstation is killed while offline.
    gone = tmp_path / "server-gone"
    plan = [
        _vitals(60),
        _vitals(61),
        ["injection", {"amount_ml": 5}],
        ["wait", str(gone)],
        _vitals(62),
        ["injection", {"amount_ml": 10}],
        _vitals(63),
        ["injection", {"amount_ml": 30}],
        ["event", {"kind": "note", "note": "offline"}],
        _vitals(64),
        ["kill"],
    ]
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.core.server.workstation",
            url,
            str(pc),
            str(sid),
            json.dumps(actor),
            json.dumps(plan),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    out = []
    for line in child.stdout:
        out.append(json.loads(line))
        if "waiting_for" in out[-1]:
            _cluster("crash", str(cluster))
            gone.touch()
    assert child.wait(timeout=120) == -9  # killed while offline
    online = out[1:4]
    assert all(o.get("id") for o in online), out
    offline_out = out[5:]
    kept = [o for o in offline_out if "kept" in o and o["id"] is None]
    assert [o["kept"] for o in kept] == [1, 2, 3, 4, 5], out
    refused = [o for o in offline_out if "refused" in o]
    assert len(refused) == 1 and "40" in refused[0]["text"], refused

    # The server comes back; the workstation starts again and delivers.
    _cluster("start", str(cluster))
    out, _ = _workstation(url, pc, sid, actor, [["deliver"], ["deliver"], _vitals(65)])
    assert out[0] == {"started": True, "waiting": 5}
    assert out[1]["delivered"] == 5 and out[1]["waiting"] == 0 and out[1]["reached"]
    assert out[2]["delivered"] == 0  # a second delivery repeats nothing
    assert out[3]["id"]  # and new entries go straight to the server again

    open_database(url)
    try:
        hr = [
            v.heart_rate
            for v in Vital.select().where(Vital.session == sid).order_by(Vital.taken_at, Vital.id)
        ]
        assert hr == [60, 61, 62, 63, 64, 65]  # every entry once, in the order taken
        assert sum(i.tenths_ml for i in Injection.select().where(Injection.session == sid)) == 150
        late = Audit.select().where(Audit.action == "delivered_late").count()
        assert late == 5
        assert EntryKey.select().where(EntryKey.kept_at.is_null(False)).count() == 5
        report = verify()
        assert report.ok, report.problems
    finally:
        close_database()


def test_an_entry_whose_commit_answer_was_lost_is_not_written_twice(
    db_path, doctor, live_session, tmp_path
):
    """The first attempt committed but the answer never came: the key is on the server, and
    delivery finds it instead of writing the entry again."""
    from ebp_logger.store import offline_file
    from ebp_logger.store.database import redact_url
    from ebp_logger.store.models import Vital
    from ebp_logger.store.services import offline

    offline.start(tmp_path, str(db_path))
    offline.remember_session(live_session)
    first = offline.record(doctor, "vitals", live_session, heart_rate=70)
    assert not first.on_pc
    from ebp_logger.store.models import EntryKey

    key = EntryKey.get(EntryKey.entry_id == first.entry_id).key
    # The same entry, as if it had been kept on the PC after the lost answer.
    kept = offline_file.OfflineFile(tmp_path / offline_file.FILE_NAME, redact_url(str(db_path)))
    kept.keep(
        key,
        live_session,
        "vitals",
        {
            "user_id": doctor.user_id,
            "username": doctor.username,
            "role": doctor.role,
            "full_name": "",
        },
        {"heart_rate": 70, "taken_at": None},
    )
    report = offline.deliver()
    offline.stop()
    assert report.delivered == 1 and report.waiting == 0
    assert Vital.select().where(Vital.session == live_session).count() == 1


test_an_entry_whose_commit_answer_was_lost_is_not_written_twice = pytest.mark.parametrize(
    "backend", ["postgresql"], indirect=True
)(test_an_entry_whose_commit_answer_was_lost_is_not_written_twice)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_an_entry_the_server_refuses_on_delivery_is_kept_with_the_reason(
    db_path, doctor, live_session, tmp_path
):
    """The procedure was ended on another PC while this one kept an entry: delivery refuses it,
    says why, and the entry stays in the PC's file (nothing dropped)."""
    import sqlite3

    from ebp_logger.store import offline_file
    from ebp_logger.store.database import redact_url
    from ebp_logger.store.models import Vital
    from ebp_logger.store.services import offline, procedure, sessions

    offline.start(tmp_path, str(db_path))
    kept = offline_file.OfflineFile(tmp_path / offline_file.FILE_NAME, redact_url(str(db_path)))
    actor = {
        "user_id": doctor.user_id,
        "username": doctor.username,
        "role": doctor.role,
        "full_name": "",
    }
    kept.keep("k-late", live_session, "vitals", actor, {"heart_rate": 70, "taken_at": None})
    procedure.record_stop(doctor, live_session, "back_pain")
    sessions.end_procedure(doctor, live_session)  # ended meanwhile on another PC
    report = offline.deliver()
    offline.stop()
    assert report.delivered == 0 and report.waiting == 0 and len(report.refused) == 1
    assert "not in progress" in report.refused[0]
    con = sqlite3.connect(tmp_path / offline_file.FILE_NAME)
    state, detail = con.execute("SELECT state, detail FROM kept WHERE key = 'k-late'").fetchone()
    assert state == "refused" and detail == report.refused[0]
    assert Vital.select().where(Vital.session == live_session).count() == 0
