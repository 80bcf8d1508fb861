"""Correcting a record in place (patient demographics, session set-up): which fields may be
corrected, the reason every correction needs, and the audited update keeping the old values."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import peewee

from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _
from ebp_logger.store import audit
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import text_limits


def require_reason(reason: str, what: str) -> str:
    """The reason without surrounding blanks; refused when empty."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            "reason", _("A {what} needs a reason").format(what=what), _("a short free text")
        )
    text_limits.check_text("reason", reason)
    return reason


def check_correctable(changes: Collection[str], allowed: Collection[str]) -> None:
    """Refuse any field not in ``allowed``, naming the fields that are."""
    bad = set(changes) - set(allowed)
    if bad:
        raise ValidationError(
            "field",
            _("{fields} cannot be corrected here").format(fields=", ".join(sorted(bad))),
            ", ".join(allowed),
        )


def apply(actor: Actor, row: peewee.Model, changes: dict[str, Any], reason: str) -> None:
    """Set ``changes`` on ``row`` and audit them with the old values. Inside ``write()``."""
    text_limits.check(changes)
    before = audit.snapshot(row)
    for k, v in changes.items():
        setattr(row, k, v)
    row.save()
    audit.record(actor, "correct", row, old=before, reason=reason)
