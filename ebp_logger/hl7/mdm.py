"""The procedure record for the hospital's record: ``MDM^T02`` (new document) and ``MDM^T10``
(replacement of the same document number), built with hl7apy.

Segments: MSH, EVN, PID (the CPR number, DK style: ``^^^CPR^NNDNK``), PV1, TXA (document type
from the settings, the procedure time, the operator, the session's unique document number in
TXA-12 and, for a replacement, TXA-13; status AU/AV) and one OBX of type ED holding the PDF as
``^AP^PDF^Base64^<data>``.

Validation: hl7apy checks the whole message strictly for MDM_T02 (the structure T02 and T10
share). It holds text to HL7's suggested length (TX 65,536 characters; OBX-5 is read back as a
string of at most 199), while a procedure record PDF is 50–500 kB in base64; so the structure
is validated with the data replaced by a short base64 placeholder, and the data itself is
checked apart: base64 that decodes to the PDF.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.core import Message

from ebp_logger.hl7 import hl7v2

VERSION = "2.5"
T02, T10 = "T02", "T10"
PLACEHOLDER = "UERG"  # base64 of "PDF": stands in for the data while hl7apy checks the rest
# LOINC 28570-0 "Procedure note" names what the document is (OBX-3).
OBX_CODE = "28570-0^Procedure note^LN"


class MdmSettings(Protocol):
    """The department settings a message takes (``store.settings.AppSettings`` has them)."""

    hl7_sending_application: str
    hl7_sending_facility: str
    hl7_receiving_application: str
    hl7_receiving_facility: str
    mdm_document_type: str


@dataclass(frozen=True)
class DocumentFacts:
    """What an MDM message says about the session, read from the store."""

    session_id: int
    cpr: str
    name: str
    birth_date: datetime | None
    sex: str
    location: str
    operator_username: str
    operator_name: str
    procedure_at: datetime | None
    document_number: str


def document_number(session_id: int, application: str = "EBPLOGGER") -> str:
    """The session's unique document number (TXA-12), the same for every version of it."""
    return f"EBP-{session_id}^{hl7v2.clean(application, 20) or 'EBPLOGGER'}"


def _xpn(name: str) -> str:
    words = name.split()
    if not words:
        return ""
    family, given = words[-1], " ".join(words[:-1])
    return hl7v2.clean(f"{family}") + ("^" + hl7v2.clean(given) if given else "")


def _xcn(username: str, full_name: str) -> str:
    return f"{hl7v2.clean(username, 15)}^{_xpn(full_name)}"


def build(
    facts: DocumentFacts,
    event: str,
    control_id: str,
    pdf: bytes,
    conf: MdmSettings,
    at: datetime | None = None,
) -> str:
    """The MDM message (segments separated by CR), validated; ``event`` T02 or T10."""
    if event not in (T02, T10):
        raise ValueError(f"event must be T02 or T10, not {event!r}")
    now = hl7v2.hl7_time(at)
    m = Message("MDM_T02", version=VERSION, validation_level=VALIDATION_LEVEL.STRICT)
    m.msh.msh_3 = hl7v2.clean(conf.hl7_sending_application) or "EBPLOGGER"
    if conf.hl7_sending_facility:
        m.msh.msh_4 = hl7v2.clean(conf.hl7_sending_facility)
    if conf.hl7_receiving_application:
        m.msh.msh_5 = hl7v2.clean(conf.hl7_receiving_application)
    if conf.hl7_receiving_facility:
        m.msh.msh_6 = hl7v2.clean(conf.hl7_receiving_facility)
    m.msh.msh_7 = now
    m.msh.msh_9 = f"MDM^{event}^MDM_T02"
    m.msh.msh_10 = control_id
    m.msh.msh_11 = "P"
    m.msh.msh_12 = VERSION
    m.msh.msh_18 = "UNICODE UTF-8"
    m.evn.evn_1 = event
    m.evn.evn_2 = now
    m.pid.pid_1 = "1"
    m.pid.pid_3 = f"{facts.cpr}^^^CPR^NNDNK"
    m.pid.pid_5 = _xpn(facts.name) or "UNKNOWN"
    if facts.birth_date:
        m.pid.pid_7 = f"{facts.birth_date:%Y%m%d}"
    m.pid.pid_8 = {"male": "M", "female": "F"}.get(facts.sex, "U")
    m.pv1.pv1_1 = "1"
    m.pv1.pv1_2 = "U"  # patient class: not known to us (day case or inpatient)
    if facts.location:
        m.pv1.pv1_3 = hl7v2.clean(facts.location).replace("\\S\\", "^")
    m.txa.txa_1 = "1"
    m.txa.txa_2 = hl7v2.clean(conf.mdm_document_type, 30) or "PN"
    m.txa.txa_3 = "AP"  # content presentation: application data (the PDF)
    if facts.procedure_at:
        m.txa.txa_4 = hl7v2.hl7_time(facts.procedure_at)
    m.txa.txa_5 = _xcn(facts.operator_username, facts.operator_name)
    m.txa.txa_6 = now
    m.txa.txa_9 = _xcn(facts.operator_username, facts.operator_name)
    m.txa.txa_12 = facts.document_number
    if event == T10:
        m.txa.txa_13 = facts.document_number  # the document this one replaces
    m.txa.txa_17 = "AU"  # authenticated
    m.txa.txa_19 = "AV"  # available for patient care
    obx = m.mdm_t02_observation.obx
    obx.obx_1 = "1"
    obx.obx_2 = "ED"
    obx.obx_3 = OBX_CODE
    obx.obx_5 = f"^AP^PDF^Base64^{PLACEHOLDER}"
    obx.obx_11 = "F"
    skeleton = m.to_er7()
    hl7v2.validate_strict(skeleton)
    data = base64.b64encode(pdf).decode("ascii")
    return skeleton.replace(f"^AP^PDF^Base64^{PLACEHOLDER}", f"^AP^PDF^Base64^{data}", 1)


def validate(er7: str) -> bytes:
    """Check an MDM message we emit: the structure strictly (hl7apy, MDM_T02) and the data as
    base64 of a PDF. Returns the PDF."""
    head, sep, rest = er7.partition("^AP^PDF^Base64^")
    if not sep:
        raise hl7v2.InvalidMessage("no ED data (^AP^PDF^Base64^) in the message")
    data, bar, tail = rest.partition("|")
    data, cr, after = data.partition("\r") if not bar else (data, "", "")
    hl7v2.validate_strict(head + sep + PLACEHOLDER + (bar + tail if bar else cr + after))
    try:
        pdf = base64.b64decode(data, validate=True)
    except ValueError as exc:
        raise hl7v2.InvalidMessage(f"OBX-5 data is not base64: {exc}") from exc
    if not pdf.startswith(b"%PDF-"):
        raise hl7v2.InvalidMessage("OBX-5 data is not a PDF")
    return pdf
