"""Registry export: the guideline's registry list, one row per patch, as CSV or JSON, with a data
dictionary that describes every column.

docs/clinical-rules.md "Registry": sex, age, comorbidity, medication, symptom
onset, trauma or possible cause, symptom severity on rating scales, imaging results, treatment
modality and its result, previous illnesses. Each column below is defined once (name, type,
values, source, description and how to read it from a session), so the export and its
dictionary cannot drift apart.

A pseudonymised export leaves out every identifying column (CPR number, name, birth date) and
every free-text column (free text names people, places and dates), gives ages in 5-year bands
and dates as months, and identifies the patient only by the keyed pseudonym of
``store.export.pseudonym`` (HMAC-SHA256 under the department key, ``store.keys``). The full
export never holds the pseudonym: CPR number and pseudonym side by side would undo every
pseudonymised export. The data dictionary says which columns each export holds and how.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import fn

from ebp_logger.clinical.bern import BernBand, BernSign, bern_band
from ebp_logger.clinical.enums import (
    EventKind,
    FollowUpDecision,
    FollowUpEffect,
    Indication,
    PatchType,
    ScoreTimepoint,
    SessionStatus,
    Sex,
)
from ebp_logger.clinical.labels import LabelledEnum
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _
from ebp_logger.store import audit, csv_safe, keys, reads, score_window
from ebp_logger.store.audit import Actor
from ebp_logger.store.export import _age as age_on
from ebp_logger.store.export import age_band, month_of, pseudonym
from ebp_logger.store.fields import parse_utc
from ebp_logger.store.models import Session
from ebp_logger.store.outcomes import (
    OUTCOME_PARTS,
    RESPONSE_24H,
    PatchOutcome,
    Progress,
    patch_details,
    patch_outcome,
)
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.records import SessionDetail, puncture_level

FORMATS = ("csv", "json")
LIST_SEPARATOR = ";"  # code lists in CSV cells; JSON keeps them as lists
RESPONSE_CODES = ("good", "not_good", "not_evaluable")


@dataclass(frozen=True)
class _Patch:
    """What the column getters read: the session with all its entries and its outcome."""

    detail: SessionDetail
    outcome: PatchOutcome
    key: bytes | None = None  # the department's pseudonym key, read once per export

    @property
    def s(self):
        return self.detail.session

    def score(self, timepoint: ScoreTimepoint, side: str) -> int | None:
        # The 24-hour columns carry only a score inside the window (store.outcomes).
        rec = (
            self.outcome.h24
            if timepoint is ScoreTimepoint.H24
            else self.detail.score(timepoint.value)
        )
        return getattr(rec, side) if rec else None

    @property
    def bern(self):
        cur = SessionDetail.current_of(self.detail.bern)
        return cur[-1] if cur else None


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # integer | decimal | text | date | code | code list | boolean
    values: str  # unit or allowed values
    source: str  # where the value comes from in the record
    description: str
    get: Callable[[_Patch], Any]
    identifying: bool = False  # left out of a pseudonymised export
    free_text: bool = False  # left out of a pseudonymised export too
    pseudonymised_only: bool = False  # the pseudonym: never beside the CPR number
    # In a pseudonymised export: (name, coarsening, what it holds), e.g. age -> 5-year band.
    coarse: tuple[str, Callable[[Any], Any], str] | None = None

    def in_export(self, pseudonymise: bool) -> bool:
        if pseudonymise:
            return not (self.identifying or self.free_text)
        return not self.pseudonymised_only

    def export_name(self, pseudonymise: bool) -> str:
        return self.coarse[0] if pseudonymise and self.coarse else self.name

    def value(self, p: _Patch, pseudonymise: bool) -> Any:
        v = self.get(p)
        return self.coarse[1](v) if pseudonymise and self.coarse else v


def _codes(enum: type[LabelledEnum]) -> str:
    return ", ".join(m.code for m in enum)


def _local_date(value: datetime | None) -> date | None:
    return to_local(value).date() if value else None


def _response(good: bool | None, reduction: float | None) -> str:
    if reduction is None:
        return "not_evaluable"
    return "good" if good else "not_good"


def _pct(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def _follow_up_days(p: _Patch) -> int | None:
    fu = p.outcome.follow_up
    if fu is None or p.s.ended_at is None:
        return None
    return (fu.contacted_at - p.s.ended_at).days


# Only a score inside the department's window around 24 h is the 24-hour score (store.outcomes).
H24_WHEN = "24 hours after the patch (taken inside the department's window around 24 h; else empty)"


def _score_column(tp: ScoreTimepoint, side: str, when: str) -> Column:
    return Column(
        f"{tp.value}_{side}",
        "integer",
        "NRS 0–10",
        f"headache score, time point {tp.value}",
        f"Headache intensity {side} {when} (numeric rating scale).",
        lambda p: p.score(tp, side),
    )


def _follow_up_score(side: str) -> Column:
    return Column(
        f"follow_up_{side}",
        "integer",
        "NRS 0–10",
        "doctor's follow-up",
        f"Headache intensity {side} at the doctor's follow-up 2–4 weeks after the patch.",
        lambda p: getattr(p.outcome.follow_up, side, None) if p.outcome.follow_up else None,
    )


COLUMNS: tuple[Column, ...] = (
    Column(
        "record_id",
        "integer",
        "",
        "session",
        "The patch's number in this database (one row per patch).",
        lambda p: p.s.id,
    ),
    Column(
        "patient_pseudonym",
        "text",
        "P- and 16 hexadecimal characters",
        "patient CPR number, keyed hash (HMAC-SHA256 under the department's pseudonym key)",
        "Stable pseudonym: the same patient gets the same pseudonym in every export of this "
        "department until the key is rotated. It cannot be computed from a CPR number without "
        "the key, which is kept outside the database and every export. Only in the "
        "pseudonymised export.",
        lambda p: keys.pseudonym(p.s.patient.cpr, p.key) if p.key else pseudonym(p.s.patient.cpr),
        pseudonymised_only=True,
    ),
    Column(
        "cpr",
        "text",
        "DDMMYY-SSSS",
        "patient",
        "CPR number. Identifying: left out of a pseudonymised export.",
        lambda p: p.s.patient.cpr_display,
        identifying=True,
    ),
    Column(
        "name",
        "text",
        "",
        "patient",
        "Patient's name. Identifying: left out of a pseudonymised export.",
        lambda p: p.s.patient.name,
        identifying=True,
    ),
    Column(
        "birth_date",
        "date",
        "YYYY-MM-DD",
        "patient (from the CPR number)",
        "Date of birth. Identifying: left out of a pseudonymised export.",
        lambda p: p.s.patient.birth_date,
        identifying=True,
    ),
    Column(
        "sex",
        "code",
        _codes(Sex),
        "patient (from the CPR number)",
        "Sex.",
        lambda p: p.s.patient.sex,
    ),
    Column(
        "age_years",
        "integer",
        "years",
        "patient birth date and procedure start",
        "Age in whole years on the day of the patch.",
        lambda p: age_on(p.s.patient.birth_date, p.s.started_at or p.s.created_at),
        coarse=("age_band", age_band, "5-year band, e.g. 35-39"),
    ),
    Column(
        "comorbidity",
        "text",
        "free text",
        "patient",
        "Comorbidity as recorded.",
        lambda p: p.s.patient.comorbidity,
        free_text=True,
    ),
    Column(
        "medication",
        "text",
        "free text",
        "patient",
        "Medication as recorded (e.g. anticoagulants).",
        lambda p: p.s.patient.medication,
        free_text=True,
    ),
    Column(
        "earlier_illnesses",
        "text",
        "free text",
        "patient",
        "Previous illnesses as recorded.",
        lambda p: p.s.patient.earlier_illnesses,
        free_text=True,
    ),
    Column(
        "indication",
        "code",
        _codes(Indication),
        "session set-up",
        "Why the patch was given: spontaneous intracranial hypotension, post-lumbar-puncture "
        "headache or other.",
        lambda p: p.s.indication,
    ),
    Column(
        "indication_text",
        "text",
        "free text",
        "session set-up",
        "Description when the indication is 'other'.",
        lambda p: p.s.indication_text,
        free_text=True,
    ),
    Column(
        "symptom_onset",
        "date",
        "YYYY-MM-DD",
        "session set-up",
        "Date the symptoms began.",
        lambda p: p.s.symptom_onset,
        coarse=("symptom_onset_month", month_of, "month, YYYY-MM"),
    ),
    Column(
        "possible_cause",
        "text",
        "free text",
        "session set-up",
        "Trauma or other possible cause (e.g. lumbar puncture, back trauma, surgery).",
        lambda p: p.s.possible_cause,
        free_text=True,
    ),
    Column(
        "symptoms",
        "code list",
        "headache features, accompanying symptoms and triggers (clinical.symptoms codes)",
        "session set-up",
        "Symptoms ticked at set-up (docs/clinical-rules.md, Table 1).",
        lambda p: list(p.s.symptoms),
    ),
    _score_column(ScoreTimepoint.BASELINE, "lying", "before the patch"),
    _score_column(ScoreTimepoint.BASELINE, "standing", "before the patch"),
    _score_column(ScoreTimepoint.H24, "lying", H24_WHEN),
    _score_column(ScoreTimepoint.H24, "standing", H24_WHEN),
    _follow_up_score("lying"),
    _follow_up_score("standing"),
    Column(
        "bern_points",
        "integer",
        "0–9 points",
        "Bern score (brain MRI)",
        "Bern score of the newest imaging assessment (docs/clinical-rules.md, Table 2); empty if none.",
        lambda p: p.bern.points if p.bern else None,
    ),
    Column(
        "bern_band",
        "code",
        _codes(BernBand),
        "Bern score (brain MRI)",
        "Probability of a spinal CSF leak from the Bern score: 0–2 low, 3–4 intermediate, ≥ 5 high.",
        lambda p: bern_band(p.bern.points).value if p.bern else None,
    ),
    Column(
        "bern_signs",
        "code list",
        _codes(BernSign),
        "Bern score (brain MRI)",
        "The MRI signs present.",
        lambda p: list(p.bern.signs) if p.bern else [],
    ),
    Column(
        "status",
        "code",
        _codes(SessionStatus),
        "session",
        "Where the patch stands at export time (a patch still in progress has no result yet).",
        lambda p: p.s.status,
    ),
    Column(
        "treatment_modality",
        "code",
        _codes(PatchType),
        "session set-up",
        "Non-targeted or targeted (CT-guided) epidural blood patch. Surgery is not performed in "
        "this logger; a referral for it shows in follow_up_decision.",
        lambda p: p.s.patch_type,
    ),
    Column(
        "attempt_number",
        "integer",
        "1, 2, …",
        "session",
        "The patient's how-manieth patch attempt this is (abandoned attempts count).",
        lambda p: p.s.attempt_number,
    ),
    Column(
        "procedure_date",
        "date",
        "YYYY-MM-DD",
        "procedure start",
        "Local date the procedure started.",
        lambda p: _local_date(p.s.started_at),
        coarse=("procedure_month", month_of, "month, YYYY-MM"),
    ),
    Column(
        "level",
        "text",
        "spinal interspace, e.g. L3–L4 or T2–T3",
        "loss-of-resistance event, else the leak level",
        "Level of the epidural puncture.",
        lambda p: puncture_level(p.detail),
    ),
    Column(
        "blood_ml",
        "decimal",
        "ml",
        "injections",
        "Total autologous blood injected.",
        lambda p: p.s.blood_ml,
    ),
    Column(
        "fibrin_glue_ml",
        "decimal",
        "ml",
        "injections",
        "Total fibrin glue injected (targeted patches).",
        lambda p: p.s.glue_ml,
    ),
    Column(
        "stop_reason",
        "code",
        _codes(StopReason),
        "stop record",
        "Why the injection stopped.",
        lambda p: p.outcome.stop_reason,
    ),
    Column(
        "complications",
        "code list",
        ", ".join(k.code for k in EventKind if k.is_complication),
        "procedure events",
        "Complications recorded during the procedure.",
        lambda p: list(p.outcome.complications),
    ),
    Column(
        "warning_signs",
        "code list",
        _codes(WarningSign),
        "ward observations",
        "Warning signs observed on the ward after the patch.",
        lambda p: list(p.outcome.warning_signs),
    ),
    Column(
        "h24_standing_reduction_pct",
        "decimal",
        "% (negative = worse)",
        "baseline and 24 h scores",
        "How much the standing score fell from before the patch to 24 h after it.",
        lambda p: _pct(p.outcome.reduction_24h),
    ),
    Column(
        "response_24h",
        "code",
        ", ".join(RESPONSE_CODES),
        "baseline and 24 h scores",
        RESPONSE_24H.en,
        lambda p: _response(p.outcome.good_24h, p.outcome.reduction_24h),
    ),
    Column(
        "response_follow_up",
        "code",
        ", ".join(RESPONSE_CODES),
        "baseline and follow-up scores",
        "The same 50 % rule for the standing score at the doctor's follow-up.",
        lambda p: _response(p.outcome.good_follow_up, p.outcome.reduction_follow_up),
    ),
    Column(
        "follow_up_effect",
        "code",
        _codes(FollowUpEffect),
        "doctor's follow-up",
        "The doctor's judgement of the effect 2–4 weeks after; empty until followed up.",
        lambda p: p.outcome.follow_up_effect,
    ),
    Column(
        "follow_up_recurrence",
        "boolean",
        "yes, no",
        "doctor's follow-up",
        "Symptoms came back after an initial effect.",
        lambda p: p.outcome.follow_up.recurrence if p.outcome.follow_up else None,
    ),
    Column(
        "follow_up_decision",
        "code",
        _codes(FollowUpDecision),
        "doctor's follow-up",
        "What was decided next (nothing more, repeat, targeted EBP, referral, surgery).",
        lambda p: p.outcome.follow_up.decision if p.outcome.follow_up else None,
    ),
    Column(
        "follow_up_days",
        "integer",
        "days",
        "procedure end and follow-up contact",
        "Days from the end of the procedure to the follow-up contact.",
        _follow_up_days,
    ),
)


def columns(pseudonymise: bool = False) -> tuple[Column, ...]:
    return tuple(c for c in COLUMNS if c.in_export(pseudonymise))


def column_names(pseudonymise: bool = False) -> list[str]:
    return [c.export_name(pseudonymise) for c in columns(pseudonymise)]


def _utc(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else parse_utc(value)


def _patches(
    start: date | None,
    end: date | None,
    progress: Progress | None = None,
    key: bytes | None = None,
) -> Iterator[_Patch]:
    """Every patch in the range (open ends: all of them), read a slice at a time (bounded
    statements per slice, never one per patch)."""
    if start is None or end is None:
        # Two statements: SQLite answers MIN or MAX alone from the index, both at once by a scan.
        first = Session.select(fn.MIN(Session.started_at)).scalar()
        last = Session.select(fn.MAX(Session.started_at)).scalar()
        if first is None:
            return
        start = start or to_local(_utc(first)).date()
        end = end or to_local(_utc(last)).date()
    window = score_window.h24_window()
    for d in patch_details(start, end, (*OUTCOME_PARTS, "bern"), progress):
        yield _Patch(d, patch_outcome(d, window), key)


def records(
    pseudonymise: bool = False,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """One dict per patch (a session whose procedure started), keys in dictionary order.
    Values are Python values: None when unknown, lists for code lists."""
    cols = columns(pseudonymise)
    # The key file read once, not once a patch (only a pseudonymised export needs it).
    key = keys.pseudonym_key() if pseudonymise else None
    with reads.gc_paused():
        return [
            {c.export_name(pseudonymise): c.value(p, pseudonymise) for c in cols}
            for p in _patches(start, end, progress, key)
        ]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value  # a number stays a number (a negative one is no formula)
    return str(value)


def registry_csv(
    pseudonymise: bool = False,
    start: date | None = None,
    end: date | None = None,
    excel_bom: bool = False,
    progress: Progress | None = None,
) -> str:
    """CSV, header = column names; "\\n" line ends so a text-mode write gives the platform's own.
    ``excel_bom`` makes spreadsheets read æ ø å as UTF-8."""
    out = io.StringIO()
    w = csv_safe.writer(out, lineterminator="\n")
    w.writerow(column_names(pseudonymise))
    for rec in records(pseudonymise, start, end, progress):
        w.writerow([_cell(v) for v in rec.values()])
    return ("\ufeff" if excel_bom else "") + out.getvalue()


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def registry_json(
    pseudonymise: bool = False,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> str:
    doc = {
        "format": "ebp-logger registry export",
        "version": 1,
        "generated_at": utcnow().isoformat(),
        "pseudonymised": pseudonymise,
        "response_definition": RESPONSE_24H.en,
        "columns": column_names(pseudonymise),
        "records": [
            {k: _json_value(v) for k, v in rec.items()}
            for rec in records(pseudonymise, start, end, progress)
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


# --- The data dictionary ---------------------------------------------------------------------

DICTIONARY_HEADER = (
    "column",
    "type",
    "unit_or_allowed_values",
    "source",
    "description",
    "in_full_export",
    "in_pseudonymised_export",
)


def _pseudonymised_text(c: Column) -> str:
    if c.identifying:
        return "no (identifying)"
    if c.free_text:
        return "no (free text)"
    if c.coarse:
        return f"as {c.coarse[0]}: {c.coarse[2]}"
    return "yes"


def _dictionary_rows() -> list[tuple[str, ...]]:
    return [
        (
            c.name,
            c.type,
            c.values,
            c.source,
            c.description,
            "no (pseudonym: never beside the CPR number)" if c.pseudonymised_only else "yes",
            _pseudonymised_text(c),
        )
        for c in COLUMNS
    ]


def dictionary_csv() -> str:
    out = io.StringIO()
    w = csv_safe.writer(out, lineterminator="\n")
    w.writerow(DICTIONARY_HEADER)
    w.writerows(_dictionary_rows())
    return out.getvalue()


def dictionary_json() -> str:
    return json.dumps(
        [dict(zip(DICTIONARY_HEADER, row, strict=True)) for row in _dictionary_rows()],
        ensure_ascii=False,
        indent=2,
    )


def dictionary_markdown() -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [
        "# EBP Logger registry export: data dictionary",
        "",
        "One row per patch. Empty cells (CSV) or null (JSON) mean not recorded. Code lists are "
        f"separated by '{LIST_SEPARATOR}' in CSV and are lists in JSON; booleans are yes/no in "
        "CSV and true/false in JSON.",
        "",
        "The pseudonymised export identifies a patient only by a keyed pseudonym (HMAC-SHA256 "
        "under the department's key, kept outside the database and every export; rotating the "
        "key makes new pseudonyms that no longer link to earlier ones). It holds no free text "
        "(notes, comorbidity, medication, other-text fields), ages in 5-year bands and dates "
        "as months only. The full export holds the CPR number and never the pseudonym.",
        "",
        "| " + " | ".join(DICTIONARY_HEADER) + " |",
        "|" + "---|" * len(DICTIONARY_HEADER),
    ]
    lines += ["| " + " | ".join(esc(v) for v in row) + " |" for row in _dictionary_rows()]
    return "\n".join(lines) + "\n"


def dictionary_text(fmt: str) -> str:
    """The dictionary as ``csv``, ``json`` or ``md`` (Markdown)."""
    writers = {"csv": dictionary_csv, "json": dictionary_json, "md": dictionary_markdown}
    return writers["md" if fmt in ("md", "markdown") else fmt]()


def _write(path: Path, text: str) -> None:
    """A private file (0600): an export holds patient data (``store.keys.write_private``)."""
    keys.write_private(path, text)


def export_to_file(
    actor: Actor,
    path: str | Path,
    fmt: str = "csv",
    pseudonymise: bool = True,
    start: date | None = None,
    end: date | None = None,
    dictionary: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the registry export (exporting is a doctor's or an administrator's task) and, with
    ``dictionary``, its data dictionary as Markdown beside it. Returns the files written."""
    require(actor, Action.EXPORT)
    if fmt not in FORMATS:
        raise ValidationError(
            "format", _("Unknown export format {fmt}").format(fmt=repr(fmt)), ", ".join(FORMATS)
        )
    target = Path(path)
    if not target.name or target.is_dir():
        raise ValidationError(
            "file",
            _("{target} is not a file name").format(target=str(target)),
            _("a file to write"),
        )
    text = (
        registry_csv(pseudonymise, start, end, excel_bom=True, progress=progress)
        if fmt == "csv"
        else registry_json(pseudonymise, start, end, progress)
    )
    # Audited before the data leaves the database (who, what, where), like a printed record.
    audit.log_access(
        actor,
        "export",
        detail={
            "document": "registry",
            "format": fmt,
            "pseudonymised": pseudonymise,
            "file": str(target),
            "from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None,
        },
    )
    _write(target, text)
    written = [target]
    if dictionary:
        dict_path = target.with_name(target.stem + "-dictionary.md")
        _write(dict_path, dictionary_markdown())
        written.append(dict_path)
    return written
