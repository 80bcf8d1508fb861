"""The one way the program writes CSV: every text cell that a spreadsheet would run as a formula
is neutralised (OWASP "CSV injection").

A cell whose first non-blank character is ``=``, ``+``, ``-`` or ``@``, or that begins with a tab
or a carriage return, is written with a leading apostrophe: Excel and LibreOffice then show the
text as typed and never evaluate it. Numbers (int, float) are written as numbers, so a negative
value stays a value; only text is touched.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

_TRIGGERS = ("=", "+", "-", "@")


def neutralise(value: Any) -> Any:
    """``value`` safe for a CSV cell: text that could start a formula gets a leading ``'``."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in ("\t", "\r") or value.lstrip(" \t\r\n\f\v\u00a0").startswith(_TRIGGERS):
        return "'" + value
    return value


class SafeWriter:
    """``csv.writer`` with every cell passed through ``neutralise``."""

    def __init__(self, out: Any, **kwargs: Any) -> None:
        self._w = csv.writer(out, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow([neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(out: Any, **kwargs: Any) -> SafeWriter:
    return SafeWriter(out, **kwargs)
