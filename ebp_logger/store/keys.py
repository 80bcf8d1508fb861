"""Department secrets and private files.

Two secrets live in files beside the database, never in it and never in an export or a backup:

* the **pseudonym key** (``<database>.pseudonym-key``): the HMAC-SHA256 key of the pseudonyms
  in pseudonymised exports. Without it nobody can turn a CPR number into its pseudonym, so
  enumerating the few thousand CPR numbers that fit an age, a sex and a date no longer finds
  the patient. Created at first use. Keep a copy apart from the backups (a locked drawer, the
  hospital's key store): a database restored without it gives new pseudonyms. ``rotate`` makes
  a new key; pseudonyms made before no longer link to those made after (the old key is kept
  as ``…-retired-<time>`` until an administrator destroys it).
* the **backup key** (``<database>.backup-key``): AES-256-GCM key of encrypted backups. A backup
  is only as safe as this key is kept apart from it; without the key an encrypted backup can
  never be restored.

Both are 32 random bytes, written as hexadecimal text in a file only its owner may read
(0600). Every file the store writes with patient data (database, WAL and shared memory,
backups, safety copies, exports, PDFs) is made 0600 and the folders it creates 0700, whatever
the umask (``private_file``, ``private_dir``, ``write_private``). On Windows the modes mean
little: there the user profile's permissions and BitLocker protect the data (README).
"""

from __future__ import annotations

import hmac
import os
import secrets
from hashlib import sha256
from pathlib import Path

from ebp_logger.clock import utcnow
from ebp_logger.errors import StorageError
from ebp_logger.i18n import _

KEY_BYTES = 32
PSEUDONYM_KEY = ".pseudonym-key"
BACKUP_KEY = ".backup-key"
FILE_MODE, DIR_MODE = 0o600, 0o700
# Encrypted backup: magic, 12-byte nonce, AES-256-GCM ciphertext with its 16-byte tag.
MAGIC = b"EBPLOGGER-AESGCM1"
NONCE_BYTES = 12


def private_dir(path: str | Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing folder is left as it is."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    path.mkdir(parents=True, exist_ok=True)
    for made in missing:
        _chmod(made, DIR_MODE)
    return path


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # a file system without modes (FAT, some shares): nothing more to do
        pass


def private_file(path: str | Path) -> Path:
    """Make sure ``path`` exists and only its owner may read or write it (0600)."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    _chmod(path, FILE_MODE)
    return path


def write_private(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` as a 0600 file (text as UTF-8); a half-written file never
    carries the final name."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(raw)
            while view:  # os.write may write less than asked
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        _chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise StorageError(
            _("Could not write {path}: {strerror}. Choose another folder or file name.").format(
                path=path, strerror=exc.strerror or exc
            )
        ) from exc
    return path


# --- keys --------------------------------------------------------------------------------------


def key_path(db_path: str | Path, kind: str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + kind)


def read_key(path: str | Path) -> bytes:
    path = Path(path)
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError) as exc:
        raise StorageError(
            _("The key file {path} cannot be read: {exc}.").format(path=path, exc=exc)
        ) from exc
    if len(key) != KEY_BYTES:
        raise StorageError(
            _("The key file {path} does not hold a {bits}-bit key.").format(
                path=path, bits=KEY_BYTES * 8
            )
        )
    return key


def _create_key(path: Path) -> bytes:
    key = secrets.token_bytes(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return read_key(path)  # another program made it a moment ago
    except OSError as exc:
        raise StorageError(
            _("The department key {path} cannot be created ({strerror}).").format(
                path=path, strerror=exc.strerror or exc
            )
        ) from exc
    try:
        os.write(fd, (key.hex() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _chmod(path, FILE_MODE)
    return key


def load_or_create(path: str | Path) -> bytes:
    path = Path(path)
    return read_key(path) if path.exists() else _create_key(path)


def _open_db_path() -> Path:
    from ebp_logger.store.database import database_path, on_server

    path = database_path()
    if path is None and on_server():
        raise StorageError(
            _(
                "The pseudonym key belongs beside a database file. On a department server, "
                "make pseudonymised exports from a copy on this PC (ebp-logger migrate --to FILE.sqlite)."
            )
        )
    if path is None:
        raise StorageError(_("No database is open."))
    return path


def pseudonym_key(db_path: str | Path | None = None) -> bytes:
    """The department's pseudonym key (created at first use)."""
    return load_or_create(key_path(db_path or _open_db_path(), PSEUDONYM_KEY))


def pseudonym(cpr: str, key: bytes) -> str:
    """HMAC-SHA256 of the CPR digits under the department key: stable within the department,
    not computable without the key."""
    digits = "".join(ch for ch in cpr if ch.isdigit())
    return "P-" + hmac.new(key, digits.encode("ascii"), sha256).hexdigest()[:16]


def rotate_pseudonym_key(db_path: str | Path | None = None) -> Path:
    """A new pseudonym key. Pseudonyms made before no longer link to those made after.
    The old key is renamed ``…-retired-<UTC time>`` (returned), not deleted."""
    path = key_path(db_path or _open_db_path(), PSEUDONYM_KEY)
    retired = path.with_name(f"{path.name}-retired-{utcnow():%Y%m%dT%H%M%SZ}")
    if path.exists():
        os.replace(path, retired)
    _create_key(path)
    return retired


def backup_key(db_path: str | Path | None = None) -> bytes:
    """The department's backup key (created at first use)."""
    return load_or_create(key_path(db_path or _open_db_path(), BACKUP_KEY))


# --- encrypted files ---------------------------------------------------------------------------


def is_encrypted(path: str | Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def encrypt_file(source: str | Path, target: str | Path, key: bytes) -> Path:
    """AES-256-GCM of the whole file under the department key, written 0600. The file name is
    not bound in: a backup may be renamed or moved."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, Path(source).read_bytes(), MAGIC)
    return write_private(target, MAGIC + nonce + sealed)


def decrypt_file(source: str | Path, target: str | Path, key: bytes) -> Path:
    """The plain database from an encrypted backup; a wrong key or a changed byte is refused."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = Path(source).read_bytes()
    if not blob.startswith(MAGIC):
        raise StorageError(
            _("{source} is not an encrypted EBP Logger backup.").format(source=source)
        )
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        plain = AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES :], MAGIC)
    except InvalidTag:
        raise StorageError(
            _(
                "{source} cannot be decrypted with this key (a different department key, or the file was changed); nothing was changed."
            ).format(source=source)
        ) from None
    return write_private(target, plain)
