"""Users: every sign-in, failure, lock and unlock audited; lockout; administration."""

from __future__ import annotations

import pytest

from ebp_logger.errors import PermissionDenied, StateError, ValidationError
from ebp_logger.store import settings
from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import User
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import users
from ebp_logger.store.services.users import SignInFailed
from ebp_logger.store.verify import verify
from tests.core.trust.conftest import audit_rows


def test_passwords_are_argon2id_with_the_default_profile(db_path, monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher())
    rec = users.create_first_administrator("first", "Test Administrator", "long-enough")
    stored = User.get_by_id(rec.id).password_hash
    assert stored.startswith("$argon2id$") and "long-enough" not in stored
    assert users.authenticate("first", "long-enough").user_id == rec.id


def test_sign_in_and_failures_are_audited(actors, clock):
    admin, doctor, _ = actors
    users.authenticate("DOC ", "doc-pass1")  # user names are case- and space-insensitive
    with pytest.raises(SignInFailed, match="Wrong user name or password"):
        users.authenticate("doc", "wrong")
    with pytest.raises(SignInFailed, match="Wrong user name or password"):
        users.authenticate("nobody", "whatever")
    ok = audit_rows("sign_in")[-1]
    assert ok.user_id == doctor.user_id and ok.table == "user"
    fails = audit_rows("sign_in_failed")
    assert [f.reason for f in fails] == ["wrong password", ""]
    assert fails[1].new == {"username": "nobody", "why": "unknown user"}
    assert fails[1].username == "system"
    assert verify().ok


def test_lockout_after_the_configured_failures_and_audited_attempts_while_locked(actors, clock):
    admin, doctor, _ = actors
    settings.save(admin, lockout_attempts=3, lockout_minutes=10)
    for _ in range(2):
        with pytest.raises(SignInFailed, match="Wrong user name"):
            users.authenticate("doc", "bad")
    with pytest.raises(SignInFailed, match="locked for 10 minutes"):
        users.authenticate("doc", "bad")
    # Even the right password is refused while locked; the attempt is audited.
    with pytest.raises(SignInFailed, match="locked for 10 more minute"):
        users.authenticate("doc", "doc-pass1")
    assert audit_rows("sign_in_failed")[-1].reason == "account locked"
    clock.advance(minutes=9)
    with pytest.raises(SignInFailed, match="1 more minute"):
        users.authenticate("doc", "doc-pass1")
    clock.advance(minutes=1, seconds=1)
    assert users.authenticate("doc", "doc-pass1").username == "doc"
    assert users.lockout_state(doctor.user_id) == (0, None)
    reasons = [r.reason for r in audit_rows("sign_in_failed")]
    assert reasons == [
        "wrong password",
        "wrong password",
        "wrong password; locked for 10 minutes",
        "account locked",
        "account locked",
    ]
    assert verify().ok


def test_deactivated_user_cannot_sign_in_and_the_attempt_is_audited(actors):
    admin, doctor, _ = actors
    users.set_active(admin, doctor.user_id, False, reason="left the department")
    with pytest.raises(SignInFailed, match="deactivated"):
        users.authenticate("doc", "doc-pass1")
    assert audit_rows("sign_in_failed")[-1].reason == "deactivated user"
    assert audit_rows("deactivate")[-1].reason == "left the department"
    users.set_active(admin, doctor.user_id, True)
    assert users.authenticate("doc", "doc-pass1").user_id == doctor.user_id


def test_lock_and_unlock_by_the_same_or_another_user_are_audited(actors):
    admin, doctor, nurse = actors
    users.lock_screen(doctor, "idle")
    lock = audit_rows("lock")[-1]
    assert lock.user_id == doctor.user_id and lock.new["why"] == "idle"
    with pytest.raises(SignInFailed):
        users.unlock("doc", "wrong", locked_by=doctor)
    failed = audit_rows("unlock_failed")[-1]
    assert failed.reason == "wrong password" and failed.user_id == doctor.user_id
    assert users.unlock("doc", "doc-pass1", locked_by=doctor) == users.authenticate(
        "doc", "doc-pass1"
    )
    assert audit_rows("unlock")[-1].reason == ""
    users.lock_screen(doctor, "manual")
    taken_over = users.unlock("nurse", "nurse-pass", locked_by=doctor)
    assert taken_over.user_id == nurse.user_id
    row = audit_rows("unlock")[-1]
    assert row.user_id == nurse.user_id and row.reason == "screen locked by doc"
    assert verify().ok


