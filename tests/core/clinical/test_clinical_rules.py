"""Repeat and referral advice: docs/clinical-rules.md "Repeat treatment and referral rules"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ebp_logger.clinical.enums import FollowUpEffect, PatchType
from ebp_logger.clinical.rules import PriorPatch, Severity, assess_new_attempt

NOW = datetime(2026, 3, 15, 10, 0, tzinfo=timezone.utc)
NT = PatchType.NON_TARGETED


def codes(advice) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.code for a in advice.warnings}


def test_first_attempt() -> None:
    advice = assess_new_attempt([], NOW)
    assert advice.attempt_number == 1
    assert not advice.too_soon and not advice.refer_prompt
    assert advice.earliest_repeat is None and advice.warnings == ()


def test_13_days_is_too_soon_and_14_days_is_not() -> None:
    last = NOW - timedelta(days=13)
    advice = assess_new_attempt([PriorPatch(last, NT, FollowUpEffect.TEMPORARY)], NOW)
    assert advice.too_soon and advice.attempt_number == 2
    assert advice.earliest_repeat == last + timedelta(days=14)
    too_soon = next(a for a in advice.warnings if a.code == "too_soon")
    assert too_soon.severity is Severity.WARNING
    assert "2 weeks" in too_soon.text("en") and "2 uger" in too_soon.text("da")
    assert f"{advice.earliest_repeat.astimezone():%Y-%m-%d}" in too_soon.text("en")

    ok = assess_new_attempt(
        [PriorPatch(NOW - timedelta(days=14), NT, FollowUpEffect.TEMPORARY)], NOW
    )
    assert not ok.too_soon and "too_soon" not in codes(ok)
    assert "temporary_effect" in codes(ok)


def test_one_failed_non_targeted_prompts_referral() -> None:
    history = [PriorPatch(NOW - timedelta(days=30), NT, FollowUpEffect.NONE)]
    advice = assess_new_attempt(history, NOW)
    assert advice.refer_prompt and not advice.refer_firmly
    assert "no_effect_investigate" in codes(advice)


def test_two_failed_non_targeted_make_it_firm() -> None:
    history = [
        PriorPatch(NOW - timedelta(days=60), NT, FollowUpEffect.NONE),
        PriorPatch(NOW - timedelta(days=30), NT, FollowUpEffect.NONE),
    ]
    advice = assess_new_attempt(list(reversed(history)), NOW)
    assert advice.refer_prompt and advice.refer_firmly and advice.failed_non_targeted == 2
    strong = next(a for a in advice.warnings if a.code == "refer_centre")
    assert strong.severity is Severity.STRONG
    assert "highly specialised centre" in strong.text("en")
    assert "højt specialiseret funktion" in strong.text("da")
    assert advice.attempt_number == 3


def test_failed_targeted_patch_does_not_count_as_failed_non_targeted() -> None:
    history = [PriorPatch(NOW - timedelta(days=30), PatchType.TARGETED, FollowUpEffect.NONE)]
    assert not assess_new_attempt(history, NOW).refer_prompt


def test_unknown_effect_and_abandoned_attempt() -> None:
    history = [
        PriorPatch(NOW - timedelta(days=20), NT, None),
        # The case report: an attempt abandoned for poor cooperation, then a retry.
        PriorPatch(NOW - timedelta(days=3), NT, None, abandoned=True),
    ]
    advice = assess_new_attempt(history, NOW)
    assert advice.attempt_number == 3
    assert not advice.too_soon  # the 2-week rule runs from the last patch actually given
    assert advice.earliest_repeat == NOW - timedelta(days=6)
    assert {"effect_unknown", "abandoned_before"} <= codes(advice)
