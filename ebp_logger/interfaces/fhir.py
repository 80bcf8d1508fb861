"""FHIR R4 export: one Bundle (type "collection") per session, every resource built as FHIR
R4 JSON and parsed by ``fhir.resources`` 6.4 (FHIR 4.0.1 models: see pyproject.toml) before
it is written.

Per session: Patient (DK-core: the CPR number as identifier ``urn:oid:1.2.208.176.1.2``),
Encounter, Procedure (the epidural blood patch, body site and level, the injected volume, why
injection stopped, the operator), an Observation per vital sign (LOINC 8867-4 heart rate,
59408-5 SpO2 by pulse oximetry, 85354-9 blood-pressure panel with 8480-6 systolic and 8462-4
diastolic) and per headache score (LOINC 72514-3, 0–10, lying and standing, each timepoint),
and a DocumentReference holding the procedure record PDF. Only current entries are exported
(corrected and voided versions stay in the database and in the PDF).

``pseudonymise`` drops direct identifiers as the other exports do: no CPR, name, birth date,
address, phone or operator; the patient is a stable pseudonym; the PDF (which names the
patient) is left out.

Codes: LOINC codes as the issue and the design notes name them. The procedure code: CPT 62273
"Injection, epidural, of blood or clot patch" (the AMA's published descriptor) and MeSH
D017217 "Blood Patch, Epidural" (NLM MeSH). The SNOMED CT concept id could not be checked
against a published source when this was written, so it is a department setting
(``fhir_ebp_snomed_code``, empty by default): fill it in only after checking it in the SNOMED
International browser (International Edition, semantic tag "procedure"); the coding is added
when it is set. The setting takes only a well-formed concept id (clinical/sctid.py: the
published SCTID rules, check digit included), so a mistyped digit never reaches the EHR.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from typing import Any

from fhir.resources.bundle import Bundle

from ebp_logger.store import settings
from ebp_logger.store.export import pseudonym
from ebp_logger.store.records import SessionDetail

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"  # DK-core: the CPR number
DK_CORE_PATIENT = "http://hl7.dk/fhir/core/StructureDefinition/dk-core-patient"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
CPT = "http://www.ama-assn.org/go/cpt"
MESH = "http://id.nlm.nih.gov/mesh"
VITAL_SIGNS = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "vital-signs",
            "display": "Vital Signs",
        }
    ]
}
SURVEY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
BODY_POSITION = "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition"
EXT_VOLUME = "urn:ebp-logger:fhir:injected-volume"
EXT_STOP = "urn:ebp-logger:fhir:stop-reason"
STOP_SYSTEM = "urn:ebp-logger:stop-reason"
TIMEPOINT_TEXT = {
    "baseline": "before the procedure",
    "checkpoint": "during the rest",
    "h24": "24 hours after",
    "follow_up": "at follow-up",
}


def _dt(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _ref(kind: str, rid: str) -> dict[str, str]:
    return {"reference": f"{kind}/{rid}"}


def _quantity(value: float, unit: str, code: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def _loinc(code: str, display: str, text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"coding": [{"system": LOINC, "code": code, "display": display}]}
    if text:
        out["text"] = text
    return out


def procedure_code(conf: settings.AppSettings) -> dict[str, Any]:
    coding = [
        {"system": CPT, "code": "62273", "display": "Injection, epidural, of blood or clot patch"},
        {"system": MESH, "code": "D017217", "display": "Blood Patch, Epidural"},
    ]
    snomed = getattr(conf, "fhir_ebp_snomed_code", "").strip()
    if snomed:
        # No display: the concept's preferred term is the terminology's; a display of our own
        # that differs from it is what a terminology server flags.
        coding.insert(0, {"system": SNOMED, "code": snomed})
    return {"coding": coding, "text": "Epidural blood patch"}


def session_resources(
    detail: SessionDetail,
    conf: settings.AppSettings,
    *,
    pseudonymise: bool = False,
    pdf: bytes | None = None,
) -> list[dict[str, Any]]:
    """The session's resources as FHIR R4 JSON objects."""
    s = detail.session
    p = s.patient
    cur = SessionDetail.current_of
    sid = f"ebp-{s.id}"
    pat_id = pseudonym(p.cpr).lower() if pseudonymise else f"{sid}-patient"
    subject = _ref("Patient", pat_id)
    enc_ref = _ref("Encounter", f"{sid}-encounter")
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": pat_id,
        "gender": {"male": "male", "female": "female"}.get(p.sex, "unknown"),
    }
    if pseudonymise:
        patient["identifier"] = [{"system": "urn:ebp-logger:pseudonym", "value": pseudonym(p.cpr)}]
    else:
        patient["meta"] = {"profile": [DK_CORE_PATIENT]}
        patient["identifier"] = [{"system": CPR_SYSTEM, "value": p.cpr}]
        words = p.name.split()
        name: dict[str, Any] = {"use": "official", "text": p.name}
        if words:
            name["family"] = words[-1]
            if len(words) > 1:
                name["given"] = words[:-1]
        patient["name"] = [name]
        patient["birthDate"] = p.birth_date.isoformat()
        if p.address:
            patient["address"] = [{"use": "home", "text": p.address}]
        if p.phone:
            patient["telecom"] = [{"system": "phone", "value": p.phone}]
    ended = s.ended_at is not None
    encounter: dict[str, Any] = {
        "resourceType": "Encounter",
        "id": f"{sid}-encounter",
        "identifier": [{"system": conf.fhir_identifier_system, "value": str(s.id)}],
        "status": "finished"
        if s.rest_ended_at or s.status == "discharged"
        else ("in-progress" if s.started_at else "planned"),
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "AMB",
            "display": "ambulatory",
        },
        "subject": subject,
    }
    period = {"start": _dt(s.started_at or s.created_at)}
    if s.rest_ended_at or s.ended_at:
        period["end"] = _dt(s.rest_ended_at or s.ended_at)
    encounter["period"] = period
    if conf.fhir_organization_id:
        encounter["serviceProvider"] = {
            "identifier": {
                "system": conf.fhir_organization_system,
                "value": conf.fhir_organization_id,
            }
        }
    levels = [e.level for e in cur(detail.events) if e.level]
    level = s.leak_level or (levels[0] if levels else "")
    procedure: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": f"{sid}-procedure",
        "status": "completed" if ended else ("in-progress" if s.started_at else "preparation"),
        "code": procedure_code(conf),
        "subject": subject,
        "encounter": enc_ref,
        "bodySite": [{"text": f"Epidural space{', ' + level if level else ''}"}],
        "extension": [
            {
                "url": EXT_VOLUME,
                "valueQuantity": _quantity(round(s.blood_ml, 1), "mL", "mL"),
            }
        ],
    }
    if s.started_at:
        procedure["performedPeriod"] = {"start": _dt(s.started_at)}
        if s.ended_at:
            procedure["performedPeriod"]["end"] = _dt(s.ended_at)
    if not pseudonymise and s.operator:
        procedure["performer"] = [{"actor": {"display": s.operator}}]
    stop = detail.stop
    if stop is not None:
        procedure["extension"].append(
            {
                "url": EXT_STOP,
                "valueCodeableConcept": {
                    "coding": [{"system": STOP_SYSTEM, "code": stop.reason}],
                    "text": stop.text or stop.reason.replace("_", " "),
                },
            }
        )
    if s.glue_ml:
        procedure["note"] = [{"text": f"Fibrin glue {s.glue_ml:g} ml"}]
    out = [patient, encounter, procedure]
    n = 0
    for v in cur(detail.vitals):
        if v.is_artefact:
            continue
        base = {
            "resourceType": "Observation",
            "status": "final",
            "category": [VITAL_SIGNS],
            "subject": subject,
            "encounter": enc_ref,
            "effectiveDateTime": _dt(v.taken_at),
        }
        if v.heart_rate is not None:
            n += 1
            out.append(
                {
                    **base,
                    "id": f"{sid}-obs-{n}",
                    "code": _loinc("8867-4", "Heart rate"),
                    "valueQuantity": _quantity(v.heart_rate, "beats/minute", "/min"),
                }
            )
        if v.spo2 is not None:
            n += 1
            out.append(
                {
                    **base,
                    "id": f"{sid}-obs-{n}",
                    "code": _loinc(
                        "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"
                    ),
                    "valueQuantity": _quantity(v.spo2, "%", "%"),
                }
            )
        if v.systolic is not None and v.diastolic is not None:
            n += 1
            out.append(
                {
                    **base,
                    "id": f"{sid}-obs-{n}",
                    "code": _loinc("85354-9", "Blood pressure panel with all children optional"),
                    "component": [
                        {
                            "code": _loinc("8480-6", "Systolic blood pressure"),
                            "valueQuantity": _quantity(v.systolic, "mmHg", "mm[Hg]"),
                        },
                        {
                            "code": _loinc("8462-4", "Diastolic blood pressure"),
                            "valueQuantity": _quantity(v.diastolic, "mmHg", "mm[Hg]"),
                        },
                    ],
                }
            )
    for sc in cur(detail.scores):
        when = TIMEPOINT_TEXT.get(sc.timepoint, sc.timepoint)
        for position, value in (("lying", sc.lying), ("standing", sc.standing)):
            n += 1
            out.append(
                {
                    "resourceType": "Observation",
                    "id": f"{sid}-obs-{n}",
                    "status": "final",
                    "category": [SURVEY],
                    "code": _loinc(
                        "72514-3",
                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                        f"Headache 0–10, {position}, {when}",
                    ),
                    "subject": subject,
                    "encounter": enc_ref,
                    "effectiveDateTime": _dt(sc.taken_at),
                    "valueInteger": value,
                    "extension": [
                        {"url": BODY_POSITION, "valueCodeableConcept": {"text": position}}
                    ],
                }
            )
    if pdf is not None and not pseudonymise:
        out.append(
            {
                "resourceType": "DocumentReference",
                "id": f"{sid}-document",
                "identifier": [
                    {"system": conf.fhir_identifier_system + ":document", "value": f"EBP-{s.id}"}
                ],
                "status": "current",
                "type": _loinc("28570-0", "Procedure note"),
                "subject": subject,
                "date": _dt(s.ended_at or s.started_at or s.created_at),
                "content": [
                    {
                        "attachment": {
                            "contentType": "application/pdf",
                            "language": "da",
                            "data": base64.b64encode(pdf).decode("ascii"),
                            "title": f"Procedure record, session {s.id}",
                        }
                    }
                ],
                "context": {"encounter": [enc_ref]},
            }
        )
    return out


