"""Integrity: SQLite's own check, the audit hash chain, and every audited row against the
last audit row that wrote it (an edit that bypassed the services shows up there)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ebp_logger.store import audit
from ebp_logger.store.database import db
from ebp_logger.store.models import AUDITED_MODELS, Audit


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    audit_rows: int = 0
    records_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_sqlite(quick: bool = False) -> list[str]:
    rows = db.execute_sql("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    result = [r[0] for r in rows]
    problems = [] if result == ["ok"] else [f"SQLite integrity: {r}" for r in result[:20]]
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    problems += [f"Foreign key broken: table {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20]]
    return problems


def check_chain(report: VerifyReport) -> dict[tuple[str, str], dict]:
    """Walk the chain; return the last audited state of every (table, row_id)."""
    prev = audit.GENESIS
    expected_id = 1
    last_state: dict[tuple[str, str], dict] = {}
    for row in Audit.select().order_by(Audit.id).iterator():
        report.audit_rows += 1
        if row.id != expected_id:
            report.problems.append(
                f"Audit row {expected_id} is missing or out of order (found {row.id})."
            )
            expected_id = row.id
        if row.prev_hash != prev:
            report.problems.append(f"Audit row {row.id}: the link to the row before it is broken.")
        if audit.recompute(row.prev_hash, row) != row.hash:
            report.problems.append(
                f"Audit row {row.id}: its content does not match its hash (altered)."
            )
        prev = row.hash
        expected_id += 1
        if row.row_id is not None and row.new is not None and row.table:
            last_state[(row.table, row.row_id)] = row.new
    return last_state


def verify(quick: bool = False) -> VerifyReport:
    report = VerifyReport()
    report.problems += check_sqlite(quick)
    if report.problems and any(p.startswith("SQLite") for p in report.problems):
        return report
    last_state = check_chain(report)
    for model in AUDITED_MODELS:
        table = model._meta.table_name
        for row in model.select().iterator():
            report.records_checked += 1
            key = (table, str(row._pk))
            if key not in last_state:
                report.problems.append(
                    f"{table} {row._pk} has no audit record (written outside the app)."
                )
            elif audit.snapshot(row) != last_state[key]:
                report.problems.append(
                    f"{table} {row._pk} differs from its audited value (altered)."
                )
    return report
