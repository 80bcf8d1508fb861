"""Department settings kept in the database. Values the guideline does not fix live here
(with their defaults), never as rules in code; see docs/clinical-rules.md for the ones it does fix.

Every field carries its validated range in its metadata; :func:`parse` checks any field by
its metadata and type, so a field added with metadata needs no further code here, on the
command line or on the administrator's screen:

- numbers (``int``, ``float``): ``"min"`` / ``"max"`` (default minimum 0); ``nan``, ``inf``,
  fractions for whole numbers and anything outside the range are refused;
- ``"choices"``: the allowed values (e.g. ``("", "da", "en")``);
- ``"kind": "phone"``: a telephone number (8–20 digits, or ``"min_digits"``; spaces, ``+``,
  ``-``, parentheses);
- text: ``"max_len"`` (default 500); control characters and bidi overrides are refused;
- tuples and dicts: ``"min"`` / ``"max"`` apply to each item (each value), ``"unique"``,
  ``"sorted"`` (stored sorted), ``"max_items"`` (default 24);
- for the administrator's screen, optionally ``"label": {"en": ..., "da": ...}``,
  ``"group"`` (one of :data:`GROUPS`) and ``"unit"`` (e.g. ``"ml"``, ``"min"``).

A stored value that no longer passes (written by an older version or by hand) never reaches
the program: :func:`load` uses the default instead and logs it, and :func:`stored_problems`
lists it for ``verify``.
"""

from __future__ import annotations

import logging
import math
import re
import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from ebp_logger.clinical.sctid import sctid_problem
from ebp_logger.clock import utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import Msg, _
from ebp_logger.store import audit
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import Setting
from ebp_logger.store.permissions import Action, require

log = logging.getLogger(__name__)

# The guideline's ceiling for blood in one session (docs/clinical-rules.md "The procedure"
# (non-targeted EBP)); the targeted maxima together may never exceed it.
GUIDELINE_MAX_TOTAL_ML = 40.0


