"""Administrator command line: ``ebp-logger SUBCOMMAND --db PATH``. Bad arguments exit 2 with a
one-line reason; ``verify`` exits 1 when something is wrong.

Every command that reads or changes patient data (``store.permissions.COMMAND_RIGHTS``) needs
``--user``: the password comes from ``EBP_LOGGER_PASSWORD`` or is asked for; the sign-in is
audited and counts towards the lockout like one in the app, and the command is audited under
that user. ``demo-data``, ``blank-form``, ``verify`` and ``--help`` need none.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import peewee

from ebp_logger import paths
from ebp_logger.cli_common import (  # noqa: F401 - the subcommands' shared parts, used here
    COMMANDS,
    DB_ENV,
    PASSWORD_ENV,
    SERVER_BACKUP,
    _audit_access,
    _needs_user,
    _note,
    _one_line,
    _open,
    _open_for_audit,
    _Parser,
    _password,
    _refuse_on_server,
    _sign_in,
    _write_out,
    command,
)
from ebp_logger.errors import EbpError, StorageError


def demo_summary(db: Path) -> str:
    """What the demo holds, counted from the database (not the ids of its example sessions)."""
    from ebp_logger.clinical.enums import SessionStatus
    from ebp_logger.store.models import Patient, Session, User

    by_status = {
        s: Session.select().where(Session.status == s.value).count() for s in SessionStatus
    }
    parts = [f"{n} {s.label('en').lower()}" for s, n in by_status.items() if n]
    return (
        f"Demo database written to {db}: {User.select().count()} users, "
        f"{Patient.select().count()} patients, {Session.select().count()} EBP sessions "
        f"({', '.join(parts)})."
    )


@command("demo-data")
def _demo(args: argparse.Namespace) -> int:
    from ebp_logger.store.services.demo import DEMO_PASSWORD, create_demo

    _refuse_on_server(args, "Demo data goes into a new database file, never onto a server.")
    db = Path(args.db)
    if db.exists() and db.stat().st_size > 0:
        raise EbpError(f"{db} exists already; demo data goes into a new database file.")
    _open(args, must_exist=False)
    create_demo()
    print(demo_summary(db))
    print(f"Users: admin, doctor, nurse — password {DEMO_PASSWORD!r}")
    return 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    from ebp_logger.store import export, registry

    if args.dictionary:  # Markdown when the output file ends in .md, else --format
        md = str(args.output or "").lower().endswith(".md")
        _write_out(registry.dictionary_text("md" if md else args.format), args.output)
        return 0
    _open_for_audit(args)
    actor = _sign_in(args)
    _audit_access(
        actor,
        args,
        "registry" if args.registry else "sessions",
        format=args.format,
        pseudonymised=args.pseudonymise,
        file=args.output or "-",
    )
    if args.registry:
        if args.format == "json":
            _write_out(registry.registry_json(args.pseudonymise), args.output)
        else:
            to_file = args.output not in (None, "-")
            _write_out(registry.registry_csv(args.pseudonymise, excel_bom=to_file), args.output)
        return 0
    if args.format == "fhir":
        from ebp_logger.cli_interfaces import export_fhir

        return export_fhir(args)
    fn = export.export_json if args.format == "json" else export.export_csv
    _write_out(fn(pseudonymise=args.pseudonymise), args.output)
    return 0


@command("verify")
def _verify(args: argparse.Namespace) -> int:
    from ebp_logger.store.verify import verify

    _open(args, readonly=True)
    report = verify(quick=args.quick)
    if args.against:
        from ebp_logger.store.verify import compare_with

        for problem in compare_with(args.against):
            report.add(problem)
    if report.ok:
        print(
            f"OK: database sound; {report.audit_rows} audit rows chained, "
            f"{report.records_checked} records match their audit trail."
        )
        return 0
    print(f"FAILED: {len(report.problems)} problem(s):")
    for p in report.problems:
        print(f"- {p}")
    return 1


@command("backup")
def _backup(args: argparse.Namespace) -> int:
    from ebp_logger.store.backup import backup_to, run_backup

    _refuse_on_server(args, SERVER_BACKUP)
    _open_for_audit(args)
    actor = _sign_in(args)
    _audit_access(actor, args, "backup", file=args.output or "backup folder")
    if args.output:  # read back like the automatic backup: a damaged database gives none
        out = backup_to(args.output, encrypt=args.encrypt)
    else:
        out = run_backup()
    print(f"Backup written to {out}")
    return 0


def _restore_actor(args: argparse.Namespace):
    """The administrator who restores, signed in on the file to be replaced when it can be
    opened for writing (audited, lockout counted), else on the copy itself (a damaged or lost
    database is what a restore is for)."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import check_file, open_database

    db, source = Path(args.db), Path(args.source)
    try:
        if db.exists():
            readonly, _problems = check_file(db)
            if not readonly:
                return _sign_in(args)
    except (StorageError, peewee.DatabaseError, sqlite3.Error, OSError):
        pass
    finally:
        close_database()
    from ebp_logger.store import keys

    if keys.is_encrypted(source) or not source.is_file():
        raise EbpError(
            f"{db} cannot be opened to check --user; restore an unencrypted copy, or repair "
            f"the database's folder first."
        )
    try:
        open_database(source, readonly=True, create=False)
        _note(args, f"{db} cannot be opened: --user is checked against the copy {source}.")
        return _sign_in(args)
    finally:
        close_database()


