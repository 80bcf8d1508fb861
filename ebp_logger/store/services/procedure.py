"""The live procedure: vitals, injections (never past the maximum), events, the stop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import Component, EventKind, PatchType, SessionStatus, VitalSource
from ebp_logger.clinical.labels import parse_enum
from ebp_logger.clinical.levels import parse_level
from ebp_logger.clinical.limits import VolumeLimits
from ebp_logger.clinical.plausibility import (
    Implausible,
    PlausibleRanges,
    confirmation_reason,
    implausible,
)
from ebp_logger.clinical.stop_reasons import StopReason, validate_stop
from ebp_logger.clinical.volume import check_injection
from ebp_logger.clock import utcnow
from ebp_logger.errors import NotFound, StateError, ValidationError
from ebp_logger.i18n import _
from ebp_logger.store import fastsql, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import Event, Injection, Session, StopRecord, Vital
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.services import entries
from ebp_logger.store.services.sessions import totals_tenths

LIVE = {SessionStatus.IN_PROGRESS.value}
# What cannot be recorded outside the procedure, in the refusal's words.
_LIVE_WORDS = {
    "vitals": _("vitals"),
    "events": _("events"),
    "injections": _("injections"),
    "the stop": _("the stop"),
}


def volume_limits() -> VolumeLimits:
    conf = settings.load()
    return VolumeLimits(
        targeted_blood_max_ml=conf.targeted_blood_max_ml,
        targeted_glue_max_ml=conf.targeted_glue_max_ml,
        max_single_injection_ml=conf.max_single_injection_ml,
    )


class ImplausibleVitals(ValidationError):
    """Values that may be typing slips (BP 300/20): saved only once the user confirms them.
    ``found`` lists each value with the plausible range it lies outside."""

    def __init__(self, found: list[Implausible]) -> None:
        self.found = found
        first = found[0]
        super().__init__(
            first.field,
            "Implausible value(s): " + "; ".join(f.describe() for f in found),
            "confirm the values if they are what was measured",
        )


def plausible_ranges(conf: settings.AppSettings | None = None) -> PlausibleRanges:
    """The department's plausible ranges (settings; the guideline is silent on them)."""
    conf = conf or settings.load()
    return PlausibleRanges(
        systolic=(conf.plausible_sbp_min, conf.plausible_sbp_max),
        diastolic=(conf.plausible_dbp_min, conf.plausible_dbp_max),
        heart_rate=(conf.plausible_hr_min, conf.plausible_hr_max),
        spo2_min=conf.plausible_spo2_min,
    )


def _live_session(session_id: int, what: str) -> Session:
    row = entries.session_row(session_id)
    if row.status not in LIVE:
        raise StateError(
            _("The procedure is not in progress; {what} cannot be recorded now.").format(
                what=_LIVE_WORDS.get(what, what)
            )
        )
    return row


def vitals_values(
    bp: str | None, spo2: object, heart_rate: object, rhythm: str | None, source: str
) -> dict[str, object]:
    """The typed vitals, validated (no database needed: also checked on a PC offline)."""
    values: dict[str, object] = {}
    if bp not in (None, ""):
        reading = validation.blood_pressure(str(bp))
        values.update(systolic=reading.systolic, diastolic=reading.diastolic, mean=reading.mean)
    if spo2 not in (None, ""):
        values["spo2"] = validation.spo2(spo2)
    if heart_rate not in (None, ""):
        values["heart_rate"] = validation.heart_rate(heart_rate)
    if rhythm not in (None, ""):
        values["rhythm"] = validation.ecg_rhythm(rhythm).value
    if not values:
        raise ValidationError(
            "vitals", _("Nothing to save"), _("at least one of BP, SpO2, heart rate, rhythm")
        )
    if source not in (VitalSource.MANUAL.value, VitalSource.DEVICE.value):
        raise ValidationError(
            "source",
            _("Unknown source {source}").format(source=repr(source)),
            _("manual or device"),
        )
    return values


def check_plausible(
    values: dict[str, object],
    source: str,
    confirmed: bool,
    ranges: Callable[[], PlausibleRanges],
) -> str:
    """Refuse implausible typed values until confirmed; the audit reason when confirmed.
    (Monitor values are not asked about: no one to ask.)"""
    if source != VitalSource.MANUAL.value:
        return ""
    found = implausible(
        ranges(), **{k: values.get(k) for k in ("systolic", "diastolic", "heart_rate", "spo2")}
    )
    if found and not confirmed:
        raise ImplausibleVitals(found)
    return confirmation_reason(found) if found else ""


