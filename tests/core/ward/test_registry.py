"""Registry export: every column in the data dictionary and the other way round, values of the
declared type, and a pseudonymised export that holds no CPR number, name or birth date."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from ebp_logger import cli
from ebp_logger.errors import PermissionDenied, ValidationError
from ebp_logger.store import registry
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import BernAssessment, User
from ebp_logger.store.services import entries
from ebp_logger.store.services.demo import DEMO_PATIENTS
from tests.core.ward.helpers import demo_file_fixture, demo_fixture  # noqa: F401 - fixtures


def _rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def _dictionary() -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(registry.dictionary_csv()))
    return {r["column"]: r for r in reader}


def test_csv_matches_the_dictionary_column_for_column(demo):
    dic = _dictionary()
    header, rows = _rows(registry.registry_csv())
    assert header == [c for c in dic if c != "patient_pseudonym"]  # same columns, same order
    assert len(rows) == 4  # the demo's four patches (set-up-only sessions are not patches)
    assert header == [c for c, d in dic.items() if d["in_full_export"] == "yes"]
    header_p, rows_p = _rows(registry.registry_csv(pseudonymise=True))
    kept = [c for c, d in dic.items() if not d["in_pseudonymised_export"].startswith("no")]
    assert header_p == registry.column_names(pseudonymise=True)
    assert len(header_p) == len(kept)
    free = {"comorbidity", "medication", "earlier_illnesses", "indication_text", "possible_cause"}
    assert {"cpr", "name", "birth_date"} | free == set(dic) - set(kept)
    # the pseudonym only in the pseudonymised export, never beside the CPR number
    assert "patient_pseudonym" not in header and "patient_pseudonym" in header_p
    assert len({r["patient_pseudonym"] for r in rows_p}) == len({r["cpr"] for r in rows})


def test_values_have_the_declared_type_and_allowed_codes(demo):
    dic = _dictionary()
    _, rows = _rows(registry.registry_csv())
    checked = set()
    for row in rows:
        for col, value in row.items():
            if value == "":
                continue
            kind, allowed = dic[col]["type"], dic[col]["unit_or_allowed_values"]
            if kind == "integer":
                int(value)
            elif kind == "decimal":
                float(value)
            elif kind == "date":
                date.fromisoformat(value)
            elif kind == "boolean":
                assert value in ("yes", "no")
            elif kind == "code":
                assert value in allowed.split(", "), (col, value)
            elif kind == "code list" and "," in allowed:
                assert set(value.split(";")) <= set(allowed.split(", ")), (col, value)
            checked.add(kind)
    assert {"integer", "decimal", "date", "code", "text"} <= checked
    by_cause = {r["stop_reason"]: r for r in rows}
    assert by_cause["back_pain"]["response_24h"] == "good"  # 8 → 2 standing
    assert by_cause["back_pain"]["h24_standing_reduction_pct"] == "75.0"
    assert by_cause["radicular_pain"]["response_24h"] == "not_good"  # 9 → 8
    assert by_cause["radicular_pain"]["follow_up_effect"] == "none"
    assert by_cause["back_pain"]["level"] == "L3–L4"


def test_json_has_the_same_columns_and_native_values(demo):
    doc = json.loads(registry.registry_json(pseudonymise=True))
    assert doc["pseudonymised"] is True
    cols = registry.column_names(pseudonymise=True)
    assert doc["columns"] == cols
    for rec in doc["records"]:
        assert list(rec) == cols
        assert isinstance(rec["symptoms"], list) and isinstance(rec["blood_ml"], float)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_pseudonymised_export_holds_no_cpr_name_or_birth_date(demo, fmt):
    text = (
        registry.registry_csv(pseudonymise=True)
        if fmt == "csv"
        else registry.registry_json(pseudonymise=True)
    )
    identified = registry.registry_csv()
    for cpr, name, _lang in DEMO_PATIENTS:
        dashed = f"{cpr[:6]}-{cpr[6:]}"
        assert dashed in identified  # the test would notice if the data were missing
        assert cpr not in text and dashed not in text and cpr[:6] not in text
        for part in name.split():
            assert part not in text
    _, rows = _rows(registry.registry_csv())
    for birth in {r["birth_date"] for r in rows}:
        assert birth not in text


def test_bern_assessment_fills_the_imaging_columns(demo):
    _, ids = demo
    doctor = User.get(User.username == "doctor")
    actor = Actor(doctor.id, doctor.username, doctor.role)
    with write():  # no Bern service yet: the append-only entry helper writes it, audited
        entries.add(
            BernAssessment,
            actor,
            ids["completed"],
            assessed_at=entries.not_future(None, "time"),
            signs=[
                "venous_sinus_engorgement",
                "pachymeningeal_enhancement",
                "subdural_fluid_collection",
            ],
            points=5,
        )
    rec = next(r for r in registry.records() if r["record_id"] == ids["completed"])
    assert (rec["bern_points"], rec["bern_band"]) == (5, "high")
    assert len(rec["bern_signs"]) == 3


def test_dictionary_writers_list_every_column():
    names = [c.name for c in registry.COLUMNS]
    assert len(set(names)) == len(names)
    md = registry.dictionary_markdown()
    assert all(f"| {n} |" in md for n in names)
    assert [d["column"] for d in json.loads(registry.dictionary_json())] == names
    assert all(c.description and c.source and c.type for c in registry.COLUMNS)


def test_export_to_file_is_role_checked_and_writes_the_dictionary(demo, tmp_path):
    nurse = User.get(User.username == "nurse")
    with pytest.raises(PermissionDenied):
        registry.export_to_file(Actor(nurse.id, "nurse", "nurse"), tmp_path / "r.csv")
    doctor = User.get(User.username == "doctor")
    actor = Actor(doctor.id, "doctor", doctor.role)
    with pytest.raises(ValidationError):
        registry.export_to_file(actor, tmp_path / "r.xlsx", fmt="xlsx")
    written = registry.export_to_file(actor, tmp_path / "reg.csv", dictionary=True)
    assert [p.name for p in written] == ["reg.csv", "reg-dictionary.md"]
    with open(written[0], encoding="utf-8-sig", newline="") as fh:  # as a spreadsheet would
        assert len(list(csv.DictReader(fh))) == 4


def test_cli_registry_and_dictionary(demo, tmp_path, capsys, monkeypatch):
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    path, _ = demo
    monkeypatch.setenv("EBP_LOGGER_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "registry.csv"
    rc = cli.run(
        ["export", "--db", str(path), "--registry", "--format", "csv", "--pseudonymise"]
        + ["-o", str(out), "--user", "doctor"]
    )
    assert rc == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == registry.column_names(pseudonymise=True)
    md = tmp_path / "dictionary.md"
    assert cli.run(["export", "--db", str(path), "--dictionary", "-o", str(md)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# EBP Logger registry export")
    assert cli.run(["export", "--db", str(path), "--dictionary", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith(",".join(registry.DICTIONARY_HEADER))
    # the session export is unchanged
    assert cli.run(["export", "--db", str(path), "--format", "csv", "--user", "doctor"]) == 0
    assert capsys.readouterr().out.startswith("session_id,patient,")
