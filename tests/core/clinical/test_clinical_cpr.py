"""Danish CPR numbers: format, century, sex and modulus 11 (the CPR office's rules)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ebp_logger.clinical.cpr import century, mod11_ok, parse_cpr
from ebp_logger.clinical.enums import Sex
from ebp_logger.errors import ValidationError

TODAY = date(2026, 11, 23)
FAR_FUTURE = date(2100, 1, 1)


@pytest.mark.parametrize(
    ("text", "birth", "sex"),
    [
        ("120571-1003", date(1971, 5, 12), Sex.MALE),
        ("030388-1018", date(1988, 3, 3), Sex.FEMALE),
        ("240665-1005", date(1965, 6, 24), Sex.MALE),
    ],
)
def test_fictitious_numbers(text: str, birth: date, sex: Sex) -> None:
    info = parse_cpr(text, TODAY)
    assert info.normalised == text
    assert info.digits == text.replace("-", "")
    assert info.birth_date == birth
    assert info.sex is sex
    assert info.mod11_ok


@pytest.mark.parametrize("text", ["1205711003", " 120571-1003 ", "120571 1003", "\t1205711003\n"])
def test_accepted_forms(text: str) -> None:
    assert parse_cpr(text, TODAY).normalised == "120571-1003"


@pytest.mark.parametrize("text", ["120571-1004", "030388-1019", "240665-1006"])
def test_mod11_failure_is_not_a_rejection(text: str) -> None:
    info = parse_cpr(text, TODAY)
    assert not info.mod11_ok
    assert info.birth_date.year in (1971, 1988, 1965)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12057-1003",
        "120571-10033",
        "1205711003x",
        "12O571-1003",
        "120571--1003",
        "12-0571-1003",
        "120571/1003",
        "١٢٠٥٧١١٠٠٣",  # Arabic-Indic digits: not plain 0–9
    ],
)
def test_wrong_form_is_refused_with_allowed_form(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_cpr(text, TODAY)
    assert err.value.field == "cpr"
    assert "DDMMYY-SSSS" in err.value.allowed


@pytest.mark.parametrize(
    "text",
    [
        "320171-1003",  # day 32
        "001071-1003",  # day 0
        "121371-1003",  # month 13
        "310471-1003",  # 31 April
        "290271-1003",  # 29 Feb 1971, not a leap year
        "290200-0003",  # 29 Feb 1900 (7th digit 0 → 1900), not a leap year
    ],
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_cpr(text, TODAY)
    assert "not a real date" in err.value.message


def test_leap_days_that_exist_are_accepted() -> None:
    assert parse_cpr("290272-1003", TODAY).birth_date == date(1972, 2, 29)
    assert parse_cpr("290200-4003", TODAY).birth_date == date(2000, 2, 29)


def test_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        parse_cpr("010130-4003", TODAY)  # 2030
    assert "future" in err.value.message
    assert parse_cpr("231126-4003", TODAY).birth_date == TODAY


@pytest.mark.parametrize(
    ("seventh", "yy", "expected"),
    [
        (0, 0, 1900),
        (3, 99, 1900),
        (4, 36, 2000),
        (4, 37, 1900),
        (9, 0, 2000),
        (9, 36, 2000),
        (9, 37, 1900),
        (5, 57, 2000),
        (5, 58, 1800),
        (8, 0, 2000),
        (8, 99, 1800),
        (6, 57, 2000),
        (7, 58, 1800),
    ],
)
def test_century_table(seventh: int, yy: int, expected: int) -> None:
    assert century(seventh, yy) == expected
    text = f"0101{yy:02d}-{seventh}003"
    assert parse_cpr(text, FAR_FUTURE).birth_date.year == expected + yy


def test_age() -> None:
    info = parse_cpr("120571-1003", TODAY)
    assert info.age_on(date(2026, 5, 11)) == 54
    assert info.age_on(date(2026, 5, 12)) == 55


def _sevenths_for(year: int) -> list[int]:
    yy = year % 100
    return [d for d in range(10) if century(d, yy) + yy == year]


@settings(max_examples=200)
@given(
    birth=st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)),
    rest=st.integers(min_value=0, max_value=999),
    data=st.data(),
    dash=st.booleans(),
)
def test_every_valid_cpr_is_accepted(
    birth: date, rest: int, data: st.DataObject, dash: bool
) -> None:
    seventh = data.draw(st.sampled_from(_sevenths_for(birth.year)))
    digits = f"{birth:%d%m}{birth.year % 100:02d}{seventh}{rest:03d}"
    text = f"{digits[:6]}-{digits[6:]}" if dash else digits
    info = parse_cpr(text, FAR_FUTURE)
    assert info.birth_date == birth
    assert info.digits == digits
    assert info.sex is (Sex.MALE if int(digits[-1]) % 2 else Sex.FEMALE)
    weighted = sum(int(c) * w for c, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True))
    assert info.mod11_ok is (weighted % 11 == 0)


@settings(max_examples=200)
@given(st.text(alphabet="0123456789- xA", max_size=14))
def test_nothing_invalid_passes(text: str) -> None:
    try:
        info = parse_cpr(text, TODAY)
    except ValidationError:
        return
    assert re.fullmatch(r"[0-9]{6}[- ]?[0-9]{4}", text.strip())
    assert info.birth_date <= TODAY
    assert mod11_ok(info.digits) is info.mod11_ok
