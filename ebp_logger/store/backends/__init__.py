"""The two places the store's SQL dialect lives: ``sqlite`` (one file on this PC, the default)
and ``postgresql`` (a department server). Services and reads speak through peewee and the
methods both database classes share; nothing outside this package names a dialect."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://")
# What the protecting triggers say when they refuse (both backends).
NEVER_DELETED_TEXT = "clinical records are never deleted"
NEVER_OVERWRITTEN_TEXT = "clinical values are never overwritten"


def is_server(target: str | Path | None) -> bool:
    """Is ``target`` a department server URL (rather than a database file)?"""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


@lru_cache(maxsize=1)
def workstation_name() -> str:
    """This PC's name, as every audit row written here records it."""
    return socket.gethostname()[:60] or "unknown"


@dataclass(frozen=True)
class Column:
    """One column of a protected table: frozen, settable once (NULL → value) or clearable once
    to '' when its flag column is set in the same update (``flag``)."""

    name: str
    set_once: bool = False
    flag: str = ""


@dataclass(frozen=True)
class Protected:
    table: str
    columns: tuple[Column, ...]  # empty: the table is only kept from deletion
