"""Vitals that are possible readings but implausible physiology (BP 300/20), and the mean
arterial pressure when the monitor did not measure one.

docs/clinical-rules.md "The procedure"  names what is monitored (SpO2, 3-lead
ECG, blood pressure every 5 minutes) and is silent on plausible values. The ranges are
department settings (AppSettings.plausible_*); a value outside them is not refused (the hard
limits in clinical.validation do that) but needs the user's confirmation, kept in the audit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class PlausibleRanges:
    """Inclusive ranges of plausible values (defaults as the settings' defaults)."""

    systolic: tuple[int, int] = (60, 250)  # mmHg
    diastolic: tuple[int, int] = (30, 140)  # mmHg
    heart_rate: tuple[int, int] = (30, 200)  # beats per minute
    spo2_min: int = 70  # %


@dataclass(frozen=True)
class Implausible:
    """One implausible value: ``field`` as ValidationError fields name it, the value and the
    range it lies outside (for the question to the user and the audit's reason)."""

    field: str  # "systolic" | "diastolic" | "heart_rate" | "spo2"
    value: int
    low: int
    high: int

    def describe(self) -> str:
        return f"{self.field.replace('_', ' ')} {self.value} outside {self.low}–{self.high}"


def implausible(
    ranges: PlausibleRanges,
    *,
    systolic: int | None = None,
    diastolic: int | None = None,
    heart_rate: int | None = None,
    spo2: int | None = None,
) -> list[Implausible]:
    """The values (already validated against the hard limits) outside the plausible ranges."""
    found = []
    checks = (
        ("systolic", systolic, ranges.systolic),
        ("diastolic", diastolic, ranges.diastolic),
        ("heart_rate", heart_rate, ranges.heart_rate),
        ("spo2", spo2, (ranges.spo2_min, 100)),
    )
    for name, value, (low, high) in checks:
        if value is not None and not low <= value <= high:
            found.append(Implausible(name, value, low, high))
    return found


def confirmation_reason(found: Iterable[Implausible]) -> str:
    """The audit reason of a set of vitals kept after the user confirmed it."""
    return "confirmed implausible value(s): " + "; ".join(f.describe() for f in found)


def estimated_mean_pressure(systolic: int, diastolic: int) -> int:
    """The usual estimate of the mean arterial pressure when it was not measured,
    (systolic + 2 × diastolic) / 3, rounded to whole mmHg. Shown as calculated, never as
    measured."""
    return round((systolic + 2 * diastolic) / 3)


class _Pressure(Protocol):
    systolic: int | None
    diastolic: int | None
    mean: int | None


@dataclass(frozen=True)
class LowestPressures:
    """The lowest systolic, diastolic and mean pressure, each on its own (they need not come
    from the same reading). ``mean_calculated``: the lowest mean is an estimate."""

    systolic: int
    diastolic: int
    mean: int
    mean_calculated: bool


def lowest_pressures(readings: Iterable[_Pressure]) -> LowestPressures | None:
    """Lowest of each part over the readings that have a blood pressure (None if none)."""
    bps = [r for r in readings if r.systolic is not None and r.diastolic is not None]
    if not bps:
        return None
    means = [
        (r.mean, False)
        if r.mean is not None
        else (estimated_mean_pressure(r.systolic, r.diastolic), True)
        for r in bps
    ]
    low_mean = min(means, key=lambda m: (m[0], m[1]))
    return LowestPressures(
        systolic=min(r.systolic for r in bps),
        diastolic=min(r.diastolic for r in bps),
        mean=low_mean[0],
        mean_calculated=low_mean[1],
    )
