"""What the append-only protection covers, said once for both backends.

Each backend turns these rules into its own triggers (SQLite ``RAISE(ABORT)``, PostgreSQL
PL/pgSQL); ``verify`` compares what the database holds with what the backend would create.
"""

from __future__ import annotations

from ebp_logger.store.backends import Column, Protected
from ebp_logger.store.database import db
from ebp_logger.store.models import AUDITED_MODELS, Audit, DeviceMessage, Entry


def protected_tables() -> list[Protected]:
    """Append-only tables with their column rules, then tables only kept from deletion."""
    out = []
    for model in [m for m in AUDITED_MODELS if issubclass(m, Entry)] + [DeviceMessage, Audit]:
        set_once = getattr(model, "SET_ONCE", ())
        clearable = getattr(model, "CLEARABLE", {})
        cols = tuple(
            Column(
                f.column_name,
                set_once=f.column_name in set_once,
                flag=clearable.get(f.column_name, ""),
            )
            for f in model._meta.sorted_fields
        )
        out.append(Protected(model._meta.table_name, cols))
    out += [Protected(t, ()) for t in ("patient", "session", "adt_message", "outbox_message")]
    out.append(Protected("entry_key", ()))  # a delivered entry's key is never forgotten
    have = db.tables()  # a table a later schema step adds is protected once it exists
    return [p for p in out if p.table in have]
