"""Trust tests: a cheap Argon2id profile so the many sign-ins stay fast (the real profile is
checked once in test_users.py)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher


@pytest.fixture(autouse=True)
def cheap_hasher(monkeypatch):
    from ebp_logger.store.services import users

    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(users, "_dummy_hash", None)
    users._memory_failures.clear()
    yield
    users._memory_failures.clear()


def audit_rows(action: str | None = None):
    from ebp_logger.store.models import Audit

    q = Audit.select().order_by(Audit.id)
    return [r for r in q if action is None or r.action == action]
