"""Export of sessions as JSON (nested) or CSV (one row per session), optionally pseudonymised.

A pseudonymised export (issue 14, "pseudonyms can be reversed") holds:

* the patient as a keyed pseudonym (HMAC-SHA256 under the department key, ``store.keys``),
  never the CPR number, name or birth date;
* no free text at all (notes, comorbidity, medication, earlier illnesses, other-text fields,
  reasons): free text names people, places and dates;
* ages in 5-year bands ("35-39") and no calendar dates or times: the procedure's month, and
  every time as minutes from the start of that procedure.

The full export holds CPR number and name and never the pseudonym: a file with both side by
side would be the key to every pseudonymised export.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from peewee import fn

from ebp_logger.clock import to_local
from ebp_logger.store import csv_safe, keys, reads
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
    """The patient's pseudonym under the department key of the open database (see
    ``store.keys``): stable within the department, not computable without the key."""
    return keys.pseudonym(cpr, keys.pseudonym_key())


def _age(birth: date, on: datetime) -> int:
    d = on.date()
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


AGE_BAND_YEARS = 5


def age_band(age: int | None) -> str | None:
    """An age as its 5-year band, e.g. 37 -> "35-39"."""
    if age is None:
        return None
    low = (age // AGE_BAND_YEARS) * AGE_BAND_YEARS
    return f"{low}-{low + AGE_BAND_YEARS - 1}"


def month_of(value: date | datetime | None) -> str | None:
    """A date coarsened to its month, "2026-11"."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = to_local(value)
    return f"{value.year:04d}-{value.month:02d}"


# Free text and other fields that may name or date a person: never in a pseudonymised export.
FREE_TEXT_KEYS = frozenset(
    {
        "note",
        "text",
        "indication_text",
        "comorbidity",
        "medication",
        "earlier_illnesses",
        "possible_cause",
        "referring_neurologist",
        "room_bed",
        "operator",
        "recorded_by",
        "voided_by",
        "acknowledged_by",
        "correction_reason",
        "void_reason",
        "artefact_reason",
        "device_ref",
        "detail",
        "label",
    }
)


def _minutes_from(start: datetime | None, value: Any) -> Any:
    """Times as minutes from the start of the procedure (no calendar date in the export)."""
    if isinstance(value, datetime):
        return None if start is None else round((value - start).total_seconds() / 60, 1)
    if isinstance(value, date):
        return month_of(value)
    if isinstance(value, dict):
        return {k: _minutes_from(start, v) for k, v in value.items() if k not in FREE_TEXT_KEYS}
    if isinstance(value, (list, tuple)):
        return [_minutes_from(start, v) for v in value]
    return value


def session_document(detail: SessionDetail, pseudonymise: bool = False) -> dict[str, Any]:
    s = detail.session
    p = s.patient
    age = _age(p.birth_date, s.started_at or s.created_at)
    if pseudonymise:
        patient: dict[str, Any] = {
            "pseudonym": pseudonym(p.cpr),
            "sex": p.sex,
            "age_band": age_band(age),
        }
    else:
        patient = {
            "cpr": p.cpr_display,
            "name": p.name,
            "birth_date": p.birth_date.isoformat(),
            "sex": p.sex,
            "age_at_session": age,
            "comorbidity": p.comorbidity,
            "medication": p.medication,
            "earlier_illnesses": p.earlier_illnesses,
        }
    doc = _document(detail, patient)
    if not pseudonymise:
        return _plain(doc)
    start = s.started_at or s.created_at
    out = _minutes_from(start, {k: v for k, v in doc.items() if k != "patient"})
    out["patient"] = patient
    out["month"] = month_of(start)
    out["times"] = "minutes from the start of the procedure"
    return out


def _document(detail: SessionDetail, patient: dict[str, Any]) -> dict[str, Any]:
    s = detail.session
    cur = SessionDetail.current_of
    stop = detail.stop
    return {
        "session_id": s.id,
        "patient": patient,
        "status": s.status,
        "indication": s.indication,
        "indication_text": s.indication_text,
        "patch_type": s.patch_type,
        "leak_level": s.leak_level,
        "attempt_number": s.attempt_number,
        "operator": s.operator,
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


# A pseudonymised CSV names its coarsened columns for what they hold.
PSEUDONYMISED_CSV_COLUMNS = tuple(
    {"age_at_session": "age_band", "started_at": "month", "ended_at": "duration_min"}.get(c, c)
    for c in CSV_COLUMNS
)


def export_csv(pseudonymise: bool = False) -> str:
    out = io.StringIO()
    w = csv_safe.writer(out)
    w.writerow(PSEUDONYMISED_CSV_COLUMNS if pseudonymise else CSV_COLUMNS)
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
                pat["age_band"] if pseudonymise else pat["age_at_session"],
                doc["status"],
                doc["indication"],
                doc["patch_type"],
                doc["leak_level"],
                doc["attempt_number"],
                (doc["month"] if pseudonymise else doc["started_at"]) or "",
                "" if doc["ended_at"] is None else doc["ended_at"],
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
