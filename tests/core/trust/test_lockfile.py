"""One writer: the lock file names its holder, vanishes with the process, never blocks after a
crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from ebp_logger.errors import StorageError
from ebp_logger.store import lockfile
from ebp_logger.store.lockfile import AlreadyOpen

HOLD = (
    "import sys, time\n"
    "from ebp_logger.store import lockfile\n"
    "lockfile.acquire(sys.argv[1])\n"
    "print('HELD', flush=True)\n"
    "time.sleep(120)\n"
)


def _holder(db):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "HELD"
    return proc


def test_second_acquire_is_refused_with_who_holds_it(tmp_path):
    db = tmp_path / "ebp.sqlite"
    with lockfile.acquire(db) as first:
        assert first.held and first.holder["pid"] == os.getpid()
        with pytest.raises(AlreadyOpen) as err:
            lockfile.acquire(db)
        assert isinstance(err.value, StorageError)
        message = str(err.value)
        assert f"process {os.getpid()}" in message and first.holder["host"] in message
        assert "read-only" in message
        assert err.value.holder["user"] == first.holder["user"]
    assert not first.held
    lockfile.acquire(db).release()  # released: free again


def test_another_process_holding_it_is_named(tmp_path):
    db = tmp_path / "ebp.sqlite"
    proc = _holder(db)
    try:
        with pytest.raises(AlreadyOpen, match=f"process {proc.pid}"):
            lockfile.acquire(db)
    finally:
        proc.terminate()
        proc.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_never_blocks(tmp_path):
    db = tmp_path / "ebp.sqlite"
    proc = _holder(db)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    lock = lockfile.acquire(db)  # the kernel dropped the dead process's lock
    assert lock.holder["pid"] == os.getpid()
    assert lockfile.read_holder(db)["pid"] == os.getpid()  # the stale holder was overwritten
    lock.release()
    assert lockfile.read_holder(db) == {}  # a clean release leaves no holder behind


def test_released_on_interpreter_exit(tmp_path):
    db = tmp_path / "ebp.sqlite"
    code = "import sys\nfrom ebp_logger.store import lockfile\nlockfile.acquire(sys.argv[1])\n"
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=60)
    lockfile.acquire(db).release()


def test_unwritable_folder_gives_a_clear_storage_error(tmp_path, monkeypatch):
    def refuse(*args, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lockfile.os, "open", refuse)
    with pytest.raises(StorageError, match="cannot be created"):
        lockfile.acquire(tmp_path / "ebp.sqlite")


def test_describe_reads_well():
    text = lockfile.describe(
        {"user": "nurse1", "host": "ward-pc", "pid": 42, "started": "2026-11-23T09:00:00.000000Z"}
    )
    assert text.startswith("nurse1 on ward-pc (process 42) since 2026-11-23")
    assert lockfile.describe({}) == "another program"
