"""IHE PCD-01 (HL7 v2 ORU^R01) monitor messages into observations.

What is read: IEEE 11073 MDC codes (heart rate, SpO2, pulse rate, NIBP in both families gateways
use) and the common LOINC codes; each value's unit is checked; the observation time comes from
OBX-14, else the OBR-7 of its group, else MSH-7, with its UTC offset (a time without an offset
is the local time of this machine, where the monitor stands). PID-3 gives the CPR number,
PV1-3 the bed.

Range checks are not made here: the store validates values with ``clinical.validation``. This
module decides only what a value *is*; a message whose values cannot be read safely (wrong unit,
not a number, no time) comes back with ``problems`` and is refused as a whole, because storing
half of a message the monitor sent as one is a silent loss the clinician cannot see.

The message is split here, not with ``hl7.parse``: python-hl7 builds a container object for
every field, component and subcomponent (some 235 for one PCD-01 message, most of the cost of
receiving it), while this reader splits only the fields it is asked for, with the separators
MSH-1/MSH-2 declare, and undoes the escapes of the separators and of the escape character
(``\\F\\``, ``\\S\\``, ``\\T\\``, ``\\R\\``, ``\\E\\``). A test reads thousands of generated and mutated
messages both ways and finds the same values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Protocol

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clock import as_utc, to_local, utcnow
from ebp_logger.errors import ValidationError

# --- What the monitor may send -----------------------------------------------------------------

HEART_RATE = "heart_rate"
PULSE_RATE = "pulse_rate"
SPO2 = "spo2"
SYSTOLIC = "systolic"
DIASTOLIC = "diastolic"
MEAN = "mean"

_PER_MIN = frozenset({"264864", "MDC_DIM_BEAT_PER_MIN", "/min", "{beats}/min", "{beat}/min"})
_PERCENT = frozenset({"262688", "MDC_DIM_PERCENT", "%"})
_MMHG = frozenset({"266016", "MDC_DIM_MMHG", "mm[Hg]"})
UNITS: dict[str, frozenset[str]] = {
    HEART_RATE: _PER_MIN,
    PULSE_RATE: _PER_MIN,
    SPO2: _PERCENT,
    SYSTOLIC: _MMHG,
    DIASTOLIC: _MMHG,
    MEAN: _MMHG,
}

# IEEE 11073-10101 numeric codes and their reference ids (MDC_*).
MDC_CODES: dict[str, str] = {
    "147842": HEART_RATE,  # MDC_ECG_HEART_RATE
    "150456": SPO2,  # MDC_PULS_OXIM_SAT_O2
    "149530": PULSE_RATE,  # MDC_PULS_OXIM_PULS_RATE
    "150021": SYSTOLIC,  # MDC_PRESS_BLD_NONINV_SYS
    "150022": DIASTOLIC,  # MDC_PRESS_BLD_NONINV_DIA
    "150023": MEAN,  # MDC_PRESS_BLD_NONINV_MEAN
    "150301": SYSTOLIC,  # MDC_PRESS_CUFF_SYS
    "150302": DIASTOLIC,  # MDC_PRESS_CUFF_DIA
    "150303": MEAN,  # MDC_PRESS_CUFF_MEAN
}
MDC_NAMES: dict[str, str] = {
    "MDC_ECG_HEART_RATE": HEART_RATE,
    "MDC_PULS_OXIM_SAT_O2": SPO2,
    "MDC_PULS_OXIM_PULS_RATE": PULSE_RATE,
    "MDC_PRESS_BLD_NONINV_SYS": SYSTOLIC,
    "MDC_PRESS_BLD_NONINV_DIA": DIASTOLIC,
    "MDC_PRESS_BLD_NONINV_MEAN": MEAN,
    "MDC_PRESS_CUFF_SYS": SYSTOLIC,
    "MDC_PRESS_CUFF_DIA": DIASTOLIC,
    "MDC_PRESS_CUFF_MEAN": MEAN,
}
LOINC_CODES: dict[str, str] = {
    "8867-4": HEART_RATE,
    "59408-5": SPO2,  # by pulse oximetry
    "2708-6": SPO2,  # arterial oxygen saturation
    "8480-6": SYSTOLIC,
    "8462-4": DIASTOLIC,
    "8478-0": MEAN,
}
_MDC_SYSTEMS = frozenset({"", "MDC"})
_LOINC_SYSTEMS = frozenset({"", "LN", "LOINC"})

# OBX-11 statuses that carry no usable value (X cannot be obtained, D delete, W wrong,
# N not asked, I pending): skipped silently, as PCD-01 gateways send them for empty channels.
_NO_VALUE_STATUS = frozenset({"X", "D", "W", "N", "I"})
# An HL7 NM value: optional sign, digits, optional decimals. No exponent.
_NM_RE = re.compile(r"[+-]?(?:[0-9]{1,9}(?:\.[0-9]{0,6})?|\.[0-9]{1,6})")
# DTM: YYYYMMDDHHMM at least (a vital sign needs the minute), optional seconds and fraction,
# optional UTC offset.
_DTM_RE = re.compile(
    r"([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})(?:([0-9]{2})(?:\.([0-9]{1,4}))?)?"
    r"(?:([+-])([0-9]{2})([0-9]{2}))?"
)
_MAX_OFFSET = timedelta(hours=14)  # UTC+14:00 and UTC-12:00 are the extremes in use


# HL7 table 0357 (message error condition codes), for the ERR segment of a NAK.
ERR_SEGMENT_SEQUENCE = "100"
ERR_REQUIRED_FIELD = "101"
ERR_DATA_TYPE = "102"
ERR_TABLE_VALUE = "103"
ERR_UNSUPPORTED_TYPE = "200"
ERR_UNSUPPORTED_VERSION = "203"
ERR_APPLICATION = "207"


class MalformedMessage(Exception):
    """Not a readable ORU^R01: answered with AR. ``header`` is what could be salvaged,
    ``error`` the HL7 table 0357 code."""

    def __init__(
        self, reason: str, header: Header | None = None, error: str = ERR_SEGMENT_SEQUENCE
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.header = header or Header()
        self.error = error


@dataclass(frozen=True)
class Header:
    """The MSH fields an acknowledgement echoes (as sent, still HL7-escaped)."""

    control_id: str = ""  # MSH-10
    sending_application: str = ""  # MSH-3
    sending_facility: str = ""  # MSH-4
    receiving_application: str = ""  # MSH-5
    receiving_facility: str = ""  # MSH-6
    message_type: str = ""  # MSH-9
    processing_id: str = ""  # MSH-11
    version: str = ""  # MSH-12

    @property
    def sender(self) -> str:
        """Who sent it, for the quarantine list: application and facility."""
        return "/".join(p for p in (self.sending_application, self.sending_facility) if p)


@dataclass(frozen=True)
class Observation:
    kind: str  # HEART_RATE, PULSE_RATE, SPO2, SYSTOLIC, DIASTOLIC, MEAN
    value: int  # rounded to a whole number (the resolution EBP Logger records)
    observed_at: datetime  # aware UTC
    code: str  # OBX-3 as sent, e.g. "147842^MDC_ECG_HEART_RATE^MDC"


@dataclass(frozen=True)
class Reading:
    """The values of one observation time: becomes one Vital row."""

    taken_at: datetime
    heart_rate: int | None = None
    spo2: int | None = None
    systolic: int | None = None
    diastolic: int | None = None
    mean: int | None = None


@dataclass(frozen=True)
class Pcd01Message:
    header: Header
    sent_at: datetime  # MSH-7, aware UTC
    patient_ref: str = ""  # PID-3 as sent
    cpr: str | None = None  # 10 digits when PID-3 carries a CPR number
    bed: str = ""  # PV1-3 as sent
    observations: tuple[Observation, ...] = ()
    skipped: tuple[str, ...] = ()  # unknown codes that carried a value (noted, not stored)
    problems: tuple[str, ...] = field(default=())  # values that cannot be read: refuse
    has_pid: bool = True  # a PID segment was sent (without one nobody is named: AE)
    has_obx: bool = True  # at least one OBX segment was sent (without: nothing to store, AE)

    @property
    def bed_key(self) -> tuple[str, ...]:
        return location_key(self.bed)


# --- Reading the message -----------------------------------------------------------------------


def decode(raw: bytes) -> str:
    """The frame's text: UTF-8 (as PCD-01 gateways send, MSH-18 "UNICODE UTF-8")."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedMessage(
            f"not UTF-8 text (byte {exc.start})",
            salvage_header(raw.decode("latin-1")),
            ERR_DATA_TYPE,
        ) from None


