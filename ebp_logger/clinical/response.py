"""Headache response: how much a score fell (docs/clinical-rules.md "Outcome figures": a good response is
a headache reduced by at least 50 %). Scores are whole numbers on the 0–10 NRS."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from ebp_logger.clinical.decimals import show
from ebp_logger.clinical.limits import GOOD_RESPONSE_REDUCTION, NRS_MAX, NRS_MIN
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _


def _score(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not NRS_MIN <= value <= NRS_MAX:
        raise ValidationError(
            field,
            _("{value} is not a headache score").format(value=show(value)),
            _("a whole number from 0 to 10"),
        )
    return value


# Remembered per pair of scores (there are 121 valid ones; typed, so True is never taken for
# 1): the outcome figures judge tens of thousands of patches. Errors are never remembered.
@lru_cache(maxsize=256, typed=True)
def _reduction(baseline: int, after: int) -> Fraction | None:
    b, a = _score(baseline, "baseline"), _score(after, "after")
    return None if b == 0 else Fraction(b - a, b)


def reduction(baseline: int, after: int) -> float | None:
    """The fraction by which the score fell (0.5 = halved; negative = worse).

    None when the baseline is 0: nothing could fall.
    """
    r = _reduction(baseline, after)
    return None if r is None else float(r)


def is_good_response(
    baseline: int, after: int, threshold: float = GOOD_RESPONSE_REDUCTION
) -> bool | None:
    """True when the score fell by at least ``threshold`` (50 %), None when the baseline is 0.

    Compared as exact fractions so 10 → 5 and 6 → 3 count as exactly 50 %.
    """
    r = _reduction(baseline, after)
    return None if r is None else r >= _exact(threshold)


@lru_cache(maxsize=8)
def _exact(threshold: float) -> Fraction:
    # Parsed once: the outcome figures judge tens of thousands of patches with one threshold.
    return Fraction(str(threshold))
