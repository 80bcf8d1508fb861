"""Access logging: views, prints and exports of a patient's record are chained audit rows."""

from __future__ import annotations

import pytest

from ebp_logger.errors import PermissionDenied, ValidationError
from ebp_logger.store import audit
from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import Audit
from ebp_logger.store.opening import open_database
from ebp_logger.store.verify import verify


def test_view_print_export_are_logged_and_chained(doctor, nurse, patient, live_session):
    row = audit.log_access(doctor, "view", patient_id=patient.id)
    assert (row.action, row.table, row.patient_id, row.session_id) == (
        "view",
        audit.ACCESS_TABLE,
        patient.id,
        None,
    )
    row = audit.log_access(nurse, "print", session_id=live_session, detail={"what": "discharge"})
    assert row.patient_id == patient.id  # found from the session
    assert row.new == {"what": "discharge"} and row.user_id == nurse.user_id
    row = audit.log_access(doctor, "export", detail={"sessions": 12, "pseudonymised": True})
    assert row.patient_id is None
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert last.id == row.id and last.prev_hash == Audit.get_by_id(row.id - 1).hash
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == row.id
    assert verify().ok


def test_access_needs_the_matching_permission(nurse, patient):
    with pytest.raises(PermissionDenied):
        audit.log_access(nurse, "export", patient_id=patient.id)
    with pytest.raises(ValidationError, match="view, print, export"):
        audit.log_access(nurse, "peek", patient_id=patient.id)


def test_read_only_database_logs_to_the_program_log(doctor, patient, db_path, caplog):
    close_database()
    open_database(db_path, readonly=True)
    count = Audit.select().count()
    assert audit.log_access(doctor, "view", patient_id=patient.id) is None
    assert Audit.select().count() == count
    assert "not logged in the database" in caplog.text
