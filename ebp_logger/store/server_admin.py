"""Setting up and looking after a department server: ``server init``, ``upgrade``, ``status``.

Run by an administrator with a PostgreSQL role that may create tables and roles (the
database's owner). The workstations then connect as a login role that is a member of
``ebp_app``: read and append, UPDATE only where a record may change, no DDL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ebp_logger.errors import StorageError
from ebp_logger.i18n import _
from ebp_logger.store import migrations
from ebp_logger.store.backends.postgresql import APP_ROLE
from ebp_logger.store.database import db, use_file_backend
from ebp_logger.store.opening import open_server

# Derived data a workstation rewrites (the name search index): the only DELETE granted.
FREE_TABLES = ["patient_name_word"]


@dataclass
class ServerStatus:
    schema: int
    program_schema: int
    chain_head: int
    chain_hash: str
    workstations: list[tuple[str, str, str]] = field(default_factory=list)  # name, address, since
    problems: list[str] = field(default_factory=list)


def init(url: str, login: str = "", password: str = "") -> int:
    """Create the schema, the protection and the application's role on an empty database.
    ``login``: also create that login role (a member of ``ebp_app``) for the workstations."""
    open_server(url, check_schema=False)
    try:
        if migrations.applied_versions():
            raise StorageError(
                _(
                    "This server database is already set up (schema version {v}). Use "
                    "'ebp-logger server upgrade' for a newer version of the program."
                ).format(v=migrations.current_version())
            )
        version = migrations.migrate(None)
        _grant(login, password)
        return version
    finally:
        use_file_backend()  # as it was: the file backend, nothing open


def upgrade(url: str) -> tuple[int, int]:
    """Apply the schema steps this program has and the server has not, once; (before, after)."""
    open_server(url, check_schema=False)
    try:
        before = migrations.current_version()
        if not before:
            raise StorageError(
                _("This server database is empty: set it up with 'ebp-logger server init'.")
            )
        after = migrations.migrate(None)
        _grant("", "")  # new tables get the same grants
        return before, after
    finally:
        use_file_backend()  # as it was: the file backend, nothing open


def _grant(login: str, password: str) -> None:
    from ebp_logger.store.protection import protected_tables

    with db.atomic():
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (APP_ROLE,))
        if exists.fetchone() is None:
            db.execute_sql(f'CREATE ROLE "{APP_ROLE}" NOLOGIN')
        for stmt in db.obj.grant_statements(APP_ROLE, protected_tables(), FREE_TABLES):
            db.execute_sql(stmt)
        if login:
            _create_login(login, password)


def _create_login(login: str, password: str) -> None:
    """A login role for the workstations; its password as the server stores it (SCRAM)."""
    from psycopg import sql

    if not login.replace("_", "").isalnum():
        raise StorageError(
            _("A login name has letters, digits and _ only: {name}").format(name=login)
        )
    conn = db.connection()
    found = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    verb = "ALTER" if found else "CREATE"
    conn.execute(
        sql.SQL(
            "{} ROLE {} LOGIN PASSWORD {} IN ROLE {}"
            if verb == "CREATE"
            else "{} ROLE {} LOGIN PASSWORD {}"
        ).format(
            sql.SQL(verb),
            sql.Identifier(login),
            sql.Literal(password or None),
            sql.Identifier(APP_ROLE),
        )
    )
    if found:
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(APP_ROLE), sql.Identifier(login))
        )


def status(url: str) -> ServerStatus:
    """Schema version, the workstations connected now and the audit chain's head."""
    from ebp_logger.store.verify import verify

    open_server(url, check_schema=False)
    try:
        head = db.obj.chain_head() if "audit_head" in db.tables() else 0
        row = db.execute_sql('SELECT "hash" FROM "audit" WHERE "id" = %s', (head,)).fetchone()
        found = ServerStatus(
            schema=migrations.current_version(),
            program_schema=migrations.latest_version(),
            chain_head=head,
            chain_hash=row[0] if row else "",
        )
        found.workstations = [
            (
                name.removeprefix("ebp-logger "),
                str(addr or "local"),
                since.isoformat(" ", "seconds"),
            )
            for name, addr, since in db.execute_sql(
                "SELECT application_name, client_addr, backend_start FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name LIKE 'ebp-logger %' "
                "AND pid <> pg_backend_pid() ORDER BY backend_start"
            ).fetchall()
        ]
        if found.schema == found.program_schema:
            found.problems = verify(quick=True).problems
        return found
    finally:
        use_file_backend()  # as it was: the file backend, nothing open
