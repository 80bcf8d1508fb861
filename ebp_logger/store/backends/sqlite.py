"""One SQLite file on this PC: the embedded default.

BEGIN IMMEDIATE takes the whole file's write lock up front, so every rule a service checks
inside ``database.write()`` (the 40 ml maximum, one open session per patient, the audit
chain's next link) holds against other processes without anything more here.
"""

from __future__ import annotations

from typing import Any

import peewee

from ebp_logger.store.backends import NEVER_DELETED_TEXT, NEVER_OVERWRITTEN_TEXT, Protected


class FileDatabase(peewee.SqliteDatabase):
    server = False

    def __init__(self) -> None:
        super().__init__(None, lock_type="IMMEDIATE")
        # SQLite's LIKE folds only ASCII; names are searched with æ, ø and å in any case.
        self.register_function(_casefold, "casefold")

    def server_objects(self) -> list[str]:
        """Nothing beside the tables: the chain's head counter is in the file header."""
        return []

    def drop_if_broken(self) -> None:
        """A file's connection does not break off."""

    def lost(self, exc: BaseException) -> bool:
        return False

    def expect_write(self) -> None:
        """BEGIN IMMEDIATE is every transaction's start here."""

    def begin_write(self) -> None:
        """BEGIN IMMEDIATE already holds the file's write lock."""

    def snapshot(self) -> Any:
        """A consistent read: BEGIN DEFERRED takes no write lock."""
        return self.atomic(lock_type="DEFERRED")

    def chain_head(self) -> int:
        """The newest audit row's id as the file header records it (``PRAGMA user_version``,
        written in the same transaction as the row: the header page is journaled too)."""
        return int(self.execute_sql("PRAGMA user_version").fetchone()[0])

    def set_chain_head(self, audit_id: int) -> None:
        self.execute_sql(f"PRAGMA user_version = {int(audit_id)}")

    def data_version(self) -> Any:
        """Moves when another connection commits (the cheap test before a change poll)."""
        return self.execute_sql("PRAGMA data_version").fetchone()[0]

    def unlikely(self, expr: peewee.Node) -> peewee.Node:
        # The open statuses are a handful among decades of discharged sessions, which
        # SQLite's statistics (rows per distinct value) cannot see; without it, a full scan.
        return peewee.fn.unlikely(expr)

    def engine_check(self, quick: bool) -> list[str]:
        """SQLite's own page-level check and the foreign keys."""
        rows = self.execute_sql("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
        result = [r[0] for r in rows.fetchall()]
        problems = [] if result == ["ok"] else [f"SQLite integrity: {r}" for r in result[:20]]
        fk = self.execute_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"Foreign key broken: table {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20]]
        return problems

    def tables(self) -> set[str]:
        rows = self.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r[0] for r in rows.fetchall()}

    # -- the append-only protection ----------------------------------------------------

    def protection_statements(self, tables: list[Protected]) -> list[str]:
        sql = []
        for p in tables:
            t = p.table
            sql.append(
                f'CREATE TRIGGER IF NOT EXISTS "{t}_no_delete" BEFORE DELETE ON "{t}" '
                f"BEGIN SELECT RAISE(ABORT, '{NEVER_DELETED_TEXT}'); END"
            )
            if not p.columns:
                continue
            conds = []
            for c in p.columns:
                col = c.name
                if c.flag:  # may become '' once, when its flag is set in the same update
                    conds.append(
                        f'(OLD."{col}" IS NOT NEW."{col}" AND NOT (NEW."{col}" = \'\' '
                        f'AND OLD."{c.flag}" IS NULL AND NEW."{c.flag}" IS NOT NULL))'
                    )
                elif c.set_once:
                    conds.append(f'(OLD."{col}" IS NOT NULL AND OLD."{col}" IS NOT NEW."{col}")')
                else:
                    conds.append(f'OLD."{col}" IS NOT NEW."{col}"')
            sql.append(
                f'CREATE TRIGGER IF NOT EXISTS "{t}_no_overwrite" BEFORE UPDATE ON "{t}" '
                f"WHEN {' OR '.join(conds)} "
                f"BEGIN SELECT RAISE(ABORT, '{NEVER_OVERWRITTEN_TEXT}'); END"
            )
        # Each statement is the trigger's whole definition: its name is the first quoted word.
        return sql

    def expected_protection(self, tables: list[Protected]) -> dict[str, str]:
        """Name -> SQL (in ``trigger_sql``'s spelling) of every protecting trigger."""
        return {s.split('"', 2)[1]: trigger_sql(s) for s in self.protection_statements(tables)}

    def stored_protection(self) -> dict[str, str]:
        """Name -> SQL of the triggers the file holds (a trigger of the right name that no
        longer protects, e.g. ``WHEN 0``, differs here)."""
        rows = self.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        return {name: trigger_sql(sql) for name, sql in rows.fetchall()}

    def drop_protection(self, name: str) -> None:
        self.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def trigger_sql(statement: str) -> str:
    """A trigger's SQL in one spelling: SQLite stores ``CREATE TRIGGER`` without ``IF NOT
    EXISTS``; runs of blanks count as one."""
    return " ".join(statement.replace("IF NOT EXISTS ", "", 1).split())


def _casefold(text: str | None) -> str | None:
    return text.casefold() if isinstance(text, str) else text
