"""The discharge sheet's wording: one editable INI file per language, checked on load.

A clinician edits ``resources/wording/discharge_<lang>.ini`` without touching code. The
guideline's numbers are never typed into those files: texts carry placeholders such as
``{lift_kg}`` that are filled from :mod:`ebp_logger.clinical.limits`, so every number has one
source. A missing file, a missing or empty key, a misspelt placeholder or a text that drops a
required number is refused with a :class:`WordingError` naming the file and the key.

INI (configparser) rather than TOML because tomllib needs Python ≥ 3.11 and the project
supports 3.10.
"""

from __future__ import annotations

import configparser
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ebp_logger import paths
from ebp_logger.clinical.enums import PatchType
from ebp_logger.clinical.labels import normalise_lang
from ebp_logger.clinical.limits import (
    FOLLOW_UP_WINDOW,
    LIFT_LIMIT_KG,
    REPEAT_MIN_INTERVAL,
    RESTRICTION_PERIOD,
    SUPINE_REST,
)
from ebp_logger.clinical.warning_signs import ExpectedSideEffect, WarningSign
from ebp_logger.clock import to_local
from ebp_logger.errors import EbpError
from ebp_logger.i18n import _

# Numbers from the guideline (docs/clinical-rules.md "After the procedure", "Repeat treatment and
# referral rules", "The procedure"), offered to every text of the sheet.
NUMBER_FIELDS = (
    "lift_kg",
    "restriction_weeks",
    "follow_up_from",
    "follow_up_to",
    "repeat_weeks",
    "rest_hours",
)
# Values of the session and the department, filled in where a text uses them.
DATA_FIELDS = (
    "phone",
    "out_of_hours",
    "department",
    "date",
    "treatment",
    "level",
    "place",
    "blood_ml",
    "glue_ml",
)
_TEXT_FIELDS = frozenset(NUMBER_FIELDS + DATA_FIELDS)

_DATE_FIELDS = frozenset({"dd", "d", "mm", "month_name", "yyyy"})
_TIME_FIELDS = frozenset({"HH", "MM"})

# section -> key -> (placeholders the text must contain, placeholders it may contain).
# A required placeholder keeps a clinical number from being typed in as a fixed figure.
_Spec = tuple[frozenset[str], frozenset[str]]


def _text(*required: str) -> _Spec:
    return frozenset(required), _TEXT_FIELDS | frozenset(required)


_PLAIN = _text()
SCHEMA: dict[str, dict[str, _Spec]] = {
    "format": {
        "date": (frozenset(), _DATE_FIELDS),
        "time": (frozenset({"HH", "MM"}), _TIME_FIELDS),
        "months": (frozenset(), frozenset()),
        "decimal_separator": (frozenset(), frozenset()),
    },
    "page": {
        "title": _PLAIN,
        "subtitle": _PLAIN,
        "name": _PLAIN,
        "cpr": _PLAIN,
        "date": _PLAIN,
        "page_of": (frozenset({"page", "pages"}), frozenset({"page", "pages"})),
        "phone_missing": _PLAIN,
    },
    "done": {
        "heading": _PLAIN,
        "date": _PLAIN,
        "treatment": _PLAIN,
        "level": _PLAIN,
        "level_unknown": _PLAIN,
        "volume": _PLAIN,
        "volume_blood": _text("blood_ml"),
        "volume_blood_glue": _text("blood_ml", "glue_ml"),
        "rest": _text("rest_hours"),
    },
    # One text per patch type / warning sign / side effect: the lists themselves come from
    # the clinical code, so a sign cannot be dropped by editing the file.
    "treatment": {p.code: _PLAIN for p in PatchType},
    "warning": {
        "heading": _PLAIN,
        "report_heading": _PLAIN,
        "call": _text("phone"),
        "out_of_hours": _text("out_of_hours"),
        "out_of_hours_missing": _PLAIN,
        "call_note": _PLAIN,
    },
    # Where the patch went, in words a patient knows; the level as recorded decides which.
    "place": {"lumbar": _PLAIN, "thoracic": _PLAIN, "unknown": _PLAIN},
    "warning_signs": {s.code: _PLAIN for s in WarningSign},
    "expect": {"heading": _PLAIN, "intro": _PLAIN, "note": _PLAIN, "tell_apart": _PLAIN},
    "side_effects": {e.code: _PLAIN for e in ExpectedSideEffect},
    "restrictions": {"heading": _PLAIN, "text": _text("lift_kg", "restriction_weeks")},
    "follow_up": {
        "heading": _PLAIN,
        "text": _text("follow_up_from", "follow_up_to"),
        "no_call": _text("follow_up_to"),
        "no_effect": _PLAIN,
    },
    "repeat": {"heading": _PLAIN, "text": _text("repeat_weeks")},
}


class WordingError(EbpError):
    """A wording file that is missing or broken; the message names the file and the key."""

    def __init__(self, path: Path, message: str, key: str | None = None) -> None:
        self.path = path
        self.key = key
        where = f"{path}: [{key.replace('.', '] ', 1)}" if key else f"{path}:"
        super().__init__(_("Wording file {where} {message}").format(where=where, message=message))


def wording_path(lang: str) -> Path:
    return paths.resource_path("wording", f"discharge_{normalise_lang(lang)}.ini")


