"""FHIR R4 export: ``ebp-logger export --format fhir`` writes one Bundle per session whose
every resource parses and round-trips with fhir.resources' R4 (4.0.1) models; the CPR number is
DK-core's identifier; ``--pseudonymise`` leaves no direct identifier."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import fhir.resources as fhir_resources
import pytest
from fhir.resources import construct_fhir_element
from fhir.resources.bundle import Bundle

from ebp_logger.interfaces import fhir as fhir_export
from ebp_logger.store import settings
from ebp_logger.store.models import Audit
from ebp_logger.store.services import procedure, sessions, ward
from ebp_logger.store.verify import verify
from tests.conftest import answer_checklist_safely
from tests.core.interfaces.conftest import ADMIN_PASSWORD, ROOT


@pytest.fixture
def ended_session(doctor, patient, clock):
    sid = sessions.create_session(
        doctor, patient.id, indication="sih", patch_type="targeted", leak_level="Th12-L1"
    )
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 3, 8)
    sessions.start_procedure(doctor, sid)
    clock.advance(minutes=1)
    procedure.record_vitals(doctor, sid, bp="128/79", spo2=98, heart_rate=71)
    clock.advance(minutes=2)
    procedure.record_injection(doctor, sid, 4)
    procedure.record_stop(doctor, sid, "back_pain")
    clock.advance(minutes=1)
    sessions.end_procedure(doctor, sid)
    clock.advance(hours=24)
    ward.record_score(doctor, sid, "h24", 0, 1)
    return sid


def _codes(resource: dict) -> set[str]:
    return {c["code"] for c in resource.get("code", {}).get("coding", [])}


def test_r4_models_are_the_ones_used():
    assert fhir_resources.__fhir_version__ == "4.0.1"


def test_one_bundle_per_session_round_trips_with_the_r4_models(ended_session, admin):
    settings.save(admin, fhir_organization_id="123456789012345", fhir_ebp_snomed_code="")
    text = fhir_export.export_json(ended_session)
    bundle = Bundle.parse_raw(text)
    again = Bundle.parse_raw(bundle.json())
    assert again.dict() == bundle.dict()  # round trip
    resources = [json.loads(e.resource.json()) for e in bundle.entry]
    for r in resources:  # each parses on its own with its R4 model, and round-trips
        model = construct_fhir_element(r["resourceType"], r)
        assert json.loads(model.json()) == r
    kinds = [r["resourceType"] for r in resources]
    assert kinds[:3] == ["Patient", "Encounter", "Procedure"]
    assert kinds[-1] == "DocumentReference"
    patient = resources[0]
    assert patient["identifier"] == [{"system": "urn:oid:1.2.208.176.1.2", "value": "1205711003"}]
    proc = resources[2]
    assert "62273" in _codes(proc) and proc["bodySite"][0]["text"] == "Epidural space, T12–L1"
    volume = next(x for x in proc["extension"] if x["url"] == fhir_export.EXT_VOLUME)
    assert volume["valueQuantity"]["value"] == 4.0
    stop = next(x for x in proc["extension"] if x["url"] == fhir_export.EXT_STOP)
    assert stop["valueCodeableConcept"]["coding"][0]["code"] == "back_pain"
    assert proc["performer"][0]["actor"]["display"]
    obs = [r for r in resources if r["resourceType"] == "Observation"]
    all_codes = [c for r in obs for c in _codes(r)]
    assert {"8867-4", "59408-5", "85354-9"} <= set(all_codes)
    bp = next(r for r in obs if "85354-9" in _codes(r))
    assert [c["code"]["coding"][0]["code"] for c in bp["component"]] == ["8480-6", "8462-4"]
    scores = [r for r in obs if "72514-3" in _codes(r)]
    assert sorted((r["code"]["text"], r["valueInteger"]) for r in scores) == sorted(
        [
            ("Headache 0–10, lying, before the procedure", 3),
            ("Headache 0–10, standing, before the procedure", 8),
            ("Headache 0–10, lying, 24 hours after", 0),
            ("Headache 0–10, standing, 24 hours after", 1),
        ]
    )
    doc = resources[-1]
    pdf = base64.b64decode(doc["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF-")
    enc = resources[1]
    assert enc["serviceProvider"]["identifier"]["value"] == "123456789012345"
    assert Audit.select().where(Audit.table == "access", Audit.action == "export").count() == 1
    assert verify().ok


def test_the_checked_snomed_code_is_added_when_the_department_set_it(ended_session, admin):
    # A well-formed concept id (the hierarchy's top, |Procedure|) stands in for the checked one.
    settings.save(admin, fhir_ebp_snomed_code="71388002")
    bundle = json.loads(fhir_export.export_json(ended_session))
    proc = bundle["entry"][2]["resource"]
    # No display: the concept's preferred term is the terminology's to give, not ours.
    assert proc["code"]["coding"][0] == {"system": "http://snomed.info/sct", "code": "71388002"}
    assert proc["code"]["text"] == "Epidural blood patch"


def test_cli_pseudonymised_export_drops_direct_identifiers(ended_session, db_path, tmp_path):
    out = tmp_path / "fhir.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), EBP_LOGGER_PASSWORD=ADMIN_PASSWORD)
    r = subprocess.run(
        [sys.executable, "-m", "ebp_logger", "export", "--db", str(db_path), "--format", "fhir"]
        + ["--pseudonymise", "--user", "admin", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    outer = Bundle.parse_raw(text)  # a collection of one Bundle per session
    assert len(outer.entry) == 1 and outer.entry[0].resource.resource_type == "Bundle"
    for word in ("1205711003", "120571-1003", "Test Patient One", "1971-05-12", "Test Anaes"):
        assert word not in text
    inner = json.loads(outer.entry[0].resource.json())
    kinds = {e["resource"]["resourceType"] for e in inner["entry"]}
    assert "DocumentReference" not in kinds  # the PDF names the patient
    assert inner["entry"][0]["resource"]["identifier"][0]["value"].startswith("P-")
