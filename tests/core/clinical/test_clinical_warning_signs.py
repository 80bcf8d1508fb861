"""Discharge sheet content: docs/clinical-rules.md "After the procedure"."""

from __future__ import annotations

import pytest

from ebp_logger.clinical.discharge import FOLLOW_UP_ADVICE, LIFTING_ADVICE
from ebp_logger.clinical.warning_signs import (
    EMERGENCY_SIGNS,
    EXPECTED_SIDE_EFFECTS,
    REPORT_SIGNS,
    SIDE_EFFECTS_NOTE,
    WarningSign,
    WarningSource,
)


@pytest.mark.parametrize("sign", list(WarningSign), ids=lambda s: s.value)
def test_every_sign_has_labels_and_a_source(sign: WarningSign) -> None:
    assert sign.label("da").strip() and sign.label("en").strip()
    assert isinstance(sign.source, WarningSource)


def test_the_discharge_list_is_complete() -> None:
    listed = {s for s in WarningSign if s.source is WarningSource.DISCHARGE_LIST}
    assert listed == {
        WarningSign.NEW_SEVERE_BACK_PAIN,
        WarningSign.NEW_SEVERE_LEG_PAIN,
        WarningSign.LEG_WEAKNESS_OR_SENSORY_CHANGE,
        WarningSign.INCONTINENCE,
        WarningSign.URINARY_RETENTION,
        WarningSign.SEVERE_NAUSEA,
        WarningSign.FEVER,
    }


def test_case_report_signs_are_emergencies_and_rebound_is_to_be_reported() -> None:
    assert WarningSign.SEIZURE in EMERGENCY_SIGNS
    assert WarningSign.DROWSINESS_OR_CONFUSION in EMERGENCY_SIGNS
    assert REPORT_SIGNS == (WarningSign.NEW_DIFFERENT_HEADACHE_OR_VISION,)


def test_expected_side_effects() -> None:
    assert len(EXPECTED_SIDE_EFFECTS) == 2
    for effect in EXPECTED_SIDE_EFFECTS:
        assert effect.label("da") and effect.label("en")
    assert "et par dage" in SIDE_EFFECTS_NOTE.text("da")


def test_discharge_advice_carries_the_guideline_numbers() -> None:
    assert "2,5 kg" in LIFTING_ADVICE.text("da") and "2 uger" in LIFTING_ADVICE.text("da")
    assert "2.5 kg" in LIFTING_ADVICE.text("en") and "2 weeks" in LIFTING_ADVICE.text("en")
    assert "2–4 weeks" in FOLLOW_UP_ADVICE.text("en")
