"""Exact decimal handling for typed numbers (volumes, scores, vitals).

Decimal arithmetic keeps 0.1 ml steps exact. The helpers avoid the default 28-digit context
wherever a huge typed number could make ``quantize`` fail or round silently.
"""

from __future__ import annotations

import math
import re
from decimal import Context, Decimal, InvalidOperation

from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

Typed = str | int | float | Decimal

# A plain decimal number: optional sign, digits, one decimal point or comma. No exponents and
# no thousands separators (a Danish "1.000" would otherwise be misread).
_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")

# Enough digits for any float (about 1e308) with room for decimals.
_WIDE = Context(prec=400)


def parse_decimal(value: Typed, field: str, allowed: str) -> Decimal:
    """An exact decimal from text (decimal point or comma, as Danish users type) or a number.

    Rejects NaN, infinities, booleans, exponents and anything that is not a plain number.
    """
    if isinstance(value, bool):
        raise ValidationError(field, _("{value} is not a number").format(value=str(value)), allowed)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(field, _("The value must be a finite number"), allowed)
        return Decimal(str(value))  # shortest round-trip text: 2.5 stays exactly 2.5
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(field, _("The value must be a finite number"), allowed)
        return value
    if not isinstance(value, str):
        raise ValidationError(
            field, _("{value} is not a number").format(value=show(value)), allowed
        )
    text = value.strip()
    if not text:
        raise ValidationError(field, _("No value was entered"), allowed)
    if _NUMBER_RE.fullmatch(text) is None:
        raise ValidationError(field, _("{value} is not a number").format(value=show(text)), allowed)
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
        raise ValidationError(
            field, _("{value} is not a number").format(value=show(text)), allowed
        ) from exc


def decimals_ok(d: Decimal, places: int) -> bool:
    """True when ``d`` has at most ``places`` decimals once trailing zeros are ignored (exact)."""
    _sign, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)  # finite: parse_decimal refused the rest
    trimmed = list(digits)
    while exponent < -places and trimmed and trimmed[-1] == 0:
        trimmed.pop()
        exponent += 1
    return exponent >= -places or not trimmed


def round_to(d: Decimal, places: int) -> Decimal:
    """``d`` rounded (half even) to ``places`` decimals, without the 28-digit limit."""
    return d.quantize(Decimal(1).scaleb(-places), context=_WIDE)


_SHOW_MAX = 24  # characters of a typed value quoted back in a message


def show(value: object) -> str:
    """A typed value as it may appear in a message: quoted when text, shortened when long."""
    try:
        text = value.strip() if isinstance(value, str) else str(value)
    except ValueError:  # an int too long for str() (Python's 4,300-digit guard)
        text = "a very long number"
    if len(text) > _SHOW_MAX:
        text = text[: _SHOW_MAX - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text