def test_failed_unlocks_count_towards_the_lockout(actors):
    admin, doctor, _ = actors
    settings.save(admin, lockout_attempts=2)
    users.lock_screen(doctor)
    with pytest.raises(SignInFailed):
        users.unlock("doc", "bad", locked_by=doctor)
    with pytest.raises(SignInFailed, match="locked"):
        users.unlock("doc", "bad", locked_by=doctor)
    with pytest.raises(SignInFailed, match="locked"):
        users.authenticate("doc", "doc-pass1")


def test_administrator_manages_users_never_deletes(actors):
    admin, doctor, nurse = actors
    rec = users.create_user(admin, "new.user", "A New User", "nurse", "first-pass")
    assert rec.active and rec.role == "nurse"
    users.set_active(admin, rec.id, False)
    assert not users.get_user(rec.id).active
    assert rec.id in [u.id for u in users.list_users()]
    assert rec.id not in [u.id for u in users.list_users(include_inactive=False)]
    assert not hasattr(users, "delete_user")
    # reset: new password works, the old does not, a lockout is cleared
    settings.save(admin, lockout_attempts=1)
    users.set_active(admin, rec.id, True)
    with pytest.raises(SignInFailed, match="locked"):
        users.authenticate("new.user", "nope")
    users.reset_password(admin, rec.id, "second-pass")
    assert users.authenticate("new.user", "second-pass").user_id == rec.id
    with pytest.raises(SignInFailed):
        users.authenticate("new.user", "first-pass")
    reset = audit_rows("reset_password")[-1]
    assert reset.user_id == admin.user_id
    assert reset.old["password_hash"] != reset.new["password_hash"]
    assert reset.new["password_hash"].startswith("sha256:")  # the hash itself is not audited
    assert verify().ok


def test_only_an_administrator_manages_users(actors):
    admin, doctor, nurse = actors
    for actor in (doctor, nurse):
        with pytest.raises(PermissionDenied):
            users.create_user(actor, "x.y", "X Y", "nurse", "password1")
        with pytest.raises(PermissionDenied):
            users.set_active(actor, admin.user_id, False)
        with pytest.raises(PermissionDenied):
            users.reset_password(actor, admin.user_id, "password1")


def test_no_lock_out_of_the_administration(actors):
    admin, doctor, _ = actors
    with pytest.raises(StateError, match="yourself"):
        users.set_active(admin, admin.user_id, False)
    other = users.create_user(admin, "admin2", "Second Administrator", "administrator", "admin2-pw")
    from ebp_logger.store.audit import Actor

    second = Actor(other.id, other.username, other.role)
    users.set_active(second, admin.user_id, False)
    with pytest.raises(StateError, match="yourself"):
        users.set_active(second, second.user_id, False)


def test_last_active_administrator_cannot_be_deactivated(actors):
    from ebp_logger.store.audit import Actor

    admin, _, _ = actors
    other = users.create_user(admin, "admin2", "Second Administrator", "administrator", "admin2-pw")
    second = Actor(other.id, other.username, other.role)
    users.set_active(second, admin.user_id, False)
    # A screen still signed in as the now deactivated administrator cannot remove the last one.
    with pytest.raises(StateError, match="last active administrator"):
        users.set_active(admin, second.user_id, False)
    assert users.get_user(second.user_id).active


def test_password_rules_and_own_change(actors):
    admin, doctor, _ = actors
    with pytest.raises(ValidationError, match="at least 8"):
        users.reset_password(admin, doctor.user_id, "short")
    with pytest.raises(ValidationError, match="current password"):
        users.change_own_password(doctor, "wrong", "new-pass-1")
    users.change_own_password(doctor, "doc-pass1", "new-pass-1")
    assert users.authenticate("doc", "new-pass-1").user_id == doctor.user_id
    assert audit_rows("change_password")[-1].user_id == doctor.user_id


def test_deleting_a_user_behind_the_apps_back_is_detected(actors, db_path):
    import sqlite3

    _, _, nurse = actors
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("DELETE FROM user WHERE id=?", (nurse.user_id,))
    raw.commit()
    raw.close()
    assert any("missing from the database" in p for p in verify().problems)


def test_sign_in_on_a_read_only_database_works_and_locks_out_in_memory(actors, db_path):
    admin, _, _ = actors
    settings.save(admin, lockout_attempts=2)
    close_database()
    open_database(db_path, readonly=True)
    before = db.execute_sql("SELECT count(*) FROM audit").fetchone()[0]
    assert users.authenticate("doc", "doc-pass1").username == "doc"
    users.lock_screen(users.authenticate("doc", "doc-pass1"))
    for _ in range(2):
        with pytest.raises(SignInFailed):
            users.authenticate("nurse", "bad")
    with pytest.raises(SignInFailed, match="locked"):
        users.authenticate("nurse", "nurse-pass")
    assert db.execute_sql("SELECT count(*) FROM audit").fetchone()[0] == before