def normalise_segments(text: str) -> str:
    """HL7 separates segments with CR; accept LF and CRLF too, and drop blank segments."""
    lines = text.replace("\r\n", "\r").replace("\n", "\r").split("\r")
    return "\r".join(line for line in lines if line.strip())


def salvage_header(text: str) -> Header:
    """MSH fields read without python-hl7, for acknowledging a message it cannot parse."""
    text = text.lstrip()
    if not text.startswith("MSH") or len(text) < 4:
        return Header()
    first = re.split(r"[\r\n]", text, maxsplit=1)[0]
    parts = first.split(text[3])
    get = lambda i: parts[i] if i < len(parts) else ""  # noqa: E731
    return Header(
        control_id=get(9),
        sending_application=get(2),
        sending_facility=get(3),
        receiving_application=get(4),
        receiving_facility=get(5),
        message_type=get(8),
        processing_id=get(10),
        version=get(11),
    )


# --- Splitting: the separators the message declares, HL7 escapes ----------------------------


@dataclass(frozen=True)
class Encoding:
    """The separators MSH-1 and MSH-2 declare (python-hl7's defaults for any left out)."""

    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"

    @classmethod
    def declared(cls, field_sep: str, msh2: str) -> Encoding:
        """From MSH-1 and MSH-2 (component, repetition, escape, subcomponent; a fifth
        character, the v2.7 truncation character, is not used). Raises ``ValueError`` unless
        the five are distinct ASCII punctuation: anything else cannot be split safely."""
        chars = list(msh2[:4]) + list("^~\\&"[len(msh2[:4]) :])
        enc = cls(field_sep, *chars)
        used = field_sep + "".join(chars)
        if len(set(used)) != 5 or not set(used) <= _PUNCTUATION:
            raise ValueError(
                f"the encoding characters '{field_sep}{msh2[:4]}' (MSH-1, MSH-2) are not "
                "five distinct punctuation characters"
            )
        return enc

    def unescape(self, text: str) -> str:
        """The escape sequences for the separators (\\F\\ \\S\\ \\T\\ \\R\\) and for the escape
        character (\\E\\) replaced. Any other sequence (formatting, hex, character sets) and a
        lone escape character stay as sent, so a value is never read as more than it says."""
        esc = self.escape
        meaning = {
            "F": self.field,
            "S": self.component,
            "T": self.subcomponent,
            "R": self.repetition,
            "E": esc,
        }
        out = []
        i = 0
        while (j := text.find(esc, i)) >= 0 and (k := text.find(esc, j + 1)) >= 0:
            out.append(text[i:j])
            out.append(meaning.get(text[j + 1 : k], text[j : k + 1]))
            i = k + 1
        out.append(text[i:])
        return "".join(out)


