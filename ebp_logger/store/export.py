"""Export of sessions as JSON (nested) or CSV (one row per session), optionally pseudonymised."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from peewee import fn

from ebp_logger.store import reads
from ebp_logger.store.models import Session
from ebp_logger.store.records import SessionDetail

# Sessions are read this many ids at a time: a fixed handful of statements per slice (see
# store.reads), never one per session, and memory that stays flat on a decades-long file.
SLICE_IDS = 5000


def all_details() -> Iterator[SessionDetail]:
    """Every session with every entry, in id order."""
    top = Session.select(fn.MAX(Session.id)).scalar() or 0
    for a in range(1, top + 1, SLICE_IDS):
        yield from reads.session_details(
            (Session.id >= a) & (Session.id < a + SLICE_IDS), order=(Session.id,)
        )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def pseudonym(cpr: str) -> str:
    """A stable pseudonym per patient (not reversible without the CPR list)."""
    return "P-" + hashlib.sha256(("ebp-logger:" + cpr).encode()).hexdigest()[:10]


def _age(birth: date, on: datetime) -> int:
    d = on.date()
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


def session_document(detail: SessionDetail, pseudonymise: bool = False) -> dict[str, Any]:
    s = detail.session
    p = s.patient
    patient: dict[str, Any] = {
        "sex": p.sex,
        "age_at_session": _age(p.birth_date, s.created_at),
        "comorbidity": p.comorbidity,
        "medication": p.medication,
        "earlier_illnesses": p.earlier_illnesses,
    }
    if pseudonymise:
        patient["pseudonym"] = pseudonym(p.cpr)
    else:
        patient.update(cpr=p.cpr_display, name=p.name, birth_date=p.birth_date.isoformat())
    cur = SessionDetail.current_of
    stop = detail.stop
    return _plain(
        {
            "session_id": s.id,
            "patient": patient,
            "status": s.status,
            "indication": s.indication,
            "indication_text": s.indication_text,
            "patch_type": s.patch_type,
            "leak_level": s.leak_level,
            "attempt_number": s.attempt_number,
            "operator": None if pseudonymise else s.operator,
            "started_at": s.started_at,
            "ended_at": s.ended_at,
            "rest_ended_at": s.rest_ended_at,
            "total_blood_ml": s.blood_ml,
            "total_fibrin_glue_ml": s.glue_ml,
            "vitals": [
                {k: v for k, v in asdict(x).items() if k != "meta"}
                for x in cur(detail.vitals)
                if not x.is_artefact
            ],
            "injections": [
                {"given_at": x.given_at, "component": x.component, "amount_ml": x.amount_ml}
                for x in cur(detail.injections)
            ],
            "events": [
                {"at": x.at, "kind": x.kind, "level": x.level, "note": x.note}
                for x in cur(detail.events)
            ],
            "stop": None
            if stop is None
            else {
                "at": stop.at,
                "reason": stop.reason,
                "text": stop.text,
                "blood_ml": stop.blood_ml,
                "fibrin_glue_ml": stop.glue_ml,
            },
            "scores": [
                {
                    "taken_at": x.taken_at,
                    "timepoint": x.timepoint,
                    "lying": x.lying,
                    "standing": x.standing,
                }
                for x in cur(detail.scores)
            ],
            "follow_ups": [
                {k: v for k, v in asdict(x).items() if k != "meta"} for x in cur(detail.follow_ups)
            ],
        }
    )


def export_json(pseudonymise: bool = False) -> str:
    docs = [session_document(d, pseudonymise) for d in all_details()]
    return json.dumps(docs, ensure_ascii=False, indent=2)


CSV_COLUMNS = (
    "session_id",
    "patient",
    "sex",
    "age_at_session",
    "status",
    "indication",
    "patch_type",
    "leak_level",
    "attempt_number",
    "started_at",
    "ended_at",
    "total_blood_ml",
    "total_fibrin_glue_ml",
    "stop_reason",
    "baseline_lying",
    "baseline_standing",
    "h24_lying",
    "h24_standing",
    "vitals_count",
    "follow_up_effect",
)


def export_csv(pseudonymise: bool = False) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for d in all_details():
        doc = session_document(d, pseudonymise)
        pat = doc["patient"]
        base, h24 = d.score("baseline"), d.score("h24")
        fu = SessionDetail.current_of(d.follow_ups)
        w.writerow(
            [
                doc["session_id"],
                pat.get("pseudonym") or pat.get("cpr"),
                pat["sex"],
                pat["age_at_session"],
                doc["status"],
                doc["indication"],
                doc["patch_type"],
                doc["leak_level"],
                doc["attempt_number"],
                doc["started_at"] or "",
                doc["ended_at"] or "",
                doc["total_blood_ml"],
                doc["total_fibrin_glue_ml"],
                (doc["stop"] or {}).get("reason", ""),
                base.lying if base else "",
                base.standing if base else "",
                h24.lying if h24 else "",
                h24.standing if h24 else "",
                len(doc["vitals"]),
                fu[-1].effect if fu else "",
            ]
        )
    return out.getvalue()