def event_fields(kind: str, level: str, note: str) -> tuple[EventKind, str]:
    """The event's kind and level, validated (also checked on a PC offline)."""
    k = parse_enum(EventKind, kind, "event")
    if k == EventKind.LOSS_OF_RESISTANCE:
        if not level.strip():
            raise ValidationError(
                "level", _("Loss of resistance needs the level"), _("e.g. L3–L4 or T2–T3")
            )
        level = parse_level(level)
    elif level.strip():
        level = parse_level(level)
    if k == EventKind.NOTE and not note.strip():
        raise ValidationError("note", _("The note is empty"), _("a short free text"))
    return k, level


def record_vitals(
    actor: Actor,
    session_id: int,
    *,
    bp: str | None = None,
    spo2: object = None,
    heart_rate: object = None,
    rhythm: str | None = None,
    taken_at: datetime | None = None,
    source: str = VitalSource.MANUAL.value,
    device_ref: str | None = None,
    paper: bool = False,
    confirmed_implausible: bool = False,
) -> int:
    """One set of vitals (any subset). BP as '120/80' or '120/80/93'.

    A typed value outside plausible physiology (department settings) is refused with
    ImplausibleVitals until the user confirms it (``confirmed_implausible``); it is then kept
    and audited as confirmed. Monitor values are not asked about (no one to ask)."""
    require(actor, Action.RECORD_PROCEDURE)
    values = vitals_values(bp, spo2, heart_rate, rhythm, source)
    conf = settings.load()  # once per entry: on a server every read is a round trip
    audit_reason = check_plausible(
        values, source, confirmed_implausible, lambda: plausible_ranges(conf)
    )
    taken_at = entries.not_future(taken_at, "time")
    with write():
        state = fastsql.session_state(session_id)  # hot path: no ORM query building
        if state is None:
            raise NotFound(_("No session {id}.").format(id=session_id))
        if state[0] not in LIVE and not paper:
            raise StateError(
                _("The procedure is not in progress; {what} cannot be recorded now.").format(
                    what=_LIVE_WORDS["vitals"]
                )
            )
        entries.check_in_session(
            session_id, taken_at, "time", paper=paper, margin=entries.time_margin(conf)
        )
        v = entries.add(
            Vital,
            actor,
            session_id,
            paper=paper,
            taken_at=taken_at,
            source=source,
            device_ref=device_ref,
            audit_reason=audit_reason,
            **values,
        )
    return v.id


def mark_artefact(actor: Actor, vital_id: int, reason: str) -> None:
    """Exclude a value from charts and figures; it stays, with who, when and why."""
    require(actor, Action.MANAGE_DEVICE_INPUT)
    if not reason.strip():
        raise ValidationError(
            "reason", _("Marking an artefact needs a reason"), _("a short free text")
        )
    with write():
        row = entries.get_current(Vital, vital_id)
        entries.set_once(
            row,
            actor,
            "artefact",
            reason.strip(),
            artefact_at=utcnow(),
            artefact_by=actor.user_id,
            artefact_reason=reason.strip(),
        )


def record_injection(
    actor: Actor,
    session_id: int,
    amount_ml: object,
    component: str = Component.BLOOD.value,
    given_at: datetime | None = None,
    paper: bool = False,
) -> int:
    """Add an injected amount; refused when it would pass the maximum (docs/clinical-rules.md: 40 ml)."""
    require(actor, Action.RECORD_PROCEDURE)
    amount = validation.volume_ml(amount_ml)
    comp = parse_enum(Component, component, "component")
    given_at = entries.not_future(given_at, "time")
    with write():
        row = (
            _live_session(session_id, "injections")
            if not paper
            else entries.session_row(session_id)
        )
        if entries.current(StopRecord, session_id).exists():
            raise StateError(_("Injection was stopped; no more volume can be added."))
        entries.check_in_session(session_id, given_at, "time", paper=paper)
        totals = {Component(k): v / 10 for k, v in totals_tenths(session_id).items()}
        check_injection(PatchType(row.patch_type), comp, amount, totals, volume_limits())
        inj = entries.add(
            Injection,
            actor,
            session_id,
            paper=paper,
            given_at=given_at,
            component=comp.value,
            tenths_ml=round(amount * 10),
        )
    return inj.id


