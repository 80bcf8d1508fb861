"""The anticoagulant's last dose: a real time, not in the future, the interval since it shown,
and a dose inside the department's minimum interval for the drug flagged (the guideline gives
no intervals: the setting is empty by default)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ebp_logger.clinical.checklist import last_dose_note, min_interval_for, parse_min_intervals
from ebp_logger.errors import ValidationError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def _answers(hours_ago: float, drug: str = "Dabigatran 150 mg twice daily") -> dict[str, str]:
    return {
        "anticoagulant": "yes",
        "anticoagulant_drug": drug,
        "anticoagulant_last_dose": (NOW - timedelta(hours=hours_ago)).isoformat(),
    }


def test_intervals_setting_is_parsed_and_checked():
    assert parse_min_intervals("") == {}
    assert parse_min_intervals("dabigatran=48; Rivaroxaban = 24,5") == {
        "dabigatran": 48.0,
        "rivaroxaban": 24.5,
    }
    for bad in ("dabigatran", "=48", "dabigatran=soon", "dabigatran=0"):
        with pytest.raises(ValidationError, match="drug=hours"):
            parse_min_intervals(bad)


def test_drug_is_found_in_the_typed_text():
    intervals = {"dabigatran": 48.0}
    assert min_interval_for("Pradaxa (DABIGATRAN) 150 mg", intervals) == ("dabigatran", 48.0)
    assert min_interval_for("apixaban 5 mg", intervals) is None


def test_interval_shown_without_a_department_rule():
    assert last_dose_note(_answers(36), {}, NOW, "en") == ("36.0 h since the last dose", False)
    assert last_dose_note(_answers(36), {}, NOW, "da") == ("36,0 timer siden seneste dosis", False)
    assert last_dose_note({}, {}, NOW) == ("", False)


def test_dose_inside_the_minimum_interval_is_flagged():
    text, flagged = last_dose_note(_answers(36), {"dabigatran": 48}, NOW, "en")
    assert flagged and "INSIDE the department's minimum interval for dabigatran (48 h)" in text
    text, flagged = last_dose_note(_answers(50), {"dabigatran": 48}, NOW, "en")
    assert not flagged and "50.0 h since the last dose" in text


def test_service_refuses_a_future_last_dose(doctor, patient, clock):
    from ebp_logger.store.services import checklist, sessions

    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    checklist.answer(doctor, sid, "anticoagulant", "yes")
    future = (clock.now + timedelta(hours=3)).isoformat()
    with pytest.raises(ValidationError, match="future"):
        checklist.answer(doctor, sid, "anticoagulant_last_dose", future)
    with pytest.raises(ValidationError, match="not a valid date"):
        checklist.answer(doctor, sid, "anticoagulant_last_dose", "last tuesday")
    assert "anticoagulant_last_dose" not in checklist.current_answers(sid)