_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class SegmentReader(Protocol):
    """What the reader needs of a split segment (``Segment``, or python-hl7's in the tests)."""

    name: str

    def raw(self, fld: int) -> str: ...

    def get(self, fld: int, comp: int = 1, rep: int = 1) -> str: ...

    def repetitions(self, fld: int) -> int: ...


class Segment:
    """One segment split into its fields (``fields[n]`` is field n, as sent; for MSH,
    ``fields[1]`` is MSH-1, the field separator, as in python-hl7)."""

    __slots__ = ("name", "fields", "enc")

    def __init__(self, fields: list[str], enc: Encoding) -> None:
        self.fields = fields
        self.enc = enc
        self.name = fields[0].strip()

    def raw(self, fld: int) -> str:
        """A whole field as sent (still escaped), for storing and echoing."""
        return self.fields[fld] if fld < len(self.fields) else ""

    def get(self, fld: int, comp: int = 1, rep: int = 1) -> str:
        """One component of one repetition of a field, its first subcomponent, unescaped and
        stripped; "" when absent."""
        if fld >= len(self.fields):
            return ""
        value = self.fields[fld]
        enc = self.enc
        if rep > 1 or enc.repetition in value:
            parts = value.split(enc.repetition)
            if rep > len(parts):
                return ""
            value = parts[rep - 1]
        if comp > 1 or enc.component in value:
            parts = value.split(enc.component)
            if comp > len(parts):
                return ""
            value = parts[comp - 1]
        if enc.subcomponent in value:
            value = value.split(enc.subcomponent, 1)[0]
        value = value.strip()
        return enc.unescape(value) if enc.escape in value else value

    def repetitions(self, fld: int) -> int:
        return self.raw(fld).count(self.enc.repetition) + 1


def split_segments(text: str) -> list[Segment]:
    """The segments of a message that begins with MSH, split with the separators it declares.
    Raises ``ValueError`` when MSH-1/MSH-2 do not declare usable separators."""
    text = text.strip()
    lines = text.split("\r")
    fs = text[3:4]
    head = lines[0].split(fs) if fs else []
    if len(head) < 2:
        raise ValueError("MSH-1/MSH-2 (the encoding characters) are missing")
    enc = Encoding.declared(fs, head[1])
    segments = [Segment(["MSH", fs, *head[1:]], enc)]
    segments += [Segment(line.split(fs), enc) for line in lines[1:]]
    return segments


