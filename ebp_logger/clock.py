"""One source of 'now' so tests can drive a fake clock. Times are timezone-aware UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

_now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)  # noqa: E731


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return _now()


def set_clock(fn: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); ``None`` restores the wall clock."""
    global _now
    _now = fn or (lambda: datetime.now(timezone.utc))


def as_utc(value: datetime) -> datetime:
    """Aware UTC for any datetime; a naive one is taken as UTC (how the store keeps them)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def to_local(value: datetime) -> datetime:
    """For display: the machine's local time zone."""
    return as_utc(value).astimezone()
