"""Data at rest (issue 14, item 8): the database, its WAL and shared memory, backups, safety
copies, schema copies, exports and PDFs are 0600 and the folders the program makes 0700,
whatever the umask; backups can be encrypted (AES-256-GCM, department key) and ``restore``
decrypts them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ebp_logger.errors import StorageError
from ebp_logger.store import backup, keys, migrations, registry
from ebp_logger.store.database import close_database
from ebp_logger.store.models import Vital
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure
from ebp_logger.store.verify import verify

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # a typical desktop session: files 0644, folders 0755
    yield
    os.umask(old)


def test_new_database_and_its_wal_are_private(open_umask, tmp_path):
    path = tmp_path / "new folder" / "ebp.sqlite"
    open_database(path)
    from tests.conftest import create_staff

    create_staff(with_nurse=False)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    for side in ("-wal", "-shm"):
        assert mode(path.with_name(path.name + side)) == 0o600, side
    close_database()


def test_backups_safety_and_schema_copies_exports_are_private(
    open_umask, doctor, live_session, db_path, tmp_path, monkeypatch
):
    procedure.record_vitals(doctor, live_session, spo2=97)
    made = backup.run_backup()
    assert mode(made) == 0o600 and mode(made.parent) == 0o700
    out = backup.backup_to(tmp_path / "sub" / "copy.sqlite")
    assert mode(out) == 0o600 and mode(out.parent) == 0o700
    for written in registry.export_to_file(doctor, tmp_path / "reg.csv", dictionary=True):
        assert mode(written) == 0o600
    # the copy kept before a schema upgrade
    monkeypatch.setitem(migrations.MIGRATIONS, migrations.latest_version() + 1, lambda m: None)
    close_database()
    open_database(db_path)
    schema_copies = list(db_path.parent.glob("*.schema-v*.bak"))
    assert schema_copies and all(mode(p) == 0o600 for p in schema_copies)
    # the file kept before a restore
    result = backup.restore(db_path, made)
    assert mode(result.safety_copy) == 0o600 and mode(db_path) == 0o600


def test_command_line_outputs_are_private_whatever_the_umask(tmp_path):
    db = tmp_path / "demo.sqlite"
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    env = dict(os.environ, PYTHONPATH=str(ROOT), EBP_LOGGER_PASSWORD=DEMO_PASSWORD)

    def cli(*args: str) -> None:
        r = subprocess.run(
            [sys.executable, "-m", "ebp_logger", *args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=lambda: os.umask(0o022),
        )
        assert r.returncode == 0, r.stderr

    cli("demo-data", "--db", str(db))
    cli("export", "--db", str(db), "--user", "doctor", "-o", str(tmp_path / "e.json"))
    sheet = tmp_path / "sheet.pdf"
    cli("discharge-sheet", "--db", str(db), "--user", "doctor", "--session", "1", "-o", str(sheet))
    cli("blank-form", "-o", str(tmp_path / "form.pdf"))
    for p in (db, tmp_path / "e.json", sheet, tmp_path / "form.pdf"):
        assert mode(p) == 0o600, p


def test_encrypted_backup_round_trip(doctor, live_session, db_path, tmp_path):
    procedure.record_vitals(doctor, live_session, spo2=93)
    sealed = backup.backup_to(tmp_path / "b.sqlite.enc", encrypt=True)
    blob = sealed.read_bytes()
    assert blob.startswith(keys.MAGIC) and b"SQLite format 3" not in blob
    assert b"Test Patient One" not in blob and b"1205711003" not in blob
    assert mode(sealed) == 0o600
    key_file = keys.key_path(db_path, keys.BACKUP_KEY)
    assert mode(key_file) == 0o600 and keys.read_key(key_file) not in blob
    procedure.record_vitals(doctor, live_session, spo2=99)  # after the backup
    result = backup.restore(db_path, sealed)
    assert result.audit_rows > 0
    open_database(db_path)
    assert [v.spo2 for v in Vital.select()] == [93]
    assert verify().ok
    close_database()


def test_encrypted_backup_refused_with_a_wrong_key_or_a_changed_byte(
    doctor, live_session, db_path, tmp_path
):
    sealed = backup.backup_to(tmp_path / "b.sqlite.enc", encrypt=True)
    close_database()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="cannot be decrypted"):
        backup.restore(db_path, sealed, key=os.urandom(32))
    flipped = bytearray(sealed.read_bytes())
    flipped[len(flipped) // 2] ^= 1
    changed = tmp_path / "changed.sqlite.enc"
    changed.write_bytes(bytes(flipped))
    with pytest.raises(StorageError, match="cannot be decrypted"):
        backup.restore(db_path, changed)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.restore-part*"))


def test_automatic_backups_encrypted_by_setting(admin, doctor, live_session, db_path):
    from ebp_logger.store import settings

    settings.save(admin, backup_encrypt=True)
    made = backup.run_backup()
    assert made.name.endswith(".sqlite.enc") and keys.is_encrypted(made)
    assert backup.newest_backup().path == made
