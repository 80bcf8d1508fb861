"""Backups through SQLite's online backup API (consistent even while the app writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ebp_logger.errors import StorageError
from ebp_logger.store.database import db


def backup_to(target: str | Path) -> Path:
    """Write a consistent copy of the open database to ``target`` (never a file copy)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        dst = sqlite3.connect(tmp)
        try:
            db.connection().backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        tmp.replace(target)  # a half-written backup never carries the final name
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The backup to {target} failed: {exc}") from exc
    return target
