"""Length limits of the free-text fields, enforced by the services.

The guideline is silent on them; they are chosen so that any record still prints on paper
and reads on a screen (one field never takes more than about a page):

- names of people (``name``, ``full_name``): at most ``NAME_MAX`` = 200 characters;
- one-line fields (referring neurologist, room/bed, indication text, level): ``LINE_MAX`` = 200;
- notes and longer texts (event and ward notes, checklist details, comorbidity, medication,
  earlier illnesses, possible cause, reasons for corrections, voids and artefacts):
  ``NOTE_MAX`` = 2,000.

A longer text is refused with the field, its length and the limit; nothing is cut silently.
"""

from __future__ import annotations

from collections.abc import Mapping

from ebp_logger.errors import ValidationError

NAME_MAX = 200
LINE_MAX = 200
NOTE_MAX = 2000

LIMITS: dict[str, int] = {
    "name": NAME_MAX,
    "full_name": NAME_MAX,
    "referring_neurologist": LINE_MAX,
    "room_bed": LINE_MAX,
    "indication_text": LINE_MAX,
    "level": LINE_MAX,
    "leak_level": LINE_MAX,
    "note": NOTE_MAX,
    "detail": NOTE_MAX,
    "text": NOTE_MAX,
    "comorbidity": NOTE_MAX,
    "medication": NOTE_MAX,
    "earlier_illnesses": NOTE_MAX,
    "possible_cause": NOTE_MAX,
    "reason": NOTE_MAX,
    "correction_reason": NOTE_MAX,
    "void_reason": NOTE_MAX,
    "artefact_reason": NOTE_MAX,
}


def check_text(field: str, value: object, limit: int | None = None) -> None:
    """Refuse ``value`` when it is text longer than its field's limit."""
    limit = LIMITS.get(field) if limit is None else limit
    if limit is not None and isinstance(value, str) and len(value) > limit:
        label = field.replace("_", " ")
        raise ValidationError(
            field,
            f"The {label} is {len(value):,} characters long".replace(",", " "),
            f"at most {limit:,} characters".replace(",", " "),
        )


def check(values: Mapping[str, object]) -> None:
    """``check_text`` for every field of ``values`` that has a limit."""
    for field, value in values.items():
        check_text(field, value)
