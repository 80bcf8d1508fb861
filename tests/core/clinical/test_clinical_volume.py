"""Volume limits: docs/clinical-rules.md "The procedure" (up to 40 ml) and "Targeted EBP"."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ebp_logger.clinical.enums import Component, PatchType
from ebp_logger.clinical.limits import VolumeLimits
from ebp_logger.clinical.volume import below_typical, check_amount, check_injection, remaining_ml
from ebp_logger.errors import ValidationError

NT, T = PatchType.NON_TARGETED, PatchType.TARGETED
BLOOD, GLUE = Component.BLOOD, Component.FIBRIN_GLUE


def test_message_says_what_is_allowed_now() -> None:
    with pytest.raises(ValidationError) as err:
        check_injection(NT, BLOOD, 6, {BLOOD: 35.0})
    assert str(err.value) == (
        "35 + 6 ml would make 41 ml; the maximum for a non-targeted patch is 40 ml. "
        "Allowed: at most 5 ml (5 ml left of the 40 ml maximum)."
    )
    assert err.value.field == "amount_ml"


def test_more_than_one_injection_and_more_than_left_says_what_is_left() -> None:
    """41 ml typed with 17 ml given: the answer is the 23 ml left, not "at most 40 ml"."""
    with pytest.raises(ValidationError) as err:
        check_injection(NT, BLOOD, "41", {BLOOD: 17.0})
    assert "23 ml left of the 40 ml maximum" in str(err.value)
    assert "at most 40 ml" not in str(err.value)


def test_40_ml_exactly_is_allowed_and_the_41st_ml_refused() -> None:
    total = 0.0
    for _ in range(40):
        total = check_injection(NT, BLOOD, 1, {BLOOD: total})
    assert total == 40.0
    assert remaining_ml(NT, BLOOD, {BLOOD: total}) == 0.0
    with pytest.raises(ValidationError) as err:
        check_injection(NT, BLOOD, 1, {BLOOD: total})
    assert "maximum has been reached" in err.value.allowed


def test_400_steps_of_a_tenth_reach_40_exactly() -> None:
    total = 0.0
    for _ in range(400):
        total = check_injection(NT, BLOOD, 0.1, {BLOOD: total})
    assert total == 40.0
    with pytest.raises(ValidationError):
        check_injection(NT, BLOOD, 0.1, {BLOOD: total})


def test_float_drift_in_totals_does_not_matter() -> None:
    drifted = sum([0.1] * 399)  # 39.90000000000x in binary floating point
    assert drifted != 39.9
    assert check_injection(NT, BLOOD, 0.1, {BLOOD: drifted}) == 40.0
    with pytest.raises(ValidationError):
        check_injection(NT, BLOOD, 0.1, {BLOOD: 40.0})


@pytest.mark.parametrize(
    "bad", [0, -1, -0.1, 0.05, 1.25, float("nan"), float("inf"), True, "x", None]
)
def test_amount_must_be_positive_finite_tenths(bad: object) -> None:
    with pytest.raises(ValidationError):
        check_injection(NT, BLOOD, bad, {})  # type: ignore[arg-type]


def test_decimal_comma_text_is_accepted() -> None:
    assert check_injection(NT, BLOOD, "2,5", {}) == 2.5


def test_non_targeted_patch_is_blood_only() -> None:
    with pytest.raises(ValidationError) as err:
        check_injection(NT, GLUE, 2, {})
    assert err.value.field == "component"
    assert remaining_ml(NT, GLUE, {}) == 0.0


def test_targeted_components_have_separate_maxima() -> None:
    limits = VolumeLimits(targeted_blood_max_ml=4.0, targeted_glue_max_ml=3.0)
    totals = {BLOOD: 4.0}
    assert check_injection(T, GLUE, 3, totals, limits) == 3.0
    with pytest.raises(ValidationError) as err:
        check_injection(T, BLOOD, 0.1, totals, limits)
    assert "blood in a targeted patch is 4 ml" in str(err.value)
    assert remaining_ml(T, GLUE, {BLOOD: 4.0, GLUE: 1.5}, limits) == 1.5


def test_single_injection_maximum_is_a_setting() -> None:
    limits = VolumeLimits(max_single_injection_ml=20.0)
    assert check_injection(NT, BLOOD, 20, {}, limits) == 20.0
    with pytest.raises(ValidationError) as err:
        check_injection(NT, BLOOD, 20.1, {}, limits)
    assert "one injection" in str(err.value)


def test_totals_keyed_by_code_work_too() -> None:
    assert check_injection(NT, BLOOD, 1, {"blood": 39.0}) == 40.0  # type: ignore[dict-item]


def test_limits_may_not_exceed_the_guideline() -> None:
    with pytest.raises(ValueError):
        VolumeLimits(non_targeted_max_ml=45.0)
    with pytest.raises(ValueError):
        VolumeLimits(targeted_glue_max_ml=0)
    assert VolumeLimits(non_targeted_max_ml=30.0).max_ml(NT, BLOOD) == 30.0


def test_below_typical_hint() -> None:
    assert below_typical(NT, BLOOD, 19.9)
    assert not below_typical(NT, BLOOD, 20.0)
    assert not below_typical(NT, GLUE, 0.0)


tenths = st.integers(min_value=1, max_value=400).map(lambda n: Decimal(n) / 10)


@settings(max_examples=200)
@given(
    so_far=st.integers(min_value=0, max_value=400), amount=st.integers(min_value=1, max_value=400)
)
def test_any_tenth_step_is_accepted_exactly_when_the_total_stays_within_40(
    so_far: int, amount: int
) -> None:
    total = float(Decimal(so_far) / 10)
    amt = float(Decimal(amount) / 10)
    if so_far + amount <= 400:
        new = check_injection(NT, BLOOD, amt, {BLOOD: total})
        assert new == float(Decimal(so_far + amount) / 10)
    else:
        with pytest.raises(ValidationError) as err:
            check_injection(NT, BLOOD, amt, {BLOOD: total})
        left = remaining_ml(NT, BLOOD, {BLOOD: total})
        assert math.isclose(left, (400 - so_far) / 10)
        if left:
            # What the message allows is indeed allowed.
            assert check_injection(NT, BLOOD, left, {BLOOD: total}) == 40.0
        else:
            assert "reached" in err.value.allowed


@settings(max_examples=200)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_no_invalid_amount_passes(amount: float) -> None:
    try:
        d = check_amount(amount)
    except ValidationError:
        return
    assert 0 < d <= 40 and d == d.quantize(Decimal("0.1"))
    assert Decimal(str(amount)) == d


def test_huge_text_amount_is_refused_not_crashing() -> None:
    with pytest.raises(ValidationError):
        check_amount("1" * 500 + ".55")
