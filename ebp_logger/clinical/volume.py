"""Running volume totals for one patch, checked against the limits.

Amounts are handled as exact decimals at 0.1 ml resolution so that 0.1 ml steps add up
exactly: 399 steps of 0.1 plus one more make 40.0, and the next 0.1 is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ebp_logger.clinical.decimals import Typed, decimals_ok, parse_decimal, round_to, show
from ebp_logger.clinical.enums import Component, PatchType
from ebp_logger.clinical.limits import DEFAULT_VOLUME_LIMITS, VOLUME_DECIMALS, VolumeLimits
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import Words, _

FIELD = "amount_ml"


def fmt_ml(value: Decimal | float) -> str:
    """A volume for a message: ``40`` rather than ``40.0``; ``2.5`` stays ``2.5``."""
    text = f"{round_to(Decimal(str(value)), VOLUME_DECIMALS):f}"
    return text[:-2] if text.endswith(".0") else text


def _dec(value: float) -> Decimal:
    return round_to(Decimal(str(value)), VOLUME_DECIMALS)


def _total(totals: Mapping[Component, float], component: Component) -> Decimal:
    """The total so far at 0.1 ml (float sums made elsewhere may have drifted by 1e-15)."""
    raw = parse_decimal(totals.get(component, 0.0), "total_ml", "a number of ml")
    return max(round_to(raw, VOLUME_DECIMALS), Decimal(0))


def _max(patch_type: PatchType, component: Component, limits: VolumeLimits) -> Decimal | None:
    m = limits.max_ml(patch_type, component)
    return None if m is None else _dec(m)


def check_amount(amount_ml: Typed, limits: VolumeLimits = DEFAULT_VOLUME_LIMITS) -> Decimal:
    """One injection on its own: > 0, finite, at most one decimal, not above the single maximum.

    Returns the amount as an exact Decimal. Text with a decimal comma is accepted too.
    """
    single = _dec(limits.max_single_injection_ml)
    allowed = _("more than 0 and at most {single} ml, in steps of 0.1 ml").format(
        single=float(single)
    )
    d = parse_decimal(amount_ml, FIELD, allowed)
    if d <= 0:
        raise ValidationError(FIELD, _("The amount must be more than 0 ml"), allowed)
    if not decimals_ok(d, VOLUME_DECIMALS):
        raise ValidationError(
            FIELD,
            _("{value} ml has more than one decimal").format(value=show(amount_ml)),
            allowed,
        )
    if d > single:
        raise ValidationError(
            FIELD,
            _("{value} ml is more than the {single} ml allowed in one injection").format(
                value=show(amount_ml), single=float(single)
            ),
            allowed,
        )
    return round_to(d, VOLUME_DECIMALS)


def _parsed_or_none(amount_ml: Typed) -> Decimal | None:
    try:
        return parse_decimal(amount_ml, FIELD, "")
    except ValidationError:
        return None


def remaining_ml(
    patch_type: PatchType,
    component: Component,
    totals: Mapping[Component, float],
    limits: VolumeLimits = DEFAULT_VOLUME_LIMITS,
) -> float:
    """How much more of ``component`` may still go in (0.0 when none, or not used at all)."""
    maximum = _max(patch_type, component, limits)
    if maximum is None:
        return 0.0
    return float(max(maximum - _total(totals, component), Decimal(0)))


def check_injection(
    patch_type: PatchType,
    component: Component,
    amount_ml: Typed,
    totals: Mapping[Component, float],
    limits: VolumeLimits = DEFAULT_VOLUME_LIMITS,
) -> float:
    """The new total of ``component`` after injecting ``amount_ml``, or ValidationError.

    ``totals`` maps each component (or its code) to what has gone in so far in this patch.
    """
    maximum = _max(patch_type, component, limits)
    if maximum is None:
        # docs/clinical-rules.md "The procedure": a non-targeted patch is autologous blood only.
        raise ValidationError(
            "component",
            _("{component} is not used in a {patch_type}").format(
                component=Words.of(component), patch_type=Words.of(patch_type)
            ),
            _("{component} only").format(component=Words.of(Component.BLOOD).lower()),
        )
    so_far = _total(totals, component)
    try:
        amount = check_amount(amount_ml, limits)
    except ValidationError:
        # Too much for one injection AND more than is left: what is left is what the user
        # needs to know (41 ml with 17 ml given: 23 ml left, not "at most 40 ml").
        typed = _parsed_or_none(amount_ml)
        if typed is None or typed <= 0 or so_far + typed <= maximum:
            raise
        amount = round_to(typed, VOLUME_DECIMALS)
    new_total = so_far + amount
    if new_total > maximum:
        left = max(maximum - so_far, Decimal(0))
        what = (
            _("a non-targeted patch")
            if patch_type is PatchType.NON_TARGETED
            else _("{component} in a targeted patch").format(component=Words.of(component).lower())
        )
        allowed = (
            _("at most {left} ml ({left} ml left of the {maximum} ml maximum)").format(
                left=fmt_ml(left), maximum=fmt_ml(maximum)
            )
            if left > 0
            else _("nothing more: the maximum has been reached")
        )
        raise ValidationError(
            FIELD,
            _(
                "{so_far} + {amount} ml would make {new_total} ml; "
                "the maximum for {what} is {maximum} ml"
            ).format(
                so_far=float(so_far),
                amount=float(amount),
                new_total=float(new_total),
                what=what,
                maximum=float(maximum),
            ),
            allowed,
        )
    return float(new_total)


def below_typical(
    patch_type: PatchType,
    component: Component,
    total_ml: float,
    limits: VolumeLimits = DEFAULT_VOLUME_LIMITS,
) -> bool:
    """True when a finished patch's total is under the usual range (a hint for the record;
    docs/clinical-rules.md "Outcome figures": more than 20 ml did better than less)."""
    typical = limits.typical_ml(patch_type, component)
    return typical is not None and _dec(total_ml) < _dec(typical[0])
