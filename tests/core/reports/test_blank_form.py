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
    assert len(pages) == 3
    page_of = "Side {} af {}" if lang == "da" else "Page {} of {}"
    for number, page in enumerate(pages, start=1):
        assert page_of.format(number, 3) in flat(page)


def test_form_from_the_database_carries_the_department(report_db):
    text = pdf_text(blank_form_pdf("da"))
    assert DEPARTMENT in text
    assert "Tjekliste før proceduren" in text
