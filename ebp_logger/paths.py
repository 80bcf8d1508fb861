"""Where things live: the user's data folder and the bundled resources (source checkout,
installed wheel or PyInstaller bundle alike)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "EBP Logger"
APP_ID = "ebp-logger"


def data_dir() -> Path:
    """Per-user data folder (``EBP_LOGGER_DATA`` overrides it, e.g. for a ward share)."""
    override = os.environ.get("EBP_LOGGER_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "ebp-logger.sqlite"


def resource_root() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it when installed,
    under ``sys._MEIPASS`` in a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
