"""What the hospital interfaces share: HL7 time stamps, control ids, acknowledgements built
with hl7apy, and hl7apy's strict validation of every message we emit.

hl7apy is an HL7 implementation of its own (message structures, data types, tables per
version), so a message it accepts in STRICT mode is checked independently of how we built it.
"""

from __future__ import annotations

import itertools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.core import Message
from hl7apy.parser import parse_message

from ebp_logger.clock import utcnow
from ebp_logger.hl7.ack import escape

AA, AE, AR = "AA", "AE", "AR"
# HL7 table 0357 (message error condition codes) used in ERR-3.
ERR_SEGMENT_SEQUENCE = "100"
ERR_REQUIRED_FIELD = "101"
ERR_DATA_TYPE = "102"
ERR_TABLE_VALUE = "103"
ERR_UNSUPPORTED_EVENT = "201"
ERR_APPLICATION = "207"
_ERR_TEXT = {
    ERR_SEGMENT_SEQUENCE: "Segment sequence error",
    ERR_REQUIRED_FIELD: "Required field missing",
    ERR_DATA_TYPE: "Data type error",
    ERR_TABLE_VALUE: "Table value not found",
    ERR_UNSUPPORTED_EVENT: "Unsupported event code",
    ERR_APPLICATION: "Application internal error",
}
# An ACK answers in the sender's version when it is one of these, else in 2.5: the ERR fields
# used here (ERR-3/4/8) exist from 2.5 on, and MSA-3 (the reason in words) is withdrawn in 2.7.
VERSIONS = ("2.5", "2.5.1", "2.6")
DEFAULT_VERSION = "2.5"
MAX_ACK_TEXT = 80  # MSA-3 is ST(80) in 2.5; the ERR segment carries the full reason
MAX_ERR_TEXT = 250

_counter = itertools.count(1)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Header:
    """MSH fields an acknowledgement echoes."""

    sending_application: str = ""
    sending_facility: str = ""
    receiving_application: str = ""
    receiving_facility: str = ""
    control_id: str = ""
    version: str = ""
    processing_id: str = "P"
    event: str = ""  # MSH-9.2, e.g. A08


def hl7_time(at: datetime | None = None) -> str:
    """A DTM in UTC with its offset (HL7 DTM allows +ZZZZ)."""
    at = (at or utcnow()).astimezone(timezone.utc)
    return at.strftime("%Y%m%d%H%M%S") + "+0000"


def new_control_id() -> str:
    """A unique MSH-10 in 20 characters (ST(20) in 2.5): the second, a counter of this process
    in three base-36 digits (46,656 ids a second before it repeats; three decimal digits
    repeated after 1,000, and a burst then relied on the random part alone) and a random part
    (another process may make ids in the same second)."""
    n = next(_counter) % 36**3
    count = _B36[n // 1296] + _B36[n // 36 % 36] + _B36[n % 36]
    return f"E{utcnow():%y%m%d%H%M%S}{count}{secrets.token_hex(2)}"


_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def clean(value: str, limit: int = 180) -> str:
    """A value copied into one of our fields: no control characters, escaped."""
    return escape(_CONTROL.sub(" ", value or ""))[:limit]


def _echo(value: str) -> str:
    # The sender's HD is echoed with its components, without field/repetition separators.
    return _CONTROL.sub("", value or "").replace("|", "").replace("~", "")[:180]


@lru_cache(maxsize=32)
def _ack_template(version: str, with_err: bool) -> tuple[tuple[str, ...], ...]:
    """An ACK of this version built with hl7apy (every field we fill present) and validated
    strictly, as segments of fields. hl7apy takes some 15 ms to build and as long to validate
    a message, more than the whole commit an ADT message costs: so the structure is built and
    checked once per version, and each ACK only sets field values in it (escaped, within the
    field's length), which keeps it valid. The tests validate emitted ACKs strictly too."""
    m = Message("ACK", version=version, validation_level=VALIDATION_LEVEL.STRICT)
    m.msh.msh_3 = "A"
    m.msh.msh_4 = "A"
    m.msh.msh_5 = "A"
    m.msh.msh_6 = "A"
    m.msh.msh_7 = "20000101000000+0000"
    m.msh.msh_9 = "ACK^A01^ACK"
    m.msh.msh_10 = "A"
    m.msh.msh_11 = "P"
    m.msh.msh_12 = version
    m.msa.msa_1 = AA
    m.msa.msa_2 = "A"
    m.msa.msa_3 = "A"
    if with_err:
        m.add_segment("ERR")
        m.err.err_3 = f"{ERR_APPLICATION}^A^HL70357"
        m.err.err_4 = "E"
        m.err.err_8 = "A"
    er7 = m.to_er7()
    validate_strict(er7)
    return tuple(tuple(seg.split("|")) for seg in er7.split("\r"))


def build_ack(
    code: str,
    header: Header,
    text: str = "",
    error: str = "",
    *,
    application: str = "EBPLOGGER",
    facility: str = "",
) -> str:
    """The original-mode ACK for ``header``'s message (segments separated by CR), in the
    structure hl7apy built and validated for the sender's version (see ``_ack_template``)."""
    if code not in (AA, AE, AR):
        raise ValueError(f"ack code must be AA, AE or AR, not {code!r}")
    event = header.event if re.fullmatch(r"[A-Z0-9]{3}", header.event or "") else ""
    # 2.6 requires the trigger event in MSH-9; without one (unreadable header) answer in 2.5.
    version = header.version if header.version in VERSIONS and event else DEFAULT_VERSION
    segments = [list(seg) for seg in _ack_template(version, code != AA)]
    msh, msa = segments[0], segments[1]
    # MSH-1 is the separator itself, so MSH-n is item n-1 of the split; other segments: n.
    msh[2] = clean(application) or "EBPLOGGER"
    msh[3] = clean(facility)
    msh[4] = _echo(header.sending_application)
    msh[5] = _echo(header.sending_facility)
    msh[6] = hl7_time()
    msh[8] = f"ACK^{event}^ACK" if event else "ACK^^ACK"
    msh[9] = new_control_id()
    msh[10] = header.processing_id if header.processing_id in ("P", "T", "D") else "P"
    msa[1] = code
    msa[2] = _echo(header.control_id).replace("^", "").replace("&", "")[:199] or "UNKNOWN"
    reason = clean(text, 10_000)
    msa[3] = _cut(reason, MAX_ACK_TEXT)
    if code != AA:
        err = segments[2]
        code_357 = error if error in _ERR_TEXT else ERR_APPLICATION
        err[3] = f"{code_357}^{_ERR_TEXT[code_357]}^HL70357"
        err[8] = _cut(reason, MAX_ERR_TEXT)
    return "\r".join("|".join(seg).rstrip("|") for seg in segments)


def _cut(escaped: str, limit: int) -> str:
    """Cut escaped text without splitting an escape sequence (\\F\\ etc.)."""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[:limit]
    if cut.count("\\") % 2:  # inside an escape sequence: drop its start
        cut = cut[: cut.rfind("\\")]
    return cut


class InvalidMessage(ValueError):
    """A message we built does not pass hl7apy's strict validation."""


def validate_strict(er7: str) -> None:
    """Parse ``er7`` with hl7apy in STRICT mode, groups found, and validate it against its
    message structure (segments, cardinality, data types, lengths)."""
    try:
        msg = parse_message(er7, validation_level=VALIDATION_LEVEL.STRICT, find_groups=True)
        msg.validate()
    except Exception as exc:  # hl7apy raises several kinds; all mean the same here
        raise InvalidMessage(f"{type(exc).__name__}: {exc}") from exc
