"""The blank paper form: every field of a session, printed empty, in both languages."""

from __future__ import annotations

import pytest

from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST
from ebp_logger.clinical.enums import EventKind, Indication, PatchType
from ebp_logger.clinical.limits import GUIDELINE_NON_TARGETED_MAX_ML
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.reports.blank_form import blank_form_pdf, build_blank_form

from .conftest import DEPARTMENT, flat, pdf_pages, pdf_text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_field_is_on_the_form(lang):
    data = build_blank_form(lang=lang)
    text = pdf_text(data)
    for item in DEFAULT_CHECKLIST:
        assert flat(item.label(lang)) in text, item.key
    for enum in (PatchType, StopReason):
        for member in enum:
            assert flat(member.label(lang)) in text, member
    for member in (Indication.SIH, Indication.PLPH):
        assert member.label(lang) in text
    for kind in EventKind:
        if kind.is_complication or kind in (EventKind.NEEDLE_IN, EventKind.LOSS_OF_RESISTANCE):
            assert kind.label(lang) in text
    assert f"{GUIDELINE_NON_TARGETED_MAX_ML:g} ml" in text
    words = {
        "da": ("Navn:", "CPR:", "Dato:", "indtastet fra papir", "Underskrift", "Hovedpinescore"),
        "en": ("Name:", "CPR:", "Date:", "entered from paper", "Signature", "Headache score"),
    }[lang]
    for word in words:
        assert word in text
    pages = pdf_pages(data)
    assert len(pages) == 4  # the fourth, the rest on the ward, goes with the patient
    page_of = "Side {} af {}" if lang == "da" else "Page {} of {}"
    for number, page in enumerate(pages, start=1):
        assert page_of.format(number, 4) in flat(page)


def test_form_from_the_database_carries_the_department(report_db):
    text = pdf_text(blank_form_pdf("da"))
    assert DEPARTMENT in text
    assert "Tjekliste før proceduren" in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "2 h after",
                "6 h after",
                "24 h score (counts 20–28 h after)",
                "Warning signs during the rest",
                "Doctor called / action taken",
            ],
        ),
        (
            "da",
            [
                "2 timer efter",
                "6 timer efter",
                "24 t-score (tæller 20–28 timer efter)",
                "Advarselstegn under hvilen",
                "Læge tilkaldt / handling",
            ],
        ),
    ],
)
def test_department_checkpoints_and_warning_signs_on_the_rest_page(lang, words):
    from ebp_logger.clinical.warning_signs import WarningSign
    from ebp_logger.store.settings import AppSettings

    conf = AppSettings(department_name=DEPARTMENT, checkpoint_hours=(2, 6))
    pages = pdf_pages(build_blank_form(conf, lang))
    rest = flat(pages[-1])
    assert [w for w in words if w not in rest] == []
    assert [s for s in WarningSign if flat(s.label(lang)) not in rest] == []
    assert all(DEPARTMENT in flat(p) for p in pages)


def test_form_without_a_department_leaves_a_line_for_it():
    text = pdf_text(build_blank_form(lang="en"))
    assert "Department: ____" in text
