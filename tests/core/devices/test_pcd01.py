"""Reading PCD-01 messages: codes, units, times with offsets, patient and bed."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ebp_logger.hl7 import pcd01
from ebp_logger.hl7.pcd01 import MalformedMessage, parse, readings
from tests.core.devices.conftest import SAMPLE

UTC = timezone.utc
MSH = "MSH|^~\\&|MON|ROOM|EBPLOGGER|ANAESTESI|20261123101500+0100||ORU^R01^ORU_R01|C1|P|2.6"


def msg(*segments: str, msh: str = MSH) -> str:
    return "\r".join((msh,) + segments)


def obx(n: int, code: str, value: str, unit: str, when: str = "", status: str = "R") -> str:
    return f"OBX|{n}|NM|{code}|1.1.1.{n}|{value}|{unit}|||||{status}|||{when}"


HR = "147842^MDC_ECG_HEART_RATE^MDC"
BPM = "264864^MDC_DIM_BEAT_PER_MIN^MDC"
MMHG = "266016^MDC_DIM_MMHG^MDC"


def test_the_shared_sample_reads_as_sent():
    m = parse(pcd01.decode(SAMPLE.read_bytes()))
    assert m.header.control_id == "PM-000451"
    assert m.cpr == "1205711003"
    assert m.bed == "OP-STUE-2^^2"
    assert m.sent_at == datetime(2026, 11, 23, 9, 15, tzinfo=UTC)  # 10:15 at +01:00
    kinds = {o.kind: o.value for o in m.observations}
    assert kinds == {
        "heart_rate": 68,
        "spo2": 97,
        "pulse_rate": 69,
        "systolic": 126,
        "diastolic": 78,
        "mean": 94,
    }
    assert m.skipped == () and m.problems == ()
    found, problems = readings(m.observations)
    assert problems == []
    # NIBP at 10:14:30+01:00, HR/SpO2 at 10:15:00+01:00: two readings, HR from the ECG.
    assert [(r.taken_at.time().isoformat(), r.heart_rate, r.spo2, r.systolic) for r in found] == [
        ("09:14:30", None, None, 126),
        ("09:15:00", 68, 97, None),
    ]


@pytest.mark.parametrize(
    "code,unit,kind",
    [
        ("150301^MDC_PRESS_CUFF_SYS^MDC", MMHG, "systolic"),
        ("150302^MDC_PRESS_CUFF_DIA^MDC", MMHG, "diastolic"),
        ("150303^MDC_PRESS_CUFF_MEAN^MDC", MMHG, "mean"),
        ("150021^MDC_PRESS_BLD_NONINV_SYS^MDC", MMHG, "systolic"),
        ("^MDC_PRESS_CUFF_SYS^MDC", MMHG, "systolic"),  # mnemonic only
        ("8867-4^Heart rate^LN", "/min^/min^UCUM", "heart_rate"),
        ("59408-5^SpO2^LN", "%^%^UCUM", "spo2"),
        ("2708-6^SaO2^LN", "%", "spo2"),
        ("8480-6^Systolic^LN", "mm[Hg]^mm[Hg]^UCUM", "systolic"),
        ("8462-4^Diastolic^LN", "mm[Hg]", "diastolic"),
        ("8478-0^Mean^LN", "mm[Hg]", "mean"),
        ("149530^MDC_PULS_OXIM_PULS_RATE^MDC", "^MDC_DIM_BEAT_PER_MIN^MDC", "pulse_rate"),
    ],
)
def test_mdc_and_loinc_codes(code, unit, kind):
    m = parse(msg(obx(1, code, "80", unit)))
    assert [(o.kind, o.value) for o in m.observations] == [(kind, 80)]


@pytest.mark.parametrize(
    "code,unit",
    [
        (HR, "262688^MDC_DIM_PERCENT^MDC"),  # heart rate in percent
        ("150456^MDC_PULS_OXIM_SAT_O2^MDC", BPM),
        ("150021^MDC_PRESS_BLD_NONINV_SYS^MDC", "kPa^kPa^UCUM"),
        (HR, ""),  # no unit at all: not guessed
    ],
)
def test_a_wrong_or_missing_unit_is_a_problem(code, unit):
    m = parse(msg(obx(1, code, "80", unit)))
    assert m.observations == ()
    assert len(m.problems) == 1 and "unit" in m.problems[0]


def test_a_loinc_code_under_the_mdc_system_is_unknown():
    m = parse(msg(obx(1, "8867-4^Heart rate^MDC", "80", "/min")))
    assert m.observations == () and m.skipped == ("8867-4^Heart rate^MDC",)


def test_unknown_codes_are_noted_and_device_rows_ignored():
    m = parse(
        msg(
            "OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X",
            obx(2, "151562^MDC_RESP_RATE^MDC", "14", "264928^MDC_DIM_RESP_PER_MIN^MDC"),
            obx(3, HR, "70", BPM, status="X"),  # channel off: no value
        )
    )
    assert m.observations == () and m.problems == ()
    assert m.skipped == ("151562^MDC_RESP_RATE^MDC",)


@pytest.mark.parametrize("value", ["abc", "1e3", "NaN", "", "7O", "12345678901"])
def test_values_that_are_not_numbers(value):
    m = parse(msg(obx(1, HR, value, BPM)))
    assert m.observations == ()
    assert (m.problems != ()) == (value != "")  # an empty value is an empty channel


def test_decimals_are_rounded_to_whole_numbers():
    m = parse(msg(obx(1, HR, "71.5", BPM), obx(2, "150456^X^MDC", "97.49", "%")))
    assert [o.value for o in m.observations] == [72, 97]


def test_observation_time_obx14_then_obr7_then_msh7():
    m = parse(
        msg(
            obx(1, HR, "60", BPM),  # before any OBR: MSH-7
            "OBR|1|||182777000^monitoring^SCT|||20261123093000-0200",
            obx(2, HR, "61", BPM),  # OBR-7 of its group
            obx(3, HR, "62", BPM, when="20261123101000+0100"),  # its own OBX-14
            "OBR|2|||182777000^monitoring^SCT",
            obx(4, HR, "63", BPM),  # a group without OBR-7: MSH-7 again
        )
    )
    got = [(o.value, o.observed_at.strftime("%H:%M")) for o in m.observations]
    assert got == [(60, "09:15"), (61, "11:30"), (62, "09:10"), (63, "09:15")]


def test_time_without_offset_is_local_time():
    m = parse(msg(obx(1, HR, "60", BPM, when="20261123101500")))
    expected = datetime(2026, 11, 23, 10, 15).astimezone().astimezone(UTC)
    assert m.observations[0].observed_at == expected


@pytest.mark.parametrize("when", ["2026112310", "20261340101500", "yesterday", "20261123256000"])
def test_unreadable_times_are_problems(when):
    m = parse(msg(obx(1, HR, "60", BPM, when=when)))
    assert m.observations == () and "OBX-14" in m.problems[0]


@pytest.mark.parametrize(
    "pid3,cpr",
    [
        ("1205711003^^^CPR^NNDNK", "1205711003"),
        ("120571-1003", "1205711003"),  # a lone identifier that reads as a CPR number
        ("H123456^^^HOSP^MR~1205711003^^^CPR", "1205711003"),
        ("H123456^^^HOSP^MR", None),
        ("999999-9999^^^CPR", None),  # not a real date: not a CPR number
        ("", None),
    ],
)
def test_cpr_from_pid3(pid3, cpr):
    m = parse(msg(f"PID|||{pid3}", obx(1, HR, "60", BPM)))
    assert m.cpr == cpr


def test_bed_key_compares_words_and_numbers():
    m = parse(msg("PV1||I|OP-STUE-2^^2", obx(1, HR, "60", BPM)))
    assert m.bed_key == pcd01.location_key("op-stue-2 / 2")
    assert m.bed_key != pcd01.location_key("OP-STUE-22")


@pytest.mark.parametrize(
    "text,why",
    [
        ("garbage", "MSH"),
        ("MSH", "HL7"),
        (msg(msh=MSH.replace("ORU^R01^ORU_R01", "ADT^A01")), "ORU^R01"),
        (msg(msh=MSH.replace("|C1|", "||")), "MSH-10"),
        (msg(msh=MSH.replace("|2.6", "|3.0")), "version"),
        (msg(msh=MSH.replace("20261123101500+0100", "")), "MSH-7"),
    ],
)
def test_malformed_messages(text, why):
    with pytest.raises(MalformedMessage) as err:
        parse(text)
    assert why in err.value.reason


def test_malformed_keeps_the_control_id_for_the_nak():
    with pytest.raises(MalformedMessage) as err:
        parse(MSH.replace("ORU^R01^ORU_R01", "ADT^A01"))
    assert err.value.header.control_id == "C1"
    assert err.value.error == pcd01.ERR_UNSUPPORTED_TYPE


def test_invalid_utf8_is_malformed():
    with pytest.raises(MalformedMessage) as err:
        pcd01.decode(MSH.encode() + b"\rPID|||J\xf8rgen")
    assert "UTF-8" in err.value.reason and err.value.header.control_id == "C1"


def test_line_feeds_are_segment_separators():
    m = parse(msg(obx(1, HR, "60", BPM)).replace("\r", "\r\n"))
    assert len(m.observations) == 1


def test_readings_group_by_time_and_prefer_the_ecg_rate():
    t1 = "20261123101500+0100"
    t2 = "20261123101000+0100"
    m = parse(
        msg(
            obx(1, "149530^MDC_PULS_OXIM_PULS_RATE^MDC", "75", BPM, t1),
            obx(2, HR, "70", BPM, t1),
            obx(3, "150456^MDC_PULS_OXIM_SAT_O2^MDC", "96", "%", t1),
            obx(4, "149530^MDC_PULS_OXIM_PULS_RATE^MDC", "66", BPM, t2),
        )
    )
    found, problems = readings(m.observations)
    assert problems == []
    assert [(r.heart_rate, r.spo2) for r in found] == [(66, None), (70, 96)]


def test_incomplete_or_contradictory_values_are_problems():
    t = "20261123101500+0100"
    m = parse(msg(obx(1, "150021^S^MDC", "120", MMHG, t), obx(2, HR, "70", BPM, t)))
    assert "lacks" in readings(m.observations)[1][0]
    m = parse(msg(obx(1, HR, "70", BPM, t), obx(2, "8867-4^HR^LN", "90", "/min", t)))
    assert "two different values" in readings(m.observations)[1][0]


def test_declared_encoding_characters_and_escapes_are_honoured():
    # '#' separates fields, '*' components, '!' is the escape: "8867!S!4" would be odd, but a
    # unit "mm[Hg]" and a text with an escaped separator read as meant.
    m = parse(
        "MSH#*~!&#MON#ROOM#EBPLOGGER#ANAESTESI#20261123101500+0100##ORU*R01#C!F!1#P#2.6\r"
        "PID###1205711003***CPR\r"
        "OBX#1#NM#147842*heart !T! rate*MDC##71#/min#####R###20261123101000+0100"
    )
    assert m.header.control_id == "C!F!1"  # echoed as sent
    assert m.cpr == "1205711003"
    assert [(o.kind, o.value, o.code) for o in m.observations] == [
        ("heart_rate", 71, "147842*heart !T! rate*MDC")
    ]


@pytest.mark.parametrize(
    "value,read",
    [
        ("7\\E\\2", None),  # "7\2": not a number
        ("72\\", None),  # a lone escape character is kept, not dropped
        ("\\H\\72", None),  # formatting escapes are kept as sent
        ("72", 72),
    ],
)
def test_escapes_never_make_a_number_out_of_something_else(value, read):
    m = parse(msg(obx(1, HR, value, BPM)))
    assert [o.value for o in m.observations] == ([read] if read else [])


def test_an_escaped_separator_stays_inside_its_component():
    m = parse(msg(obx(1, HR, "70", "264864\\S\\MDC_DIM_BEAT_PER_MIN")))
    assert "unit '264864^MDC_DIM_BEAT_PER_MIN'" in m.problems[0]  # one component, not a unit
    m = parse(msg(obx(1, HR, "70", "/min\\R\\")))
    assert "unit '/min~'" in m.problems[0]


@pytest.mark.parametrize(
    "when,utc",
    [
        ("20261123101500-0030", "10:45"),  # a negative offset under one hour
        ("20261123101500+0545", "04:30"),
        ("20261123101500.5+0000", "10:15"),
    ],
)
def test_utc_offsets(when, utc):
    m = parse(msg(obx(1, HR, "60", BPM, when=when)))
    assert m.observations[0].observed_at.strftime("%H:%M") == utc


@pytest.mark.parametrize(
    "when", ["20261123101500+9999", "20261123101500+0160", "202611231015+1500"]
)
def test_impossible_utc_offsets_are_problems(when):
    m = parse(msg(obx(1, HR, "60", BPM, when=when)))
    assert m.observations == () and "offset" in m.problems[0]
