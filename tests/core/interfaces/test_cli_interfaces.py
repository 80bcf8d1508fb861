"""``ebp-logger outbox`` and ``adt-listen`` on the command line: signed in with --user like
``settings --set``; a nurse or a wrong password is refused; a resend is audited as the user."""

from __future__ import annotations

import os
import subprocess
import sys

from ebp_logger.interfaces import documents
from ebp_logger.store import settings
from ebp_logger.store.models import Audit, OutboxMessage
from ebp_logger.store.services import outbox
from tests.core.interfaces.conftest import ROOT
from tests.core.ward.helpers import new_patient, patch_to_rest


def _cli(*args: str, password: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), EBP_LOGGER_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def test_outbox_lists_and_resends_as_the_signed_in_administrator(db_path, admin, doctor, clock):
    settings.save(admin, ehr_enabled=True)
    clock.advance(minutes=1)
    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    (queued,) = documents.scan()
    outbox.record_attempt(queued.id, "AR", "document type unknown")
    db = str(db_path)
    listed = _cli("outbox", "--db", db, "--user", "admin", password="admin-pass")
    assert listed.returncode == 0, listed.stderr
    assert "MDM^T02" in listed.stdout and "failed" in listed.stdout
    assert "AR document type unknown" in listed.stdout
    assert _cli("outbox", "--db", db, password="admin-pass").returncode == 2  # no --user
    wrong = _cli("outbox", "--db", db, "--user", "admin", "--resend", "1", password="nope")
    assert wrong.returncode == 2
    nurse = _cli("outbox", "--db", db, "--user", "doc", "--resend", "1", password="doc-pass1")
    assert nurse.returncode == 2 and "may not" in nurse.stderr
    done = _cli("outbox", "--db", db, "--user", "admin", "--resend", "1", password="admin-pass")
    assert done.returncode == 0, done.stderr
    assert OutboxMessage.get_by_id(queued.id).status == "pending"
    assert Audit.select().where(Audit.action == "resend").get().username == "admin"


def test_adt_listen_needs_an_administrator(db_path, admin):
    r = _cli("adt-listen", "--db", str(db_path), "--port", "0", password="admin-pass")
    assert r.returncode == 2 and "--user" in r.stderr
