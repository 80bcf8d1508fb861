"""Department-server subcommands: ``server init|upgrade|status`` and ``migrate``.

Run by the administrator with a PostgreSQL role that may create tables and roles. The
password is never an argument: PostgreSQL's own password file (``~/.pgpass``, 0600) or the
``PGPASSWORD`` variable, as for psql.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable

from ebp_logger.cli_common import command
from ebp_logger.errors import EbpError

LOGIN_PASSWORD_ENV = "EBP_LOGGER_DB_PASSWORD"


def _server_url(args: argparse.Namespace) -> str:
    from ebp_logger.store.backends import is_server

    if not is_server(args.db):
        raise EbpError(
            f"'server {args.action}' needs --db postgresql://USER@HOST:PORT/DATABASE "
            f"(got {args.db!r})."
        )
    return args.db


def _login_password(login: str) -> str:
    password = os.environ.get(LOGIN_PASSWORD_ENV)
    if password is not None:
        return password
    try:
        first = getpass.getpass(f"Password for the workstations' login {login}: ")
        again = getpass.getpass("The same password again: ")
    except (EOFError, KeyboardInterrupt):
        raise EbpError("No password was typed.") from None
    if first != again:
        raise EbpError("The two passwords differ; nothing was changed.")
    if len(first) < 12:
        raise EbpError("The workstations' password needs at least 12 characters.")
    return first


@command("server")
def _server(args: argparse.Namespace) -> int:
    from ebp_logger.store import server_admin
    from ebp_logger.store.database import redact_url

    url = _server_url(args)
    where = redact_url(url)
    if args.action == "init":
        password = _login_password(args.login) if args.login else ""
        version = server_admin.init(url, login=args.login or "", password=password)
        print(f"{where}: set up at schema version {version}; role ebp_app has the grants.")
        if args.login:
            print(f"Workstations connect as {args.login} (a member of ebp_app).")
        return 0
    if args.action == "upgrade":
        before, after = server_admin.upgrade(url)
        if before == after:
            print(f"{where}: already at schema version {after}; nothing to do.")
        else:
            print(f"{where}: upgraded from schema version {before} to {after}.")
        return 0
    found = server_admin.status(url)
    print(f"Server: {where}")
    print(f"Schema version: {found.schema} (this program: {found.program_schema})")
    print(f"Audit chain head: row {found.chain_head} {found.chain_hash[:16]}")
    print(f"Workstations connected: {len(found.workstations)}")
    for name, addr, since in found.workstations:
        print(f"  {name} from {addr} since {since}")
    if found.problems:
        print(f"Quick check FAILED: {len(found.problems)} problem(s)")
        for p in found.problems:
            print(f"- {p}")
        return 1
    if found.schema == found.program_schema:
        print("Quick check: OK")
    return 0


@command("migrate")
def _migrate(args: argparse.Namespace) -> int:
    from ebp_logger.store import transfer
    from ebp_logger.store.database import redact_url

    report = transfer.copy(args.source, args.target)
    total = sum(report.counts.values())
    print(
        f"Copied {total} rows from {redact_url(args.source)} to {redact_url(args.target)}: "
        + ", ".join(f"{t} {n}" for t, n in report.counts.items() if n)
    )
    if report.problems:
        print(f"FAILED: the copy does not check out ({len(report.problems)} problem(s)):")
        for p in report.problems:
            print(f"- {p}")
        return 1
    print("The copy verifies clean and its row counts match the source.")
    return 0


def add_parsers(sub: argparse._SubParsersAction, db_arg: Callable[..., None]) -> None:
    sp = sub.add_parser(
        "server", help="department server: set up, upgrade or look at the PostgreSQL database"
    )
    sp.add_argument("action", choices=("init", "upgrade", "status"))
    db_arg(sp)
    sp.add_argument(
        "--login",
        help=f"init: also create this login role for the workstations (password from "
        f"{LOGIN_PASSWORD_ENV} or asked)",
    )
    sp = sub.add_parser(
        "migrate", help="copy every record from a file to an empty server, or back to a file"
    )
    sp.add_argument("--from", dest="source", required=True, help="a database file or server URL")
    sp.add_argument("--to", dest="target", required=True, help="a new file or an empty server")