@dataclass(frozen=True)
class AppSettings:
    department_name: str = field(default="", metadata={"max_len": 200})
    department_address: str = field(default="", metadata={"max_len": 300})
    department_phone: str = field(default="", metadata={"kind": "phone"})
    # path to an image file, optional
    department_logo: str = field(default="", metadata={"max_len": 1000, "kind": "path"})
    # Guideline silent: hard maxima for a targeted patch (typical 2–4 ml each, "Targeted EBP");
    # each at most 40 ml and both together at most 40 ml (checked across settings in parse_all).
    targeted_blood_max_ml: float = field(
        default=10.0, metadata={"min": 0.5, "max": GUIDELINE_MAX_TOTAL_ML, "unit": "ml"}
    )
    targeted_glue_max_ml: float = field(
        default=10.0, metadata={"min": 0.5, "max": GUIDELINE_MAX_TOTAL_ML, "unit": "ml"}
    )
    # Guideline silent on a single push: by default no tighter than the 40 ml total.
    max_single_injection_ml: float = field(
        default=40.0, metadata={"min": 0.5, "max": GUIDELINE_MAX_TOTAL_ML, "unit": "ml"}
    )
    # Guideline silent: implausible-but-possible values that are highlighted, not refused.
    alert_spo2_low: int = field(default=90, metadata={"min": 50, "max": 100, "unit": "%"})
    alert_hr_low: int = field(default=50, metadata={"min": 20, "max": 120, "unit": "/min"})
    alert_hr_high: int = field(default=120, metadata={"min": 60, "max": 250, "unit": "/min"})
    alert_sbp_low: int = field(default=90, metadata={"min": 40, "max": 200, "unit": "mmHg"})
    alarm_sound: bool = True
    # 1–120: the screen must lock; 0 or a negative number never switches the lock off.
    autolock_minutes: int = field(default=10, metadata={"min": 1, "max": 120, "unit": "min"})
    lockout_attempts: int = field(default=5, metadata={"min": 1, "max": 20})
    lockout_minutes: int = field(default=15, metadata={"min": 1, "max": 1440, "unit": "min"})
    backup_folder: str = field(default="", metadata={"max_len": 1000, "kind": "path"})
    backup_keep: int = field(default=14, metadata={"min": 1, "max": 365})
    hl7_enabled: bool = False
    hl7_port: int = field(default=2575, metadata={"min": 1, "max": 65535})
    hl7_bind_all: bool = False  # loopback only unless the administrator allows more
    hl7_match_bed: bool = False
    # "" follows the system; "da" or "en" overrides
    language: str = field(default="", metadata={"choices": ("", "da", "en")})
    # Guideline: nurse score checkpoints between end of procedure and 24 h (silent on which).
    checkpoint_hours: tuple[int, ...] = field(
        default=(), metadata={"min": 1, "max": 23, "unique": True, "sorted": True, "unit": "h"}
    )
    # Guideline silent: how long before a score is due the nurse worklist shows it as "due soon".
    score_due_soon_minutes: int = field(default=60, metadata={"min": 0, "max": 720, "unit": "min"})
    # Trust (data at rest). The guideline is silent: encrypt automatic backups with the
    # department's backup key (AES-256-GCM, store/keys.py); off by default because a lost key
    # makes every encrypted backup unreadable.
    backup_encrypt: bool = False
    # monitor listener trust
    # The guideline is silent on all of these (it has no device rules): department settings,
    # defaults chosen for a PCD-01 monitor on the ward network.
    # The largest message kept (a PCD-01 message is a few kB); larger ones are refused (AR).
    hl7_max_message_kb: int = field(default=64, metadata={"min": 4, "max": 256})
    # What one sender (source address) may have stored per minute; beyond it frames are
    # answered AR (retry later) and counted in one audited note, not stored. 1 MB a minute is
    # a gateway with about eight monitors sending a 2 kB message every second.
    hl7_sender_kb_per_minute: int = field(default=1024, metadata={"min": 16, "max": 65536})
    # Senders allowed to deliver values: MSH-3/MSH-4 names and source addresses, separated by
    # commas; empty allows any (the default: loopback-only binding is the first guard).
    hl7_allowed_senders: str = field(default="", metadata={"max_len": 2000})
    hl7_allowed_addresses: str = field(default="", metadata={"max_len": 2000})
    # How long the text of a message for an unknown patient (quarantine) is kept; then the
    # text is cleared, the fact that it came stays (audited).
    hl7_quarantine_days: int = field(default=30, metadata={"min": 1, "max": 3650})
    # Clock skew allowed before the session's set-up (entries) and around its start and end
    # (paper entries).
    entry_time_margin_minutes: int = field(default=5, metadata={"min": 0, "max": 60})
    # --- hospital interfaces (guideline silent on all of these: department settings) ---
    # ADT in: the hospital's patient feed, on its own port; loopback unless allowed.
    adt_enabled: bool = False
    adt_port: int = field(default=2576, metadata={"min": 1, "max": 65535})
    adt_bind_all: bool = False
    # MDM out: where the procedure record goes (the hospital's interface engine).
    ehr_enabled: bool = False
    ehr_host: str = field(default="127.0.0.1", metadata={"max_len": 253})
    ehr_port: int = field(default=2577, metadata={"min": 1, "max": 65535})
    ehr_timeout_s: int = field(default=30, metadata={"min": 1, "max": 600})
    ehr_retry_max_s: int = field(default=600, metadata={"min": 5, "max": 86400})
    hl7_sending_application: str = field(default="EBPLOGGER", metadata={"max_len": 180})
    hl7_sending_facility: str = field(default="", metadata={"max_len": 180})
    hl7_receiving_application: str = field(default="", metadata={"max_len": 180})
    hl7_receiving_facility: str = field(default="", metadata={"max_len": 180})
    # TXA-2 document type (HL7 table 0270; "PN" procedure note) as the EHR files it.
    mdm_document_type: str = field(default="PN", metadata={"max_len": 30})
    # FHIR: the system of the department's own identifiers (sessions, documents) and the
    # organisation (e.g. its SOR code) named as the Encounter's service provider.
    fhir_identifier_system: str = field(default="urn:ebp-logger:session", metadata={"max_len": 200})
    fhir_organization_system: str = field(
        default="urn:oid:1.2.208.176.1.1", metadata={"max_len": 200}
    )
    fhir_organization_id: str = field(default="", metadata={"max_len": 64})
    # The SNOMED CT concept id of the epidural blood patch, added to the FHIR Procedure code
    # once the department has checked it in the SNOMED CT browser (empty: not sent). No id is
    # filled in for it: none could be checked against a published source when this was written.
    # Its form (digits, check digit, a concept's partition) is checked: clinical/sctid.py.
    fhir_ebp_snomed_code: str = field(default="", metadata={"max_len": 18, "kind": "sctid"})

    # ward safety
    # Guideline: the score is taken "24 h after" (docs/clinical-rules.md "The procedure"
    # (non-targeted EBP)); it is silent on how far from 24 h a score may still count as the
    # 24-hour score. Department setting: hours after the end of the procedure.
    score_24h_from_hours: int = field(default=20, metadata={"min": 1, "max": 24})
    score_24h_to_hours: int = field(default=28, metadata={"min": 24, "max": 72})
    # Guideline silent: a number to ring outside the department's opening hours (beside 112).
    # Short service numbers count too (1813, the Capital Region's out-of-hours line).
    out_of_hours_phone: str = field(default="", metadata={"kind": "phone", "min_digits": 3})
    # Guideline silent on intervals between an anticoagulant's last dose and the puncture (it
    # only names anticoagulation as a safety check, docs/clinical-rules.md "Background").
    # "drug=hours" pairs separated by ";", e.g. "dabigatran=48; rivaroxaban=24". Default none.
    anticoagulant_min_hours: str = field(default="", metadata={"max_len": 500})
    # Guideline silent on plausible physiology: a typed value outside these asks the user to
    # confirm it (kept and audited as confirmed); the hard limits in clinical.validation still
    # refuse what cannot be a reading at all.
    plausible_sbp_min: int = field(default=60, metadata={"min": 40, "max": 300})
    plausible_sbp_max: int = field(default=250, metadata={"min": 40, "max": 300})
    plausible_dbp_min: int = field(default=30, metadata={"min": 20, "max": 200})
    plausible_dbp_max: int = field(default=140, metadata={"min": 20, "max": 200})
    plausible_hr_min: int = field(default=30, metadata={"min": 20, "max": 250})
    plausible_hr_max: int = field(default=200, metadata={"min": 20, "max": 250})
    plausible_spo2_min: int = field(default=70, metadata={"min": 50, "max": 100})


