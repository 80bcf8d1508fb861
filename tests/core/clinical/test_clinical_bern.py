"""Bern score: docs/clinical-rules.md "Table 2"."""

from __future__ import annotations

import itertools

import pytest

from ebp_logger.clinical.bern import BernBand, BernSign, bern_band, bern_score

S = BernSign


def test_points_per_the_table() -> None:
    assert {s: s.points for s in S} == {
        S.VENOUS_SINUS_ENGORGEMENT: 2,
        S.PACHYMENINGEAL_ENHANCEMENT: 2,
        S.SUBDURAL_FLUID_COLLECTION: 1,
        S.SUPRASELLAR_CISTERN_EFFACED: 2,
        S.PREPONTINE_CISTERN_EFFACED: 1,
        S.MAMILLOPONTINE_DISTANCE_REDUCED: 1,
    }


@pytest.mark.parametrize(
    ("points", "band"),
    [
        (0, BernBand.LOW),
        (2, BernBand.LOW),
        (3, BernBand.INTERMEDIATE),
        (4, BernBand.INTERMEDIATE),
        (5, BernBand.HIGH),
        (9, BernBand.HIGH),
    ],
)
def test_bands(points: int, band: BernBand) -> None:
    assert bern_band(points) is band


def test_band_edges_from_signs() -> None:
    assert bern_score([S.VENOUS_SINUS_ENGORGEMENT]).band is BernBand.LOW  # 2
    r3 = bern_score([S.VENOUS_SINUS_ENGORGEMENT, S.SUBDURAL_FLUID_COLLECTION])
    assert (r3.points, r3.band) == (3, BernBand.INTERMEDIATE)
    r4 = bern_score([S.VENOUS_SINUS_ENGORGEMENT, S.PACHYMENINGEAL_ENHANCEMENT])
    assert (r4.points, r4.band) == (4, BernBand.INTERMEDIATE)
    r5 = bern_score(
        [S.VENOUS_SINUS_ENGORGEMENT, S.PACHYMENINGEAL_ENHANCEMENT, S.PREPONTINE_CISTERN_EFFACED]
    )
    assert (r5.points, r5.band) == (5, BernBand.HIGH)


def test_duplicates_count_once_and_codes_are_accepted() -> None:
    assert bern_score(["subdural_fluid_collection", S.SUBDURAL_FLUID_COLLECTION]).points == 1
    assert bern_score([]).points == 0


def test_every_subset_scores_in_range() -> None:
    for n in range(len(S) + 1):
        for combo in itertools.combinations(S, n):
            result = bern_score(combo)
            assert result.points == sum(s.points for s in combo)
            assert result.band is bern_band(result.points)
    assert bern_score(S).points == 9


def test_out_of_range_points_are_refused() -> None:
    with pytest.raises(ValueError):
        bern_band(10)
    with pytest.raises(ValueError):
        bern_band(-1)
