"""Pseudonyms cannot be reversed (issue 14, item 2): the pseudonym is an HMAC under a department
key kept beside the database (0600, not in the database, not in any export or backup); the
pseudonymised exports hold no free text, ages in 5-year bands and months instead of dates; the
full export never holds the pseudonym.

The attack of the report: read age, sex and date from a pseudonymised export, enumerate the CPR
numbers that fit and hash each the way the program does; the one that matches is the patient.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import date

import pytest

from ebp_logger.store import backup, export, keys, registry
from ebp_logger.store.services import patients, procedure, sessions, ward
from tests.conftest import answer_checklist_safely

CPR = "120571-1003"
NOTE = "Seen by Dr Mikkelsen at Rigshospitalet 12 May"


@pytest.fixture
def patch(doctor, clock, db_path):
    p = patients.register_patient(
        doctor, CPR, "Jens Hansen", comorbidity="Diabetes, neighbour of Kirsten", medication="Xa"
    )
    sid = sessions.create_session(
        doctor,
        p.id,
        indication="other",
        indication_text="after spinal anaesthesia at Herlev",
        patch_type="non_targeted",
        possible_cause="fell off a ladder on 3 November",
        symptom_onset=date(2026, 11, 3),
    )
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    procedure.record_vitals(doctor, sid, spo2=97)
    procedure.record_event(doctor, sid, "note", note=NOTE)
    return sid


def _candidates(birth: date) -> list[str]:
    """Every CPR number of one birth date: the attacker's best case (the exact birthday)."""
    stem = birth.strftime("%d%m%y")
    return [f"{stem}{serial:04d}" for serial in range(10000)]


def _unkeyed(cpr_digits: str) -> str:  # the pseudonym as it was made before
    return "P-" + hashlib.sha256(("ebp-logger:" + cpr_digits).encode()).hexdigest()[:10]


def test_enumerating_cpr_numbers_no_longer_finds_the_patient(patch, db_path):
    rec = registry.records(pseudonymise=True)[0]
    assert set(rec) >= {"patient_pseudonym", "sex", "age_band", "procedure_month"}
    target = rec["patient_pseudonym"]
    tried = _candidates(date(1971, 5, 12))
    # Without the key: neither the old scheme nor any guessable key gives the pseudonym.
    for guess_key in (b"", b"\0" * 32, b"ebp-logger"):
        assert not any(keys.pseudonym(c, guess_key) == target for c in tried)
    assert not any(_unkeyed(c) == target for c in tried)
    # With the key (inside the department) the same patient gets the same pseudonym.
    key = keys.pseudonym_key(db_path)
    assert [c for c in tried if keys.pseudonym(c, key) == target] == ["1205711003"]
    assert len(tried) == 10000


def test_the_key_is_private_and_outside_the_database_exports_and_backups(patch, db_path):
    registry.records(pseudonymise=True)
    path = keys.key_path(db_path, keys.PSEUDONYM_KEY)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    key = keys.read_key(path)
    copy = backup.run_backup()
    for text in (export.export_json(True), registry.registry_json(True), export.export_csv(True)):
        assert key.hex() not in text
    for blob in (db_path.read_bytes(), copy.read_bytes()):
        assert key not in blob and key.hex().encode() not in blob
    assert not list(copy.parent.glob("*key*"))


def test_rotation_makes_pseudonyms_that_no_longer_link(patch, db_path):
    before = registry.records(pseudonymise=True)[0]["patient_pseudonym"]
    retired = keys.rotate_pseudonym_key(db_path)
    after = registry.records(pseudonymise=True)[0]["patient_pseudonym"]
    assert before != after and retired.exists()
    assert stat.S_IMODE(os.stat(keys.key_path(db_path, keys.PSEUDONYM_KEY)).st_mode) == 0o600


def test_pseudonymised_exports_hold_no_free_text_exact_age_or_date(patch, clock):
    clock.advance(days=40)  # exported later (the export's own time is no patient data)
    texts = {
        "registry csv": registry.registry_csv(pseudonymise=True),
        "registry json": registry.registry_json(pseudonymise=True),
        "sessions json": export.export_json(pseudonymise=True),
        "sessions csv": export.export_csv(pseudonymise=True),
    }
    for what, text in texts.items():
        for secret in (
            "Mikkelsen",
            "Kirsten",
            "Herlev",
            "ladder",
            "Jens",
            "Hansen",
            "120571",
            "2026-11-03",
            "2026-11-23",
            "1971",
        ):
            assert secret not in text, (what, secret)
    rec = registry.records(pseudonymise=True)[0]
    assert rec["age_band"] == "55-59" and rec["procedure_month"] == "2026-11"
    assert rec["symptom_onset_month"] == "2026-11"
    doc = json.loads(texts["sessions json"])[0]
    assert doc["patient"]["age_band"] == "55-59" and doc["month"] == "2026-11"
    assert doc["started_at"] == 0.0  # times are minutes from the start of the procedure


def test_the_full_export_never_puts_pseudonym_and_cpr_side_by_side(patch):
    pseudo = registry.records(pseudonymise=True)[0]["patient_pseudonym"]
    for text in (registry.registry_csv(), registry.registry_json(), export.export_json()):
        assert "120571-1003" in text and pseudo not in text


def test_the_dictionary_says_what_the_pseudonymised_export_holds():
    md = registry.dictionary_markdown()
    assert "no (free text)" in md and "5-year band" in md and "month, YYYY-MM" in md
    assert "HMAC-SHA256" in md


def test_keys_command_rotates_for_an_administrator_only(patch, db_path, monkeypatch, capsys):
    from ebp_logger import cli
    from ebp_logger.store.database import close_database
    from ebp_logger.store.models import Audit
    from ebp_logger.store.opening import open_database

    before = registry.records(pseudonymise=True)[0]["patient_pseudonym"]
    key = keys.pseudonym_key(db_path)
    close_database()
    monkeypatch.setenv("EBP_LOGGER_PASSWORD", "doc-pass1")
    argv = ["keys", "--db", str(db_path), "--rotate-pseudonym"]
    assert cli.run([*argv, "--user", "doc"]) == 2
    assert "may not" in capsys.readouterr().err
    monkeypatch.setenv("EBP_LOGGER_PASSWORD", "admin-pass")
    assert cli.run([*argv, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "retired" in out and key.hex() not in out
    open_database(db_path)
    assert registry.records(pseudonymise=True)[0]["patient_pseudonym"] != before
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert (last.action, last.username) == ("rotate_key", "admin")