def session_bundle(
    detail: SessionDetail,
    conf: settings.AppSettings,
    *,
    pseudonymise: bool = False,
    pdf: bytes | None = None,
) -> Bundle:
    """The session as a FHIR R4 Bundle, parsed (validated) by fhir.resources."""
    resources = session_resources(detail, conf, pseudonymise=pseudonymise, pdf=pdf)
    data = {
        "resourceType": "Bundle",
        "id": f"ebp-{detail.session.id}",
        "type": "collection",
        "timestamp": _dt(datetime.now(timezone.utc)),
        "entry": [
            {"fullUrl": f"urn:ebp-logger:{r['resourceType']}/{r['id']}", "resource": r}
            for r in resources
        ],
    }
    return Bundle.parse_obj(data)


def export_json(session_id: int | None = None, *, pseudonymise: bool = False, actor=None) -> str:
    """``ebp-logger export --format fhir``: the Bundle of one session, or a collection Bundle
    holding one Bundle per session. Each session's export is audited."""
    from ebp_logger.reports.procedure_record import procedure_record_for_session
    from ebp_logger.store import audit
    from ebp_logger.store.models import Session
    from ebp_logger.store.services import queries

    conf = settings.load()
    ids = (
        [session_id]
        if session_id is not None
        else [s.id for s in Session.select(Session.id).order_by(Session.id)]
    )
    who = actor or audit.Actor.system()
    bundles = []
    for sid in ids:
        detail = queries.session_detail(sid)
        pdf = None if pseudonymise else procedure_record_for_session(sid)
        audit.log_access(
            who,
            "export",
            session_id=sid,
            detail={"format": "fhir", "pseudonymised": pseudonymise, "via": "command line"},
        )
        bundles.append(session_bundle(detail, conf, pseudonymise=pseudonymise, pdf=pdf))
    if session_id is not None:
        return bundles[0].json(indent=2) + "\n"
    outer = Bundle.parse_obj(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": _dt(datetime.now(timezone.utc)),
            "entry": [
                {"fullUrl": f"urn:ebp-logger:Bundle/{b.id}", "resource": json.loads(b.json())}
                for b in bundles
            ],
        }
    )
    return outer.json(indent=2) + "\n"