@command("restore")
def _restore(args: argparse.Namespace) -> int:
    from ebp_logger.store import keys
    from ebp_logger.store.backup import restore

    _refuse_on_server(args, SERVER_BACKUP)
    if args.force and not (args.reason or "").strip():
        raise EbpError("--force needs --reason: why this copy must replace the current history.")
    actor = _restore_actor(args)
    key = keys.read_key(args.key) if args.key else None
    result = restore(
        args.db, args.source, actor=actor, force_reason=args.reason if args.force else "", key=key
    )
    print(
        f"Restored {args.db} from {result.restored_from} (verified; {result.audit_rows} audit rows)."
    )
    if result.forced:
        print("The copy contradicted the current history; restored as forced (audited).")
    if result.safety_copy:
        print(f"The previous file is kept as {result.safety_copy}")
    return 0


@command("hl7-listen")
def _hl7_listen(args: argparse.Namespace) -> int:
    from ebp_logger.devices.listener import listen_forever, open_for_listening

    # The window's start-up check and writer lock, and the setting (--force: service use);
    # a user with the right to manage device input starts it (audited).
    with open_for_listening(args.db, force=args.force, sign_in=lambda: _sign_in(args)):
        return listen_forever(args.port, args.bind_all, out=lambda line: print(line, flush=True))


@command("simulate-monitor")
def _simulate_monitor(args: argparse.Namespace) -> int:
    from ebp_logger.devices.simulator import main as simulate

    return simulate(args.host, args.port, args.patient, args.rate, args.count, args.bed, args.speed)


def _write_pdf(data: bytes, target: str) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
    else:
        from ebp_logger.store.keys import write_private

        write_private(target, data)


@command("discharge-sheet")
def _discharge_sheet(args: argparse.Namespace) -> int:
    from ebp_logger.reports.discharge_sheet import discharge_sheet_for_session

    _open_for_audit(args)
    actor = _sign_in(args)
    data = discharge_sheet_for_session(args.session, args.lang)
    # A PDF of a record leaving the database is an export: audited before the file is written.
    _audit_access(actor, args, "discharge_sheet", file=args.output, session_id=args.session)
    _write_pdf(data, args.output)
    return 0


@command("procedure-record")
def _procedure_record(args: argparse.Namespace) -> int:
    from ebp_logger.reports.procedure_record import procedure_record_for_session

    _open_for_audit(args)
    actor = _sign_in(args)
    data = procedure_record_for_session(args.session, lang=args.lang)
    _audit_access(actor, args, "procedure_record", file=args.output, session_id=args.session)
    _write_pdf(data, args.output)
    return 0


@command("blank-form")
def _blank_form(args: argparse.Namespace) -> int:
    from ebp_logger.reports.blank_form import blank_form_pdf, build_blank_form

    if args.db:  # the department's header and checklist; else the defaults
        _open(args)
        data = blank_form_pdf(args.lang)
    else:
        data = build_blank_form(lang=args.lang)
    _write_pdf(data, args.output)
    return 0


