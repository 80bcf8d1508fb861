"""The Bern score: brain-MRI signs of a spinal CSF leak (docs/clinical-rules.md "Table 2", ref 27)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ebp_logger.clinical.labels import LabelledEnum, parse_enum


class BernSign(LabelledEnum):
    """Each sign with its points (docs/clinical-rules.md "Table 2")."""

    VENOUS_SINUS_ENGORGEMENT = (
        "venous_sinus_engorgement",
        "Venous sinus engorgement",
        "Udvidelse af den venøse sinus",
        2,
    )
    PACHYMENINGEAL_ENHANCEMENT = (
        "pachymeningeal_enhancement",
        "Pachymeningeal enhancement",
        "Pakymeningeal opladning",
        2,
    )
    SUBDURAL_FLUID_COLLECTION = (
        "subdural_fluid_collection",
        "Subdural fluid collection",
        "Subdural væskeansamling",
        1,
    )
    SUPRASELLAR_CISTERN_EFFACED = (
        "suprasellar_cistern_effaced",
        "Suprasellar cistern effaced (≤ 4 mm)",
        "Udslettet suprasellær cisterne (≤ 4 mm)",
        2,
    )
    PREPONTINE_CISTERN_EFFACED = (
        "prepontine_cistern_effaced",
        "Prepontine cistern effaced (≤ 5 mm)",
        "Udslettet præpontin cisterne (≤ 5 mm)",
        1,
    )
    MAMILLOPONTINE_DISTANCE_REDUCED = (
        "mamillopontine_distance_reduced",
        "Mamillopontine distance ≤ 6.5 mm",
        "Nedsat mamillopontin afstand (≤ 6,5 mm)",
        1,
    )

    def __init__(self, code: str, en: str, da: str, points: int) -> None:
        self.points = points


class BernBand(LabelledEnum):
    """Probability of a spinal CSF leak (docs/clinical-rules.md "Table 2"): 0–2 low, 3–4 intermediate,
    ≥ 5 high."""

    LOW = ("low", "Low probability of a CSF leak", "Lav sandsynlighed for CSF-lækage")
    INTERMEDIATE = (
        "intermediate",
        "Intermediate probability of a CSF leak",
        "Intermediær sandsynlighed for CSF-lækage",
    )
    HIGH = ("high", "High probability of a CSF leak", "Høj sandsynlighed for CSF-lækage")


# docs/clinical-rules.md "Table 2": the upper bounds of the low and intermediate bands.
BERN_LOW_MAX = 2
BERN_INTERMEDIATE_MAX = 4
BERN_MAX_POINTS = sum(s.points for s in BernSign)  # 9


@dataclass(frozen=True)
class BernResult:
    points: int
    band: BernBand


def bern_band(points: int) -> BernBand:
    """The band for a point total (docs/clinical-rules.md "Table 2")."""
    if not 0 <= points <= BERN_MAX_POINTS:
        raise ValueError(f"a Bern score is 0 to {BERN_MAX_POINTS} points, not {points}")
    if points <= BERN_LOW_MAX:
        return BernBand.LOW
    if points <= BERN_INTERMEDIATE_MAX:
        return BernBand.INTERMEDIATE
    return BernBand.HIGH


def bern_score(signs: Iterable[BernSign | str]) -> BernResult:
    """Points and band for the signs present; a sign counts once however often it is listed."""
    present = {parse_enum(BernSign, s, "bern_sign") for s in signs}
    points = sum(s.points for s in present)
    return BernResult(points=points, band=bern_band(points))
