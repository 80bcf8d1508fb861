"""Good response = at least 50 % headache reduction (docs/clinical-rules.md "Outcome figures")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ebp_logger.clinical.response import is_good_response, reduction
from ebp_logger.errors import ValidationError


def test_examples() -> None:
    assert reduction(8, 4) == 0.5
    assert reduction(0, 3) is None and is_good_response(0, 0) is None
    assert reduction(4, 6) == -0.5
    assert is_good_response(10, 5) is True
    assert is_good_response(6, 3) is True
    assert is_good_response(7, 4) is False  # 3/7 < 50 %
    assert is_good_response(7, 3) is True


@pytest.mark.parametrize(("b", "a"), [(11, 0), (-1, 0), (5, 11), (True, 1)])
def test_scores_must_be_nrs(b: int, a: int) -> None:
    with pytest.raises(ValidationError):
        reduction(b, a)


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10), st.integers(min_value=0, max_value=10))
def test_good_response_is_exactly_half_or_more(b: int, a: int) -> None:
    good = is_good_response(b, a)
    if b == 0:
        assert good is None
    else:
        assert good is (2 * (b - a) >= b)