# The groups of the administrator's screen, in order; fields without a "group" go by prefix.
GROUPS = ("department", "volumes", "alerts", "ward", "security", "backup", "monitor", "other")
_GROUP_BY_PREFIX = (
    ("department_", "department"),
    ("language", "department"),
    ("targeted_", "volumes"),
    ("max_single", "volumes"),
    ("alert_", "alerts"),
    ("alarm_", "alerts"),
    ("checkpoint_", "ward"),
    ("score_", "ward"),
    ("rest_", "ward"),
    ("autolock", "security"),
    ("lockout_", "security"),
    ("backup_", "backup"),
    ("hl7_", "monitor"),
)

_FIELDS = {f.name: f for f in fields(AppSettings)}
_TYPES = typing.get_type_hints(AppSettings)
_DEFAULTS = AppSettings()
# The defaults as a dict, made once: every load starts from a copy (its values are immutable:
# text, numbers, tuples), where ``asdict`` would deep-copy each one on every entry.
_DEFAULT_VALUES = {f.name: getattr(_DEFAULTS, f.name) for f in fields(AppSettings)}
_TRUE = ("1", "true", "yes", "ja", "on")
_FALSE = ("0", "false", "no", "nej", "off")
# NUL and other control characters, and the bidi overrides that reorder what is shown.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_PHONE_CHARS = re.compile(r"^\(?\+?[0-9 ()\-]+$")  # a leading + may sit inside (+45)
PHONE_DIGITS = (8, 20)
DEFAULT_MAX_LEN = 500
DEFAULT_MAX_ITEMS = 24


class SettingError(ValidationError):
    """A setting's value was refused; ``problem`` says why without the setting's name."""

    def __init__(self, name: str, problem: Msg, allowed: Msg) -> None:
        self.problem = problem
        # Beside the setting's own field, the name goes without saying.
        self.local_message = _("{message}. Allowed: {allowed}.").format(
            message=problem, allowed=allowed
        )
        super().__init__(
            name, _("{setting}: {problem}").format(setting=name, problem=problem), allowed
        )


@dataclass(frozen=True)
class SettingSpec:
    """What the administrator's screen needs to show and edit one setting."""

    name: str
    kind: str  # "bool", "int", "float", "text", "choice", "phone", "path", "list", "map"
    default: Any
    metadata: dict[str, Any]
    group: str

    @property
    def allowed(self) -> Msg:
        return allowed_text(self.name)


def _type_of(name: str) -> tuple[Any, bool]:
    """The field's type without ``| None``, and whether None (nothing) is allowed."""
    tp = _TYPES[name]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return (args[0] if len(args) == 1 else str), len(args) < len(typing.get_args(tp))
    return tp, False


