"""HL7 v2 original-mode acknowledgements (ACK): AA accepted, AE error, AR rejected.

AA only after the values are committed. AE: the message was read but its content cannot be
used (out-of-range values, unknown codes only, bad units): sending it again will not help.
AR: the message could not be read at all (not HL7, not ORU^R01), or the store could not take
it (the sender may retry later). MSA-3 says why in words, an ERR segment gives the HL7 code.
"""

from __future__ import annotations

import itertools
import re

from ebp_logger.clock import utcnow
from ebp_logger.hl7.pcd01 import (
    ERR_APPLICATION,
    ERR_DATA_TYPE,
    ERR_REQUIRED_FIELD,
    ERR_SEGMENT_SEQUENCE,
    ERR_TABLE_VALUE,
    ERR_UNSUPPORTED_TYPE,
    ERR_UNSUPPORTED_VERSION,
    Header,
)

AA, AE, AR = "AA", "AE", "AR"
APPLICATION = "EBPLOGGER"
DEFAULT_VERSION = "2.6"
MAX_TEXT = 200  # MSA-3 is short text; a reason longer than this is cut

_ERR_TEXT = {
    ERR_SEGMENT_SEQUENCE: "Segment sequence error",
    ERR_REQUIRED_FIELD: "Required field missing",
    ERR_DATA_TYPE: "Data type error",
    ERR_TABLE_VALUE: "Table value not found",
    ERR_UNSUPPORTED_TYPE: "Unsupported message type",
    ERR_UNSUPPORTED_VERSION: "Unsupported version id",
    ERR_APPLICATION: "Application internal error",
}

_counter = itertools.count(1)
_ESCAPES = {"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "~": "\\R\\", "&": "\\T\\"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def escape(text: str) -> str:
    """Text made safe for one HL7 field with the standard separators."""
    text = _CONTROL.sub(" ", text)
    return "".join(_ESCAPES.get(c, c) for c in text)


def _echo(value: str, limit: int = 80) -> str:
    """A field copied from the sender's MSH: control characters and our field separator out
    (components stay, so MSH-3 "PATMON^00A0…^EUI-64" is echoed as sent)."""
    return _CONTROL.sub("", value).replace("|", "")[:limit]


def control_id() -> str:
    """A new, unique id for our own ACK (MSH-10)."""
    return f"EBP{utcnow():%Y%m%d%H%M%S}{next(_counter):06d}"


def build_ack(code: str, header: Header, text: str = "", error: str = "") -> str:
    """The ACK for ``header``'s message, segments separated by CR (no MLLP framing).

    ``error`` (HL7 table 0357) adds an ERR segment; AE/AR default to 207 when it is missing.
    """
    if code not in (AA, AE, AR):
        raise ValueError(f"ack code must be AA, AE or AR, not {code!r}")
    now = utcnow()
    stamp = now.strftime("%Y%m%d%H%M%S") + "+0000"
    version = header.version if re.fullmatch(r"2\.[0-9]{1,2}(\.[0-9]+)?", header.version) else ""
    processing = header.processing_id if header.processing_id in ("P", "T", "D") else "P"
    msh = "|".join(
        [
            "MSH",
            "^~\\&",
            APPLICATION,
            _echo(header.receiving_facility),
            _echo(header.sending_application),
            _echo(header.sending_facility),
            stamp,
            "",
            "ACK^R01^ACK",
            control_id(),
            processing,
            version or DEFAULT_VERSION,
        ]
    )
    reason = escape(text)[:MAX_TEXT]
    msa = "|".join(["MSA", code, _echo(header.control_id, 199), reason])
    segments = [msh, msa]
    if code != AA:
        err = error or ERR_APPLICATION
        segments.append(
            "|".join(
                ["ERR", "", "", f"{err}^{_ERR_TEXT.get(err, '')}^HL70357", "E", "", "", "", reason]
            )
        )
    return "\r".join(segments)
