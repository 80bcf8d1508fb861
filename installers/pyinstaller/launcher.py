"""Entry point of the frozen bundle: the same ``main()`` as ``python -m ebp_logger``.

PyInstaller needs a script, not a ``-m`` module; this file is that script. Everything else
(GUI, admin subcommands, ``--self-test``) is decided by ``ebp_logger.__main__.main``.
"""

import multiprocessing
import sys

from ebp_logger.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless on Linux; needed if a worker process is ever used
    sys.exit(main())
