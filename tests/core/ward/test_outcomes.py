"""Outcome figures on a constructed dataset whose right answers are known by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ebp_logger.store import outcomes
from ebp_logger.store.services import sessions, ward
from tests.conftest import answer_checklist_safely
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


@pytest.fixture
def dataset(doctor, nurse, clock):
    """Five patches in range (four patients), one before it, one abandoned set-up.

    | patch | patient | attempt | type         | blood | baseline → 24 h (standing) | follow-up   |
    |-------|---------|---------|--------------|-------|-----------------------------|-------------|
    | A     | 0       | 1       | non-targeted | 30    | 8 → 2  good                 | lasting, 1  |
    | B     | 1       | 1       | non-targeted | 15    | 9 → 8  not good             | none, 8     |
    | C     | 1       | 2       | non-targeted | 25    | 6 → 3  good (exactly 50 %)  | —           |
    | D     | 2       | 1       | targeted     | 3     | 0 → 0  not evaluable        | —           |
    | E     | 3       | 1       | non-targeted | 20    | none   not evaluable        | —           |
    """
    pts = [new_patient(doctor, n) for n in range(5)]
    early = patch_to_rest(doctor, pts[4].id, clock, volumes=(40,))  # before the range
    clock.advance(days=10)
    start_day = clock.now.date()

    def h24(sid, lying, standing):
        ward.record_score(nurse, sid, "h24", lying, standing)

    a = patch_to_rest(
        doctor, pts[0].id, clock, baseline=(2, 8), volumes=(20, 10), events=("paraesthesia",)
    )
    b = patch_to_rest(
        doctor,
        pts[1].id,
        clock,
        baseline=(3, 9),
        volumes=(15,),
        stop="radicular_pain",
        events=("needle_in", "vasovagal"),
    )
    d = patch_to_rest(
        doctor,
        pts[2].id,
        clock,
        baseline=(1, 0),
        volumes=(3,),
        glue=(3,),
        patch_type="targeted",
        leak_level="T2-T3",
        stop="patient_request",
    )
    e = patch_to_rest(doctor, pts[3].id, clock, baseline=None, volumes=(20,))
    clock.advance(hours=24)
    h24(a, 0, 2)
    h24(b, 3, 8)
    h24(d, 0, 0)
    h24(e, 1, 2)
    oid = ward.record_observation(nurse, b, ["fever"], "38.5")
    ward.acknowledge(doctor, oid, "paracetamol")  # an open sign would need a doctor to discharge
    for sid in (a, b, d, e):
        sessions.end_rest(nurse, sid)
    clock.advance(days=15)
    ward.record_follow_up(doctor, a, effect="lasting", decision="nothing_more", lying=0, standing=1)
    ward.record_follow_up(doctor, b, effect="none", decision="repeat_ebp", lying=3, standing=8)
    c = patch_to_rest(
        doctor, pts[1].id, clock, baseline=(2, 6), volumes=(25,), stop="increased_headache"
    )
    clock.advance(hours=24)
    h24(c, 1, 3)
    abandoned = sessions.create_session(
        doctor, pts[0].id, indication="sih", patch_type="non_targeted"
    )
    answer_checklist_safely(doctor, abandoned)
    sessions.abandon(doctor, abandoned, "patient declined")
    return {
        "start": start_day,
        "end": clock.now.date(),
        "ids": dict(a=a, b=b, c=c, d=d, e=e, early=early),
    }


def test_counts_and_response_by_group(dataset):
    ov = outcomes.overview(dataset["start"], dataset["end"])
    assert (ov.patients, ov.patches) == (4, 5)

    def rate(key, when="at_24h"):
        r = getattr(ov.group(key), when)
        return r.good, r.evaluable, r.not_evaluable

    assert rate("all") == (2, 3, 2)
    assert ov.group("all").at_24h.percent == pytest.approx(200 / 3)
    assert rate("first") == (1, 2, 2)
    assert rate("repeat") == (1, 1, 0)
    assert rate("volume_high") == (2, 2, 0)  # A 30 ml, C 25 ml
    assert rate("volume_low") == (0, 1, 2)  # B 15 ml; D and E not evaluable
    assert rate("non_targeted") == (2, 3, 1)
    assert rate("targeted") == (0, 0, 1)
    assert ov.group("targeted").at_24h.percent is None
    assert rate("all", "at_follow_up") == (1, 2, 3)
    assert dict(ov.group("all").effects) == {
        "none": 1,
        "temporary": 0,
        "lasting": 1,
        "not_followed_up": 3,
    }


def test_stop_reasons_and_complications(dataset):
    ov = outcomes.overview(dataset["start"], dataset["end"])
    stops = {k: v for k, v in ov.stop_reasons if v}
    assert stops == {  # A and E stopped for back pain (the helper's default)
        "back_pain": 2,
        "radicular_pain": 1,
        "patient_request": 1,
        "increased_headache": 1,
    }
    assert ov.no_stop_recorded == 0
    assert {k: v for k, v in ov.complications if v} == {"paraesthesia": 1, "vasovagal": 1}
    assert ov.patches_with_complication == 2  # needle_in is not a complication
    assert {k: v for k, v in ov.warning_signs if v} == {"fever": 1}
    assert ov.patches_with_warning_sign == 1


def test_date_range_is_inclusive_and_in_local_days(dataset):
    ov = outcomes.overview(dataset["start"], dataset["start"])
    assert ov.patches == 4  # A, B, D, E were on the first day; C two weeks later
    whole = outcomes.overview(dataset["start"] - timedelta(days=30), dataset["end"])
    assert whole.patches == 6 and whole.patients == 5
    assert outcomes.overview(dataset["end"], dataset["start"]).patches == 5  # swapped ends


def test_reference_figures_are_literature_with_sources():
    ov_refs = {r.key: r for r in outcomes.REFERENCE_FIGURES}
    assert ov_refs["non_targeted"].percent == 64.0
    assert (ov_refs["volume_high"].percent, ov_refs["volume_low"].percent) == (68.0, 47.0)
    assert all("docs/clinical-rules.md" in r.source for r in outcomes.REFERENCE_FIGURES)
    assert "not targets" in outcomes.LITERATURE_NOTE.en
    assert "standing" in outcomes.RESPONSE_24H.en and "50 %" in outcomes.RESPONSE_24H.en
