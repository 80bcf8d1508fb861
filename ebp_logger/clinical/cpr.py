"""Danish CPR numbers (civil registration numbers): format, birth date, sex, modulus 11.

The rules here are the CPR office's, not the guideline's (which is silent on identifiers):
the 7th digit and the year give the century; an odd last digit is a man. Since 2007 numbers are
issued that fail the modulus-11 check, so a failure is reported (``mod11_ok=False``) for the
user to confirm, never a rejection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ebp_logger.clinical.enums import Sex
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

FIELD = "cpr"
ALLOWED = _("10 digits as DDMMYY-SSSS or DDMMYYSSSS, e.g. 120571-1003")
MOD11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

# Six digits, an optional dash or space, four digits.
_CPR_RE = re.compile(r"([0-9]{6})[- ]?([0-9]{4})")


@dataclass(frozen=True)
class CprInfo:
    normalised: str  # "DDMMYY-SSSS"
    digits: str  # the 10 digits
    birth_date: date
    sex: Sex
    mod11_ok: bool

    def age_on(self, day: date) -> int:
        """Whole years of age on ``day`` (the registry keeps age; docs/clinical-rules.md "Registry" (what a national
        registry should hold")."""
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


def century(seventh_digit: int, yy: int) -> int:
    """The century (1800, 1900, 2000) from the 7th digit and the two-digit year.

    0–3: 1900s. 4 and 9: 2000s when YY ≤ 36, else 1900s. 5–8: 2000s when YY ≤ 57, else 1800s.
    """
    if not (0 <= seventh_digit <= 9 and 0 <= yy <= 99):
        raise ValueError("seventh digit 0–9 and year 00–99 expected")
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def mod11_ok(digits: str) -> bool:
    """The classic modulus-11 check on 10 digits: the weighted digit sum is divisible by 11."""
    return sum(int(d) * w for d, w in zip(digits, MOD11_WEIGHTS, strict=True)) % 11 == 0


def parse_cpr(text: str, today: date | None = None) -> CprInfo:
    """Parse a typed CPR number, or raise ValidationError saying what is wrong.

    ``today`` (default: the local date now) rejects birth dates in the future.
    """
    if not isinstance(text, str):
        raise ValidationError(FIELD, _("The CPR number must be text"), ALLOWED)
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(FIELD, _("The CPR number is empty"), ALLOWED)
    match = _CPR_RE.fullmatch(cleaned)
    if match is None:
        digit_count = sum(c in "0123456789" for c in cleaned)
        if digit_count != 10:
            problem = _("The CPR number has {count} digits, not 10").format(count=digit_count)
        else:
            problem = _("The CPR number contains characters other than digits and one dash")
        raise ValidationError(FIELD, problem, ALLOWED)
    digits = match.group(1) + match.group(2)
    dd, mm, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    year = century(seventh, yy) + yy
    try:
        birth = date(year, mm, dd)
    except ValueError as exc:
        raise ValidationError(
            FIELD,
            _("{day}.{month}.{year} is not a real date").format(
                day=digits[0:2], month=digits[2:4], year=year
            ),
            _("{allowed} with a real birth date (DDMMYY)").format(allowed=ALLOWED),
        ) from exc
    today = today or to_local(utcnow()).date()
    if birth > today:
        raise ValidationError(
            FIELD,
            _("The birth date {birth:%d.%m.%Y} is in the future").format(birth=birth),
            _("a birth date up to today"),
        )
    return CprInfo(
        normalised=f"{digits[:6]}-{digits[6:]}",
        digits=digits,
        birth_date=birth,
        # CPR rule: odd last digit = male, even = female.
        sex=Sex.MALE if int(digits[9]) % 2 else Sex.FEMALE,
        mod11_ok=mod11_ok(digits),
    )
