"""Column types: aware UTC datetimes stored as fixed-width text (sorts as it reads)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

import peewee

from ebp_logger.clock import as_utc

_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_utc(value: datetime) -> str:
    return as_utc(value).strftime(_FMT)


def parse_utc(text: str) -> datetime:
    # fromisoformat is C-fast; the trailing "Z" is cut because Python 3.10 cannot read it.
    if not text.endswith("Z"):
        raise ValueError(f"not a stored UTC time: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


class UTCDateTimeField(peewee.TextField):
    """Stores ``2026-11-23T09:15:00.000000Z``; returns an aware UTC datetime."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return format_utc(parse_utc(value))
        return format_utc(value)

    def python_value(self, value: Any) -> datetime | None:
        return None if value is None else parse_utc(value)


class DateOnlyField(peewee.TextField):
    """A calendar date as ``YYYY-MM-DD``."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else value.isoformat()

    def python_value(self, value: Any) -> date | None:
        return None if value is None else date.fromisoformat(value)


class JsonTextField(peewee.TextField):
    """JSON with sorted keys, so equal values store equal text (the audit hash relies on it)."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)

    def python_value(self, value: Any) -> Any:
        return None if value is None else json.loads(value)
