"""Stop reasons: docs/clinical-rules.md "The procedure" (three stop criteria) and the case report."""

from __future__ import annotations

import pytest

from ebp_logger.clinical.stop_reasons import GUIDELINE_STOP_REASONS, StopReason, validate_stop
from ebp_logger.errors import ValidationError


def test_the_guideline_three_are_flagged() -> None:
    assert set(GUIDELINE_STOP_REASONS) == {
        StopReason.INCREASED_HEADACHE,
        StopReason.RADICULAR_PAIN,
        StopReason.BACK_PAIN,
    }


@pytest.mark.parametrize("reason", list(StopReason), ids=lambda r: r.value)
def test_every_reason_has_labels(reason: StopReason) -> None:
    assert reason.label("da").strip() and reason.label("en").strip()
    assert reason.source


def test_other_needs_text() -> None:
    with pytest.raises(ValidationError) as err:
        validate_stop(StopReason.OTHER, "   ")
    assert err.value.field == "stop_text"
    assert validate_stop("other", "  patient fainted  ") == "patient fainted"
    assert validate_stop(StopReason.BACK_PAIN) == ""


def test_unknown_reason_is_refused() -> None:
    with pytest.raises(ValidationError):
        validate_stop("boredom")


def test_text_length_is_bounded() -> None:
    with pytest.raises(ValidationError):
        validate_stop(StopReason.OTHER, "x" * 501)


def test_case_report_stop_abandons_the_patch() -> None:
    assert StopReason.POOR_COOPERATION.abandons_patch
    assert StopReason.POOR_COOPERATION.source == "case report"
    assert not StopReason.INCREASED_HEADACHE.abandons_patch
    assert not StopReason.MAX_VOLUME.abandons_patch
