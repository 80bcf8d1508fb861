"""The core's messages in the reader's language (no Qt here).

The core raises its messages in English (the command line, the logs). A message marked with
:func:`_` is a :class:`Msg`: an ordinary ``str`` holding the English text, which also keeps its
source text (the msgid) and its named values, so the GUI can render it again in Danish
(:func:`render`). Values given to ``.format()`` that are themselves marked are translated too,
and floats are written with the language's decimal sign.

Mark messages with named placeholders, never with f-strings (the extractor must see a literal)::

    raise ValidationError(
        "autolock_minutes",
        _("{value} is outside the allowed range").format(value=text),
        _("a whole number from {low} to {high}").format(low=1, high=120),
    )

The Danish texts live in ``resources/locale/da/LC_MESSAGES/ebp_logger_core.po`` (compiled to
``.mo``); ``installers/dev/update_core_messages.py`` extracts the marked messages from the
source, merges them into the .po and compiles it. A missing translation falls back to English.
"""

from __future__ import annotations

import gettext
import logging
from functools import cache
from typing import Any

from ebp_logger.paths import resource_path

__all__ = ["DOMAIN", "Msg", "Words", "_", "render"]

DOMAIN = "ebp_logger_core"

log = logging.getLogger(__name__)


class Msg(str):
    """An English message that remembers how to say itself in another language."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, params: dict[str, Any] | None = None) -> Msg:
        params = dict(params or {})
        obj = super().__new__(cls, _fill(msgid, msgid, params, "en") if params else msgid)
        obj.msgid = msgid
        obj.params = params
        return obj

    def format(self, *args: Any, **kwargs: Any) -> Msg:  # type: ignore[override]
        if args:  # positional placeholders cannot be reordered by a translator
            raise TypeError("marked messages take named placeholders only")
        return Msg(self.msgid, kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Msg, (self.msgid, self.params))

    def in_language(self, lang: str) -> str:
        template = catalogue(lang).gettext(self.msgid) if lang != "en" else self.msgid
        return _fill(template, self.msgid, self.params, lang) if self.params else template


class Words(str):
    """A name known in each language (e.g. an enum's label), English as ``str``, put into a
    marked message as a value: ``.format(component=Words.of(component))``."""

    texts: dict[str, str]

    def __new__(cls, texts: dict[str, str]) -> Words:
        obj = super().__new__(cls, texts.get("en", next(iter(texts.values()), "")))
        obj.texts = dict(texts)
        return obj

    @classmethod
    def of(cls, labelled: Any) -> Words:
        """From anything with ``label(lang)`` (the clinical enums)."""
        return cls({lang: labelled.label(lang) for lang in ("en", "da")})

    def lower(self) -> Words:  # type: ignore[override]
        return Words({k: v.lower() for k, v in self.texts.items()})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Words, (self.texts,))


def _(msgid: str) -> Msg:
    """Mark a core message for translation (the extractor looks for ``_("...")``)."""
    return Msg(msgid)


def render(text: object, lang: str) -> str:
    """``text`` in ``lang`` ("da", "en"): marked messages translated, anything else as is."""
    if isinstance(text, (Msg, Words)):
        return str(_value(text, lang))
    if isinstance(text, float):  # 0.5 ml in English, 0,5 ml in Danish
        return format(_value(text, lang), "")
    return str(text)


class _Number(float):
    """A float in a message: ``{x}`` is written like ``{x:g}``, with the language's decimal
    sign; an explicit format (``{x:.1f}``) is kept."""

    lang = "en"

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec or "g")
        return text.replace(".", ",") if self.lang == "da" else text


class _DanishNumber(_Number):
    lang = "da"


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Msg):
        return value.in_language(lang)
    if isinstance(value, Words):
        return value.texts.get(lang, str(value))
    if isinstance(value, float) and not isinstance(value, _Number):
        return (_DanishNumber if lang == "da" else _Number)(value)
    return value  # ints, dates, text: formatted by the placeholder's own format spec


def _fill(template: str, msgid: str, params: dict[str, Any], lang: str) -> str:
    values = {k: _value(v, lang) for k, v in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        log.warning("translation of %r does not fit its values", msgid)
        try:
            return msgid.format(**values)
        except (KeyError, IndexError, ValueError):
            return msgid


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue for ``lang``; English (no translation) when there is none."""
    return gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[lang], fallback=True
    )