def _fields(path: Path, key: str, text: str) -> set[str]:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise WordingError(
            path, _("has a broken {{placeholder}}: {error}.").format(error=str(exc)), key
        ) from None
    if "" in names or any(not n.isidentifier() for n in names):
        raise WordingError(
            path, _("has an empty or malformed {what}.").format(what="{placeholder}"), key
        )
    return names


def _check(path: Path, key: str, text: str, spec: _Spec) -> None:
    required, allowed = spec
    used = _fields(path, key, text)
    unknown = sorted(used - allowed)
    if unknown:
        names = ", ".join("{" + n + "}" for n in unknown)
        choice = ", ".join("{" + n + "}" for n in sorted(allowed)) or "none"
        raise WordingError(
            path,
            _("uses an unknown placeholder {names}; allowed: {choice}.").format(
                names=names, choice=choice
            ),
            key,
        )
    lacking = sorted(required - used)
    if lacking:
        names = ", ".join("{" + n + "}" for n in lacking)
        raise WordingError(
            path,
            _("must contain {names} (the number comes from the program's rules).").format(
                names=names
            ),
            key,
        )


def _format_number(value: float, decimal_separator: str) -> str:
    return f"{value:g}".replace(".", decimal_separator)


@dataclass(frozen=True)
class Wording:
    """The checked texts of one language, with the guideline's numbers ready to fill in."""

    lang: str
    path: Path
    texts: Mapping[str, str]  # "section.key" -> text
    months: tuple[str, ...]

    def raw(self, section: str, key: str) -> str:
        return self.texts[f"{section}.{key}"]

    def text(self, section: str, key: str, **values: object) -> str:
        """The text with the clinical numbers and ``values`` filled in."""
        fill = {name: "" for name in _TEXT_FIELDS} | self.numbers() | values
        return self.raw(section, key).format(**fill)

    @property
    def decimal_separator(self) -> str:
        return self.raw("format", "decimal_separator")

    def number(self, value: float) -> str:
        return _format_number(value, self.decimal_separator)

    def numbers(self) -> dict[str, str]:
        """The guideline's numbers as this language writes them."""
        low, high = FOLLOW_UP_WINDOW
        return {
            "lift_kg": self.number(LIFT_LIMIT_KG),
            "restriction_weeks": str(RESTRICTION_PERIOD.days // 7),
            "follow_up_from": str(low.days // 7),
            "follow_up_to": str(high.days // 7),
            "repeat_weeks": str(REPEAT_MIN_INTERVAL.days // 7),
            "rest_hours": str(int(SUPINE_REST.total_seconds() // 3600)),
        }

    def date(self, value: date | datetime) -> str:
        """A date (an aware datetime is shown in local time)."""
        if isinstance(value, datetime):
            value = to_local(value).date()
        return self.raw("format", "date").format(
            dd=f"{value.day:02d}",
            d=str(value.day),
            mm=f"{value.month:02d}",
            month_name=self.months[value.month - 1],
            yyyy=f"{value.year:04d}",
        )

    def time(self, value: datetime) -> str:
        local = to_local(value)
        return self.raw("format", "time").format(HH=f"{local.hour:02d}", MM=f"{local.minute:02d}")


def load_wording_file(path: Path, lang: str) -> Wording:
    """Read and check one wording file; WordingError names the file and the key."""
    path = Path(path)
    if not path.is_file():
        raise WordingError(path, _("is missing."))
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    try:
        with path.open(encoding="utf-8") as fh:
            parser.read_file(fh)
    except UnicodeDecodeError as exc:
        raise WordingError(
            path, _("is not UTF-8 text ({reason}); save it as UTF-8.").format(reason=exc.reason)
        ) from None
    except configparser.Error as exc:
        reason = " ".join(str(exc).split())
        raise WordingError(path, _("cannot be read: {reason}").format(reason=reason)) from None
    texts: dict[str, str] = {}
    for section, keys in SCHEMA.items():
        for key, spec in keys.items():
            dotted = f"{section}.{key}"
            if not parser.has_option(section, key):
                raise WordingError(path, _("is missing."), dotted)
            # Continuation lines are joined into one flowing text.
            text = " ".join(parser.get(section, key).split())
            if not text:
                raise WordingError(path, _("is empty."), dotted)
            _check(path, dotted, text, spec)
            texts[dotted] = text
    months = tuple(m.strip() for m in texts["format.months"].split(","))
    if len(months) != 12 or not all(months):
        raise WordingError(
            path,
            _("must list 12 month names separated by commas (found {count}).").format(
                count=len(months)
            ),
            "format.months",
        )
    if texts["format.decimal_separator"] not in (",", "."):
        raise WordingError(
            path, _("must be , or . (a comma or a full stop)."), "format.decimal_separator"
        )
    return Wording(lang=normalise_lang(lang), path=path, texts=texts, months=months)


_cache: dict[Path, tuple[tuple[int, int], Wording]] = {}


def load_wording(lang: str | None) -> Wording:
    """The wording for ``lang`` ("da" or "en"), re-read when the file changed on disk."""
    lang = normalise_lang(lang)
    path = wording_path(lang)
    try:
        stat = path.stat()
    except OSError:
        raise WordingError(path, _("is missing.")) from None
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is None or cached[0] != stamp:
        cached = (stamp, load_wording_file(path, lang))
        _cache[path] = cached
    return cached[1]
