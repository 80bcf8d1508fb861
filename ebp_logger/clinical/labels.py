"""Bilingual (Danish / English) labels for everything a user sees.

Every enum a user picks from is a :class:`LabelledEnum`: a ``str`` enum whose value is a stable
lowercase code (stored in the database) and whose members carry a Danish and an English label.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

LANGS: tuple[str, ...] = ("da", "en")
DEFAULT_LANG = "en"  # the fall-back when a language is unknown or a text is missing


def normalise_lang(lang: str | None) -> str:
    """``"da"`` or ``"en"``; anything else (``"en_GB"`` aside) falls back to English."""
    if not lang:
        return DEFAULT_LANG
    short = lang.strip().lower().replace("-", "_").split("_", 1)[0]
    return short if short in LANGS else DEFAULT_LANG


@dataclass(frozen=True)
class Label:
    """One user-facing text in both languages."""

    en: str
    da: str

    def text(self, lang: str | None = DEFAULT_LANG) -> str:
        """The text in ``lang``; English when the language is unknown or its text is empty."""
        chosen = self.da if normalise_lang(lang) == "da" else self.en
        return chosen or self.en

    def __post_init__(self) -> None:
        if not self.en.strip() or not self.da.strip():
            raise ValueError("a Label needs both an English and a Danish text")


class LabelledEnum(str, Enum):
    """Base for the clinical enums: ``Member = ("code", "English", "Dansk", *extra)``.

    Subclasses that need more per-member data (points, flags) take it in their own
    ``__init__(self, code, en, da, *extra)``.
    """

    _lbl: Label

    def __new__(cls, code: str, en: str, da: str, *extra: Any) -> LabelledEnum:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj._lbl = Label(en=en, da=da)
        return obj

    # The code, not "Class.MEMBER": what goes to the database, a CSV or an HL7 field.
    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @property
    def code(self) -> str:
        """The stable lowercase code (same as ``.value``)."""
        return str(self.value)

    def label(self, lang: str | None = DEFAULT_LANG) -> str:
        """The label in ``lang`` (``"da"`` or ``"en"``; anything else gives English)."""
        return self._lbl.text(lang)

    @property
    def labels(self) -> Label:
        """Both labels at once."""
        return self._lbl


E = TypeVar("E", bound=LabelledEnum)


def choices(enum_cls: type[E], lang: str | None = DEFAULT_LANG) -> list[tuple[str, str]]:
    """``[(code, label), ...]`` in declaration order, ready for a combo box."""
    return [(m.code, m.label(lang)) for m in enum_cls]


def parse_enum(enum_cls: type[E], value: object, field: str) -> E:
    """A member from itself, its code, its name or its Danish/English label (any case).

    Raises ValidationError naming the allowed codes when nothing matches.
    """
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for member in enum_cls:
            keys: Iterable[str] = (member.code, member.name, member.label("en"), member.label("da"))
            if any(wanted == k.casefold() for k in keys):
                return member
    allowed = ", ".join(m.code for m in enum_cls)
    raise ValidationError(
        field,
        _("{value} is not a known {field}").format(
            value=repr(value), field=field.replace("_", " ")
        ),
        allowed,
    )
