"""Sign-out is audited like sign-in, lock and unlock."""

from __future__ import annotations

from ebp_logger.store.models import Audit
from ebp_logger.store.services import users


def test_sign_out_writes_an_audit_row(doctor):
    users.sign_out(doctor)
    row = Audit.select().order_by(Audit.id.desc()).get()
    assert (row.action, row.username, row.table) == ("sign_out", "doc", "user")