@command("settings")
def _settings(args: argparse.Namespace) -> int:
    """List the department settings, or change some as a signed-in administrator."""
    from dataclasses import asdict

    from ebp_logger.store import settings
    from ebp_logger.store.services import users

    _open(args, readonly=not args.set)
    if args.set:
        if not args.user:
            raise EbpError("Changing settings needs --user (an administrator).")
        actor = users.authenticate(args.user, _password(args.user))
        changes = {}
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep:
                raise EbpError(f"--set {item!r}: write KEY=VALUE, e.g. hl7_enabled=true.")
            changes[key.strip()] = value  # parsed and checked by the setting's own metadata
        settings.save(actor, **changes)
    for key, value in asdict(settings.load()).items():
        print(f"{key} = {value!r}")
    for problem in settings.stored_problems():  # a value left by an older version or by hand
        print(f"note: {problem}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ebp-logger", description="EBP Logger: run without arguments for the app.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="SUBCOMMAND")

    def user_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--user",
            help=f"who you are (a user of the database; password from {PASSWORD_ENV} or asked)",
        )

    def db_arg(sp: argparse.ArgumentParser, required: bool = True) -> None:
        from_env = os.environ.get(DB_ENV) or None
        sp.add_argument(
            "--db",
            required=required and from_env is None,
            default=from_env or (None if required else str(paths.default_db_path())),
            help=f"the database file, or a department server postgresql://USER@HOST:PORT/DB "
            f"(default: {DB_ENV})",
        )

    sp = sub.add_parser(
        "demo-data", help="create a new database with demo users, patients and sessions"
    )
    db_arg(sp)
    sp = sub.add_parser("export", help="export sessions as CSV or JSON")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument("--format", choices=("csv", "json", "fhir"), default="json")
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")
    sp.add_argument("--session", type=int, help="fhir: only this session (default: all)")
    sp.add_argument(
        "--pseudonymise",
        action="store_true",
        help="keyed pseudonyms; no CPR, name, free text; age bands, months",
    )
    sp.add_argument(
        "--registry", action="store_true", help="the guideline's registry columns, one row a patch"
    )
    sp.add_argument(
        "--dictionary",
        action="store_true",
        help="write the registry's data dictionary instead (Markdown when -o ends in .md)",
    )
    sp = sub.add_parser("verify", help="check integrity and the audit chain (exit 1 when unsound)")
    db_arg(sp)
    sp.add_argument("--quick", action="store_true", help="quick_check instead of integrity_check")
    sp.add_argument("--against", metavar="COPY", help="also compare with an earlier copy (backup)")
    sp = sub.add_parser("backup", help="consistent copy through the SQLite backup API")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument(
        "-o", "--output", help="backup file to write (default: the backup folder, with rotation)"
    )
    sp.add_argument(
        "--encrypt",
        action="store_true",
        help="seal -o with AES-256-GCM under the department's backup key (beside the database)",
    )
    sp = sub.add_parser("settings", help="list department settings, or change them (--set)")
    db_arg(sp)
    sp.add_argument("--set", action="append", metavar="KEY=VALUE", help="change one setting")
    sp.add_argument(
        "--user", help="administrator's user name (password from EBP_LOGGER_PASSWORD or asked)"
    )
    sp = sub.add_parser("restore", help="replace the database with a verified backup")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup")
    sp.add_argument("--key", metavar="FILE", help="backup key file (default: beside the database)")
    sp.add_argument(
        "--force",
        action="store_true",
        help="restore even a copy whose history contradicts the current one (needs --reason)",
    )
    sp.add_argument("--reason", help="why the copy must be restored anyway (audited)")
    sp = sub.add_parser("hl7-listen", help="receive monitor vitals (HL7 v2 ORU^R01 over MLLP)")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument("--port", type=int, help="TCP port (default: the setting, 2575; 0: any free)")
    sp.add_argument(
        "--bind-all", action="store_true", help="listen on all interfaces, not only 127.0.0.1"
    )
    sp.add_argument(
        "--force",
        action="store_true",
        help="listen although the setting hl7_enabled is off (service use; audited)",
    )
    sp = sub.add_parser("simulate-monitor", help="send a demo course of monitor messages")
    sp.add_argument("--port", type=int, required=True, help="the listener's port")
    sp.add_argument("--patient", required=True, help="the patient's CPR number, e.g. 120571-1003")
    sp.add_argument("--rate", type=float, default=5.0, help="seconds between messages (5)")
    sp.add_argument("--host", default="127.0.0.1", help="the listener's host (127.0.0.1)")
    sp.add_argument("--count", type=int, help="stop after this many messages (default: never)")
    sp.add_argument("--bed", default="OP-STUE-2^^2", help="PV1-3 room/bed sent")
    sp.add_argument("--speed", type=float, default=1.0, help="run the course N times faster")
    sp = sub.add_parser("discharge-sheet", help="the patient's discharge sheet (PDF)")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument("--session", type=int, required=True, help="the session id")
    sp.add_argument("--lang", choices=("da", "en"), help="language (default: the patient's)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    sp = sub.add_parser("procedure-record", help="the procedure record for the chart (PDF)")
    db_arg(sp)
    user_arg(sp)
    sp.add_argument("--session", type=int, required=True, help="the session id")
    sp.add_argument("--lang", choices=("da", "en"), help="language (default: the setting, else da)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    sp = sub.add_parser("blank-form", help="the blank paper form for downtime (PDF)")
    sp.add_argument("--db", help="take the department header and checklist from this database")
    sp.add_argument("--lang", choices=("da", "en"), default="da", help="language (default: da)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    from ebp_logger import cli_interfaces, cli_keys, cli_server

    cli_keys.add_parsers(sub, db_arg)
    cli_interfaces.add_parsers(sub, db_arg)
    cli_server.add_parsers(sub, db_arg)
    return p


def run(argv: Sequence[str]) -> int:
    import logging

    # Warnings the core logs (e.g. "not audited" on a read-only file) are said once, in the
    # command's own line; errors still show.
    logging.basicConfig(level=logging.ERROR, format="ebp-logger: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        if _needs_user(args) and not getattr(args, "user", None):
            _sign_in(args)  # says what is missing before anything is opened
        return COMMANDS[args.command](args)
    except EbpError as exc:
        print(f"ebp-logger {args.command}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except (peewee.DatabaseError, sqlite3.Error, OSError) as exc:
        # Read-only media, a full disk, a damaged file: one line, never a traceback.
        print(f"ebp-logger {args.command}: {_one_line(exc)}", file=sys.stderr)
        return 2
    finally:
        from ebp_logger.store.database import close_database

        close_database()
