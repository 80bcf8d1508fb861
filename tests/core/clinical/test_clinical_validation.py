"""Validators: no invalid value passes, no valid one is refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ebp_logger.clinical.enums import EcgRhythm
from ebp_logger.clinical.validation import (
    AlertThresholds,
    BloodPressure,
    VitalAlert,
    VitalRanges,
    alerts_for,
    blood_pressure,
    check_blood_pressure,
    ecg_rhythm,
    heart_rate,
    not_before,
    not_in_future,
    nrs,
    spo2,
    volume_ml,
)
from ebp_logger.errors import ValidationError

FEW = settings(max_examples=200)
NUMBERISH = st.text(alphabet="0123456789.,-+ %/eE", max_size=8)

# --- NRS --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", ["3.5", "3,5", "11", "-1", "abc", "", " ", "1e1", "0x5", 10.5, True, None]
)
def test_nrs_refuses_with_a_clear_message(bad: object) -> None:
    with pytest.raises(ValidationError) as err:
        nrs(bad)  # type: ignore[arg-type]
    assert err.value.field == "nrs"
    assert err.value.allowed == "a whole number from 0 to 10"
    assert "whole number from 0 to 10" in str(err.value)


@pytest.mark.parametrize(
    ("text", "value"), [("0", 0), (" 10 ", 10), ("7", 7), ("3,0", 3), (4, 4), (5.0, 5)]
)
def test_nrs_accepts(text: object, value: int) -> None:
    assert nrs(text) == value  # type: ignore[arg-type]


@FEW
@given(st.integers(min_value=-1000, max_value=1000))
def test_nrs_integers(n: int) -> None:
    if 0 <= n <= 10:
        assert nrs(n) == n and nrs(str(n)) == n and nrs(f" {n} ") == n
    else:
        with pytest.raises(ValidationError):
            nrs(str(n))


@FEW
@given(st.one_of(NUMBERISH, st.text(max_size=6), st.floats()))
def test_nrs_nothing_invalid_passes(value: object) -> None:
    try:
        result = nrs(value)  # type: ignore[arg-type]
    except ValidationError:
        return
    assert isinstance(result, int) and 0 <= result <= 10


# --- SpO2 and heart rate ---------------------------------------------------------------------


@FEW
@given(st.integers(min_value=-500, max_value=500))
def test_spo2_range(n: int) -> None:
    if 50 <= n <= 100:
        assert spo2(str(n)) == n and spo2(f"{n} %") == n
    else:
        with pytest.raises(ValidationError):
            spo2(str(n))


@FEW
@given(st.integers(min_value=-500, max_value=1000))
def test_heart_rate_range(n: int) -> None:
    if 20 <= n <= 250:
        assert heart_rate(n) == n
    else:
        with pytest.raises(ValidationError) as err:
            heart_rate(n)
        assert "20 to 250" in err.value.allowed


@FEW
@given(st.one_of(NUMBERISH, st.floats(), st.decimals(allow_nan=True, allow_infinity=True)))
def test_vitals_nothing_invalid_passes(value: object) -> None:
    for fn, low, high in ((spo2, 50, 100), (heart_rate, 20, 250)):
        try:
            result = fn(value)  # type: ignore[operator]
        except ValidationError:
            continue
        assert isinstance(result, int) and low <= result <= high


def test_spo2_refuses_fractions_and_ranges_are_settings() -> None:
    with pytest.raises(ValidationError):
        spo2("97.5")
    assert spo2("45", VitalRanges(spo2=(40, 100))) == 45
    with pytest.raises(ValueError):
        VitalRanges(spo2=(100, 50))


def test_ecg_rhythm() -> None:
    assert ecg_rhythm("sinus") is EcgRhythm.SINUS
    assert ecg_rhythm("Atrieflimren") is EcgRhythm.ATRIAL_FIBRILLATION
    with pytest.raises(ValidationError) as err:
        ecg_rhythm("asystole?")
    assert "sinus" in err.value.allowed


# --- Blood pressure --------------------------------------------------------------------------


def test_blood_pressure_forms() -> None:
    assert blood_pressure("120/80") == BloodPressure(120, 80, None)
    assert blood_pressure(" 120 / 80 / 93 ") == BloodPressure(120, 80, 93)
    assert str(blood_pressure("120/80/93")) == "120/80 (93)"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "120",
        "120/",
        "/80",
        "120/80/93/1",
        "80/120",
        "120/120",
        "120/80/80",
        "120/80/120",
        "120/80/130",
        "301/80",
        "39/20",
        "120/19",
        "120/201",
        "120.5/80",
        "abc/def",
        "120-80",
    ],
)
def test_blood_pressure_refusals(bad: str) -> None:
    with pytest.raises(ValidationError):
        blood_pressure(bad)


sys_st = st.integers(min_value=0, max_value=400)
dia_st = st.integers(min_value=0, max_value=300)


@FEW
@given(sys_=sys_st, dia=dia_st, mean=st.one_of(st.none(), st.integers(min_value=0, max_value=400)))
def test_blood_pressure_property(sys_: int, dia: int, mean: int | None) -> None:
    text = f"{sys_}/{dia}" if mean is None else f"{sys_}/{dia}/{mean}"
    valid = (
        40 <= sys_ <= 300
        and 20 <= dia <= 200
        and sys_ > dia
        and (mean is None or dia < mean < sys_)
    )
    if valid:
        assert blood_pressure(text) == BloodPressure(sys_, dia, mean)
        assert check_blood_pressure(sys_, dia, mean) == BloodPressure(sys_, dia, mean)
    else:
        with pytest.raises(ValidationError):
            blood_pressure(text)


@FEW
@given(st.text(alphabet="0123456789/ ,.-", max_size=12))
def test_blood_pressure_nothing_invalid_passes(text: str) -> None:
    try:
        bp = blood_pressure(text)
    except ValidationError:
        return
    assert 40 <= bp.systolic <= 300 and 20 <= bp.diastolic <= 200
    assert bp.systolic > bp.diastolic
    assert bp.mean is None or bp.diastolic < bp.mean < bp.systolic


# --- Volumes ---------------------------------------------------------------------------------


def test_volume_maximum_is_optional() -> None:
    assert volume_ml("60") == 60.0
    with pytest.raises(ValidationError) as err:
        volume_ml("60", maximum=50)
    assert "at most 50 ml" in err.value.allowed


@pytest.mark.parametrize(
    ("text", "value"), [("2,5", 2.5), ("2.5", 2.5), ("10", 10.0), (" 0,1 ", 0.1), ("5.", 5.0)]
)
def test_volume_accepts_decimal_comma(text: str, value: float) -> None:
    assert volume_ml(text) == value


@pytest.mark.parametrize(
    "bad", ["0", "-1", "2,55", "0.05", "", "abc", "1e3", "1.000,5", float("nan"), "9" * 400]
)
def test_volume_refusals(bad: object) -> None:
    with pytest.raises(ValidationError):
        volume_ml(bad)  # type: ignore[arg-type]


@FEW
@given(st.integers(min_value=-1000, max_value=10000))
def test_volume_tenths(n: int) -> None:
    text = f"{Decimal(n) / 10:f}".replace(".", ",")
    if n > 0:
        assert Decimal(str(volume_ml(text))) == Decimal(n) / 10
    else:
        with pytest.raises(ValidationError):
            volume_ml(text)


@FEW
@given(st.one_of(NUMBERISH, st.floats()))
def test_volume_nothing_invalid_passes(value: object) -> None:
    try:
        result = volume_ml(value)  # type: ignore[arg-type]
    except ValidationError:
        return
    exact = Fraction(Decimal(str(result)))
    assert exact > 0 and (exact * 10).denominator == 1


# --- Times -----------------------------------------------------------------------------------

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_not_in_future_allows_clock_skew() -> None:
    assert not_in_future(NOW + timedelta(minutes=2), NOW) == NOW + timedelta(minutes=2)
    with pytest.raises(ValidationError):
        not_in_future(NOW + timedelta(minutes=2, seconds=1), NOW)
    assert not_in_future(datetime(2026, 3, 1, 11, 0), NOW).tzinfo is not None  # naive = UTC
    wide = VitalRanges(clock_skew=timedelta(minutes=10))
    assert not_in_future(NOW + timedelta(minutes=9), NOW, wide)


def test_not_before() -> None:
    assert not_before(NOW, NOW) == NOW
    with pytest.raises(ValidationError):
        not_before(NOW - timedelta(seconds=1), NOW, what="the procedure start")


# --- Alerts ----------------------------------------------------------------------------------


def test_alerts_highlight_but_limits_themselves_are_quiet() -> None:
    assert alerts_for(spo2=90, hr=50, sbp=90) == []
    assert alerts_for(hr=120, sbp=180) == []
    assert alerts_for(spo2=89, hr=49, sbp=89) == [
        VitalAlert.SPO2_LOW,
        VitalAlert.HR_LOW,
        VitalAlert.SBP_LOW,
    ]
    assert alerts_for(hr=121, sbp=181) == ["hr_high", "sbp_high"]
    assert alerts_for() == []
    assert VitalAlert.SPO2_LOW.field == "spo2"
    assert alerts_for(spo2=92, thresholds=AlertThresholds(spo2_low=94)) == [VitalAlert.SPO2_LOW]


@pytest.mark.parametrize(
    "huge",
    ["9" * 5000, 10**5000, -(10**5000), "1" * 401 + ".5"],
    ids=["long-text", "huge-int", "huge-negative", "long-decimal"],
)
def test_huge_numbers_are_refused_with_a_short_message(huge: object) -> None:
    for fn in (nrs, spo2, heart_rate, volume_ml):
        with pytest.raises(ValidationError) as err:
            fn(huge)  # type: ignore[operator]
        assert len(str(err.value)) < 200
