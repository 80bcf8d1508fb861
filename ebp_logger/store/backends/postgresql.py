"""A department server: every workstation on one PostgreSQL database (psycopg 3).

The rules hold inside the server, not only in the client:

* every write transaction first takes one advisory lock (``begin_write``): the server's
  counterpart of SQLite's BEGIN IMMEDIATE, so what a service checks inside ``write()`` (the
  40 ml maximum, one open session per patient) is still true when it commits;
* PL/pgSQL triggers refuse deleting, truncating or overwriting clinical rows, as SQLite's do;
* the audit chain's next link is checked by the server (``audit_chain``): the row must follow
  the newest row, by id and hash, under the same lock, so two workstations can never fork the
  chain; the trigger also moves the head counter and announces the change (NOTIFY), both
  delivered only when the transaction commits;
* the application's role has no DDL and, on clinical tables, UPDATE only on the columns a
  void or a resolution may fill (``grant_statements``).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import peewee

from ebp_logger.store.backends import (
    NEVER_DELETED_TEXT,
    NEVER_OVERWRITTEN_TEXT,
    Protected,
    workstation_name,
)

# peewee's translation of driver errors into its own (a module name a class body would mangle).
_WRAPPED = peewee.__exception_wrapper__
# The advisory lock every write takes (an arbitrary constant, "EBP" in ASCII).
WRITE_LOCK = 0x454250
CHANNEL = "ebp_changes"
APP_ROLE = "ebp_app"
GENESIS = "0" * 64


@lru_cache(maxsize=1024)
def _pyformat(sql: str) -> str:
    """The store's hand-written SQL marks parameters with ``?`` (SQLite's style); psycopg
    takes ``%s``. peewee's own SQL already says ``%s`` and carries no ``?``."""
    return sql.replace("?", "%s") if "?" in sql else sql


