"""The outcome PDF: figures, response definitions and literature labelled as such."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from ebp_logger.reports.outcome_report import build_outcome_report, write_outcome_report
from ebp_logger.store import outcomes, settings
from ebp_logger.store.services.demo import create_demo

pytestmark = pytest.mark.both_backends


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_pdf_states_definitions_figures_and_literature(db_path):
    create_demo()
    ov = outcomes.overview(date(2000, 1, 1), date(2999, 12, 31))
    text = " ".join(_text(build_outcome_report(ov, settings.load(), "en")).split())
    assert "Anæstesiologisk Afdeling, Demo Hospital" in text
    assert outcomes.RESPONSE_24H.en.split(":")[0] in text  # "Response at 24 h"
    assert "at least 50 % lower" in text and "not targets" in text
    assert "1 of 2 (50 %)" in text  # the demo: one good (8 → 2), one not (9 → 8)
    assert "64 %" in text and "ref 39" in text
    assert "Page 1 of" in text
    da = " ".join(_text(build_outcome_report(ov, settings.load(), "da")).split())
    assert "Resultatopgørelse" in da and "1 af 2 (50 %)" in da


def test_empty_period_and_written_file(db_path, tmp_path):
    create_demo()
    out = write_outcome_report(tmp_path / "o.pdf", date(1999, 1, 1), date(1999, 12, 31))
    text = _text(out.read_bytes())
    assert "No patches were started in this period." in text
