"""The procedure record: fields equal the database, corrections show original and new value
with who, when and why; 8 hours of 1 Hz monitor values still make a readable record."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import timedelta

import pytest

from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST
from ebp_logger.clinical.enums import Indication, PatchType, ScoreTimepoint
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clock import to_local
from ebp_logger.reports.layout import fmt_datetime
from ebp_logger.reports.procedure_record import (
    MAX_TABLE_ROWS,
    _Clock,
    build_procedure_record,
    procedure_record_for_session,
    vitals_table_rows,
)
from ebp_logger.store import settings
from ebp_logger.store.records import EntryMeta, VitalRecord
from ebp_logger.store.services import queries

from .conftest import START, flat, pdf_pages, pdf_text

LABELS = {
    "en": {"page": "Page {} of {}", "paper": "(paper)", "binned": "Time (5 min)"},
    "da": {"page": "Side {} af {}", "paper": "(papir)", "binned": "Tid (5 min)"},
}


def hhmm(t) -> str:
    return to_local(t).strftime("%H:%M")


@pytest.fixture(params=["da", "en"])
def record(request, report_db):
    lang = request.param
    data = procedure_record_for_session(report_db.danish, lang=lang, printed_by="Test Nurse")
    return lang, data, queries.session_detail(report_db.danish)


def test_header_fields_equal_the_database(record):
    lang, data, detail = record
    s, p = detail.session, detail.session.patient
    text = pdf_text(data)
    for value in (
        p.name,
        p.cpr_display,
        s.operator,
        s.referring_neurologist,
        s.room_bed,
        Indication(s.indication).label(lang),
        PatchType(s.patch_type).label(lang),
        fmt_datetime(s.started_at, lang),
        fmt_datetime(s.ended_at, lang),
        fmt_datetime(s.rest_ended_at, lang),
        s.discharged_by,
    ):
        assert flat(value) in text, value
    assert s.operator == "Test Anaesthesiologist" and s.discharged_by == "Test Nurse"
    pages = pdf_pages(data)
    for number, page in enumerate(pages, start=1):
        page = flat(page)
        assert p.name in page and p.cpr_display in page
        assert LABELS[lang]["page"].format(number, len(pages)) in page


def test_checklist_and_scores(record):
    lang, data, detail = record
    text = pdf_text(data)
    defs = {d.key: d for d in DEFAULT_CHECKLIST}
    for answer in detail.current_of(detail.checklist):
        assert flat(defs[answer.item_key].label(lang)) in text
    yes, no = ("Ja", "Nej") if lang == "da" else ("Yes", "No")
    assert yes in text and no in text
    for tp in (ScoreTimepoint.BASELINE, ScoreTimepoint.H24):
        score = detail.score(tp.value)
        row = (
            f"{tp.label(lang)} {fmt_datetime(score.taken_at, lang)} {score.lying} {score.standing}"
        )
        assert row in text, row


def test_vitals_injections_stop_and_events(record):
    lang, data, detail = record
    text = pdf_text(data)
    for v in detail.current_of(detail.vitals):
        assert f"{hhmm(v.taken_at)} {v.systolic}/{v.diastolic}" in text
        assert str(v.heart_rate) in text
    num = (lambda x: f"{x:g}".replace(".", ",")) if lang == "da" else (lambda x: f"{x:g}")
    total = 0.0
    for inj in detail.current_of(detail.injections):
        total += inj.amount_ml
        assert f"{hhmm(inj.given_at)}" in text
        assert f"{num(inj.amount_ml)} {num(total)}" in text
    stop = detail.stop
    assert StopReason(stop.reason).label(lang) in text and stop.text in text
    assert fmt_datetime(stop.at, lang) in text and num(stop.blood_ml) in text
    assert "L3–L4" in text
    complication = "Paræstesi (komplikation)" if lang == "da" else "Paraesthesia (complication)"
    assert complication in text
    assert "kortvarig, højre ben" in text


def test_corrections_show_original_new_who_when_why(record):
    lang, data, detail = record
    text = pdf_text(data)
    for reason in (
        "aflæst forkert på sprøjten",
        "tastefejl i puls",
        "skrevet på forkert forløb",
        "stuen blev skiftet",
    ):
        assert reason in text
    blood = "Autologt blod" if lang == "da" else "Autologous blood"
    assert f"{blood} 10 ml" in text and f"{blood} 12 ml" in text  # original and new
    hr = "Puls" if lang == "da" else "HR"
    assert f"{hr} 72" in text and f"{hr} 74" in text
    assert ("annulleret" if lang == "da" else "voided") in text
    corrected = [i for i in detail.injections if i.meta.supersedes is not None][0]
    assert fmt_datetime(corrected.meta.recorded_at, lang) in text
    assert "Stue 4, seng 2" in text


def _device_vitals(start, seconds: int) -> tuple[VitalRecord, ...]:
    out = []
    for i in range(seconds):
        at = start + timedelta(seconds=i)
        meta = EntryMeta(i + 1, at, "monitor", False, None, None, None, None, None, None)
        bp = {}
        if i % 300 == 0:
            bp = dict(systolic=120 - i // 3000, diastolic=75, mean=90)
        spo2 = 92 if 10_000 <= i < 10_020 else 97 + i % 3
        hr = 70 + int(5 * math.sin(i / 300))
        out.append(
            VitalRecord(
                meta,
                at,
                "device",
                spo2,
                hr,
                "sinus",
                bp.get("systolic"),
                bp.get("diastolic"),
                bp.get("mean"),
            )
        )
    return tuple(out)


def test_eight_hours_of_1hz_device_vitals_stay_readable(report_db):
    detail = queries.session_detail(report_db.danish)
    conf = settings.load()
    seconds = 8 * 3600
    start = START.replace(minute=0)
    long = dataclasses.replace(
        detail,
        vitals=_device_vitals(start, seconds),
        session=dataclasses.replace(
            detail.session, started_at=start, ended_at=start + timedelta(seconds=seconds)
        ),
    )
    data = build_procedure_record(long, conf, lang="en")
    pages = pdf_pages(data)
    assert 3 <= len(pages) <= 8
    text = pdf_text(data)
    assert f"{seconds} vital-sign readings are shown at 5-minute resolution" in text
    assert "Time (5 min)" in text
    assert re.search(r"The chart shows \d+ of \d+ points", text)
    rows, note = vitals_table_rows(long.vitals, "en", _Clock(long, "en"))
    assert note is not None and len(rows) == seconds // 300
    assert [r[0] for r in rows[:3]] == [hhmm(start + timedelta(minutes=m)) for m in (0, 5, 10)]
    assert any("(92–" in r[4] for r in rows)  # the short desaturation still shows
    assert hhmm(start + timedelta(minutes=5)) in text
    assert not re.search(rf"\b{hhmm(start + timedelta(minutes=1))} 1[0-9]{{2}}/", text)


def test_short_recording_is_one_row_per_time(report_db):
    detail = queries.session_detail(report_db.danish)
    vitals = _device_vitals(START, MAX_TABLE_ROWS)
    rows, note = vitals_table_rows(vitals, "da", _Clock(detail, "da"))
    assert note is None and len(rows) == MAX_TABLE_ROWS
    assert rows[1][0].count(":") == 2  # readings share a minute: seconds shown


def test_artefact_and_paper_entries_are_marked(report_db):
    detail = queries.session_detail(report_db.danish)
    first, *rest = detail.vitals
    marked = dataclasses.replace(
        first,
        artefact_reason="sensor faldt af",
        meta=dataclasses.replace(first.meta, entered_from_paper=True),
    )
    changed = dataclasses.replace(detail, vitals=(marked, *rest))
    text = pdf_text(build_procedure_record(changed, settings.load(), lang="da"))
    assert f"{hhmm(first.taken_at)} (papir) {first.systolic}/{first.diastolic}*" in text
    assert "markeret som artefakt" in text and "sensor faldt af" in text
    assert "indtastet bagefter fra papirskemaet" in text
