"""Administrator command line: ``ebp-logger SUBCOMMAND --db PATH``. Bad arguments exit 2 with a
one-line reason; ``verify`` exits 1 when something is wrong."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ebp_logger import paths
from ebp_logger.errors import EbpError

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
    from ebp_logger.store.database import open_database

    db = Path(args.db)
    if must_exist and not db.exists():
        raise EbpError(f"No database at {db}.")
    open_database(db, readonly=readonly)


def _write_out(text: str, target: str | None) -> None:
    if target in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


@command("demo-data")
def _demo(args: argparse.Namespace) -> int:
    from ebp_logger.store.demo import DEMO_PASSWORD, create_demo

    db = Path(args.db)
    if db.exists() and db.stat().st_size > 0:
        raise EbpError(f"{db} exists already; demo data goes into a new database file.")
    _open(args, must_exist=False)
    ids = create_demo()
    print(f"Demo database written to {db}: sessions {ids}")
    print(f"Users: admin, doctor, nurse — password {DEMO_PASSWORD!r}")
    return 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    from ebp_logger.store import export

    _open(args, readonly=True)
    if args.dictionary or args.registry:
        from ebp_logger.store import registry

        if args.dictionary:  # Markdown when the output file ends in .md, else --format
            md = str(args.output or "").lower().endswith(".md")
            _write_out(registry.dictionary_text("md" if md else args.format), args.output)
        elif args.format == "json":
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

    _open(args, readonly=True)
    out = backup_to(args.output) if args.output else run_backup()
    print(f"Backup written to {out}")
    return 0


@command("restore")
def _restore(args: argparse.Namespace) -> int:
    from ebp_logger.store.backup import restore

    result = restore(args.db, args.source)
    print(
        f"Restored {args.db} from {result.restored_from} (verified; {result.audit_rows} audit rows)."
    )
    if result.safety_copy:
        print(f"The previous file is kept as {result.safety_copy}")
    return 0


@command("hl7-listen")
def _hl7_listen(args: argparse.Namespace) -> int:
    from ebp_logger.devices.listener import listen_forever

    _open(args)
    return listen_forever(args.port, args.bind_all, out=lambda line: print(line, flush=True))


@command("simulate-monitor")
def _simulate_monitor(args: argparse.Namespace) -> int:
    from ebp_logger.devices.simulator import main as simulate

    return simulate(args.host, args.port, args.patient, args.rate, args.count, args.bed, args.speed)


def _write_pdf(data: bytes, target: str) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(target).write_bytes(data)


def _log_pdf(session_id: int, document: str, target: str) -> None:
    """A PDF of a patient's record leaving the database is an export: audited before the file
    is written. The command line has no signed-in user, so the program itself is the actor."""
    from ebp_logger.store import audit

    detail = {"document": document, "via": "command line", "file": target}
    audit.log_access(audit.Actor.system(), "export", session_id=session_id, detail=detail)


@command("discharge-sheet")
def _discharge_sheet(args: argparse.Namespace) -> int:
    from ebp_logger.reports.discharge_sheet import discharge_sheet_for_session

    _open(args)
    data = discharge_sheet_for_session(args.session, args.lang)
    _log_pdf(args.session, "discharge_sheet", args.output)
    _write_pdf(data, args.output)
    return 0


@command("procedure-record")
def _procedure_record(args: argparse.Namespace) -> int:
    from ebp_logger.reports.procedure_record import procedure_record_for_session

    _open(args)
    data = procedure_record_for_session(args.session, lang=args.lang)
    _log_pdf(args.session, "procedure_record", args.output)
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
    import os
    from dataclasses import asdict

    from ebp_logger.store import settings
    from ebp_logger.store.services import users

    _open(args, readonly=not args.set)
    if args.set:
        if not args.user:
            raise EbpError("Changing settings needs --user (an administrator).")
        password = os.environ.get("EBP_LOGGER_PASSWORD")
        if password is None:
            import getpass

            password = getpass.getpass(f"Password for {args.user}: ")
        actor = users.authenticate(args.user, password)
        changes = {}
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep:
                raise EbpError(f"--set {item!r}: write KEY=VALUE, e.g. hl7_enabled=true.")
            changes[key.strip()] = value.split(",") if key.strip() == "checkpoint_hours" else value
        settings.save(actor, **changes)
    for key, value in asdict(settings.load()).items():
        print(f"{key} = {value!r}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ebp-logger", description="EBP Logger: run without arguments for the app.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="SUBCOMMAND")

    def db_arg(sp: argparse.ArgumentParser, required: bool = True) -> None:
        sp.add_argument(
            "--db",
            required=required,
            default=None if required else str(paths.default_db_path()),
            help="the database file",
        )

    sp = sub.add_parser(
        "demo-data", help="create a new database with demo users, patients and sessions"
    )
    db_arg(sp)
    sp = sub.add_parser("export", help="export sessions as CSV or JSON")
    db_arg(sp)
    sp.add_argument("--format", choices=("csv", "json", "fhir"), default="json")
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")
    sp.add_argument("--session", type=int, help="fhir: only this session (default: all)")
    sp.add_argument("--user", help="fhir: the exporting user, audited (password as for settings)")
    sp.add_argument("--pseudonymise", action="store_true", help="drop CPR numbers and names")
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
    sp.add_argument(
        "-o", "--output", help="backup file to write (default: the backup folder, with rotation)"
    )
    sp = sub.add_parser("settings", help="list department settings, or change them (--set)")
    db_arg(sp)
    sp.add_argument("--set", action="append", metavar="KEY=VALUE", help="change one setting")
    sp.add_argument(
        "--user", help="administrator's user name (password from EBP_LOGGER_PASSWORD or asked)"
    )
    sp = sub.add_parser("restore", help="replace the database with a verified backup")
    db_arg(sp)
    sp.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup")
    sp = sub.add_parser("hl7-listen", help="receive monitor vitals (HL7 v2 ORU^R01 over MLLP)")
    db_arg(sp)
    sp.add_argument("--port", type=int, help="TCP port (default: the setting, 2575; 0: any free)")
    sp.add_argument(
        "--bind-all", action="store_true", help="listen on all interfaces, not only 127.0.0.1"
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
    sp.add_argument("--session", type=int, required=True, help="the session id")
    sp.add_argument("--lang", choices=("da", "en"), help="language (default: the patient's)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    sp = sub.add_parser("procedure-record", help="the procedure record for the chart (PDF)")
    db_arg(sp)
    sp.add_argument("--session", type=int, required=True, help="the session id")
    sp.add_argument("--lang", choices=("da", "en"), help="language (default: the setting, else da)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    sp = sub.add_parser("blank-form", help="the blank paper form for downtime (PDF)")
    sp.add_argument("--db", help="take the department header and checklist from this database")
    sp.add_argument("--lang", choices=("da", "en"), default="da", help="language (default: da)")
    sp.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    from ebp_logger import cli_interfaces

    cli_interfaces.add_parsers(sub, db_arg)
    return p


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except EbpError as exc:
        print(f"ebp-logger {args.command}: {exc}", file=sys.stderr)
        return 2
    finally:
        from ebp_logger.store.database import close_database

        close_database()