def _fixed_length(tp: Any) -> int | None:
    """``tuple[float, float]`` holds exactly 2 values; ``tuple[int, ...]`` any number."""
    args = typing.get_args(tp)
    return None if Ellipsis in args or not args else len(args)


def names() -> list[str]:
    return list(_FIELDS)


def spec(name: str) -> SettingSpec:
    f = _field(name)
    meta = dict(f.metadata)
    tp, _optional = _type_of(name)
    origin = typing.get_origin(tp)
    if "choices" in meta:
        kind = "choice"
    elif tp is bool:
        kind = "bool"
    elif tp is int:
        kind = "int"
    elif tp is float:
        kind = "float"
    elif origin is tuple:
        kind = "list"
    elif origin is dict:
        kind = "map"
    elif meta.get("kind") in ("phone", "path"):
        kind = meta["kind"]
    else:
        kind = "text"
    group = meta.get("group") or next(
        (g for prefix, g in _GROUP_BY_PREFIX if name.startswith(prefix)), "other"
    )
    default = f.default if f.default is not MISSING else f.default_factory()  # type: ignore[misc]
    return SettingSpec(name, kind, default, meta, group)


def specs() -> list[SettingSpec]:
    return [spec(n) for n in _FIELDS]


def _field(name: str):
    if name not in _FIELDS:
        raise ValidationError(
            name, _("Unknown setting {name}").format(name=name), ", ".join(sorted(_FIELDS))
        )
    return _FIELDS[name]


def _num(value: float) -> float:
    return float(value)  # rendered "0.5" in English, "0,5" in Danish (i18n.render)


def _range_text(tp: type, meta: dict[str, Any]) -> Msg:
    low, high = meta.get("min", 0), meta.get("max")
    if tp is int:
        if high is None:
            return _("a whole number of at least {low}").format(low=_num(low))
        return _("a whole number from {low} to {high}").format(low=_num(low), high=_num(high))
    if high is None:
        return _("a number of at least {low}").format(low=_num(low))
    return _("a number from {low} to {high}").format(low=_num(low), high=_num(high))


def allowed_text(name: str) -> Msg:
    """What ``name`` accepts, in words (the message of every refusal ends with it)."""
    f = _field(name)
    meta, (tp, optional) = f.metadata, _type_of(name)
    if optional:
        return _("{allowed}, or nothing").format(allowed=_allowed(meta, tp))
    return _allowed(meta, tp)


def _allowed(meta: Any, tp: Any) -> Msg:
    origin = typing.get_origin(tp)
    if "choices" in meta:
        shown = ", ".join(f'"{c}"' for c in meta["choices"])
        return _("one of {choices}").format(choices=shown)
    if tp is bool:
        return _("yes or no (true/false)")
    if tp in (int, float):
        return _range_text(tp, meta)
    if origin in (tuple, dict):
        item = typing.get_args(tp)[-1 if origin is dict else 0]
        each = _range_text(item, meta) if item in (int, float) else _("text")
        fixed = _fixed_length(tp) if origin is tuple else None
        parts = (
            _("{count} values, each {each}").format(count=fixed, each=each)
            if fixed
            else _("up to {count} values, each {each}").format(
                count=meta.get("max_items", DEFAULT_MAX_ITEMS), each=each
            )
        )
        if meta.get("unique"):
            return _("{parts}, no value twice").format(parts=parts)
        return parts
    if meta.get("kind") == "phone":
        return _(
            "a telephone number of {low} to {high} digits (spaces, +, - and parentheses "
            "allowed), e.g. +45 35 45 35 45, or nothing"
        ).format(low=meta.get("min_digits", PHONE_DIGITS[0]), high=PHONE_DIGITS[1])
    if meta.get("kind") == "sctid":
        return _(
            "a SNOMED CT concept id (6 to 18 digits, the last one its check digit), or nothing"
        )
    return _("text of at most {count} characters, without control characters").format(
        count=meta.get("max_len", DEFAULT_MAX_LEN)
    )


def _shown(raw: Any) -> str:
    text = str(raw)
    return repr(text[:40] + "…") if len(text) > 40 else repr(text)


