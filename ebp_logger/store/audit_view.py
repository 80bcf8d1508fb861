"""The audit trail of a patient or a session, readable: who, when, what, why, old → new.

Every row the trail holds for the patient (or session) comes back as an ``AuditEntry``: changes
with the fields that changed under readable names and values (times in local time, volumes in
ml, codes as their labels), and access rows (views, prints, exports). Reading the trail of a
patient is itself a view of the record and is logged (``log_as``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ebp_logger.clinical import enums
from ebp_logger.clinical.labels import Label, normalise_lang
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clock import to_local
from ebp_logger.store import audit
from ebp_logger.store.audit import Actor
from ebp_logger.store.fields import parse_utc
from ebp_logger.store.models import Audit, User
from ebp_logger.store.permissions import ROLE_LABELS, Action, require

KINDS = ("all", "change", "access", "sign_in")

# Columns that say where a row belongs or how it is chained, not what it holds.
_HIDDEN = {"id", "session_id", "patient_id", "supersedes_id", "recorded_at", "recorded_by_id"}

_FIELD_LABELS: dict[str, Label] = {
    "spo2": Label("SpO2 (%)", "SpO2 (%)"),
    "heart_rate": Label("Heart rate (/min)", "Puls (/min)"),
    "rhythm": Label("ECG rhythm", "EKG-rytme"),
    "systolic": Label("Systolic BP (mmHg)", "Systolisk BT (mmHg)"),
    "diastolic": Label("Diastolic BP (mmHg)", "Diastolisk BT (mmHg)"),
    "mean": Label("Mean BP (mmHg)", "Middel-BT (mmHg)"),
    "taken_at": Label("Time taken", "Tidspunkt"),
    "given_at": Label("Time given", "Givet kl."),
    "tenths_ml": Label("Volume", "Volumen"),
    "blood_tenths_ml": Label("Blood volume at stop", "Blodvolumen ved stop"),
    "glue_tenths_ml": Label("Fibrin glue at stop", "Fibrinlim ved stop"),
    "component": Label("Component", "Komponent"),
    "source": Label("Source", "Kilde"),
    "status": Label("Status", "Status"),
    "started_at": Label("Procedure started", "Procedure startet"),
    "ended_at": Label("Procedure ended", "Procedure afsluttet"),
    "rest_ended_at": Label("Supine rest ended", "Sengeleje afsluttet"),
    "discharged_by_id": Label("Discharged by", "Udskrevet af"),
    "operator_id": Label("Operator", "Operatør"),
    "voided_at": Label("Voided at", "Annulleret kl."),
    "voided_by_id": Label("Voided by", "Annulleret af"),
    "void_reason": Label("Reason for void", "Årsag til annullering"),
    "correction_reason": Label("Reason for correction", "Årsag til rettelse"),
    "artefact_at": Label("Marked as artefact at", "Markeret som artefakt kl."),
    "artefact_by_id": Label("Marked as artefact by", "Markeret som artefakt af"),
    "artefact_reason": Label("Reason for artefact", "Årsag til artefakt"),
    "acknowledged_at": Label("Acknowledged at", "Kvitteret kl."),
    "acknowledged_by_id": Label("Acknowledged by", "Kvitteret af"),
    "entered_from_paper": Label("Entered from paper", "Indtastet fra papir"),
    "cpr": Label("CPR number", "CPR-nummer"),
    "name": Label("Name", "Navn"),
    "birth_date": Label("Birth date", "Fødselsdato"),
    "sex": Label("Sex", "Køn"),
    "lying": Label("Headache lying (NRS)", "Hovedpine liggende (NRS)"),
    "standing": Label("Headache standing (NRS)", "Hovedpine stående (NRS)"),
    "timepoint": Label("Time point", "Tidspunkt"),
    "kind": Label("Event", "Hændelse"),
    "level": Label("Level", "Niveau"),
    "note": Label("Note", "Note"),
    "reason": Label("Reason", "Årsag"),
    "text": Label("Text", "Tekst"),
    "indication": Label("Indication", "Indikation"),
    "patch_type": Label("Patch type", "Patchtype"),
    "leak_level": Label("Leak level", "Lækageniveau"),
    "attempt_number": Label("Attempt", "Forsøg nr."),
    "room_bed": Label("Room / bed", "Stue / seng"),
    "password_hash": Label("Password", "Adgangskode"),
    "failed_logins": Label("Failed sign-ins", "Mislykkede logins"),
    "locked_until": Label("Locked until", "Låst til"),
    "active": Label("Active", "Aktiv"),
    "role": Label("Role", "Rolle"),
    "full_name": Label("Full name", "Fulde navn"),
    "username": Label("User name", "Brugernavn"),
    "answer": Label("Answer", "Svar"),
    "label": Label("Question", "Spørgsmål"),
    "effect": Label("Effect", "Effekt"),
    "decision": Label("Decision", "Beslutning"),
    "signs": Label("Signs", "Tegn"),
    "points": Label("Points", "Point"),
    "value": Label("Value", "Værdi"),
    "created_at": Label("Created at", "Oprettet kl."),
    "created_by_id": Label("Created by", "Oprettet af"),
    "item_key": Label("Checklist item", "Tjeklistepunkt"),
    "detail": Label("Detail", "Detalje"),
    "indication_text": Label("Indication (text)", "Indikation (tekst)"),
    "referring_neurologist": Label("Referring neurologist", "Henvisende neurolog"),
    "possible_cause": Label("Possible cause", "Mulig årsag"),
    "symptom_onset": Label("Symptom onset", "Symptomdebut"),
    "symptoms": Label("Symptoms", "Symptomer"),
    "previous_session_id": Label("Previous session", "Tidligere forløb"),
    "mod11_confirmed": Label("CPR check overridden", "CPR-kontrol tilsidesat"),
    "language": Label("Language", "Sprog"),
    "comorbidity": Label("Comorbidity", "Komorbiditet"),
    "medication": Label("Medication", "Medicin"),
    "earlier_illnesses": Label("Earlier illnesses", "Tidligere sygdomme"),
    "observed_at": Label("Observed at", "Observeret kl."),
    "contacted_at": Label("Contacted at", "Kontaktet kl."),
    "assessed_at": Label("Assessed at", "Vurderet kl."),
    "recurrence": Label("Recurrence", "Tilbagefald"),
    "at": Label("Time", "Tidspunkt"),
    "why": Label("Why", "Hvorfor"),
    "what": Label("What", "Hvad"),
    "document": Label("Document", "Dokument"),
    "locked_by": Label("Locked by", "Låst af"),
    "from": Label("From", "Fra"),
    "safety_copy": Label("Safety copy", "Sikkerhedskopi"),
}

_TABLE_LABELS: dict[str, Label] = {
    "patient": Label("Patient", "Patient"),
    "session": Label("Session", "Forløb"),
    "vital": Label("Vital signs", "Vitale værdier"),
    "injection": Label("Injection", "Injektion"),
    "event": Label("Event", "Hændelse"),
    "stop_record": Label("Stop of injection", "Stop af injektion"),
    "checklist_answer": Label("Checklist answer", "Tjeklistesvar"),
    "headache_score": Label("Headache score", "Hovedpinescore"),
    "observation": Label("Observation", "Observation"),
    "follow_up": Label("Follow-up", "Opfølgning"),
    "bern_assessment": Label("Bern score", "Bern-score"),
    "device_message": Label("Monitor message", "Monitorbesked"),
    "user": Label("User", "Bruger"),
    "setting": Label("Setting", "Indstilling"),
    audit.ACCESS_TABLE: Label("Record", "Journal"),
}

_ACTION_LABELS: dict[str, Label] = {
    "create": Label("Created", "Oprettet"),
    "correct": Label("Corrected", "Rettet"),
    "void": Label("Voided", "Annulleret"),
    "update": Label("Changed", "Ændret"),
    "artefact": Label("Marked as artefact", "Markeret som artefakt"),
    "acknowledge": Label("Acknowledged", "Kvitteret"),
    "start_procedure": Label("Procedure started", "Procedure startet"),
    "end_procedure": Label("Procedure ended", "Procedure afsluttet"),
    "discharge": Label("Discharged", "Udskrevet"),
    "abandon": Label("Abandoned", "Opgivet"),
    "view": Label("Viewed", "Set"),
    "print": Label("Printed", "Udskrevet på papir"),
    "export": Label("Exported", "Eksporteret"),
    "sign_in": Label("Signed in", "Logget ind"),
    "sign_in_failed": Label("Sign-in failed", "Login mislykkedes"),
    "lock": Label("Screen locked", "Skærm låst"),
    "unlock": Label("Screen unlocked", "Skærm låst op"),
    "unlock_failed": Label("Unlock failed", "Oplåsning mislykkedes"),
    "activate": Label("User activated", "Bruger aktiveret"),
    "deactivate": Label("User deactivated", "Bruger deaktiveret"),
    "reset_password": Label("Password reset", "Adgangskode nulstillet"),
    "change_password": Label("Password changed", "Adgangskode ændret"),
    "set_password": Label("Password set", "Adgangskode sat"),
    "restore": Label("Restored from backup", "Gendannet fra backup"),
}

# Columns whose stored codes have labels.
_ENUMS: dict[str, type] = {
    "status": enums.SessionStatus,
    "indication": enums.Indication,
    "patch_type": enums.PatchType,
    "component": enums.Component,
    "sex": enums.Sex,
    "timepoint": enums.ScoreTimepoint,
    "effect": enums.FollowUpEffect,
    "decision": enums.FollowUpDecision,
    "source": enums.VitalSource,
    "rhythm": enums.EcgRhythm,
}
_ENUMS_BY_TABLE: dict[tuple[str, str], type] = {
    ("event", "kind"): enums.EventKind,
    ("stop_record", "reason"): StopReason,
}
_NONE = "—"


@dataclass(frozen=True)
class FieldChange:
    column: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # aware UTC
    username: str
    user_full_name: str
    action: str
    action_label: str
    kind: str  # change | access | sign_in
    table: str
    what: str  # "Vital signs #12"
    row_id: str | None
    patient_id: int | None
    session_id: int | None
    reason: str
    changes: tuple[FieldChange, ...]
    detail: str = ""

    @property
    def summary(self) -> str:
        """One line for a table cell: 'Systolic BP (mmHg) 130 → 125; …' or the detail."""
        parts = [
            f"{c.label}: {c.old} → {c.new}" if c.old else f"{c.label}: {c.new}"
            for c in self.changes
        ]
        if self.detail:
            parts.append(self.detail)
        return "; ".join(parts)


def label(text: str, table: dict[str, Label], lang: str) -> str:
    found = table.get(text)
    return found.text(lang) if found else text.replace("_", " ").capitalize()


def field_label(column: str, lang: str = "en") -> str:
    return label(column, _FIELD_LABELS, lang)


def action_label(action: str, lang: str = "en") -> str:
    return label(action, _ACTION_LABELS, lang)


def table_label(table: str, lang: str = "en") -> str:
    return label(table, _TABLE_LABELS, lang)


def _show(table: str, column: str, value: Any, names: dict[int, str], lang: str) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return _NONE
    if column == "password_hash":
        return "(secret)" if lang != "da" else "(hemmelig)"
    if column.endswith("_by_id") or column == "operator_id":
        return names.get(value, f"#{value}") if isinstance(value, int) else str(value)
    if column.endswith("tenths_ml") and isinstance(value, int):
        return f"{value / 10:.1f} ml".replace(".", "," if lang == "da" else ".")
    if isinstance(value, bool) or column in ("active", "entered_from_paper", "recurrence"):
        yes = bool(value)
        return ("ja" if yes else "nej") if lang == "da" else ("yes" if yes else "no")
    if (table, column) == ("checklist_answer", "answer") and isinstance(value, str):
        return _checklist_answer(value, lang)
    enum = _ENUMS_BY_TABLE.get((table, column)) or _ENUMS.get(column)
    if enum is not None:
        try:
            return enum(value).label(lang)
        except ValueError:
            return str(value)
    if column == "role":
        return ROLE_LABELS.get(value, {}).get(lang, str(value))
    if isinstance(value, str) and value.endswith("Z") and "T" in value:
        try:
            return f"{to_local(parse_utc(value)):%Y-%m-%d %H:%M:%S}"
        except ValueError:
            return value
    if isinstance(value, str) and value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, list):
            return ", ".join(str(v) for v in parsed) or _NONE
    return str(value)


def _checklist_answer(code: str, lang: str) -> str:
    """A stored checklist answer ("not_relevant", "yes") as the checklist shows it."""
    from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST

    yes_no = {"yes": ("Yes", "Ja"), "no": ("No", "Nej")}
    if code in yes_no:
        return yes_no[code][1 if lang == "da" else 0]
    for item in DEFAULT_CHECKLIST:
        for choice in item.choices:
            if choice.code == code:
                return choice.label(lang)
    return code


def diff(
    table: str,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    names: dict[int, str],
    lang: str = "en",
) -> tuple[FieldChange, ...]:
    """The fields that differ between two snapshots (all set fields of a new record)."""
    old, new = old or {}, new or {}
    out = []
    for column in list(new) + [c for c in old if c not in new]:
        if column in _HIDDEN:
            continue
        before, after = old.get(column), new.get(column)
        if before == after or (not old and after in (None, "", "[]", "{}", [], False)):
            continue
        out.append(
            FieldChange(
                column,
                field_label(column, lang),
                _show(table, column, before, names, lang) if old else "",
                _show(table, column, after, names, lang),
            )
        )
    return tuple(out)


def _kind(row: Audit) -> str:
    if row.table == audit.ACCESS_TABLE:
        return "access"
    if row.action in ("sign_in", "sign_in_failed", "lock", "unlock", "unlock_failed"):
        return "sign_in"
    return "change"


def _detail(row: Audit, lang: str) -> str:
    if row.row_id is not None or not isinstance(row.new, dict):
        return ""
    return ", ".join(
        f"{field_label(k, lang)}: {v}" for k, v in row.new.items() if v not in ("", None)
    )


def to_entry(row: Audit, names: dict[int, str], lang: str = "en") -> AuditEntry:
    lang = normalise_lang(lang)
    what = table_label(row.table, lang) if row.table else ""
    if row.row_id is not None and row.table not in ("setting",):
        what = f"{what} #{row.row_id}"
    elif row.table == "setting":
        what = f"{what}: {row.row_id}"
    has_row = row.row_id is not None
    return AuditEntry(
        id=row.id,
        at=row.at,
        username=row.username,
        user_full_name=names.get(row.user_id, row.username) if row.user_id else row.username,
        action=row.action,
        action_label=action_label(row.action, lang),
        kind=_kind(row),
        table=row.table,
        what=what,
        row_id=row.row_id,
        patient_id=row.patient_id,
        session_id=row.session_id,
        reason=row.reason or "",
        changes=diff(row.table, row.old, row.new, names, lang) if has_row else (),
        detail=_detail(row, lang),
    )


def _names() -> dict[int, str]:
    return {
        u.id: u.full_name or u.username for u in User.select(User.id, User.username, User.full_name)
    }


def trail(
    actor: Actor,
    patient_id: int | None = None,
    session_id: int | None = None,
    *,
    lang: str = "en",
    log_as: str | None = "view",
    limit: int = 2000,
) -> list[AuditEntry]:
    """Every audit row of a session (``session_id``) or a patient (``patient_id``), oldest
    first; with neither, the newest ``limit`` rows of the whole trail (sign-ins, users,
    settings and every record). Needs ``VIEW_AUDIT``. Reading it is logged as an access
    (``log_as``: "view", "print", "export", or ``None`` when the caller logs it itself)."""
    require(actor, Action.VIEW_AUDIT)
    q = Audit.select()
    if session_id is not None:
        rows = list(q.where(Audit.session_id == session_id).order_by(Audit.id))
    elif patient_id is not None:
        rows = list(q.where(Audit.patient_id == patient_id).order_by(Audit.id))
    else:
        rows = list(q.order_by(Audit.id.desc()).limit(limit))[::-1]
    names = _names()
    entries = [to_entry(r, names, lang) for r in rows]
    if log_as:
        what = "audit trail" if patient_id or session_id else "audit trail (all records)"
        audit.log_access(
            actor, log_as, patient_id=patient_id, session_id=session_id, detail={"what": what}
        )
    return entries


def patient_trail(actor: Actor, patient_id: int, **kw: Any) -> list[AuditEntry]:
    return trail(actor, patient_id=patient_id, **kw)


def session_trail(actor: Actor, session_id: int, **kw: Any) -> list[AuditEntry]:
    return trail(actor, session_id=session_id, **kw)


def matches(entry: AuditEntry, text: str = "", kind: str = "all") -> bool:
    """The viewer's filter: a kind (``KINDS``) and free text over every shown column."""
    if kind != "all" and entry.kind != kind:
        return False
    text = text.strip().lower()
    if not text:
        return True
    hay = " ".join(
        [
            entry.username,
            entry.user_full_name,
            entry.action_label,
            entry.action,
            entry.what,
            entry.reason,
            entry.summary,
        ]
    ).lower()
    return all(word in hay for word in text.split())
