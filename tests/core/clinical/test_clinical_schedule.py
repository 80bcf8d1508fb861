"""The 5-minute blood-pressure cadence and the after-care times (docs/clinical-rules.md)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ebp_logger.clinical.schedule import (
    bp_status,
    earliest_repeat,
    follow_up_window,
    restrictions_end,
    score_due,
    supine_rest_end,
    targeted_ideal_by,
)

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def at(minutes: int, seconds: int = 0) -> datetime:
    return START + timedelta(minutes=minutes, seconds=seconds)


@pytest.mark.parametrize(
    ("now", "seconds_left", "overdue", "missed"),
    [
        (at(0), 300, False, 0),
        (at(4, 59), 1, False, 0),
        (at(5), 0, False, 0),
        (at(5, 1), -1, True, 0),
        (at(9, 59), -299, True, 0),
        (at(10), -300, True, 1),
        (at(10, 1), -301, True, 1),
        (at(15), -600, True, 2),
        (at(31), -1560, True, 5),
    ],
)
def test_without_readings(now: datetime, seconds_left: int, overdue: bool, missed: int) -> None:
    status = bp_status(START, None, now)
    assert status.due_at == at(5)
    assert status.seconds_left == seconds_left
    assert status.overdue is overdue
    assert status.missed_count == missed


def test_after_a_reading_the_clock_restarts() -> None:
    status = bp_status(START, at(7), at(11))
    assert status.due_at == at(12)
    assert status.seconds_left == 60 and not status.overdue and status.missed_count == 0
    late = bp_status(START, at(7), at(22, 1))
    assert late.overdue and late.missed_count == 2


def test_a_reading_before_the_start_does_not_count() -> None:
    assert bp_status(START, START - timedelta(minutes=30), at(1)).due_at == at(5)


def test_naive_times_are_utc() -> None:
    status = bp_status(START.replace(tzinfo=None), None, at(4, 59).replace(tzinfo=None))
    assert status.due_at.tzinfo is not None and status.seconds_left == 1


def test_after_care_times() -> None:
    end = START + timedelta(minutes=40)
    assert supine_rest_end(end) == end + timedelta(hours=24)
    assert score_due(end) == end + timedelta(hours=24)
    assert follow_up_window(end) == (end + timedelta(days=14), end + timedelta(days=28))
    assert restrictions_end(end) == end + timedelta(days=14)
    assert earliest_repeat(end) == end + timedelta(days=14)
    assert targeted_ideal_by(end) == end + timedelta(days=90)