def _number(name: str, tp: type, meta: dict[str, Any], raw: Any, allowed: Msg) -> int | float:
    if isinstance(raw, bool) or raw is None:
        raise SettingError(name, _("{value} is not a number").format(value=_shown(raw)), allowed)
    text = str(raw).strip().replace(",", ".") if isinstance(raw, str) else raw
    try:
        d = Decimal(str(text))
    except InvalidOperation:
        raise SettingError(
            name, _("{value} is not a number").format(value=_shown(raw)), allowed
        ) from None
    if not d.is_finite():
        raise SettingError(
            name, _("{value} is not a finite number").format(value=_shown(raw)), allowed
        )
    if tp is int and d != d.to_integral_value():
        raise SettingError(
            name, _("{value} is not a whole number").format(value=_shown(raw)), allowed
        )
    value: int | float = int(d) if tp is int else float(d)
    low, high = meta.get("min", 0), meta.get("max")
    if value < low or (high is not None and value > high) or not math.isfinite(value):
        raise SettingError(
            name, _("{value} is outside the allowed range").format(value=_shown(raw)), allowed
        )
    return value


def _text(name: str, meta: dict[str, Any], raw: Any, allowed: Msg) -> str:
    if not isinstance(raw, str):
        raise SettingError(name, _("{value} is not text").format(value=_shown(raw)), allowed)
    text = raw.strip()
    if _FORBIDDEN.search(text):
        raise SettingError(name, _("the text contains control characters"), allowed)
    max_len = meta.get("max_len", DEFAULT_MAX_LEN)
    if len(text) > max_len:
        raise SettingError(
            name, _("the text is {length} characters long").format(length=len(text)), allowed
        )
    if meta.get("kind") == "phone" and text:
        digits = sum(c.isdigit() for c in text)
        low = meta.get("min_digits", PHONE_DIGITS[0])
        ok = _PHONE_CHARS.match(text) and low <= digits <= PHONE_DIGITS[1]
        if not ok or not text.isascii():
            raise SettingError(
                name, _("{value} is not a telephone number").format(value=_shown(raw)), allowed
            )
    if meta.get("kind") == "sctid" and text:
        problem = sctid_problem(text)
        if problem:
            raise SettingError(name, problem, allowed)
    return text


def _items(raw: Any, item: type) -> list[Any]:
    if isinstance(raw, str):
        # Whole numbers may be typed "6, 12"; decimals keep the comma and split on ; or space.
        sep = r"[,;\s]+" if item is int else r"[;\s]+"
        return [p for p in re.split(sep, raw.strip()) if p]
    if isinstance(raw, (list, tuple)):
        return list(raw)
    raise TypeError


def parse(name: str, raw: Any) -> Any:
    """``raw`` (typed text, a JSON value, a Python value) as ``name``'s value, or a
    :class:`SettingError` naming what is allowed."""
    f = _field(name)
    meta, (tp, optional) = dict(f.metadata), _type_of(name)
    origin = typing.get_origin(tp)
    allowed = allowed_text(name)
    if optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
        return None
    if "choices" in meta:
        value = raw.strip() if isinstance(raw, str) else raw
        if value not in meta["choices"]:
            raise SettingError(
                name, _("{value} is not one of the choices").format(value=_shown(raw)), allowed
            )
        return value
    if tp is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _TRUE + _FALSE:
            return raw.strip().lower() in _TRUE
        raise SettingError(name, _("{value} is not yes or no").format(value=_shown(raw)), allowed)
    if tp in (int, float):
        return _number(name, tp, meta, raw, allowed)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        try:
            items = _items(raw, item)
        except TypeError:
            raise SettingError(
                name, _("{value} is not a list").format(value=_shown(raw)), allowed
            ) from None
        fixed = _fixed_length(tp)
        if fixed is not None and len(items) != fixed:
            raise SettingError(
                name,
                _("{count} values given, not {fixed}").format(count=len(items), fixed=fixed),
                allowed,
            )
        if len(items) > meta.get("max_items", DEFAULT_MAX_ITEMS):
            raise SettingError(
                name, _("{count} values are too many").format(count=len(items)), allowed
            )
        values = [
            _number(name, item, meta, v, allowed)
            if item in (int, float)
            else _text(name, meta, v, allowed)
            for v in items
        ]
        if meta.get("unique") and len(set(values)) != len(values):
            twice = next(v for v in values if values.count(v) > 1)
            raise SettingError(
                name, _("{value} is given twice").format(value=_shown(twice)), allowed
            )
        return tuple(sorted(values) if meta.get("sorted") else values)
    if origin is dict:
        item = typing.get_args(tp)[1]
        if isinstance(raw, str):  # typed as "name=value; name=value"
            pairs = [p.partition("=") for p in re.split(r"[;\n]+", raw) if p.strip()]
            if all(sep for _k, sep, _v in pairs):
                raw = {k.strip(): v.strip() for k, _sep, v in pairs}
        if not isinstance(raw, dict):
            raise SettingError(
                name, _("{value} is not a table of values").format(value=_shown(raw)), allowed
            )
        out = {}
        for key, v in raw.items():
            out[_text(name, {"max_len": 200}, key, allowed)] = (
                _number(name, item, meta, v, allowed)
                if item in (int, float)
                else _text(name, meta, v, allowed)
            )
        return out
    return _text(name, meta, raw, allowed)


