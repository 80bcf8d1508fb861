"""Validators for what users type (and devices send): each returns the typed value or raises
ValidationError(field, message, allowed) with a message fit to show as is.

Numbers may be typed with a decimal comma ("2,5") as Danish users do. The hard ranges are
physiological-plausibility settings: docs/clinical-rules.md names the monitoring (SpO2, 3-lead ECG,
blood pressure every 5 minutes; "The procedure", ref 32) but is silent on plausible values, so
they live in :class:`VitalRanges` with defaults, and can be changed per site.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from ebp_logger.clinical.decimals import Typed, decimals_ok, parse_decimal, show
from ebp_logger.clinical.enums import EcgRhythm
from ebp_logger.clinical.labels import LabelledEnum, parse_enum
from ebp_logger.clinical.limits import NRS_MAX, NRS_MIN, VOLUME_DECIMALS
from ebp_logger.clock import as_utc, utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _


@dataclass(frozen=True)
class VitalRanges:
    """Hard limits: a value outside is refused as a typing or device error.

    docs/clinical-rules.md is silent on plausible ranges; these are settings with defaults.
    """

    spo2: tuple[int, int] = (50, 100)  # %
    heart_rate: tuple[int, int] = (20, 250)  # beats per minute
    systolic: tuple[int, int] = (40, 300)  # mmHg
    diastolic: tuple[int, int] = (20, 200)  # mmHg
    # How far a timestamp may lie ahead of this machine's clock (monitor clocks drift).
    clock_skew: timedelta = timedelta(minutes=2)

    def __post_init__(self) -> None:
        for name in ("spo2", "heart_rate", "systolic", "diastolic"):
            low, high = getattr(self, name)
            if not 0 <= low < high:
                raise ValueError(f"VitalRanges.{name} must be (low, high) with 0 <= low < high")
        if self.clock_skew < timedelta(0):
            raise ValueError("VitalRanges.clock_skew may not be negative")


DEFAULT_VITAL_RANGES = VitalRanges()


def whole_number(value: Typed, field: str, low: int, high: int, unit: str = "") -> int:
    """A whole number in ``low..high`` (inclusive). "3,0" is 3; "3,5" is refused."""
    suffix = f" {unit}" if unit else ""
    allowed = _("a whole number from {low} to {high}{suffix}").format(
        low=low, high=high, suffix=suffix
    )
    d = parse_decimal(value, field, allowed)
    if d != d.to_integral_value():
        raise ValidationError(
            field, _("{value} is not a whole number").format(value=show(value)), allowed
        )
    if not low <= d <= high:
        raise ValidationError(
            field, _("{value} is outside the range").format(value=show(value)), allowed
        )
    return int(d)


def spo2(value: Typed, ranges: VitalRanges = DEFAULT_VITAL_RANGES) -> int:
    """Peripheral oxygen saturation, whole %; a trailing "%" is accepted."""
    if isinstance(value, str):
        value = value.strip().removesuffix("%")
    return whole_number(value, "spo2", *ranges.spo2, unit="%")


def heart_rate(value: Typed, ranges: VitalRanges = DEFAULT_VITAL_RANGES) -> int:
    """Heart rate, whole beats per minute."""
    return whole_number(value, "heart_rate", *ranges.heart_rate, unit="beats per minute")


def ecg_rhythm(value: EcgRhythm | str) -> EcgRhythm:
    """A rhythm from the short list, by code or by its Danish or English label."""
    return parse_enum(EcgRhythm, value, "ecg_rhythm")


@dataclass(frozen=True)
class BloodPressure:
    systolic: int
    diastolic: int
    mean: int | None = None

    def __str__(self) -> str:
        base = f"{self.systolic}/{self.diastolic}"
        return f"{base} ({self.mean})" if self.mean is not None else base


def check_blood_pressure(
    systolic: Typed,
    diastolic: Typed,
    mean: Typed | None = None,
    ranges: VitalRanges = DEFAULT_VITAL_RANGES,
) -> BloodPressure:
    """A blood pressure from its parts (mmHg): each in range, systolic above diastolic, and a
    mean (when given) strictly between them."""
    sys_ = whole_number(systolic, "systolic", *ranges.systolic, unit="mmHg")
    dia = whole_number(diastolic, "diastolic", *ranges.diastolic, unit="mmHg")
    if sys_ <= dia:
        raise ValidationError(
            "blood_pressure",
            _(
                "The systolic pressure ({systolic}) must be higher than the diastolic ({diastolic})"
            ).format(systolic=sys_, diastolic=dia),
            _("systolic/diastolic, e.g. 120/80"),
        )
    mean_ = None
    if mean is not None:
        mean_ = whole_number(mean, "mean_pressure", 0, ranges.systolic[1], unit="mmHg")
        if not dia < mean_ < sys_:
            raise ValidationError(
                "mean_pressure",
                _(
                    "The mean pressure ({mean}) must lie between the diastolic ({diastolic}) "
                    "and the systolic ({systolic})"
                ).format(mean=mean_, diastolic=dia, systolic=sys_),
                _("a whole number from {low} to {high}{suffix}").format(
                    low=dia + 1, high=sys_ - 1, suffix=""
                )
                if sys_ - dia > 1
                else _("no mean"),
            )
    return BloodPressure(systolic=sys_, diastolic=dia, mean=mean_)


def blood_pressure(text: str, ranges: VitalRanges = DEFAULT_VITAL_RANGES) -> BloodPressure:
    """Parse "120/80" or "120/80/93" (systolic/diastolic[/mean], mmHg)."""
    allowed = _("systolic/diastolic or systolic/diastolic/mean in mmHg, e.g. 120/80 or 120/80/93")
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("blood_pressure", _("No blood pressure was entered"), allowed)
    parts = [p.strip() for p in text.strip().removesuffix("mmHg").split("/")]
    if len(parts) not in (2, 3) or not all(parts):
        raise ValidationError(
            "blood_pressure",
            _("'{text}' is not a blood pressure").format(text=text.strip()),
            allowed,
        )
    return check_blood_pressure(*parts, ranges=ranges)


def nrs(value: Typed) -> int:
    """A headache score on the 0–10 numeric rating scale: whole numbers only."""
    return whole_number(value, "nrs", NRS_MIN, NRS_MAX)


def volume_ml(value: Typed, field: str = "amount_ml", maximum: float | None = None) -> float:
    """A volume in ml: more than 0, at most one decimal (0.1 ml), and not above ``maximum``
    when one is given. Patch limits are checked in volume.py."""
    allowed = (
        _(
            "a number of ml above 0 and at most {maximum} ml with at most one decimal, e.g. 5 or 2,5"
        ).format(maximum=float(maximum))
        if maximum is not None
        else _("a number of ml above 0 with at most one decimal, e.g. 5 or 2,5")
    )
    d = parse_decimal(value, field, allowed)
    if d <= 0:
        raise ValidationError(field, _("The volume must be more than 0 ml"), allowed)
    if not decimals_ok(d, VOLUME_DECIMALS):
        raise ValidationError(
            field, _("{value} has more than one decimal").format(value=show(value)), allowed
        )
    if maximum is not None and d > Decimal(str(maximum)):
        raise ValidationError(
            field,
            _("{value} ml is more than {maximum} ml").format(
                value=show(value), maximum=float(maximum)
            ),
            allowed,
        )
    if not math.isfinite(float(d)):
        raise ValidationError(field, _("{value} is too large").format(value=show(value)), allowed)
    return float(d)


def not_in_future(
    dt: datetime,
    now: datetime | None = None,
    ranges: VitalRanges = DEFAULT_VITAL_RANGES,
    field: str = "time",
) -> datetime:
    """``dt`` as aware UTC when it is not later than now plus the allowed clock skew."""
    when = as_utc(dt)
    now_ = as_utc(now) if now is not None else utcnow()
    if when > now_ + ranges.clock_skew:
        minutes = ranges.clock_skew.total_seconds() / 60
        raise ValidationError(
            field,
            _("{when:%Y-%m-%d %H:%M} UTC is in the future").format(when=when),
            _("a time no later than now (plus {minutes} minutes for clock differences)").format(
                minutes=float(minutes)
            ),
        )
    return when


def not_before(
    dt: datetime, earliest: datetime, field: str = "time", what: str = "the start"
) -> datetime:
    """``dt`` as aware UTC when it is not earlier than ``earliest`` (e.g. an event before the
    procedure started)."""
    when = as_utc(dt)
    if when < as_utc(earliest):
        raise ValidationError(
            field,
            _("The time is before {what}").format(what=what),
            _("a time from {what} on").format(what=what),
        )
    return when


# --- Alerts: plausible but worth a look (highlight, never refuse) ---------------------------


@dataclass(frozen=True)
class AlertThresholds:
    """When a plausible value is highlighted. docs/clinical-rules.md is silent on alarm limits (it names
    only what to monitor, "The procedure"); these are settings with common defaults."""

    spo2_low: int = 90
    hr_low: int = 50
    hr_high: int = 120
    sbp_low: int = 90
    sbp_high: int = 180


DEFAULT_ALERT_THRESHOLDS = AlertThresholds()


class VitalAlert(LabelledEnum):
    """A highlighted vital sign; ``field`` names the value to highlight."""

    SPO2_LOW = ("spo2_low", "Low oxygen saturation", "Lav iltmætning", "spo2")
    HR_LOW = ("hr_low", "Slow heart rate", "Lav puls", "heart_rate")
    HR_HIGH = ("hr_high", "Fast heart rate", "Høj puls", "heart_rate")
    SBP_LOW = ("sbp_low", "Low blood pressure", "Lavt blodtryk", "systolic")
    SBP_HIGH = ("sbp_high", "High blood pressure", "Højt blodtryk", "systolic")

    def __init__(self, code: str, en: str, da: str, field: str) -> None:
        self.field = field


def alerts_for(
    spo2: int | None = None,
    hr: int | None = None,
    sbp: int | None = None,
    thresholds: AlertThresholds = DEFAULT_ALERT_THRESHOLDS,
) -> list[VitalAlert]:
    """The alerts raised by the given (already validated) values; limits themselves are fine.

    VitalAlert is a ``str`` enum, so the result is also a list of codes such as "spo2_low".
    """
    found: list[VitalAlert] = []
    if spo2 is not None and spo2 < thresholds.spo2_low:
        found.append(VitalAlert.SPO2_LOW)
    if hr is not None and hr < thresholds.hr_low:
        found.append(VitalAlert.HR_LOW)
    if hr is not None and hr > thresholds.hr_high:
        found.append(VitalAlert.HR_HIGH)
    if sbp is not None and sbp < thresholds.sbp_low:
        found.append(VitalAlert.SBP_LOW)
    if sbp is not None and sbp > thresholds.sbp_high:
        found.append(VitalAlert.SBP_HIGH)
    return found


# --- Free text: names, notes, reasons ------------------------------------------------------

# Bidirectional controls make a name or a note read differently from what is stored ("Trojan
# Source"); the other format characters hide text or join what should stay apart.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset("\u200b\u2060\ufeff\ufff9\ufffa\ufffb")
TEXT_ALLOWED = _("letters, digits, punctuation and spaces; no control or text-direction characters")
MULTILINE_ALLOWED = _(
    "letters, digits, punctuation, spaces and line breaks; no control or text-direction characters"
)


def _bad_char(ch: str, multiline: bool) -> str | None:
    """A name for ``ch`` when it may not stand in typed text, else None."""
    code = ord(ch)
    if multiline and ch in "\n\t":
        return None
    if ch == "\r" and multiline:
        return None  # a Windows line end; stored as typed
    if code < 0x20 or 0x7F <= code < 0xA0:
        if code == 0:
            return _("a NUL character")
        return _("a control character (U+{code})").format(code=f"{code:04X}")
    if ch in _BIDI:
        return _("a text-direction character (U+{code})").format(code=f"{code:04X}")
    if ch in _INVISIBLE or 0xD800 <= code < 0xE000:
        return _("an invisible or invalid character (U+{code})").format(code=f"{code:04X}")
    return None


def free_text(value: str, field: str, multiline: bool = True) -> str:
    """Typed free text (a name, a note, a reason) as given, when it holds no character that
    hides or reorders what a reader sees: no NUL or other control characters, no bidirectional
    overrides or isolates, no zero-width or byte-order marks. ``multiline`` allows line breaks
    and tabs (notes); names and one-line fields do not."""
    if not isinstance(value, str):
        raise ValidationError(field, _("{field} is not text").format(field=field), TEXT_ALLOWED)
    for pos, ch in enumerate(value):
        bad = _bad_char(ch, multiline)
        if bad:
            label = field.replace("_", " ")  # the field's code, e.g. "name", "note"
            raise ValidationError(
                field,
                _("The {label} contains {bad} at position {position}").format(
                    label=label, bad=bad, position=pos + 1
                ),
                MULTILINE_ALLOWED if multiline else TEXT_ALLOWED,
            )
    return value
