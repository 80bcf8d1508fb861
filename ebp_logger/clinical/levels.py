"""Spinal interspaces for the puncture (loss of resistance) and the leak level.

Stored and shown with an en dash ("L3–L4"). Thoracic levels are included because a targeted or
repeat patch can be thoracic: the case report's patch was at T2–T3 (docs/clinical-rules.md "Targeted EBP").
"""

from __future__ import annotations

import re
from itertools import pairwise

from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

DASH = "\u2013"  # en dash

_VERTEBRAE: tuple[str, ...] = (
    *(f"T{i}" for i in range(1, 13)),
    *(f"L{i}" for i in range(1, 6)),
    "S1",
)

# T1–T2 … T12–L1, L1–L2 … L5–S1, in order from the top.
LEVELS: tuple[str, ...] = tuple(f"{upper}{DASH}{lower}" for upper, lower in pairwise(_VERTEBRAE))
_INDEX = {level: i for i, level in enumerate(LEVELS)}

ALLOWED = _("an interspace from T1{dash}T2 to L5{dash}S1, e.g. L3{dash}L4 or T2-T3").format(
    dash=DASH
)

# "L3-L4", "l3 – l4", "Th2-Th3" (the Danish "Th" for thoracic), "L3/L4", "L3L4".
_LEVEL_RE = re.compile(
    r"(TH|T|L|S)\s*([0-9]{1,2})\s*[-\u2010-\u2015\u2212/]?\s*(TH|T|L|S)\s*([0-9]{1,2})"
)


def parse_level(text: str) -> str:
    """The canonical level ("T2–T3") for typed text, or ValidationError."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("level", _("No level was entered"), ALLOWED)
    match = _LEVEL_RE.fullmatch(text.strip().upper())
    if match is None:
        raise ValidationError(
            "level", _("'{text}' is not a spinal level").format(text=text.strip()), ALLOWED
        )
    up_region, up_num, low_region, low_num = match.groups()
    upper = f"{up_region[0]}{int(up_num)}"
    lower = f"{low_region[0]}{int(low_num)}"
    level = f"{upper}{DASH}{lower}"
    if level not in _INDEX:
        raise ValidationError(
            "level",
            _("{level} is not a pair of adjacent vertebrae in range").format(level=level),
            ALLOWED,
        )
    return level


def is_thoracic(level: str) -> bool:
    """True when the upper vertebra is thoracic (T1–T2 … T12–L1)."""
    return parse_level(level).startswith("T")


def is_lumbar(level: str) -> bool:
    """True for L1–L2 … L5–S1, where a non-targeted patch is placed (docs/clinical-rules.md
    "The procedure": "at lumbar level")."""
    return parse_level(level).startswith("L")


def level_index(level: str) -> int:
    """Position from the top (T1–T2 is 0), for sorting."""
    return _INDEX[parse_level(level)]
