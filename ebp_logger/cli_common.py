"""What the command line's subcommands share: the command registry, the parser that fails in
one line, opening the database named by ``--db`` (a file or a department server), the
``--user`` sign-in and the audited access. ``cli`` and its subcommand modules import it."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import peewee

from ebp_logger.errors import EbpError, StorageError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def command(name: str):
    def deco(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = fn
        return fn

    return deco


def _open(args: argparse.Namespace, *, must_exist: bool = True, readonly: bool = False) -> None:
    from ebp_logger.store.backends import is_server
    from ebp_logger.store.opening import open_database

    if is_server(args.db):
        open_database(args.db)
        return
    db = Path(args.db)
    if must_exist and not db.exists():
        raise EbpError(f"No database at {db}.")
    open_database(db, readonly=readonly)


PASSWORD_ENV = "EBP_LOGGER_PASSWORD"
DB_ENV = "EBP_LOGGER_DB"  # the database file or server URL when --db is not given


def _password(user: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise EbpError(f"No password for {user}: set {PASSWORD_ENV} or run it in a terminal.")
    import getpass

    try:
        return getpass.getpass(f"Password for {user}: ")
    except (EOFError, KeyboardInterrupt):
        raise EbpError("No password was typed.") from None


def _needs_user(args: argparse.Namespace) -> bool:
    from ebp_logger.store.permissions import COMMAND_RIGHTS

    if args.command not in COMMAND_RIGHTS:
        return False
    if args.command == "export" and args.dictionary:
        return False  # the data dictionary holds no patient data
    return args.command != "settings"  # it checks its own --user, and only for --set


def _sign_in(args: argparse.Namespace):
    """The ``--user`` signed in on the open database (audited, counted towards the lockout)
    with the right this command needs; raises ``EbpError`` with a message otherwise."""
    from ebp_logger.store.permissions import COMMAND_RIGHTS, require_any
    from ebp_logger.store.services import users

    if not getattr(args, "user", None):
        raise EbpError(
            f"'{args.command}' reads or changes patient data: name yourself with --user "
            f"(the password from {PASSWORD_ENV} or asked)."
        )
    # The sign-in row names the command, so the trail says what the user signed in for.
    actor = users.authenticate(
        args.user, _password(args.user), reason=f"command line: {args.command}"
    )
    require_any(actor, COMMAND_RIGHTS[args.command])
    return actor


SERVER_BACKUP = (
    "A department server is backed up by IT with PostgreSQL's own tools (pg_dump --format=custom, "
    "checked with pg_restore --list); see the README, 'Department server'. For a copy on this "
    "PC use 'ebp-logger migrate --from URL --to FILE.sqlite'."
)


def _refuse_on_server(args: argparse.Namespace, why: str) -> None:
    from ebp_logger.store.backends import is_server

    if is_server(getattr(args, "db", None)):
        raise EbpError(why)


def _note(args: argparse.Namespace, text: str) -> None:
    print(f"ebp-logger {args.command}: {text}", file=sys.stderr)


def _open_for_audit(args: argparse.Namespace) -> None:
    """The app's start-up check (``opening.open_checked``), then open for writing so the
    sign-in and the access are audited in the database. A file that cannot be written
    (read-only media, no write access, a full disk) or fails the check is opened read-only
    with one line saying why: the data can still be read, the access goes to the program log."""
    from ebp_logger.store.backends import is_server
    from ebp_logger.store.opening import open_checked, open_database

    if is_server(args.db):
        readonly, problems = open_checked(args.db)  # unreachable: StorageError, one line
        if readonly:
            raise EbpError("The department server failed its check: " + " ".join(problems[:3]))
        return
    db = Path(args.db)
    if not db.exists():
        raise EbpError(f"No database at {db}.")
    try:
        readonly, problems = open_checked(db)
    except (StorageError, peewee.DatabaseError, sqlite3.Error, OSError) as exc:
        readonly, problems = True, [_one_line(exc)]
        open_database(db, readonly=True, create=False)
    if readonly:
        first = " ".join((problems or ["it cannot be written"])[0].split())[:300]
        _note(args, f"opened read-only, this access is not audited in the database: {first}")


def _audit_access(actor, args: argparse.Namespace, document: str, **detail) -> None:
    """The command's access, audited under the signed-in user before any data leaves."""
    from ebp_logger.store import audit

    session_id = detail.pop("session_id", None)
    info = {"document": document, "via": "command line", **detail}
    audit.log_access(actor, "export", session_id=session_id, detail=info)


def _write_out(text: str, target: str | None) -> None:
    if target in (None, "-"):
        sys.stdout.write(text)
    else:
        from ebp_logger.store.keys import write_private

        write_private(target, text)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}. Nothing was written there."
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full: nothing was written. Free space on the disk and try again."
    if "readonly" in text or "read-only" in text:
        return "The database is on a read-only disk or folder: it cannot be changed here."
    return f"The database cannot be used: {' '.join(str(exc).split())}."
