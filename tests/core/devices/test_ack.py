"""Acknowledgements: well-formed ACKs that echo MSH-10 and say why in MSA-3."""

from __future__ import annotations

import hl7
import pytest

from ebp_logger.hl7 import ack
from ebp_logger.hl7.pcd01 import Header

HEADER = Header(
    control_id="PM-000451",
    sending_application="PATMON^00A0B1FFFE2C3D4E^EUI-64",
    sending_facility="OP-STUE-2",
    receiving_application="EBPLOGGER",
    receiving_facility="ANAESTESI",
    message_type="ORU^R01^ORU_R01",
    processing_id="P",
    version="2.6",
)


def test_aa_echoes_the_control_id_and_swaps_sender_and_receiver():
    m = hl7.parse(ack.build_ack(ack.AA, HEADER))
    msh, msa = m.segment("MSH"), m.segment("MSA")
    assert str(msh[9]) == "ACK^R01^ACK"
    assert str(msh[5]) == "PATMON^00A0B1FFFE2C3D4E^EUI-64" and str(msh[6]) == "OP-STUE-2"
    assert str(msh[3]) == "EBPLOGGER" and str(msh[4]) == "ANAESTESI"
    assert str(msh[12]) == "2.6"
    assert str(msa[1]) == "AA" and str(msa[2]) == "PM-000451"
    assert len(m) == 2  # no ERR on success


@pytest.mark.parametrize("code", [ack.AE, ack.AR])
def test_naks_carry_the_reason_in_msa3_and_err(code):
    reason = "spo2: 127 is outside the range | a^b~c&d\\e"
    m = hl7.parse(ack.build_ack(code, HEADER, reason, ack.ERR_DATA_TYPE))
    assert str(m.segment("MSA")[1]) == code
    # Separators in the reason are escaped, so the reason reads back exactly.
    assert m.unescape(str(m.segment("MSA")[3])) == reason
    err = m.segment("ERR")
    assert str(err[3]).startswith("102^Data type error^HL70357")


def test_an_empty_header_still_gives_a_valid_ack():
    text = ack.build_ack(ack.AR, Header(), "no MLLP start block")
    m = hl7.parse(text)
    assert str(m.segment("MSA")[1]) == "AR" and str(m.segment("MSA")[2]) == ""
    assert str(m.segment("MSH")[12]) == ack.DEFAULT_VERSION


def test_hostile_header_fields_cannot_break_the_ack():
    evil = Header(control_id="X|Y\rMSA|AA", sending_application="A\x00|B", version="9\r")
    m = hl7.parse(ack.build_ack(ack.AE, evil, "x" * 1000))
    assert [str(s[0]) for s in m] == ["MSH", "MSA", "ERR"]
    assert str(m.segment("MSA")[1]) == "AE"
    assert len(str(m.segment("MSA")[3])) <= ack.MAX_TEXT


def test_control_ids_are_unique():
    assert len({ack.control_id() for _ in range(1000)}) == 1000


def test_unknown_ack_code_is_a_programming_error():
    with pytest.raises(ValueError):
        ack.build_ack("CA", HEADER)