class ServerDatabase(peewee.PostgresqlDatabase):
    server = True

    def __init__(self, url: str) -> None:
        self._writes = threading.local()  # this thread's transaction holds the write lock
        super().__init__(
            url,
            prefer_psycopg3=True,
            # Who is connected (``server status``) and what a stuck connection gives up on.
            application_name=f"ebp-logger {workstation_name()}",
            connect_timeout=3,
        )

    def drop_if_broken(self) -> None:
        """Forget a connection the server or the network ended, so the next statement
        connects afresh (peewee would keep using the dead one)."""
        conn = self._state.conn
        if conn is not None and (conn.closed or conn.broken) and not self.in_transaction():
            self._state.reset()

    def lost(self, exc: BaseException) -> bool:
        """Did ``exc`` come from losing the server (rather than from a refused statement)?"""
        import psycopg

        conn = self._state.conn
        if conn is not None and (conn.closed or conn.broken):
            return True
        cause: BaseException | None = exc
        for _ in range(10):
            if cause is None:
                break
            if isinstance(cause, psycopg.OperationalError) and not isinstance(
                cause, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable
            ):
                return True
            cause = cause.__cause__ or cause.__context__
        return False

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if self._state.conn is not None and not self.in_transaction():
            self.drop_if_broken()
        if not params:  # psycopg reads '%' as a placeholder even without parameters
            return super().execute_sql(sql.replace("%", "%%"), params)
        return super().execute_sql(_pyformat(sql), params)

    def expect_write(self) -> None:
        """The next BEGIN opens a write: take the write lock in the same round trip."""
        self._writes.next = True

    def begin(self, isolation_level: Any = None) -> None:
        if getattr(self._writes, "next", False) and not isolation_level:
            self._writes.next = False
            with _WRAPPED:
                self.cursor().execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            self._writes.locked = True
            return
        self._writes.next = False
        super().begin(isolation_level)

    def commit(self) -> None:
        self._writes.locked = False
        super().commit()

    def rollback(self) -> None:
        self._writes.locked = False
        super().rollback()

    def begin_write(self) -> None:
        if not getattr(self._writes, "locked", False):
            self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._writes.locked = True

    def snapshot(self) -> Any:
        """A consistent read across statements (one snapshot for the whole report)."""
        return self.atomic(isolation_level="REPEATABLE READ")

    def chain_head(self) -> int:
        row = self.execute_sql('SELECT "last_id" FROM "audit_head"').fetchone()
        return int(row[0]) if row else 0

    def set_chain_head(self, audit_id: int) -> None:
        """The server's ``audit_chain`` trigger moves the head with the row itself."""

    def data_version(self) -> Any:
        """Moves when anyone commits a write (every write adds an audit row)."""
        return self.execute_sql('SELECT max("id") FROM "audit"').fetchone()[0]

    def unlikely(self, expr: peewee.Node) -> peewee.Node:
        return expr  # PostgreSQL's statistics see the few open sessions by themselves

    def engine_check(self, quick: bool) -> list[str]:
        """The server keeps its own pages and foreign keys; what is checked here is that the
        client is not talking to a database someone set up by hand without the protection."""
        row = self.execute_sql(
            "SELECT count(*) FROM pg_proc WHERE proname = 'ebp_audit_chain'"
        ).fetchone()
        return [] if row[0] else [_NO_CHAIN_TRIGGER]

    def tables(self) -> set[str]:
        rows = self.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {r[0] for r in rows.fetchall()}

    # -- the append-only protection ----------------------------------------------------

    def _bodies(self, tables: list[Protected]) -> dict[str, tuple[str, str, str]]:
        """Trigger name -> (table, timing, PL/pgSQL body)."""
        out = {}
        deleted = f"RAISE EXCEPTION '{NEVER_DELETED_TEXT}' USING ERRCODE = 'restrict_violation';"
        for p in tables:
            t = p.table
            out[f"{t}_no_delete"] = (t, "BEFORE DELETE", f"BEGIN {deleted} END;")
            out[f"{t}_no_truncate"] = (t, "BEFORE TRUNCATE", f"BEGIN {deleted} END;")
            if not p.columns:
                continue
            conds = []
            for c in p.columns:
                col = c.name
                differs = f'OLD."{col}" IS DISTINCT FROM NEW."{col}"'
                if c.flag:
                    conds.append(
                        f'({differs} AND NOT (NEW."{col}" = \'\' AND OLD."{c.flag}" IS NULL '
                        f'AND NEW."{c.flag}" IS NOT NULL))'
                    )
                elif c.set_once:
                    conds.append(f'(OLD."{col}" IS NOT NULL AND {differs})')
                else:
                    conds.append(differs)
            out[f"{t}_no_overwrite"] = (
                t,
                "BEFORE UPDATE",
                f"BEGIN IF {' OR '.join(conds)} THEN RAISE EXCEPTION '{NEVER_OVERWRITTEN_TEXT}' "
                f"USING ERRCODE = 'restrict_violation'; END IF; RETURN NEW; END;",
            )
        out["audit_chain"] = ("audit", "BEFORE INSERT", _AUDIT_CHAIN_BODY)
        return out

    def protection_statements(self, tables: list[Protected]) -> list[str]:
        sql = []
        for name, (table, timing, body) in self._bodies(tables).items():
            each = "STATEMENT" if "TRUNCATE" in timing else "ROW"
            definer = (
                " SECURITY DEFINER SET search_path FROM CURRENT" if name == "audit_chain" else ""
            )
            fn = "ebp_audit_chain" if name == "audit_chain" else name
            sql.append(
                f'CREATE OR REPLACE FUNCTION "{fn}"() RETURNS trigger LANGUAGE plpgsql{definer} '
                f"AS $body$ {body} $body$; "
                f'CREATE OR REPLACE TRIGGER "{name}" {timing} ON "{table}" '
                f'FOR EACH {each} EXECUTE FUNCTION "{fn}"()'
            )
        return sql

    def expected_protection(self, tables: list[Protected]) -> dict[str, str]:
        return {
            name: _canonical(table, "O", body)
            for name, (table, _t, body) in self._bodies(tables).items()
        }

    def stored_protection(self) -> dict[str, str]:
        """Name -> (table, enabled, body) of the triggers on this schema's tables: a trigger
        switched off (``ALTER TABLE … DISABLE TRIGGER``) or rewritten differs here."""
        rows = self.execute_sql(
            "SELECT t.tgname, c.relname, t.tgenabled, p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        ).fetchall()
        return {name: _canonical(table, enabled, body) for name, table, enabled, body in rows}

    def drop_protection(self, name: str) -> None:
        """``CREATE OR REPLACE`` re-creates a changed trigger in place: nothing to drop."""

    # -- set up by the administrator (``server init``) ----------------------------------

    def server_objects(self) -> list[str]:
        """The head counter the chain trigger keeps (``PRAGMA user_version`` on a file)."""
        return [
            'CREATE TABLE IF NOT EXISTS "audit_head" ("one" BOOLEAN PRIMARY KEY DEFAULT TRUE '
            'CHECK ("one"), "last_id" BIGINT NOT NULL)',
            'INSERT INTO "audit_head" ("one", "last_id") '
            'SELECT TRUE, COALESCE(max("id"), 0) FROM "audit" ON CONFLICT DO NOTHING',
            # The name search reads a word's prefix as a range: byte order, whatever the
            # database's collation (a linguistic one does not keep prefixes together).
            'ALTER TABLE "patient_name_word" ALTER COLUMN "word" TYPE TEXT COLLATE "C"',
        ]

    def grant_statements(self, role: str, tables: list[Protected], free: list[str]) -> list[str]:
        """Least privilege for the application's role: read and append everywhere; UPDATE
        only on the columns a protected table lets change (a void, a resolution), full UPDATE
        on the tables that hold current state (users, settings, patients, sessions, the
        outbox); DELETE only on the derived name index; no DDL, nothing on the head counter
        (its trigger runs as the owner)."""
        r = _ident(role)
        sql = [
            f"GRANT CONNECT ON DATABASE {_ident(self.current_database())} TO {r}",
            f"GRANT USAGE ON SCHEMA {_ident(self.current_schema())} TO {r}",
            f"REVOKE CREATE ON SCHEMA {_ident(self.current_schema())} FROM PUBLIC",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_ident(self.current_schema())} TO {r}",
            f'GRANT SELECT ON "audit_head" TO {r}',
        ]
        protected = {p.table: p for p in tables}
        for table in sorted(self.tables() - {"audit_head"}):
            sql.append(f'GRANT SELECT, INSERT ON "{table}" TO {r}')
            p = protected.get(table)
            if p is None:
                if table not in ("schema_version",):
                    sql.append(f'GRANT UPDATE ON "{table}" TO {r}')
                if table in free:
                    sql.append(f'GRANT DELETE ON "{table}" TO {r}')
                continue
            changeable = [c.name for c in p.columns if c.set_once or c.flag]
            changeable += [c.flag for c in p.columns if c.flag]
            if not p.columns:  # kept from deletion, its state may change (audited)
                sql.append(f'GRANT UPDATE ON "{table}" TO {r}')
            elif changeable:
                cols = ", ".join(f'"{c}"' for c in dict.fromkeys(changeable))
                sql.append(f'GRANT UPDATE ({cols}) ON "{table}" TO {r}')
        return sql

    def current_database(self) -> str:
        return self.execute_sql("SELECT current_database()").fetchone()[0]

    def current_schema(self) -> str:
        return self.execute_sql("SELECT current_schema()").fetchone()[0]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _canonical(table: str, enabled: str, body: str) -> str:
    return f"{table}|{enabled}|{' '.join(body.split())}"


_NO_CHAIN_TRIGGER = (
    "The server database has no audit-chain protection: it was not set up with "
    "'ebp-logger server init'."
)

# The chain's next link, checked under the write lock, and the change announced on commit.
_AUDIT_CHAIN_BODY = f"""
DECLARE last_id BIGINT; last_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock({WRITE_LOCK});
  SELECT "id", "hash" INTO last_id, last_hash FROM "audit" ORDER BY "id" DESC LIMIT 1;
  IF NEW."id" IS DISTINCT FROM COALESCE(last_id, 0) + 1
     OR NEW."prev_hash" IS DISTINCT FROM COALESCE(last_hash, '{GENESIS}') THEN
    RAISE EXCEPTION 'the audit trail stays one chain: row % does not follow row %',
      NEW."id", COALESCE(last_id, 0) USING ERRCODE = 'restrict_violation';
  END IF;
  UPDATE "audit_head" SET "last_id" = NEW."id";
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    'id', NEW."id", 'table', NEW."table", 'row', NEW."row_id" IS NOT NULL,
    'patient_id', NEW."patient_id", 'session_id', NEW."session_id")::text);
  RETURN NEW;
END;"""
