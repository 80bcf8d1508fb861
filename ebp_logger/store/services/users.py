"""Users: create, sign in (Argon2id), lock and unlock the screen, deactivate, reset passwords.

Users are never deleted. Every sign-in, failed attempt, screen lock and unlock is audited
(``sign_in`` / ``sign_in_failed`` / ``lock`` / ``unlock`` / ``unlock_failed``); failures count
towards the lockout (``AppSettings.lockout_attempts`` within one lockout of
``lockout_minutes``), whether typed at the sign-in or the unlock screen.
"""

from __future__ import annotations

import logging
import math
import threading
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError, NotFound, StateError, ValidationError
from ebp_logger.i18n import _
from ebp_logger.store import audit, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import is_readonly, write
from ebp_logger.store.models import User
from ebp_logger.store.permissions import ADMINISTRATOR, ROLES, Action, require
from ebp_logger.store.records import UserRecord

# Argon2id with argon2-cffi's RFC 9106 low-memory profile: fast enough for a ward PC.
_hasher = PasswordHasher()
MIN_PASSWORD = 8
log = logging.getLogger(__name__)


class SignInFailed(EbpError):
    """Wrong user name or password, locked account or deactivated user."""


def to_record(u: User) -> UserRecord:
    return UserRecord(u.id, u.username, u.full_name, u.role, u.active)


def _check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password",
            _("The password is too short"),
            _("at least {count} characters").format(count=MIN_PASSWORD),
        )


def _check_new(username: str, full_name: str, role: str, password: str) -> str:
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise ValidationError(
            "username",
            _("The user name is empty or has spaces or symbols"),
            _("letters, digits, '.', '-' and '_'"),
        )
    if not full_name.strip():
        raise ValidationError(
            "full_name", _("The full name is empty"), _("the name shown on records")
        )
    if role not in ROLES:
        raise ValidationError(
            "role", _("Unknown role {role}").format(role=repr(role)), ", ".join(ROLES)
        )
    _check_password_rule(password)
    if User.select().where(User.username == username).exists():
        raise ValidationError(
            "username",
            _("The user name {username} is taken").format(username=repr(username)),
            _("a new user name"),
        )
    return username


def _create(actor: Actor, username: str, full_name: str, role: str, password: str) -> UserRecord:
    username = _check_new(username, full_name, role, password)
    with write():
        row = User.create(
            username=username,
            full_name=full_name.strip(),
            role=role,
            password_hash=_hasher.hash(password),
            created_at=utcnow(),
        )
        audit.record(actor, "create", row)
    return to_record(row)


def create_user(
    actor: Actor, username: str, full_name: str, role: str, password: str
) -> UserRecord:
    require(actor, Action.MANAGE_USERS)
    return _create(actor, username, full_name, role, password)


def has_users() -> bool:
    return User.select().exists()


def create_first_administrator(username: str, full_name: str, password: str) -> UserRecord:
    """First run: the one user created without a signed-in administrator."""
    if has_users():
        raise EbpError(_("Users exist already; an administrator must create new users."))
    return _create(
        Actor(None, "first-run", ADMINISTRATOR), username, full_name, ADMINISTRATOR, password
    )


# --- signing in and unlocking -----------------------------------------------------------------

_dummy_hash: str | None = None
# On a read-only database failures cannot be stored; the lockout is kept in memory instead.
_memory_failures: dict[str, tuple[int, datetime | None]] = {}
_memory_guard = threading.Lock()


