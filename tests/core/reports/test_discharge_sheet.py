"""The discharge sheet: every field equals the database value; every warning sign and every
number of docs/clinical-rules.md "After the procedure" is on it, in Danish and in English."""

from __future__ import annotations

import dataclasses

import pytest

from ebp_logger.clinical.limits import (
    FOLLOW_UP_WINDOW,
    LIFT_LIMIT_KG,
    REPEAT_MIN_INTERVAL,
    RESTRICTION_PERIOD,
    SUPINE_REST,
)
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.reports.discharge_sheet import build_discharge_sheet, discharge_sheet_for_session
from ebp_logger.reports.wording import load_wording
from ebp_logger.store import settings
from ebp_logger.store.services import queries

from .conftest import DEPARTMENT, PHONE, flat, pdf_pages, pdf_text

# Written out by hand (not read from the wording files), so a file that loses a sign or a
# number fails here. One entry per emergency sign of the guideline, the rebound headache and
# the case report's seizure / drowsiness / confusion.
EXPECTED = {
    "da": [
        "Søg akut lægehjælp",
        "stærke smerter i ryggen",
        "stærke smerter i benene",
        "Nedsat kraft i benene",
        "ændret følelse i benene",
        "urin eller afføring",
        "lade vandet",
        "kvalme",
        "Feber",
        "Krampeanfald",
        "sløvhed",
        "forvirring",
        "ny hovedpine",
        "forstyrret syn",
        "2,5 kg",
        "hård fysisk aktivitet",
        "2 uger",
        "2–4 uger",
        "24 timer",
        "tidligst 2 uger",
        "Ring til afdelingen",
    ],
    "en": [
        "Seek emergency medical help",
        "severe pain in the back",
        "severe pain in the legs",
        "Weaker legs",
        "changed feeling in the legs",
        "urine or stool",
        "cannot pass urine",
        "nausea",
        "Fever",
        "seizure",
        "drowsiness",
        "confusion",
        "new headache",
        "disturbed vision",
        "2.5 kg",
        "hard physical activity",
        "2 weeks",
        "2–4 weeks",
        "24 hours",
        "at the earliest 2 weeks",
        "Call the department",
    ],
}


@pytest.fixture
def sheets(report_db):
    return {lang: discharge_sheet_for_session(report_db.danish, lang) for lang in ("da", "en")}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_sign_and_number_in_both_languages(sheets, lang):
    text = pdf_text(sheets[lang])
    missing = [phrase for phrase in EXPECTED[lang] if phrase not in text]
    assert not missing, missing
    w = load_wording(lang)
    for sign in WarningSign:
        assert flat(w.text("warning_signs", sign.code)) in text, sign
    if lang == "da":
        for letters in ("æ", "ø", "å"):
            assert letters in text
        assert "Test Patient Æblø Å" in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_numbers_come_from_the_clinical_limits(sheets, lang):
    text = pdf_text(sheets[lang])
    kg = f"{LIFT_LIMIT_KG:g}".replace(".", "," if lang == "da" else ".")
    assert f"{kg} kg" in text
    weeks = "uger" if lang == "da" else "weeks"
    low, high = (w.days // 7 for w in FOLLOW_UP_WINDOW)
    assert f"{low}–{high} {weeks}" in text
    assert f"{RESTRICTION_PERIOD.days // 7} {weeks}" in text
    assert f"{REPEAT_MIN_INTERVAL.days // 7} {weeks}" in text
    hours = "timer" if lang == "da" else "hours"
    assert f"{int(SUPINE_REST.total_seconds() // 3600)} {hours}" in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_fields_equal_the_database(sheets, report_db, lang):
    detail = queries.session_detail(report_db.danish)
    s, p = detail.session, detail.session.patient
    w = load_wording(lang)
    pages = pdf_pages(sheets[lang])
    for page in pages:  # name, CPR and date on every page
        page = flat(page)
        assert p.name in page and p.cpr_display in page
        assert w.date(s.started_at) in page
    text = pdf_text(sheets[lang])
    assert s.blood_ml == 20.5  # 12 (corrected from 10) + 8.5
    volume = "20,5" if lang == "da" else "20.5"
    assert f"{volume} ml" in text
    assert "L3–L4" in text
    assert flat(w.text("treatment", s.patch_type)) in text
    assert DEPARTMENT in text and PHONE in text
    assert w.date(s.started_at) in text


def test_danish_date_format_and_default_language(sheets, report_db):
    detail = queries.session_detail(report_db.danish)
    assert detail.session.patient.language == "da"
    local = detail.session.started_at.astimezone()
    assert local.strftime("%d.%m.%Y") in pdf_text(sheets["da"])
    default = discharge_sheet_for_session(report_db.danish)  # the patient's language
    assert "Søg akut lægehjælp" in pdf_text(default)


def test_patient_language_english_gives_english(report_db):
    assert queries.session_detail(report_db.english).session.patient.language == "en"
    text = pdf_text(discharge_sheet_for_session(report_db.english))
    assert "Seek emergency medical help" in text
    assert "Søg akut" in pdf_text(discharge_sheet_for_session(report_db.english, "da"))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_page(sheets, lang):
    assert len(pdf_pages(sheets[lang])) == 1


def test_builds_without_a_database(report_db):
    detail = queries.session_detail(report_db.danish)
    conf = settings.load()
    from ebp_logger.store.database import close_database

    close_database()
    data = build_discharge_sheet(detail, conf, "en")
    assert data.startswith(b"%PDF-")
    assert detail.session.patient.name in pdf_text(data)


def test_missing_phone_leaves_a_line_to_write_it(report_db):
    detail = queries.session_detail(report_db.danish)
    conf = dataclasses.replace(settings.load(), department_phone="")
    text = pdf_text(build_discharge_sheet(detail, conf, "da"))
    assert "skriv afdelingens telefonnummer her" in text


def test_broken_logo_is_ignored(report_db, tmp_path):
    detail = queries.session_detail(report_db.danish)
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    conf = dataclasses.replace(settings.load(), department_logo=str(bad))
    assert build_discharge_sheet(detail, conf, "da").startswith(b"%PDF-")


def test_any_placeholder_may_be_used_in_any_text(report_db, tmp_path):
    from ebp_logger.reports import wording

    text = (
        wording.wording_path("en")
        .read_text(encoding="utf-8")
        .replace(
            "to hear how you are and to judge the effect.",
            "to hear how you are. Questions before then: {department}, {phone}.",
        )
    )
    path = tmp_path / "discharge_en.ini"
    path.write_text(text, encoding="utf-8")
    edited = wording.load_wording_file(path, "en")
    detail = queries.session_detail(report_db.danish)
    data = build_discharge_sheet(detail, settings.load(), "en", wording=edited)
    assert f"Questions before then: {DEPARTMENT}, {PHONE}." in pdf_text(data)