def correct_injection(actor: Actor, injection_id: int, amount_ml: object, reason: str) -> int:
    """Correct an amount; the new total must still respect the maximum."""
    require(actor, Action.CORRECT_PROCEDURE)
    amount = validation.volume_ml(amount_ml)
    with write():
        old = entries.get_current(Injection, injection_id)
        row = entries.session_row(old.session_id)
        totals_t = totals_tenths(row.id)
        totals_t[old.component] -= old.tenths_ml
        totals = {Component(k): v / 10 for k, v in totals_t.items()}
        check_injection(
            PatchType(row.patch_type), Component(old.component), amount, totals, volume_limits()
        )
        new = entries.correct(Injection, actor, injection_id, reason, tenths_ml=round(amount * 10))
    return new.id


def record_event(
    actor: Actor,
    session_id: int,
    kind: str,
    *,
    level: str = "",
    note: str = "",
    at: datetime | None = None,
    paper: bool = False,
) -> int:
    require(actor, Action.RECORD_PROCEDURE)
    k, level = event_fields(kind, level, note)
    at = entries.not_future(at, "time")
    with write():
        if not paper:
            _live_session(session_id, "events")
        entries.check_in_session(session_id, at, "time", paper=paper)
        ev = entries.add(
            Event,
            actor,
            session_id,
            paper=paper,
            at=at,
            kind=k.value,
            level=level,
            note=note.strip(),
        )
    return ev.id


def record_stop(
    actor: Actor,
    session_id: int,
    reason: str,
    text: str = "",
    at: datetime | None = None,
    paper: bool = False,
) -> int:
    """Why injection stopped, bound to the time and the total volume at that moment."""
    require(actor, Action.RECORD_PROCEDURE)
    r = parse_enum(StopReason, reason, "stop_reason")
    text = validate_stop(r, text)
    at = entries.not_future(at, "time")
    with write():
        if not paper:
            _live_session(session_id, "the stop")
        entries.check_in_session(session_id, at, "time", paper=paper)
        if entries.current(StopRecord, session_id).exists():
            raise StateError(_("The stop is already recorded; correct it instead."))
        totals = totals_tenths(session_id)
        st = entries.add(
            StopRecord,
            actor,
            session_id,
            paper=paper,
            at=at,
            reason=r.value,
            text=text,
            blood_tenths_ml=totals.get(Component.BLOOD.value, 0),
            glue_tenths_ml=totals.get(Component.FIBRIN_GLUE.value, 0),
        )
    return st.id


def correct_entry(
    actor: Actor, model_name: str, entry_id: int, reason: str, /, **changes: object
) -> int:
    """Correct a vitals, event or stop entry (validated like a new one)."""
    require(actor, Action.CORRECT_PROCEDURE)
    models = {"vital": Vital, "event": Event, "stop": StopRecord}
    if model_name not in models:
        raise ValidationError(
            "entry", _("Unknown entry type {type}").format(type=repr(model_name)), ", ".join(models)
        )
    model = models[model_name]
    clean: dict[str, object] = {}
    if model is Vital:
        if "bp" in changes:
            r = validation.blood_pressure(str(changes.pop("bp")))
            clean.update(systolic=r.systolic, diastolic=r.diastolic, mean=r.mean)
        if "spo2" in changes:
            clean["spo2"] = validation.spo2(changes.pop("spo2"))
        if "heart_rate" in changes:
            clean["heart_rate"] = validation.heart_rate(changes.pop("heart_rate"))
        if "rhythm" in changes:
            clean["rhythm"] = validation.ecg_rhythm(str(changes.pop("rhythm"))).value
    elif model is Event:
        if "level" in changes:
            lvl = str(changes.pop("level") or "")
            clean["level"] = parse_level(lvl) if lvl.strip() else ""
        if "note" in changes:
            clean["note"] = str(changes.pop("note")).strip()
    elif model is StopRecord:
        if "reason" in changes:
            r = StopReason(str(changes.pop("reason")))
            clean["reason"] = r.value
            clean["text"] = validate_stop(r, str(changes.pop("text", "")))
    if changes:
        raise ValidationError(
            "field",
            _("{fields} cannot be corrected here").format(fields=", ".join(changes)),
            _("the entry's values"),
        )
    with write():
        row = entries.correct(model, actor, entry_id, reason, **clean)
    return row.id


def void_entry(actor: Actor, model_name: str, entry_id: int, reason: str) -> None:
    """Void an entry made in error (e.g. typed into the wrong session); its values stay."""
    require(actor, Action.CORRECT_PROCEDURE)
    models = {"vital": Vital, "event": Event, "injection": Injection, "stop": StopRecord}
    if model_name not in models:
        raise ValidationError(
            "entry", _("Unknown entry type {type}").format(type=repr(model_name)), ", ".join(models)
        )
    with write():
        entries.void(models[model_name], actor, entry_id, reason)