@lru_cache(maxsize=512)  # a message repeats its few times in every OBX
def parse_time(value: str) -> datetime:
    """An HL7 DTM with at least the minute; no offset means local time. Aware UTC out."""
    m = _DTM_RE.fullmatch(value)
    if not m:
        raise ValueError(f"'{value}' is not a time to the minute (YYYYMMDDHHMM[SS][+ZZZZ])")
    year, month, day, hour, minute, second, fraction, sign, oh, om = m.groups()
    try:
        dt = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "").ljust(6, "0")),
        )
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a valid time") from exc
    if sign is None:
        return as_utc(dt.astimezone())  # the local time of this machine
    offset = timedelta(hours=int(oh), minutes=int(om))
    if int(om) >= 60 or offset > _MAX_OFFSET:
        raise ValueError(f"'{value}' has no valid UTC offset")
    return as_utc(dt.replace(tzinfo=timezone(-offset if sign == "-" else offset)))


def location_key(text: str) -> tuple[str, ...]:
    """Room/bed compared by its words and numbers: "OP-STUE-2^^2" equals "op-stue-2 / 2"
    (but not "OP-STUE-22")."""
    return tuple(re.findall(r"[0-9a-zæøå]+", text.casefold()))


def _cpr_from_pid3(seg: SegmentReader) -> str | None:
    """The CPR number among PID-3's identifiers: the one marked CPR (assigning authority) or
    NNDNK (identifier type), else a lone identifier that reads as a CPR number."""
    count = seg.repetitions(3)
    ids = []
    for rep in range(1, count + 1):
        ident = seg.get(3, 1, rep)
        marks = {seg.get(3, 4, rep).upper(), seg.get(3, 5, rep).upper()}
        if ident:
            ids.append((ident, bool(marks & {"CPR", "NNDNK"})))
    chosen = [i for i, marked in ids if marked] or ([ids[0][0]] if len(ids) == 1 else [])
    today = to_local(utcnow()).date()
    for ident in chosen:
        digits = _cpr_digits(ident, today)
        if digits:
            return digits
    return None


@lru_cache(maxsize=256)  # a monitor names its patient in every message
def _cpr_digits(ident: str, today: date) -> str | None:
    try:
        return parse_cpr(ident, today).digits
    except ValidationError:
        return None


def _kind(seg: SegmentReader) -> str | None:
    code, text, system = seg.get(3, 1), seg.get(3, 2), seg.get(3, 3).upper()
    if system in _MDC_SYSTEMS and (code in MDC_CODES or (not code and text in MDC_NAMES)):
        return MDC_CODES.get(code) or MDC_NAMES.get(text)
    if system in _LOINC_SYSTEMS and code in LOINC_CODES:
        return LOINC_CODES[code]
    return None


def _whole(value: str) -> int:
    if not _NM_RE.fullmatch(value):
        raise ValueError(f"'{value[:20]}' is not a number")
    if "." not in value:
        return int(value)
    try:
        return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
        raise ValueError(f"'{value[:20]}' is not a number") from exc


def parse(
    text: str, split: Callable[[str], Sequence[SegmentReader]] = split_segments
) -> Pcd01Message:
    """Read one ORU^R01. Raises ``MalformedMessage`` when it is not one.

    ``split`` cuts the text into segments; the tests pass one built on python-hl7 to show that
    both read every message alike."""
    text = normalise_segments(text)
    header = salvage_header(text)
    if not text.startswith("MSH"):
        raise MalformedMessage("the message does not begin with an MSH segment", header)
    try:
        segments = split(text)
        msh = segments[0]
    except Exception as exc:
        raise MalformedMessage(f"not an HL7 v2 message ({str(exc)[:80]})", header) from None
    if not header.control_id:
        raise MalformedMessage("MSH-10 (message control id) is empty", header, ERR_REQUIRED_FIELD)
    if (msh.get(9, 1), msh.get(9, 2)) != ("ORU", "R01"):
        raise MalformedMessage(
            f"message type '{header.message_type}' is not ORU^R01 (observation result)",
            header,
            ERR_UNSUPPORTED_TYPE,
        )
    if not msh.get(12).startswith("2"):
        raise MalformedMessage(
            f"HL7 version '{header.version}' is not 2.x", header, ERR_UNSUPPORTED_VERSION
        )
    try:
        sent_at = parse_time(msh.get(7))
    except ValueError as exc:
        raise MalformedMessage(f"MSH-7 (message time): {exc}", header, ERR_DATA_TYPE) from None

    patient_ref, cpr, bed = "", None, ""
    observations: list[Observation] = []
    skipped: list[str] = []
    problems: list[str] = []
    group_time: datetime | None = None
    has_pid = has_obx = False
    for seg in segments:
        name = seg.name
        has_pid = has_pid or name == "PID"
        has_obx = has_obx or name == "OBX"
        if name == "PID" and not patient_ref:
            patient_ref = seg.raw(3)
            cpr = _cpr_from_pid3(seg)
        elif name == "PV1" and not bed:
            bed = seg.raw(3)
        elif name == "OBR":
            group_time = None
            obr7 = seg.get(7)
            if obr7:
                try:
                    group_time = parse_time(obr7)
                except ValueError as exc:
                    problems.append(f"OBR-7 (observation time): {exc}")
        elif name == "OBX":
            _read_obx(seg, group_time or sent_at, observations, skipped, problems)
    return Pcd01Message(
        header=header,
        sent_at=sent_at,
        patient_ref=patient_ref,
        cpr=cpr,
        bed=bed,
        observations=tuple(observations),
        skipped=tuple(skipped),
        problems=tuple(problems),
        has_pid=has_pid,
        has_obx=has_obx,
    )


