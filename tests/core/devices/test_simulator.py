"""The monitor simulator: a plausible course, valid PCD-01, NIBP every 5 minutes."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from ebp_logger.devices.simulator import Simulator, values_at
from ebp_logger.hl7 import pcd01


def test_baseline_vasovagal_dip_and_recovery():
    rng = random.Random(1)
    baseline = [values_at(m * 60, rng) for m in (0.5, 1, 2)]
    dip = [values_at(m * 60, rng) for m in (5.2, 5.6, 6.0)]
    recovered = [values_at(m * 60, rng) for m in (12, 15, 25)]
    assert all(v.heart_rate > 65 and v.systolic > 110 for v in baseline)
    assert all(v.heart_rate < 55 and v.systolic < 95 for v in dip)
    assert all(v.heart_rate > 62 and v.systolic > 105 for v in recovered)
    assert all(v.diastolic < v.mean < v.systolic and 90 <= v.spo2 <= 100 for v in dip + recovered)


def test_messages_read_back_and_nibp_comes_every_five_minutes():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    sim = Simulator("1205711003", speed=1.0)
    with_bp = []
    for i in range(0, 16 * 60, 15):  # a message every 15 s for 16 minutes
        text, values, nibp = sim.next_message(start + timedelta(seconds=i))
        msg = pcd01.parse(text)
        assert msg.problems == () and msg.skipped == () and msg.cpr == "1205711003"
        found, problems = pcd01.readings(msg.observations)
        assert problems == [] and found[-1].heart_rate == values.heart_rate
        if nibp:
            with_bp.append(i)
            assert found[-1].systolic == values.systolic
    assert with_bp == [0, 300, 600, 900]
