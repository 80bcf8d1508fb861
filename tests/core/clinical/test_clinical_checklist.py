"""The pre-procedure checklist (docs/clinical-rules.md "The procedure", "Who does what", case report)."""

from __future__ import annotations

from datetime import datetime, timezone

from ebp_logger.clinical.checklist import (
    DEFAULT_CHECKLIST,
    applicable_items,
    cautions,
    check_answers,
)

ALL_CLEAR = {
    "referral_neurologist": "yes",
    "consent": "yes",
    "anticoagulant": "no",
    "coagulation_tests": "not_relevant",
    "fever_infection": "no",
    "allergies": "no",
    "monitoring_spo2": "yes",
    "monitoring_ecg": "yes",
    "monitoring_bp": "yes",
}
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_definitions_are_well_formed() -> None:
    keys = [d.key for d in DEFAULT_CHECKLIST]
    assert len(keys) == len(set(keys))
    for i, item in enumerate(DEFAULT_CHECKLIST):
        assert item.label_da.strip() and item.label_en.strip() and item.source
        if item.applies_if:
            assert item.applies_if[0] in keys[:i], "a follow-up question comes after its trigger"
        if item.kind == "choice":
            assert item.choices
        if item.blocking and item.safe_answer is not None:
            assert item.unsafe is not None


def test_all_clear() -> None:
    assert check_answers(DEFAULT_CHECKLIST, ALL_CLEAR) == []
    assert cautions(DEFAULT_CHECKLIST, ALL_CLEAR) == []


def test_empty_answers_list_every_required_item() -> None:
    problems = check_answers(DEFAULT_CHECKLIST, {})
    assert len(problems) == len([d for d in DEFAULT_CHECKLIST if d.applies_if is None])
    assert all(p.startswith("Not answered") for p in problems)


def test_monitoring_and_consent_block() -> None:
    answers = {**ALL_CLEAR, "monitoring_ecg": "no", "consent": "nej"}
    problems = check_answers(DEFAULT_CHECKLIST, answers)
    assert any("3-lead ECG is not attached" in p for p in problems)
    assert any("consent" in p for p in problems)
    da = check_answers(DEFAULT_CHECKLIST, answers, lang="da")
    assert any("3-punkts EKG er ikke tilsluttet" in p for p in da)


def test_case_report_anticoagulant() -> None:
    answers = {**ALL_CLEAR, "anticoagulant": "ja"}
    keys = {d.key for d in applicable_items(DEFAULT_CHECKLIST, answers)}
    assert {"anticoagulant_drug", "anticoagulant_last_dose", "anticoagulant_cleared"} <= keys
    problems = check_answers(DEFAULT_CHECKLIST, answers)
    assert len(problems) == 3
    assert cautions(DEFAULT_CHECKLIST, answers)

    answers |= {
        "anticoagulant_drug": "dabigatran 150 mg twice daily",
        "anticoagulant_last_dose": "2026-02-27T08:00:00+01:00",
        "anticoagulant_cleared": "no",
    }
    problems = check_answers(DEFAULT_CHECKLIST, answers, now=NOW)
    assert problems == [
        "The pause of the anticoagulant or antiplatelet medication has not been judged adequate"
    ]
    answers["anticoagulant_cleared"] = "yes"
    assert check_answers(DEFAULT_CHECKLIST, answers, now=NOW) == []


def test_bad_forms_and_future_times() -> None:
    answers = {
        **ALL_CLEAR,
        "consent": "maybe",
        "coagulation_tests": "fine",
        "anticoagulant": "yes",
        "anticoagulant_drug": "apixaban",
        "anticoagulant_last_dose": "2026-03-02T08:00Z",
        "anticoagulant_cleared": "yes",
    }
    problems = check_answers(DEFAULT_CHECKLIST, answers, now=NOW)
    assert any("answer yes or no" in p for p in problems)
    assert any("choose one of" in p for p in problems)
    assert any("in the future" in p for p in problems)
    answers["anticoagulant_last_dose"] = "last tuesday"
    assert any("not a valid date" in p for p in check_answers(DEFAULT_CHECKLIST, answers))


def test_fever_needs_the_doctor_to_approve() -> None:
    answers = {**ALL_CLEAR, "fever_infection": "yes"}
    assert any("Not answered" in p for p in check_answers(DEFAULT_CHECKLIST, answers))
    answers["fever_cleared"] = "yes"
    assert check_answers(DEFAULT_CHECKLIST, answers) == []
    assert cautions(DEFAULT_CHECKLIST, answers, "da")


def test_abnormal_coagulation_needs_approval() -> None:
    answers = {**ALL_CLEAR, "coagulation_tests": "abnormal"}
    assert check_answers(DEFAULT_CHECKLIST, answers)
    answers["coagulation_cleared"] = "yes"
    assert check_answers(DEFAULT_CHECKLIST, answers) == []
