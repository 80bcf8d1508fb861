"""``python -m ebp_logger`` / ``ebp-logger``: the GUI, or an admin subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _private_umask() -> None:
    """Every file this program creates (database, WAL, backups, exports, PDFs) is for its
    user alone: 0600 files, 0700 folders, whatever umask the session set."""
    import os

    if hasattr(os, "umask"):
        os.umask(0o077)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _private_umask()
    if argv[:1] == ["--self-test"]:  # proves an installation works; see selftest.py
        from ebp_logger.selftest import main as self_test

        return self_test(gui="--no-gui" not in argv)
    if argv and not argv[0].startswith("-") or any(a in ("-h", "--help") for a in argv[:1]):
        from ebp_logger.cli import run

        return run(argv)
    from ebp_logger.gui.app import run_gui  # lazy: the CLI never loads Qt

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
