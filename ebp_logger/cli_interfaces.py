"""Hospital-interface subcommands: ``adt-listen`` (patients in), ``outbox`` (records out) and
the FHIR branch of ``export``. Each signs in with ``--user`` (password from
EBP_LOGGER_PASSWORD or asked), like ``settings --set``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from ebp_logger.cli_common import _open, _write_out, command
from ebp_logger.errors import EbpError


def _sign_in(args: argparse.Namespace, action: str, what: str):
    """The signed-in actor for ``--user``, refused unless the role may do ``action``."""
    from ebp_logger.store.permissions import Action, require
    from ebp_logger.store.services import users

    if not args.user:
        raise EbpError(f"{what} needs --user (an administrator).")
    password = os.environ.get("EBP_LOGGER_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(f"Password for {args.user}: ")
    actor = users.authenticate(args.user, password)
    require(actor, Action(action))
    return actor


@command("adt-listen")
def _adt_listen(args: argparse.Namespace) -> int:
    from ebp_logger.interfaces.adt_listener import listen_forever

    _open(args)
    _sign_in(args, "edit_settings", "Receiving the hospital's ADT feed")
    return listen_forever(args.port, args.bind_all, out=lambda line: print(line, flush=True))


@command("outbox")
def _outbox(args: argparse.Namespace) -> int:
    from ebp_logger.clock import to_local
    from ebp_logger.store.services import outbox

    _open(args)
    if args.resend is not None:
        actor = _sign_in(args, "edit_settings", "Resending a message")
        outbox.resend(actor, args.resend)
        print(f"Message {args.resend} is pending again; it is sent in its turn.")
    else:
        _sign_in(args, "view_audit", "Listing the outbox")
    if args.serve:
        return _serve_outbox()
    if args.deliver:
        from ebp_logger.interfaces.sender import deliver_pending

        sent = deliver_pending(out=lambda line: print(line, flush=True))
        print(f"{sent} message(s) delivered.")
    for m in outbox.list_messages(limit=args.limit):
        ack = f" {m.ack_code} {m.ack_text}".rstrip() if m.ack_code else ""
        print(
            f"{m.id:6d} {to_local(m.created_at):%Y-%m-%d %H:%M} session {m.session_id} "
            f"MDM^{m.event} doc {m.document_number} {m.status} "
            f"(tries {m.attempts}){ack} — {m.reason}"
        )
    return 0


def _serve_outbox() -> int:
    """Deliver the outbox until SIGINT/SIGTERM (for a department without the app running)."""
    import signal
    import threading

    from ebp_logger.interfaces.sender import serve_forever

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    print("Delivering the outbox to the hospital's record; Ctrl+C stops.", flush=True)
    serve_forever(stop, out=lambda line: print(line, flush=True))
    return 0


def export_fhir(args: argparse.Namespace) -> int:
    """``export --format fhir``: one FHIR R4 Bundle per session (a JSON list when several)."""
    from ebp_logger.interfaces import fhir

    _open(args)
    actor = _sign_in(args, "export", "A FHIR export") if args.user else None
    text = fhir.export_json(session_id=args.session, pseudonymise=args.pseudonymise, actor=actor)
    _write_out(text, args.output)
    return 0


def add_parsers(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    sp = sub.add_parser("adt-listen", help="receive the hospital's patient feed (HL7 v2 ADT)")
    db_arg(sp)
    sp.add_argument("--port", type=int, help="TCP port (default: the setting, 2576; 0: any free)")
    sp.add_argument(
        "--bind-all", action="store_true", help="listen on all interfaces, not only 127.0.0.1"
    )
    sp.add_argument(
        "--user", help="administrator's user name (password from EBP_LOGGER_PASSWORD or asked)"
    )
    sp = sub.add_parser(
        "outbox", help="documents for the hospital's record (MDM): list, resend, deliver"
    )
    db_arg(sp)
    sp.add_argument("--resend", type=int, metavar="ID", help="set a failed message pending again")
    sp.add_argument("--deliver", action="store_true", help="send what is pending now, then list")
    sp.add_argument("--serve", action="store_true", help="keep delivering until stopped (Ctrl+C)")
    sp.add_argument("--limit", type=int, default=50, help="how many to list (newest first)")
    sp.add_argument(
        "--user", help="administrator's user name (password from EBP_LOGGER_PASSWORD or asked)"
    )