# Checks that span settings: (the settings, the check, the refusal and what is allowed).
def _targeted_total(values: dict[str, Any]) -> bool:
    total = values["targeted_blood_max_ml"] + values["targeted_glue_max_ml"]
    return total <= GUIDELINE_MAX_TOTAL_ML


def _hr_order(values: dict[str, Any]) -> bool:
    return values["alert_hr_low"] < values["alert_hr_high"]


_TOGETHER = (
    (
        ("targeted_blood_max_ml", "targeted_glue_max_ml"),
        _targeted_total,
        _("the targeted maxima for blood and glue together exceed {total} ml").format(
            total=_num(GUIDELINE_MAX_TOTAL_ML)
        ),
        _("blood and glue together at most {total} ml (the guideline's ceiling)").format(
            total=_num(GUIDELINE_MAX_TOTAL_ML)
        ),
    ),
    (
        ("alert_hr_low", "alert_hr_high"),
        _hr_order,
        _("the low heart-rate alert is not below the high one"),
        _("a low heart-rate alert below the high one"),
    ),
)


def check_together(values: dict[str, Any]) -> None:
    """Refuse a combination of (valid) values that the settings do not allow together."""
    for names_, ok, problem, allowed in _TOGETHER:
        if not ok(values):
            raise SettingError(names_[0], problem, allowed)


_reported: set[str] = set()


def _checked(stored: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    values, problems = dict(_DEFAULT_VALUES), []
    for name, raw in stored.items():
        try:
            values[name] = parse(name, raw)
        except ValidationError as exc:
            problems.append(
                f"setting {name}: the stored value is refused ({exc}); the default "
                f"{getattr(_DEFAULTS, name)!r} is used"
            )
    for names_, ok, problem, _allowed in _TOGETHER:
        if not ok(values):
            for n in names_:
                values[n] = getattr(_DEFAULTS, n)
            problems.append(f"settings {', '.join(names_)}: {problem}; the defaults are used")
    return values, problems


def _stored() -> dict[str, Any]:
    return {row.key: row.value for row in Setting.select() if row.key in _FIELDS}


def load() -> AppSettings:
    """The settings, defaults filled in for keys never saved and for stored values that are
    no longer allowed (each logged once)."""
    values, problems = _checked(_stored())
    for p in problems:
        if p not in _reported:
            _reported.add(p)
            log.warning("%s", p)
    return AppSettings(**values)


def stored_problems() -> list[str]:
    """Stored values that :func:`load` replaces with the default (for ``verify``)."""
    return _checked(_stored())[1]


def parse_all(changes: dict[str, Any], current: AppSettings | None = None) -> dict[str, Any]:
    """Every change parsed, and the result checked together with the other settings."""
    parsed = {name: parse(name, raw) for name, raw in changes.items()}
    merged = asdict(current or _DEFAULTS)
    merged.update(parsed)
    check_together(merged)
    return parsed


def save(actor: Actor, **changes: Any) -> AppSettings:
    """Change settings (administrator), each change audited with old and new value."""
    require(actor, Action.EDIT_SETTINGS)
    for name in changes:
        _field(name)
    with write():
        parsed = parse_all(changes, load())
        for name, value in parsed.items():
            stored = list(value) if isinstance(value, tuple) else value
            old = Setting.get_or_none(Setting.key == name)
            if old is not None and old.value == stored:
                continue  # unchanged: an unaudited save would show as tampering in verify
            old_snap = audit.snapshot(old) if old else None
            row = Setting(key=name, value=stored, updated_at=utcnow())
            row.save(force_insert=old is None)
            audit.record(actor, "update" if old else "create", row, old=old_snap)
    return load()


def save_first_run(**values: Any) -> AppSettings:
    """Department details before any user exists (first run), audited as the system."""
    return save(Actor(None, "first-run", "administrator"), **values)
