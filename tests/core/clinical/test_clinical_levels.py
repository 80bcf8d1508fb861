"""Spinal interspaces, thoracic included (case report: T2–T3)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ebp_logger.clinical.levels import LEVELS, is_lumbar, is_thoracic, level_index, parse_level
from ebp_logger.errors import ValidationError


def test_the_list() -> None:
    assert LEVELS[0] == "T1–T2" and LEVELS[-1] == "L5–S1"
    assert "T12–L1" in LEVELS and "T2–T3" in LEVELS
    assert len(LEVELS) == 17


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("T2-T3", "T2–T3"),
        ("t2–t3", "T2–T3"),
        ("Th2-Th3", "T2–T3"),
        (" L3 - L4 ", "L3–L4"),
        ("L3/L4", "L3–L4"),
        ("l5-s1", "L5–S1"),
        ("T12-L1", "T12–L1"),
    ],
)
def test_parse(text: str, level: str) -> None:
    assert parse_level(text) == level


@pytest.mark.parametrize(
    "bad", ["", "L3", "L3-L5", "L4-L3", "T13-L1", "L5-S2", "C7-T1", "X1-X2", "L0-L1"]
)
def test_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_level(bad)


def test_regions() -> None:
    assert is_thoracic("T2-T3") and not is_lumbar("T2-T3")
    assert is_thoracic("T12–L1")
    assert is_lumbar("L3-L4") and not is_thoracic("L3–L4")
    assert level_index("T1-T2") == 0 and level_index("L5-S1") == 16


@settings(max_examples=200)
@given(st.text(alphabet="TLSHtlsh0123456789-–/ ", max_size=9))
def test_nothing_invalid_passes(text: str) -> None:
    try:
        level = parse_level(text)
    except ValidationError:
        return
    assert level in LEVELS
