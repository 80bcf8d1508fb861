"""Acknowledgements: built in the structure hl7apy made and checked, for every version and
shape we answer, with the reason escaped and cut without breaking an escape sequence."""

from __future__ import annotations

import pytest

from ebp_logger.hl7 import hl7v2


@pytest.mark.parametrize("version", list(hl7v2.VERSIONS) + ["2.3", "2.4", "2.7", ""])
@pytest.mark.parametrize("code", ["AA", "AE", "AR"])
@pytest.mark.parametrize("event", ["A08", ""])
def test_every_ack_passes_strict_validation(version, code, event):
    header = hl7v2.Header("EPIC^1.2.3^ISO", "RH", "EBP", "ANAE", "C|1~2", version, "P", event)
    ack = hl7v2.build_ack(code, header, "bad | value ^ here", hl7v2.ERR_REQUIRED_FIELD)
    hl7v2.validate_strict(ack)
    msh, msa = ack.split("\r")[:2]
    assert msa.split("|")[1:3] == [code, "C12"]
    assert msh.split("|")[4] == "EPIC^1.2.3^ISO"
    assert ("ERR|" in ack) == (code != "AA")


def test_a_long_reason_is_cut_between_escape_sequences():
    text = "|" * 200
    ack = hl7v2.build_ack("AE", hl7v2.Header(control_id="X", version="2.5", event="A01"), text)
    msa3 = ack.split("\r")[1].split("|")[3]
    assert len(msa3) <= hl7v2.MAX_ACK_TEXT and msa3.count("\\") % 2 == 0
    hl7v2.validate_strict(ack)


def test_control_ids_are_unique_and_fit_st20(clock):
    """A burst in one second (the clock stands still) still gives 20,000 distinct ids: the
    counter carries them, not luck (with a three-digit counter this failed)."""
    ids = {hl7v2.new_control_id() for _ in range(20_000)}
    assert len(ids) == 20_000 and all(len(i) <= 20 for i in ids)
