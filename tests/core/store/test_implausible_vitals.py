"""Impossible-looking vitals (BP 300/20) need a confirmation, are then kept and audited as
confirmed; the mean pressure is estimated (and marked so) when it was not measured."""

from __future__ import annotations

import pytest

from ebp_logger.clinical.plausibility import (
    PlausibleRanges,
    estimated_mean_pressure,
    implausible,
    lowest_pressures,
)
from ebp_logger.store import settings
from ebp_logger.store.models import Audit
from ebp_logger.store.services import procedure, queries
from ebp_logger.store.services.procedure import ImplausibleVitals

pytestmark = pytest.mark.both_backends


def test_ranges_flag_each_value():
    found = implausible(PlausibleRanges(), systolic=300, diastolic=20, heart_rate=72, spo2=98)
    assert [(f.field, f.value) for f in found] == [("systolic", 300), ("diastolic", 20)]
    assert implausible(PlausibleRanges(), systolic=120, diastolic=80, heart_rate=72) == []
    assert [f.field for f in implausible(PlausibleRanges(), heart_rate=240, spo2=60)] == [
        "heart_rate",
        "spo2",
    ]


def test_bp_300_over_20_needs_a_confirmation_then_is_kept_and_audited(doctor, live_session):
    with pytest.raises(ImplausibleVitals, match="systolic 300 outside 60–250") as err:
        procedure.record_vitals(doctor, live_session, bp="300/20")
    assert [f.field for f in err.value.found] == ["systolic", "diastolic"]
    assert queries.session_detail(live_session).vitals == ()
    vid = procedure.record_vitals(doctor, live_session, bp="300/20", confirmed_implausible=True)
    (v,) = queries.session_detail(live_session).vitals
    assert (v.meta.id, v.systolic, v.diastolic) == (vid, 300, 20)
    row = Audit.get((Audit.table == "vital") & (Audit.row_id == str(vid)))
    assert row.action == "create" and "confirmed implausible" in row.reason
    assert "diastolic 20 outside 30–140" in row.reason


def test_plausible_values_save_at_once_and_ranges_are_settings(admin, doctor, live_session):
    procedure.record_vitals(doctor, live_session, bp="120/80", heart_rate=72, spo2=97)
    settings.save(admin, plausible_hr_max=110)
    with pytest.raises(ImplausibleVitals, match="heart rate 120"):
        procedure.record_vitals(doctor, live_session, heart_rate=120)


def test_monitor_values_are_not_asked_about(doctor, live_session):
    procedure.record_vitals(doctor, live_session, bp="300/20", source="device")
    assert len(queries.session_detail(live_session).vitals) == 1


def test_lowest_systolic_diastolic_and_mean_separately(doctor, live_session):
    procedure.record_vitals(doctor, live_session, bp="110/70/85")
    procedure.record_vitals(doctor, live_session, bp="300/20", confirmed_implausible=True)
    procedure.record_vitals(doctor, live_session, bp="95/60")
    low = lowest_pressures(queries.session_detail(live_session).vitals)
    assert (low.systolic, low.diastolic) == (95, 20)
    assert low.mean == estimated_mean_pressure(95, 60) == 72 and low.mean_calculated
    assert estimated_mean_pressure(300, 20) == 113
