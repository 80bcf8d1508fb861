"""The procedure record's MAP column: the measured mean when there is one, else the usual
estimate (systolic + 2 × diastolic) / 3 marked as calculated, with a note saying so."""

from __future__ import annotations

import dataclasses

import pytest

from ebp_logger.reports.procedure_record import (
    _Clock,
    procedure_record_for_session,
    vitals_table_rows,
)
from ebp_logger.store.services import queries

from .conftest import pdf_text

MAP_COLUMN = 2


@pytest.mark.parametrize(("lang", "mark"), [("en", "calc."), ("da", "beregn.")])
def test_map_is_filled_in_every_row_with_a_blood_pressure(report_db, lang, mark):
    detail = queries.session_detail(report_db.danish)
    rows, _ = vitals_table_rows(detail.vitals, lang, _Clock(detail, lang))
    assert rows and all(row[MAP_COLUMN] for row in rows)
    assert rows[0][1] == "122/76" and rows[0][MAP_COLUMN] == f"91 {mark}"  # (122 + 152) / 3
    text = pdf_text(procedure_record_for_session(report_db.danish, lang=lang))
    assert f"{mark} = " in text and "/ 3" in text


def test_a_measured_mean_is_shown_as_measured(report_db):
    detail = queries.session_detail(report_db.danish)
    first, *rest = detail.vitals
    measured = dataclasses.replace(detail, vitals=(dataclasses.replace(first, mean=95), *rest))
    rows, _ = vitals_table_rows(measured.vitals, "en", _Clock(measured, "en"))
    assert rows[0][MAP_COLUMN] == "95"
