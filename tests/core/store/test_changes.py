"""Changes announced, not polled: a committed write reaches a subscriber, from this process at
once and from another process through ``poll_other_writers``."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ebp_logger.errors import ValidationError
from ebp_logger.store import changes
from ebp_logger.store.changes import Change
from ebp_logger.store.services import ward
from tests.core.ward.helpers import patch_to_rest

pytestmark = pytest.mark.both_backends


@pytest.fixture
def resting(doctor, patient, clock):
    """A session whose procedure ended: the ward may score it."""
    return patch_to_rest(doctor, patient.id, clock)


@pytest.fixture
def heard():
    changes.reset()
    got: list[Change] = []
    unsubscribe = changes.subscribe(got.append)
    yield got
    unsubscribe()


def test_a_score_saved_through_the_service_reaches_a_subscriber(resting, nurse, heard):
    heard.clear()
    ward.record_score(nurse, resting, "checkpoint", 1, 3)
    assert [c for c in heard if c.kind == "headache_score"] == [
        Change("headache_score", 1, resting)
    ]


def test_a_refused_write_announces_nothing(resting, nurse, heard):
    heard.clear()
    with pytest.raises(ValidationError):
        ward.record_score(nurse, resting, "checkpoint", 1, 11)
    assert heard == []


def test_a_write_by_another_process_reaches_a_subscriber(resting, db_path, heard):
    assert changes.poll_other_writers() == []  # takes its bearings
    assert changes.poll_other_writers() == []  # nothing new: one PRAGMA, nothing published
    child = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})
        from ebp_logger.store.audit import Actor
        from ebp_logger.store.opening import open_database
        from ebp_logger.store.services import ward
        open_database({str(db_path)!r})
        ward.record_score(Actor(3, "nurse", "nurse"), {resting}, "checkpoint", 2, 4)
        """
    )
    subprocess.run([sys.executable, "-c", child], check=True, timeout=60)
    found = changes.poll_other_writers()
    assert Change("headache_score", 1, resting) in found
    assert Change("headache_score", 1, resting) in heard
    assert changes.poll_other_writers() == []  # each change once
