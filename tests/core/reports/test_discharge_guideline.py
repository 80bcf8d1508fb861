"""The discharge sheet read against docs/clinical-rules.md "After the procedure": the guideline's
own words (minimise lifting, pain that fades, follow-up and no effect), the place of the patch
as recorded, the department's numbers, and no sheet for a procedure still under way."""

from __future__ import annotations

import dataclasses

import pytest

from ebp_logger.cli import run
from ebp_logger.errors import StateError
from ebp_logger.reports.discharge_sheet import build_discharge_sheet, discharge_sheet_for_session
from ebp_logger.store import settings
from ebp_logger.store.services import queries

from .conftest import pdf_pages, pdf_text

OUT_OF_HOURS = "+45 70 11 31 31"


def _sheet(report_db, lang: str, **conf_changes) -> str:
    detail = queries.session_detail(report_db.danish)
    conf = dataclasses.replace(settings.load(), **conf_changes)
    return pdf_text(build_discharge_sheet(detail, conf, lang))


def _at_level(detail, level: str):
    events = tuple(
        dataclasses.replace(e, level=level) if e.kind == "loss_of_resistance" else e
        for e in detail.events
    )
    return dataclasses.replace(detail, events=events)


@pytest.mark.parametrize(
    ("lang", "minimise", "ban"),
    [
        (
            "en",
            "Keep heavy lifting (more than 2.5 kg) and hard physical activity to a minimum",
            "Do not lift",
        ),
        (
            "da",
            "Begræns tunge løft (mere end 2,5 kg) og hård fysisk aktivitet mest muligt",
            "Løft ikke",
        ),
    ],
)
def test_lifting_is_minimised_not_forbidden(report_db, lang, minimise, ban):
    text = _sheet(report_db, lang)
    assert minimise in text
    assert ban not in text


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "en",
            [
                "If no doctor has called you 4 weeks after the treatment",
                "no effect at all, ring the department",
                "targeted blood patch or an operation",
            ],
        ),
        (
            "da",
            [
                "Har ingen læge ringet til dig 4 uger efter behandlingen",
                "slet ingen effekt haft, så ring til afdelingen",
                "målrettet blodpatch eller en operation",
            ],
        ),
    ],
)
def test_no_call_by_four_weeks_and_no_effect_at_all(report_db, lang, phrases):
    text = _sheet(report_db, lang)
    assert [p for p in phrases if p not in text] == []


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["often fades by itself within a couple of days", "new and severe", "weak"]),
        (
            "da",
            [
                "fortager sig ofte af sig selv inden for et par dage",
                "nye og stærke",
                "svage eller følelsesløse",
            ],
        ),
    ],
)
def test_expected_pain_fades_and_is_told_apart_from_the_emergency(report_db, lang, phrases):
    text = _sheet(report_db, lang)
    assert [p for p in phrases if p not in text] == []


@pytest.mark.parametrize(
    ("lang", "level", "place", "not_place"),
    [
        (
            "en",
            "L3–L4",
            "In the lower back (lumbar spine), between the vertebrae L3–L4",
            "thoracic",
        ),
        ("en", "T2–T3", "In the middle or upper back (thoracic spine)", "lower back"),
        (
            "da",
            "L3–L4",
            "I lænden (den nederste del af ryggen), mellem ryghvirvlerne L3–L4",
            "brysthvirvl",
        ),
        ("da", "T2–T3", "brysthvirvlerne), mellem ryghvirvlerne T2–T3", "lænden"),
    ],
)
def test_place_of_the_patch_as_recorded(report_db, lang, level, place, not_place):
    detail = _at_level(queries.session_detail(report_db.danish), level)
    text = pdf_text(build_discharge_sheet(detail, settings.load(), lang))
    assert place in text
    assert not_place not in text


@pytest.mark.parametrize(("lang", "line"), [("en", "call {n}."), ("da", "ring {n}.")])
def test_out_of_hours_number_beside_112(report_db, lang, line):
    text = _sheet(report_db, lang, out_of_hours_phone=OUT_OF_HOURS)
    assert line.format(n=OUT_OF_HOURS) in text and "112" in text
    without = _sheet(report_db, lang)
    assert OUT_OF_HOURS not in without and "lægevagten" in without


@pytest.mark.parametrize("lang", ["da", "en"])
def test_words_saved_as_the_phone_are_not_printed_as_the_number(report_db, lang):
    text = _sheet(report_db, lang, department_phone="call reception")
    assert "call reception" not in text
    assert "________________" in text  # a line to write the number on


@pytest.mark.parametrize("lang", ["da", "en"])
def test_still_one_page(report_db, lang):
    detail = queries.session_detail(report_db.danish)
    conf = dataclasses.replace(settings.load(), out_of_hours_phone=OUT_OF_HOURS)
    assert len(pdf_pages(build_discharge_sheet(detail, conf, lang))) == 1


@pytest.fixture
def in_progress(report_db):
    """A second patch of the Danish patient, started and not ended."""
    from ebp_logger.store.models import Session
    from ebp_logger.store.services import sessions
    from tests.conftest import answer_checklist_safely

    patient = queries.session_detail(report_db.danish).session.patient
    already = Session.get_or_none(  # the database is shared by the module's tests
        (Session.patient == patient.id) & (Session.status == "in_progress")
    )
    if already is not None:
        return already.id
    sid = sessions.create_session(
        report_db.doctor, patient.id, indication="plph", patch_type="non_targeted"
    )
    answer_checklist_safely(report_db.doctor, sid)
    sessions.start_procedure(report_db.doctor, sid)
    return sid


def test_no_sheet_while_the_procedure_is_in_progress(in_progress):
    with pytest.raises(StateError, match="once the procedure has ended"):
        discharge_sheet_for_session(in_progress, "da")


def test_cli_refuses_a_sheet_in_progress(report_db, in_progress, tmp_path, capsys, monkeypatch):
    from ebp_logger.store.database import close_database

    monkeypatch.setenv("EBP_LOGGER_PASSWORD", "doc-pass1")
    close_database()  # the command opens it itself
    out = tmp_path / "sheet.pdf"
    args = ["discharge-sheet", "--db", str(report_db.path), "--session", str(in_progress)]
    args += ["--user", "doc"]
    assert run([*args, "-o", str(out)]) == 2
    assert "once the procedure has ended" in capsys.readouterr().err
    assert not out.exists()
