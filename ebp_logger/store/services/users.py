"""Users: create, sign in (Argon2id), deactivate. Users are never deleted."""

from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError, NotFound, ValidationError
from ebp_logger.store import audit, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import User
from ebp_logger.store.permissions import ADMINISTRATOR, ROLES, Action, require
from ebp_logger.store.records import UserRecord

# Argon2id with argon2-cffi's RFC 9106 low-memory profile: fast enough for a ward PC.
_hasher = PasswordHasher()
MIN_PASSWORD = 8


class SignInFailed(EbpError):
    """Wrong user name or password, locked account or deactivated user."""


def to_record(u: User) -> UserRecord:
    return UserRecord(u.id, u.username, u.full_name, u.role, u.active)


def _check_new(username: str, full_name: str, role: str, password: str) -> str:
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise ValidationError(
            "username",
            "The user name is empty or has spaces or symbols",
            "letters, digits, '.', '-' and '_'",
        )
    if not full_name.strip():
        raise ValidationError("full_name", "The full name is empty", "the name shown on records")
    if role not in ROLES:
        raise ValidationError("role", f"Unknown role {role!r}", ", ".join(ROLES))
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password", "The password is too short", f"at least {MIN_PASSWORD} characters"
        )
    if User.select().where(User.username == username).exists():
        raise ValidationError("username", f"The user name {username!r} is taken", "a new user name")
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
        raise EbpError("Users exist already; an administrator must create new users.")
    return _create(
        Actor(None, "first-run", ADMINISTRATOR), username, full_name, ADMINISTRATOR, password
    )


def authenticate(username: str, password: str) -> Actor:
    """Check a password; lock the account after the configured number of failures."""
    conf = settings.load()
    row = User.get_or_none(User.username == username.strip().lower())
    now = utcnow()
    if row is None:
        with write():
            audit.record(
                Actor.system(),
                "sign_in_failed",
                None,
                table="user",
                detail={"username": username.strip().lower(), "why": "unknown user"},
            )
        raise SignInFailed("Wrong user name or password.")
    if not row.active:
        raise SignInFailed("This user is deactivated. Ask an administrator.")
    if row.locked_until is not None and row.locked_until > now:
        minutes = int((row.locked_until - now).total_seconds() // 60) + 1
        raise SignInFailed(f"Too many failed attempts: locked for {minutes} more minute(s).")
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        with write():
            before = audit.snapshot(row)
            row.failed_logins += 1
            if row.failed_logins >= conf.lockout_attempts:
                row.locked_until = now + timedelta(minutes=conf.lockout_minutes)
                row.failed_logins = 0
            row.save()
            audit.record(Actor(row.id, row.username, row.role), "sign_in_failed", row, old=before)
        if row.locked_until is not None and row.locked_until > now:
            raise SignInFailed(
                f"Wrong password. The account is locked for {conf.lockout_minutes} minutes."
            ) from None
        raise SignInFailed("Wrong user name or password.") from None
    actor = audit.actor_for(row)
    with write():
        before = audit.snapshot(row)
        row.failed_logins = 0
        row.locked_until = None
        row.save()
        audit.record(actor, "sign_in", row, old=before)
    return actor


def set_active(actor: Actor, user_id: int, active: bool, reason: str = "") -> UserRecord:
    require(actor, Action.MANAGE_USERS)
    with write():
        row = User.get_or_none(User.id == user_id)
        if row is None:
            raise NotFound(f"No user {user_id}.")
        before = audit.snapshot(row)
        row.active = active
        row.save()
        audit.record(actor, "activate" if active else "deactivate", row, old=before, reason=reason)
    return to_record(row)


def set_password(actor: Actor, user_id: int, password: str) -> None:
    if actor.user_id != user_id:
        require(actor, Action.MANAGE_USERS)
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password", "The password is too short", f"at least {MIN_PASSWORD} characters"
        )
    with write():
        row = User.get_by_id(user_id)
        before = audit.snapshot(row)
        row.password_hash = _hasher.hash(password)
        row.save()
        audit.record(actor, "set_password", row, old=before)


def list_users(include_inactive: bool = True) -> list[UserRecord]:
    q = User.select().order_by(User.full_name)
    if not include_inactive:
        q = q.where(User.active == True)  # noqa: E712
    return [to_record(u) for u in q]


def get_user(user_id: int) -> UserRecord:
    row = User.get_or_none(User.id == user_id)
    if row is None:
        raise NotFound(f"No user {user_id}.")
    return to_record(row)
