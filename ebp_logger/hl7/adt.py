"""Reading hospital ADT messages with python-hl7: who the patient is (the CPR number among
PID-3's identifiers), name, birth date, sex, address, phone and the current location (PV1-3),
and for a merge (A40) the retired identifier in MRG-1.

Nothing here writes; ``store.services.adt`` applies what was read. A message that cannot be
used raises ``AdtRefused`` with the acknowledgement code and the reason for MSA-3/ERR.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import hl7

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.hl7 import hl7v2
from ebp_logger.hl7.hl7v2 import AE, AR, Header

# Events that create or update the patient; those that close the location; the merge.
UPDATE_EVENTS = ("A01", "A04", "A08", "A28", "A31")
CLOSE_EVENTS = ("A03", "A11")
MERGE_EVENTS = ("A40",)
EVENTS = UPDATE_EVENTS + CLOSE_EVENTS + MERGE_EVENTS
CPR_MARKS = {"CPR", "NNDNK", "1.2.208.176.1.2", "URN:OID:1.2.208.176.1.2"}
MAX_NAME = 200
MAX_TEXT = 300


class AdtRefused(Exception):
    """The message cannot be used: answered ``ack_code`` (AE content, AR unreadable)."""

    def __init__(self, ack_code: str, reason: str, error: str, header: Header) -> None:
        super().__init__(reason)
        self.ack_code = ack_code
        self.reason = reason
        self.error = error
        self.header = header


@dataclass(frozen=True)
class AdtEvent:
    header: Header
    event: str  # A01 … A40
    cpr: str  # 10 digits
    name: str = ""
    birth_date: date | None = None
    sex: str = ""  # male | female | "" (not sent: taken from the CPR number)
    address: str = ""
    phone: str = ""
    location: str = ""  # ward^room^bed as sent (trailing empty parts dropped)
    retired_cpr: str = ""  # A40: MRG-1


def _segment(msg: hl7.Message, seg: str) -> hl7.Segment:
    """The first segment of that name, found once per message (``Message.extract_field`` scans
    every segment on every call: most of the reading time)."""
    found = getattr(msg, "_first_segments", None)
    if found is None:
        found = {}
        for segment in msg:
            found.setdefault(str(segment[0][0]), segment)
        msg._first_segments = found
    return found[seg]


def _get(msg: hl7.Message, seg: str, field: int, rep: int = 1, comp: int = 1) -> str:
    try:
        value = _segment(msg, seg).extract_field(1, field, rep, comp, 1)
    except (KeyError, IndexError):
        return ""
    return str(value or "").strip()


def _repetitions(msg: hl7.Message, seg: str, field: int) -> int:
    try:
        value = msg.segment(seg)[field]
    except (KeyError, IndexError):
        return 0
    return len(value) if isinstance(value, hl7.Field) else 1


def header_of(msg: hl7.Message) -> Header:
    return Header(
        sending_application=_hd(msg, 3),
        sending_facility=_hd(msg, 4),
        receiving_application=_hd(msg, 5),
        receiving_facility=_hd(msg, 6),
        control_id=_get(msg, "MSH", 10)[:199],
        version=_get(msg, "MSH", 12),
        processing_id=_get(msg, "MSH", 11) or "P",
        event=_get(msg, "MSH", 9, 1, 2).upper(),
    )


def _hd(msg: hl7.Message, field: int) -> str:
    parts = [_get(msg, "MSH", field, 1, c) for c in (1, 2, 3)]
    while parts and not parts[-1]:
        parts.pop()
    return "^".join(parts)


def salvage_header(text: str) -> Header:
    """The MSH fields of a message that python-hl7 cannot parse, read by hand, so even a
    refusal is addressed to the right message."""
    for line in text.replace("\n", "\r").split("\r"):
        if line.startswith("MSH") and len(line) > 4:
            sep = line[3]
            # MSH-1 is the separator itself, so MSH-n is item n-1 of the split.
            f = line.split(sep) + [""] * 12
            return Header(
                sending_application=f[2],
                sending_facility=f[3],
                control_id=f[9][:199],
                version=f[11],
                processing_id=(f[10] or "P")[:1],
                event=(f[8].split("^") + [""])[1][:3].upper(),
            )
    return Header()


def _valid_cpr(text: str) -> str | None:
    digits = text.replace("-", "").strip()
    if len(digits) != 10 or not digits.isdigit():
        return None
    try:
        parse_cpr(digits, to_local(utcnow()).date())
    except ValidationError:
        return None
    return digits


def cpr_from_cx(msg: hl7.Message, seg: str, field: int) -> str | None:
    """The CPR number among a CX field's repetitions: the one whose assigning authority or
    identifier type marks it (CPR, NNDNK, DK-core's OID), else one that reads as a valid CPR
    number (10 digits, a real birth date)."""
    count = _repetitions(msg, seg, field)
    marked, plain = [], []
    for rep in range(1, count + 1):
        ident = _get(msg, seg, field, rep, 1)
        if not ident:
            continue
        marks = {
            _get(msg, seg, field, rep, 4).upper(),
            _get(msg, seg, field, rep, 5).upper(),
        }
        (marked if marks & CPR_MARKS else plain).append(ident)
    for ident in marked + plain:
        digits = _valid_cpr(ident)
        if digits:
            return digits
    return None


def _name(msg: hl7.Message) -> str:
    family = _get(msg, "PID", 5, 1, 1)
    given = _get(msg, "PID", 5, 1, 2)
    middle = _get(msg, "PID", 5, 1, 3)
    return " ".join(" ".join(p for p in (given, middle, family) if p).split())[:MAX_NAME]


def _birth_date(msg: hl7.Message) -> date | None:
    text = _get(msg, "PID", 7)[:8]
    if len(text) == 8 and text.isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None
    return None


def _address(msg: hl7.Message) -> str:
    street = " ".join(p for p in (_get(msg, "PID", 11, 1, 1), _get(msg, "PID", 11, 1, 2)) if p)
    city = " ".join(p for p in (_get(msg, "PID", 11, 1, 5), _get(msg, "PID", 11, 1, 3)) if p)
    country = _get(msg, "PID", 11, 1, 6)
    return ", ".join(p for p in (street, city, country) if p)[:MAX_TEXT]


def _phone(msg: hl7.Message) -> str:
    for comp in (1, 12, 7):
        value = _get(msg, "PID", 13, 1, comp)
        if value:
            return value[:60]
    return ""


def _location(msg: hl7.Message) -> str:
    parts = [_get(msg, "PV1", 3, 1, c) for c in (1, 2, 3)]
    while parts and not parts[-1]:
        parts.pop()
    return "^".join(parts)[:MAX_TEXT]


def parse(text: str) -> AdtEvent:
    """Read one ADT message (segments separated by CR) or raise ``AdtRefused``."""
    text = text.replace("\r\n", "\r").replace("\n", "\r").strip("\r")
    if not text.startswith("MSH"):
        raise AdtRefused(
            AR, "not an HL7 message (no MSH segment first)", hl7v2.ERR_SEGMENT_SEQUENCE, Header()
        )
    try:
        msg = hl7.parse(text)
        header = header_of(msg)
    except Exception as exc:
        raise AdtRefused(
            AR, f"malformed: {type(exc).__name__}", hl7v2.ERR_SEGMENT_SEQUENCE, salvage_header(text)
        ) from None
    kind = _get(msg, "MSH", 9, 1, 1).upper()
    if kind != "ADT":
        raise AdtRefused(
            AR, f"not an ADT message ({kind or 'no type'})", hl7v2.ERR_UNSUPPORTED_EVENT, header
        )
    event = header.event
    if event not in EVENTS:
        raise AdtRefused(
            AR,
            f"unknown event {event or '(none)'}: taken are {', '.join(EVENTS)}",
            hl7v2.ERR_UNSUPPORTED_EVENT,
            header,
        )
    try:
        msg.segment("PID")
    except KeyError:
        raise AdtRefused(AE, "no PID segment", hl7v2.ERR_SEGMENT_SEQUENCE, header) from None
    cpr = cpr_from_cx(msg, "PID", 3)
    if cpr is None:
        raise AdtRefused(
            AE,
            "no CPR number in PID-3 (marked CPR/NNDNK, or a valid 10-digit CPR number)",
            hl7v2.ERR_REQUIRED_FIELD,
            header,
        )
    retired = ""
    if event in MERGE_EVENTS:
        try:
            msg.segment("MRG")
        except KeyError:
            raise AdtRefused(
                AE, "A40 without an MRG segment", hl7v2.ERR_SEGMENT_SEQUENCE, header
            ) from None
        retired = cpr_from_cx(msg, "MRG", 1) or ""
        if not retired:
            raise AdtRefused(
                AE,
                "no CPR number in MRG-1 (the retired identifier)",
                hl7v2.ERR_REQUIRED_FIELD,
                header,
            )
        if retired == cpr:
            raise AdtRefused(
                AE, "MRG-1 names the same CPR number as PID-3", hl7v2.ERR_DATA_TYPE, header
            )
    sex = {"M": "male", "F": "female"}.get(_get(msg, "PID", 8).upper(), "")
    return AdtEvent(
        header=header,
        event=event,
        cpr=cpr,
        name=_name(msg),
        birth_date=_birth_date(msg),
        sex=sex,
        address=_address(msg),
        phone=_phone(msg),
        location=_location(msg),
        retired_cpr=retired,
    )