def _spend_hash_time(password: str) -> None:
    """An unknown user name costs as long as a wrong password (no user-name probing by time)."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not a password of anyone")
    try:
        _hasher.verify(_dummy_hash, password)
    except (VerificationError, InvalidHashError):
        pass


def _refuse(row: User | None, typed: str, action: str, why: str, detail: dict | None) -> None:
    """Audit a refused attempt that changes nothing (unknown, deactivated or locked user)."""
    if is_readonly():  # nothing can be written; the program log keeps it
        log.warning("read-only database: %s for %r (%s) not audited", action, typed, why)
        return
    with write():
        if row is None:
            info = {"username": typed, "why": why, **(detail or {})}
            audit.record(Actor.system(), action, None, table="user", detail=info)
        else:
            audit.record(audit.actor_for(row), action, row, old=audit.snapshot(row), reason=why)


def _memory_lock(name: str, now: datetime) -> datetime | None:
    _count, until = _memory_failures.get(name, (0, None))
    return until if until is not None and until > now else None


def _memory_failure(name: str, now: datetime, conf: settings.AppSettings) -> bool:
    """Read-only database: count in memory; returns True when that locked the account."""
    count, _ = _memory_failures.get(name, (0, None))
    count += 1
    until = None
    if count >= conf.lockout_attempts:
        count, until = 0, now + timedelta(minutes=conf.lockout_minutes)
    _memory_failures[name] = (count, until)
    return until is not None


def _password_ok(row: User, password: str) -> bool:
    try:
        _hasher.verify(row.password_hash, password)
        return True
    except (VerificationError, InvalidHashError):
        return False


def _locked_message(until: datetime, now: datetime) -> str:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return _("Too many failed attempts: locked for {minutes} more minute(s).").format(
        minutes=minutes
    )


def _locked_now(minutes: int) -> str:
    return _("Wrong password. The account is locked for {minutes} minutes.").format(minutes=minutes)


def _check_readonly(row: User, name: str, password: str, action: str) -> Actor:
    """On a read-only database nothing can be stored: lockout in memory, no audit."""
    conf, now = settings.load(), utcnow()
    with _memory_guard:  # the check and the count as one step (threads of this process)
        until = _memory_lock(name, now)
        if until is not None:
            log.warning("read-only database: locked %s for %r not audited", action, name)
            raise SignInFailed(_locked_message(until, now))
        if not _password_ok(row, password):
            if _memory_failure(name, now, conf):
                raise SignInFailed(_locked_now(conf.lockout_minutes))
            raise SignInFailed(_("Wrong user name or password."))
        _memory_failures.pop(name, None)
    log.warning("read-only database: %s of %s not audited", action, name)
    return audit.actor_for(row)


def _check_credentials(
    username: str, password: str, action: str, reason: str = "", detail: dict | None = None
) -> Actor:
    """Check user name and password; audit ``action`` or ``action + '_failed'``.

    The lock check, the password check and the failure count run in ONE write transaction
    (``BEGIN IMMEDIATE``): parallel guesses, from threads or other programs, queue behind it,
    so no more than ``lockout_attempts`` passwords are ever checked before the lock holds.
    The transaction is held for one password check (tens of milliseconds) and only for a
    known, active, unlocked user."""
    name = username.strip().lower()
    failed = f"{action}_failed"
    row = User.get_or_none(User.username == name)
    if row is None:
        _spend_hash_time(password)
        _refuse(None, name, failed, "unknown user", detail)
        raise SignInFailed(_("Wrong user name or password."))
    if not row.active:
        _refuse(row, name, failed, "deactivated user", detail)
        raise SignInFailed(_("This user is deactivated. Ask an administrator."))
    if is_readonly():
        return _check_readonly(row, name, password, action)
    conf = settings.load()
    refusal: str | None = None
    with write():
        row = User.get_by_id(row.id)  # as it stands now, under the write lock
        now = utcnow()
        before = audit.snapshot(row)
        actor = audit.actor_for(row)
        if row.locked_until is not None and row.locked_until > now:
            audit.record(actor, failed, row, old=before, reason="account locked")
            refusal = _locked_message(row.locked_until, now)
        elif not _password_ok(row, password):
            row.failed_logins += 1
            locked = row.failed_logins >= conf.lockout_attempts
            why = "wrong password"
            refusal = _("Wrong user name or password.")
            if locked:
                row.locked_until = now + timedelta(minutes=conf.lockout_minutes)
                row.failed_logins = 0
                why = f"wrong password; locked for {conf.lockout_minutes} minutes"
                refusal = _locked_now(conf.lockout_minutes)
            row.save()
            audit.record(actor, failed, row, old=before, reason=why)
        else:
            row.failed_logins = 0
            row.locked_until = None
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)  # stronger parameters since it was set
            row.save()
            audit.record(actor, action, row, old=before, reason=reason)
    if refusal is not None:  # raised after the commit: the failure stays counted and audited
        raise SignInFailed(refusal)
    _memory_failures.pop(name, None)
    return actor


def authenticate(username: str, password: str, reason: str = "") -> Actor:
    """Sign in: check the password; lock the account after the configured number of failures.
    Raises ``SignInFailed`` with a message to show. ``reason`` goes into the audit row (e.g.
    "command line: export")."""
    return _check_credentials(username, password, "sign_in", reason=reason)


def _session_event(actor: Actor, action: str, why: str = "") -> None:
    detail = {"user_id": actor.user_id, "username": actor.username}
    if why:
        detail["why"] = why
    if is_readonly():
        log.warning("read-only database: %s by %s not audited", action, actor.username)
        return
    audit.record_event(actor, action, table="user", detail=detail)


def lock_screen(actor: Actor, why: str = "idle") -> None:
    """The screen was locked (``why``: "idle" after the auto-lock time, or "manual")."""
    _session_event(actor, "lock", why)


def sign_out(actor: Actor) -> None:
    """The user signed out (audited like sign-in, lock and unlock)."""
    _session_event(actor, "sign_out")


def unlock(username: str, password: str, locked_by: Actor | None = None) -> Actor:
    """Unlock the screen: the same user or another one signs in over the locked screen.

    Returns the actor to continue as (another user takes over the session from here on).
    Failures count towards the lockout like failed sign-ins.
    """
    other = locked_by is not None and locked_by.username.strip().lower() != username.strip().lower()
    reason = f"screen locked by {locked_by.username}" if other else ""
    detail = {"locked_by": locked_by.username} if locked_by is not None else None
    return _check_credentials(username, password, "unlock", reason=reason, detail=detail)


# --- administration -----------------------------------------------------------------------------


def _user_row(user_id: int) -> User:
    row = User.get_or_none(User.id == user_id)
    if row is None:
        raise NotFound(_("No user {id}.").format(id=user_id))
    return row


def _active_administrators() -> int:
    return (
        User.select()
        .where((User.role == ADMINISTRATOR) & (User.active == True))  # noqa: E712
        .count()
    )


def set_active(actor: Actor, user_id: int, active: bool, reason: str = "") -> UserRecord:
    """Deactivate (or reactivate) a user. Users are never deleted: their name stays on records."""
    require(actor, Action.MANAGE_USERS)
    with write():
        row = _user_row(user_id)
        if not active and row.active:
            if row.id == actor.user_id:
                raise StateError(_("You cannot deactivate yourself; ask another administrator."))
            if row.role == ADMINISTRATOR and _active_administrators() <= 1:
                raise StateError(
                    _("This is the last active administrator; create another one first.")
                )
        before = audit.snapshot(row)
        row.active = active
        row.save()
        audit.record(
            actor, "activate" if active else "deactivate", row, old=before, reason=reason.strip()
        )
    return to_record(row)


def _store_password(actor: Actor, row: User, password: str, action: str) -> None:
    before = audit.snapshot(row)
    row.password_hash = _hasher.hash(password)
    row.failed_logins = 0
    row.locked_until = None
    row.save()
    audit.record(actor, action, row, old=before)


def reset_password(actor: Actor, user_id: int, new_password: str) -> UserRecord:
    """An administrator sets a new password (forgotten, or locked out); clears the lockout."""
    require(actor, Action.MANAGE_USERS)
    _check_password_rule(new_password)
    with write():
        row = _user_row(user_id)
        _store_password(actor, row, new_password, "reset_password")
    return to_record(row)


def change_own_password(actor: Actor, current_password: str, new_password: str) -> None:
    """A signed-in user changes their own password; the current one must be typed."""
    _check_password_rule(new_password)
    row = _user_row(actor.user_id) if actor.user_id is not None else None
    if row is None:
        raise NotFound(_("No signed-in user."))
    try:
        _hasher.verify(row.password_hash, current_password)
    except (VerificationError, InvalidHashError):
        raise ValidationError(
            "current_password",
            _("The current password is wrong"),
            _("the password you sign in with"),
        ) from None
    with write():
        _store_password(actor, User.get_by_id(row.id), new_password, "change_password")


def list_users(include_inactive: bool = True) -> list[UserRecord]:
    q = User.select().order_by(User.full_name)
    if not include_inactive:
        q = q.where(User.active == True)  # noqa: E712
    return [to_record(u) for u in q]


def get_user(user_id: int) -> UserRecord:
    return to_record(_user_row(user_id))


def lockout_state(user_id: int) -> tuple[int, datetime | None]:
    """(failed attempts so far, locked until) for the administrator's view."""
    row = _user_row(user_id)
    return row.failed_logins, row.locked_until