def _read_obx(
    seg: SegmentReader,
    default_time: datetime,
    observations: list[Observation],
    skipped: list[str],
    problems: list[str],
) -> None:
    value = seg.get(5)
    if not value or seg.get(11).upper() in _NO_VALUE_STATUS:
        return  # a device/channel row (MDS, VMD) or an empty channel: nothing measured
    kind = _kind(seg)
    if kind is None:
        skipped.append(seg.raw(3)[:60] or "(no code)")
        return

    def problem(text: str) -> None:
        where = f"OBX {seg.get(1) or '?'} ({seg.get(3, 2) or seg.get(3, 1) or 'no code'})"
        problems.append(f"{where}: {text}")

    value_type = seg.get(2)
    if value_type not in ("", "NM"):
        problem(f"value type '{value_type}' is not NM (numeric)")
        return
    unit_code, unit_text = seg.get(6, 1), seg.get(6, 2)
    if unit_code not in UNITS[kind] and unit_text not in UNITS[kind]:
        allowed = ", ".join(sorted(u for u in UNITS[kind] if not u.isdigit()))
        problem(f"unit '{unit_code or unit_text or 'none'}' is not {allowed}")
        return
    try:
        number = _whole(value)
    except ValueError as exc:
        problem(str(exc))
        return
    obx14 = seg.get(14)
    observed_at = default_time
    if obx14:
        try:
            observed_at = parse_time(obx14)
        except ValueError as exc:
            problem(f"OBX-14 {exc}")
            return
    observations.append(Observation(kind, number, observed_at, seg.raw(3)))


# --- From observations to readings -------------------------------------------------------------


def readings(observations: tuple[Observation, ...]) -> tuple[list[Reading], list[str]]:
    """Group values by observation time into as few readings as possible (HR and SpO2 at one
    time, the NIBP at its own time). Returns (readings, problems).

    The ECG heart rate wins over the pulse oximeter's pulse rate at the same time; the pulse
    rate is the heart rate when no ECG rate came. Two different values for one thing at one
    time, or a blood pressure without both systolic and diastolic, are problems.
    """
    by_time: dict[datetime, dict[str, int]] = {}
    problems: list[str] = []
    for obs in observations:
        values = by_time.setdefault(obs.observed_at, {})
        old = values.get(obs.kind)
        if old is not None and old != obs.value:
            problems.append(
                f"two different values for {obs.kind.replace('_', ' ')} at "
                f"{obs.observed_at:%H:%M:%S} UTC ({old} and {obs.value})"
            )
        values[obs.kind] = obs.value
    out = []
    for taken_at in sorted(by_time):
        v = by_time[taken_at]
        hr = v.get(HEART_RATE, v.get(PULSE_RATE))
        has_bp = any(k in v for k in (SYSTOLIC, DIASTOLIC, MEAN))
        if has_bp and not (SYSTOLIC in v and DIASTOLIC in v):
            problems.append(
                f"blood pressure at {taken_at:%H:%M:%S} UTC lacks its systolic or diastolic value"
            )
            continue
        out.append(
            Reading(
                taken_at=taken_at,
                heart_rate=hr,
                spo2=v.get(SPO2),
                systolic=v.get(SYSTOLIC),
                diastolic=v.get(DIASTOLIC),
                mean=v.get(MEAN),
            )
        )
    return out, problems
