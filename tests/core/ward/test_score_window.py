"""The 24-hour score only inside its window (docs/clinical-rules.md "The procedure" (non-targeted
EBP): scored "24 h after"; the window around it is a department setting, 20–28 h by default).
A score taken earlier is recorded as what it is and never counts as the 24-hour score."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ebp_logger.clinical.schedule import in_24h_window
from ebp_logger.errors import ValidationError
from ebp_logger.store import outcomes, registry, settings
from ebp_logger.store.services import queries, ward, worklist
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


def test_window_edges():
    from datetime import datetime, timezone

    end = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    assert not in_24h_window(end, end)
    assert not in_24h_window(end, end + timedelta(hours=19, minutes=59))
    assert in_24h_window(end, end + timedelta(hours=20))
    assert in_24h_window(end, end + timedelta(hours=28))
    assert not in_24h_window(end, end + timedelta(hours=28, minutes=1))
    assert not in_24h_window(None, end)


def test_24h_score_minutes_after_the_patch_is_refused_and_saved_as_a_checkpoint(
    doctor, nurse, clock
):
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock, baseline=(2, 8))
    with pytest.raises(ValidationError, match=r"0\.0 h after the procedure ended.*20 to 28 h"):
        ward.record_score(nurse, sid, "h24", 0, 1)
    assert queries.session_detail(sid).score("h24") is None
    ward.record_score(nurse, sid, "checkpoint", 0, 1)  # what it is
    (row,) = worklist.worklist()
    assert row.next_due.timepoint == "h24"  # the 24-hour score is still to take
    assert row.last_score.timepoint == "checkpoint"


def test_window_is_a_setting(admin, doctor, nurse, clock):
    settings.save(admin, score_24h_from_hours=23, score_24h_to_hours=25)
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    clock.advance(hours=22)
    with pytest.raises(ValidationError, match="23 to 25 h"):
        ward.record_score(nurse, sid, "h24", 0, 1)
    clock.advance(hours=1)
    ward.record_score(nurse, sid, "h24", 0, 1)
    assert queries.session_detail(sid).score("h24") is not None


def _early_h24_in_old_data(admin, doctor, nurse, clock) -> tuple[int, object]:
    """A 24-hour score taken minutes after the patch, as a database from before the window
    holds it: the window was wide open when it was saved."""
    settings.save(admin, score_24h_from_hours=1, score_24h_to_hours=72)
    start_day = clock.now.date()
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock, baseline=(2, 8))
    clock.advance(hours=1)
    ward.record_score(nurse, sid, "h24", 0, 0)
    settings.save(admin, score_24h_from_hours=20, score_24h_to_hours=28)
    return sid, start_day


def test_outcome_figures_and_registry_use_only_in_window_scores(admin, doctor, nurse, clock):
    sid, day = _early_h24_in_old_data(admin, doctor, nurse, clock)
    ov = outcomes.overview(day, day)
    assert ov.overall.at_24h.good == 0 and ov.overall.at_24h.evaluable == 0
    (rec,) = [r for r in registry.records() if r["record_id"] == sid]
    assert rec["h24_standing"] is None
    assert rec["response_24h"] == "not_evaluable"


def test_worklist_counts_an_early_h24_as_a_score_during_the_rest(admin, doctor, nurse, clock):
    sid, _ = _early_h24_in_old_data(admin, doctor, nurse, clock)
    over = worklist.ward_overview()
    assert over.scored == ()
    (row,) = over.due
    assert row.session_id == sid and row.next_due.timepoint == "h24"
