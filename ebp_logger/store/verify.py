"""Integrity: SQLite's own check, the append-only triggers, the audit hash chain and its head
counter, each record's history, and every audited row against the last audit row that wrote it
(an edit that bypassed the services shows up there).

What the checks guarantee (the chain has no secret key, see also ``compare_with``):

* Any change, deletion, insertion or reordering of audit rows is caught, wherever it is, unless
  whoever made it also recomputed every later hash and the header counter.
* Even then, a forged or removed row that describes a data write is caught: each record must
  equal its last audit snapshot, each audit row's ``old`` must equal the record's previous
  audited value, and every audited record must still exist.
* Not caught from the file alone: rows that describe no data (sign-ins, locks, access logs)
  added or cut at the end by someone who recomputed the chain and the counter. A backup (or
  any earlier copy) is an anchor: ``compare_with`` shows history rewritten before it.

``verify(quick=True)`` is the start-up check: SQLite's quick_check, the schema, the head
counter and the chain's newest ``TAIL_ROWS`` rows with the records they wrote.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from ebp_logger.store import audit
from ebp_logger.store.database import db
from ebp_logger.store.models import ALL_MODELS, AUDITED_MODELS, Audit

TAIL_ROWS = 1000
MAX_PROBLEMS = 200
_DB_ERRORS = (peewee.DatabaseError, sqlite3.DatabaseError, sqlite3.Warning)


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    audit_rows: int = 0
    records_checked: int = 0
    quick: bool = False
    head_id: int = 0
    more: int = 0  # problems left off the list

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1


def check_sqlite(quick: bool = False) -> list[str]:
    """The database engine's own check (SQLite's page and foreign-key checks on a file)."""
    return db.engine_check(quick)


def trigger_sql(statement: str) -> str:
    from ebp_logger.store.backends.sqlite import trigger_sql as spelled

    return spelled(statement)


def expected_trigger_sql() -> dict[str, str]:
    """Name -> definition of every protecting trigger, as the current models define them."""
    from ebp_logger.store.protection import protected_tables

    return db.expected_protection(protected_tables())


def check_schema() -> list[str]:
    """Every table present and the append-only triggers in place with their exact definition
    (a trigger of the right name that no longer protects, e.g. ``WHEN 0``, is caught too)."""
    tables = db.tables()
    problems = [
        f"The table {m._meta.table_name} is missing."
        for m in ALL_MODELS
        if m._meta.table_name not in tables
    ]
    stored = db.stored_protection()
    for name, sql in expected_trigger_sql().items():
        found = stored.get(name)
        if found is None:
            problems.append(
                f"The protection that keeps records from being deleted or overwritten is "
                f"missing (trigger {name})."
            )
        elif found != sql:
            problems.append(
                f"The protection that keeps records from being deleted or overwritten was "
                f"changed (trigger {name} differs from its definition)."
            )
    return problems


def check_head(report: VerifyReport) -> int:
    """The header counter and the row count agree with the newest audit row; returns its id."""
    head = db.execute_sql("SELECT max(id), count(*) FROM audit").fetchone()
    last_id, count = int(head[0] or 0), int(head[1])
    counter = db.chain_head()
    if counter != last_id:
        report.add(
            f"The audit trail ends at row {last_id} but the database recorded row {counter} as "
            f"its last (rows cut off the end or added outside the app)."
        )
    if count != last_id:
        report.add(
            f"The audit trail has {count} rows but its newest is number {last_id} "
            f"(rows removed or renumbered)."
        )
    report.head_id = last_id
    return last_id


def _quoted(columns: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _audit_rows(after_id: int) -> Iterator[dict[str, Any]]:
    have = {c.name for c in db.get_columns("audit")}
    optional = tuple(c for c in audit.OPTIONAL_HASHED if c in have)  # a file before schema 9
    cols = audit.HASHED_COLUMNS + optional + ("prev_hash", "hash")
    cur = db.execute_sql(f"SELECT {_quoted(cols)} FROM audit WHERE id > ? ORDER BY id", (after_id,))
    for values in cur:
        yield dict(zip(cols, values, strict=True))


def check_chain(
    report: VerifyReport, after_id: int = 0, prev: str = audit.GENESIS
) -> dict[tuple[str, str], str]:
    """Walk the chain from ``after_id`` (whose hash is ``prev``); check each link, hash and
    record history; return the last audited state (JSON text) of every (table, row_id)."""
    expected_id = after_id + 1
    last_state: dict[tuple[str, str], str] = {}
    for row in _audit_rows(after_id):
        report.audit_rows += 1
        rid = row["id"]
        if rid != expected_id:
            report.add(f"Audit row {expected_id} is missing or out of order (found {rid}).")
            expected_id = rid
        if row["prev_hash"] != prev:
            report.add(f"Audit row {rid}: the link to the row before it is broken.")
        hashed = {c: row[c] for c in audit.HASHED_COLUMNS + audit.OPTIONAL_HASHED if c in row}
        if audit.digest(row["prev_hash"], hashed) != row["hash"]:
            report.add(f"Audit row {rid}: its content does not match its hash (altered).")
        prev = row["hash"]
        expected_id += 1
        new = row["new"]
        if row["row_id"] is None or new is None or not row["table"]:
            continue
        key = (str(row["table"]), str(row["row_id"]))
        # Snapshots are stored as canonical JSON (sorted keys), so equal values are equal text.
        if (
            row["old"] is not None
            and key in last_state
            and row["old"] != last_state[key]
            and _parsed(row["old"])
            != audit.as_audited(_parsed(last_state[key]), _parsed(row["old"]))
        ):
            report.add(
                f"Audit row {rid}: the earlier value it records for {key[0]} {key[1]} is not the "
                f"value audited before it (rows reordered or forged)."
            )
        last_state[key] = new
    return last_state


def _stored_rows(model: type[peewee.Model], keys: list[str] | None) -> Iterator[dict[str, Any]]:
    """Rows as SQLite stores them (not re-parsed), secrets replaced by their audit digest."""
    cols = [f.column_name for f in model._meta.sorted_fields]
    secret = [c for c in cols if c in audit.REDACTED]
    pk = model._meta.primary_key
    sql = f'SELECT {_quoted(cols)} FROM "{model._meta.table_name}"'
    batches: list[list[Any]] = [[]]
    if keys is not None:
        as_key = int if isinstance(pk, (peewee.AutoField, peewee.IntegerField)) else str
        wanted = [as_key(k) for k in keys if as_key is str or k.lstrip("-").isdigit()]
        batches = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    for batch in batches:
        if keys is not None:
            if not batch:
                continue
            marks = ", ".join("?" * len(batch))
            cur = db.execute_sql(f'{sql} WHERE "{pk.column_name}" IN ({marks})', batch)
        else:
            cur = db.execute_sql(sql)
        for values in cur:
            out = dict(zip(cols, values, strict=True))
            for c in secret:
                out[c] = audit.redact(c, out[c])
            yield out


def _parsed(text: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None  # unreadable: differs from any row


def check_records(
    report: VerifyReport, last_state: dict[tuple[str, str], str], only_audited: bool = False
) -> None:
    """Every audited record equals its last audit snapshot and every audited record exists.
    ``only_audited``: look only at the records in ``last_state`` (quick mode)."""
    for model in AUDITED_MODELS:
        table = model._meta.table_name
        pk = model._meta.primary_key.column_name
        keys = [k[1] for k in last_state if k[0] == table] if only_audited else None
        seen: set[str] = set()
        for row in _stored_rows(model, keys):
            report.records_checked += 1
            key = (table, str(row[pk]))
            seen.add(key[1])
            if key not in last_state:
                report.add(f"{table} {key[1]} has no audit record (written outside the app).")
            elif (audited := _parsed(last_state[key])) != audit.as_audited(row, audited):
                report.add(f"{table} {key[1]} differs from its audited value (altered).")
        for t, rid in last_state:
            if t == table and rid not in seen:
                report.add(
                    f"{table} {rid} is in the audit trail but missing from the database "
                    f"(deleted outside the app)."
                )


def verify(quick: bool = False) -> VerifyReport:
    """Check the open database. ``quick``: the start-up check (see the module notes)."""
    report = VerifyReport(quick=quick)
    try:
        for p in check_sqlite(quick):
            report.add(p)
        if not report.ok:
            return report  # a damaged file makes every later answer unreliable
        for p in check_schema():
            report.add(p)
        if not Audit.table_exists():
            return report
        head = check_head(report)
        after, prev = 0, audit.GENESIS
        if quick and head > TAIL_ROWS:
            after = head - TAIL_ROWS
            anchor = db.execute_sql("SELECT hash FROM audit WHERE id = ?", (after,)).fetchone()
            if anchor is None:
                report.add(f"Audit row {after} is missing.")
            else:
                prev = anchor[0]
        last_state = check_chain(report, after, prev)
        check_records(report, last_state, only_audited=quick and after > 0)
    except _DB_ERRORS as exc:
        report.add(f"The database could not be read: {exc}.")
    return report


def compare_with(anchor: str | Path) -> list[str]:
    """The open database's audit trail must extend the one in ``anchor`` (a backup or any
    earlier copy): same rows, same hashes, up to the anchor's newest row. This catches history
    rewritten with recomputed hashes before the anchor was taken, which the chain alone
    cannot."""
    anchor = Path(anchor)
    try:
        con = sqlite3.connect(f"{anchor.resolve().as_uri()}?mode=ro", uri=True)
        try:
            theirs = con.execute("SELECT id, hash FROM audit ORDER BY id").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [f"The copy {anchor} cannot be read: {exc}."]
    ours = dict(db.execute_sql("SELECT id, hash FROM audit").fetchall())
    problems = []
    for rid, digest in theirs:
        if rid not in ours:
            problems.append(f"Audit row {rid} of the copy {anchor.name} is missing here.")
        elif ours[rid] != digest:
            problems.append(
                f"Audit row {rid} differs from the copy {anchor.name} (history rewritten)."
            )
        if len(problems) >= 20:
            break
    return problems


def _audit_hashes(path: Path) -> dict[int, str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT id, hash FROM audit").fetchall())
    finally:
        con.close()


def contradictions(copy: str | Path, current: str | Path) -> list[str]:
    """Where two files of one database disagree about the history they share: each audit row
    present in both must be the same row (same hash). One may be longer than the other (a
    backup is older, or newer than a copy restored earlier); neither may have rewritten the
    rows they have in common. Raises ``sqlite3.Error`` when a file cannot be read."""
    theirs, ours = _audit_hashes(Path(copy)), _audit_hashes(Path(current))
    problems = []
    for rid in sorted(set(theirs) & set(ours)):
        if theirs[rid] != ours[rid]:
            problems.append(
                f"Audit row {rid} differs between {Path(copy).name} and {Path(current).name} "
                f"(the history of one of them was rewritten)."
            )
            if len(problems) >= 20:
                break
    return problems
