"""The nurse worklist: what is due, in which order, on a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ebp_logger.store import settings
from ebp_logger.store.services import sessions, ward, worklist
from ebp_logger.store.services.worklist import DueState
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


def test_due_states_around_24_hours(doctor, nurse, clock):
    p = new_patient(doctor, 0)
    sid = patch_to_rest(doctor, p.id, clock)
    end = clock.now

    clock.advance(hours=1)
    (row,) = worklist.worklist()
    assert row.session_id == sid and row.state is DueState.UPCOMING
    assert row.next_due.timepoint == "h24" and row.next_due.due_at == end + timedelta(hours=24)
    assert row.lying_for == timedelta(hours=1)

    clock.advance(hours=22)  # 23 h into rest: inside the default 60-minute window
    (row,) = worklist.worklist()
    assert row.state is DueState.DUE_SOON and row.seconds_to_due == 3600

    clock.advance(hours=1)  # exactly 24 h: due, not yet overdue
    assert worklist.worklist()[0].state is DueState.DUE_SOON
    clock.advance(minutes=1)
    (row,) = worklist.worklist()
    assert row.state is DueState.OVERDUE and row.seconds_to_due == -60


def test_24h_pair_moves_patient_to_scored_list_until_discharge(doctor, nurse, clock):
    p = new_patient(doctor, 0)
    sid = patch_to_rest(doctor, p.id, clock, baseline=(2, 8))
    clock.advance(hours=24)
    ward.record_score(nurse, sid, "h24", 1, 3)
    over = worklist.ward_overview()
    assert over.due == ()
    (row,) = over.scored
    assert row.state is DueState.DONE and row.next_due is None
    assert row.change.standing_reduction == pytest.approx(5 / 8)
    assert row.change.good_response is True
    sessions.end_rest(nurse, sid)
    over = worklist.ward_overview()
    assert over.due == () and over.scored == ()


def test_sorted_by_what_is_due_first(doctor, nurse, clock):
    a = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    clock.advance(hours=3)
    b = patch_to_rest(doctor, new_patient(doctor, 1).id, clock)
    clock.advance(hours=1)
    c = patch_to_rest(doctor, new_patient(doctor, 2).id, clock)
    clock.advance(hours=20)  # a is past 24 h, b at ~21 h, c at 20 h
    rows = worklist.worklist()
    assert [r.session_id for r in rows] == [a, b, c]
    assert [r.state for r in rows] == [DueState.OVERDUE, DueState.UPCOMING, DueState.UPCOMING]


def test_checkpoints_come_before_24h_and_missed_ones_are_skipped(admin, doctor, nurse, clock):
    settings.save(admin, checkpoint_hours=[2, 6])  # 1–23 h: 30 h (past the 24 h pair) is refused
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    end = clock.now

    clock.advance(minutes=30)
    (row,) = worklist.worklist()
    assert (row.next_due.timepoint, row.next_due.hours) == ("checkpoint", 2)
    assert row.state is DueState.UPCOMING

    clock.advance(hours=1, minutes=45)  # 2 h 15: the 2 h checkpoint is overdue
    (row,) = worklist.worklist()
    assert row.next_due.hours == 2 and row.state is DueState.OVERDUE

    clock.advance(hours=3)  # 5 h 15: the 6 h window is open; the 2 h one was missed
    (row,) = worklist.worklist()
    assert row.next_due.hours == 6 and row.state is DueState.DUE_SOON
    assert [m.hours for m in row.missed] == [2]

    ward.record_score(nurse, sid, "checkpoint", 1, 4)
    (row,) = worklist.worklist()
    assert row.next_due.timepoint == "h24" and row.missed == ()
    assert row.next_due.due_at == end + timedelta(hours=24)
    assert row.last_score.standing == 4 and row.change.good_response is True


def test_due_soon_window_is_a_setting(admin, doctor, clock):
    settings.save(admin, score_due_soon_minutes=120)
    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    clock.advance(hours=22, minutes=30)
    assert worklist.worklist()[0].state is DueState.DUE_SOON


def test_unacknowledged_warning_shows_on_the_row_until_acknowledged(doctor, nurse, clock):
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    clock.advance(hours=2)
    oid = ward.record_observation(nurse, sid, ["fever"], "38.9 °C")
    (row,) = worklist.worklist()
    assert [w.signs for w in row.warnings] == [("fever",)]
    ward.acknowledge(doctor, oid, "seen the patient")
    assert worklist.worklist()[0].warnings == ()


def test_score_change_follows_the_standing_score():
    ch = worklist.score_change(2, 8, 2, 4)  # standing halved exactly
    assert ch.good_response is True and ch.standing_reduction == 0.5
    ch = worklist.score_change(2, 8, 0, 5)  # lying better, standing only 37.5 % lower
    assert ch.good_response is False and ch.lying_reduction == 1.0
    assert worklist.score_change(3, 0, 1, 0).good_response is None  # nothing could fall


def test_follow_ups_due_window_and_removal(doctor, nurse, clock):
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    end = clock.now
    (item,) = worklist.follow_ups_due()
    assert item.state is DueState.UPCOMING
    assert (item.window_start - end, item.window_end - end) == (
        timedelta(weeks=2),
        timedelta(weeks=4),
    )
    clock.advance(days=15)
    assert worklist.follow_ups_due()[0].state is DueState.DUE_SOON
    clock.advance(days=14)
    assert worklist.follow_ups_due()[0].state is DueState.OVERDUE
    ward.record_follow_up(doctor, sid, effect="temporary", decision="repeat_ebp")
    assert worklist.follow_ups_due() == []
