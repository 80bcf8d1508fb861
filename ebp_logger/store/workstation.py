"""This PC's choice of where the records are kept: its own file (the default) or a department
server, saved at first run in the data folder (``workstation.json``, no secret in it).

The server's password is never kept in plain sight: it goes into PostgreSQL's own password
file (``~/.pgpass``, or ``PGPASSFILE``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows),
mode 0600, which libpq reads when it connects, as psql does.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import quote

from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

CONFIG_NAME = "workstation.json"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


def configured_server(folder: Path) -> str | None:
    """The department server's URL this PC was set up with, or None (its own file)."""
    try:
        found = json.loads((Path(folder) / CONFIG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = found.get("server") if isinstance(found, dict) else None
    return url if isinstance(url, str) and url.startswith("postgresql://") else None


def save_server(folder: Path, url: str) -> Path:
    """Remember the server for this PC (the URL holds no password)."""
    from ebp_logger.store.keys import private_dir, write_private

    path = private_dir(folder) / CONFIG_NAME
    write_private(path, json.dumps({"server": url}, indent=2) + "\n")
    return path


def server_url(host: str, port: object, dbname: str, user: str, sslmode: str = "") -> str:
    """``postgresql://user@host:port/dbname`` from the first-run form, each part checked."""
    host, dbname, user = host.strip(), dbname.strip(), user.strip()
    if not host or any(c in host for c in "/@:? "):
        raise ValidationError(
            "host", _("The server's name is missing or malformed"), _("e.g. db.hospital.local")
        )
    try:
        number = int(str(port).strip() or DEFAULT_PORT)
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise ValidationError(
            "port", _("The port is not a number from 1 to 65535"), _("usually 5432")
        )
    if not dbname or not user:
        raise ValidationError(
            "database" if not dbname else "user",
            _("The database and the user name are both needed"),
            _("the names IT gave you"),
        )
    url = f"postgresql://{quote(user, safe='')}@{host}:{number}/{quote(dbname, safe='')}"
    return url + (f"?sslmode={sslmode}" if sslmode else "")


def check_server(url: str, password: str) -> str:
    """Connect with the typed password and read the schema version: "" when this PC can work
    with the server, else what is wrong, in a sentence. Leaves the open database alone."""
    import psycopg

    from ebp_logger.store.migrations import latest_version

    try:
        with psycopg.connect(
            url, password=password or None, connect_timeout=CONNECT_TIMEOUT_S
        ) as conn:
            row = conn.execute(
                "SELECT max(version) FROM schema_version" if _has_schema(conn) else "SELECT NULL"
            ).fetchone()
    except psycopg.Error as exc:
        return _("The server cannot be reached with these details: {error}").format(
            error=" ".join(str(exc).split())[:300]
        )
    have, want = (row[0] or 0), latest_version()
    if have != want:
        return _(
            "The server answers, but its database is at schema version {have}; this program "
            "needs {want}. The administrator runs 'ebp-logger server init' or 'server upgrade'."
        ).format(have=have, want=want)
    return ""


def _has_schema(conn: object) -> bool:
    row = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    return bool(row[0])


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def store_password(host: str, port: int, dbname: str, user: str, password: str) -> Path:
    """Put the password in PostgreSQL's password file (0600), replacing an older line for the
    same server, database and user."""
    from ebp_logger.store.keys import private_dir, write_private

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace(":", "\\:")

    path = pgpass_path()
    key = ":".join(esc(str(x)) for x in (host, port, dbname, user)) + ":"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    lines = [line for line in lines if not line.startswith(key)] + [key + esc(password)]
    private_dir(path.parent)
    write_private(path, "\n".join(lines) + "\n")
    return path
