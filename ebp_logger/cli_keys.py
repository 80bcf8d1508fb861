"""``ebp-logger keys``: where the department's key files are, and rotating the pseudonym key.

The keys themselves are never printed. An administrator copies the files (``store.keys``) to a
safe place apart from the backups; rotating the pseudonym key makes pseudonyms that no longer
link to earlier exports (the old key is kept as ``…-retired-<time>``), and the rotation is
audited.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ebp_logger import cli_common as cli


def add_parsers(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    sp = sub.add_parser("keys", help="where the department's key files are; rotate the pseudonyms")
    db_arg(sp)
    sp.add_argument("--user", help="an administrator (password from EBP_LOGGER_PASSWORD or asked)")
    sp.add_argument(
        "--rotate-pseudonym",
        action="store_true",
        help="new pseudonym key: later exports no longer link to earlier ones",
    )


@cli.command("keys")
def _keys(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ebp_logger.store import audit, keys

    cli._refuse_on_server(
        args,
        "The key files belong beside a database file. On a department server, make "
        "pseudonymised exports from a copy on this PC (ebp-logger migrate --to FILE.sqlite).",
    )
    cli._open_for_audit(args)
    actor = cli._sign_in(args)
    db = Path(args.db)
    if args.rotate_pseudonym:
        retired = keys.rotate_pseudonym_key(db)
        audit.record_event(
            actor, "rotate_key", detail={"key": "pseudonym", "retired_as": str(retired)}
        )
        print(f"New pseudonym key; the old one is kept as {retired} (destroy it when no longer")
        print("needed). Pseudonyms from now on do not link to those in earlier exports.")
    for kind, label in ((keys.PSEUDONYM_KEY, "pseudonym key"), (keys.BACKUP_KEY, "backup key")):
        path = keys.key_path(db, kind)
        state = "present" if path.exists() else "not created yet (made at first use)"
        print(f"{label}: {path} ({state})")
    print("Copy both files to a safe place apart from the backups; they are never in a backup.")
    return 0
