"""A database with finished sessions for the PDF tests (built once per test module through the
services), and the text of a PDF as pypdf extracts it."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

DEPARTMENT = "Anæstesiologisk Afdeling, Testhospital"
ADDRESS = "Hospitalsvej 2, 8000 Aarhus C"
PHONE = "+45 11 22 33 44"
START = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped over two lines still matches."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    return flat(" ".join(pdf_pages(data)))


@dataclass(frozen=True)
class ReportDb:
    path: Path
    danish: int  # a finished session of a Danish-speaking patient
    english: int  # the same course for a patient whose sheet language is English
    doctor: object


def finish_session(doctor, nurse, sid: int, clock) -> None:
    """Vitals, events (a complication among them), two injections, a stop, end, 24 h score,
    discharge; then an injection, a vital and a set-up field corrected with reasons, a
    mistaken event voided."""
    from ebp_logger.store.services import procedure, sessions, ward

    procedure.record_vitals(doctor, sid, bp="122/76", spo2=98, heart_rate=68, rhythm="sinus")
    clock.advance(minutes=2)
    procedure.record_event(doctor, sid, "needle_in")
    clock.advance(minutes=1)
    procedure.record_event(doctor, sid, "loss_of_resistance", level="L3-L4")
    clock.advance(minutes=2)
    v2 = procedure.record_vitals(doctor, sid, bp="118/74", spo2=97, heart_rate=72)
    procedure.record_event(doctor, sid, "paraesthesia", note="kortvarig, højre ben")
    wrong = procedure.record_event(doctor, sid, "note", note="forkert patient")
    clock.advance(minutes=1)
    inj = procedure.record_injection(doctor, sid, 10)
    clock.advance(minutes=2)
    procedure.record_injection(doctor, sid, 8.5)
    clock.advance(minutes=1)
    procedure.record_stop(doctor, sid, "back_pain", "ondt i lænden")
    clock.advance(minutes=1)
    procedure.correct_injection(doctor, inj, 12, "aflæst forkert på sprøjten")
    procedure.correct_entry(doctor, "vital", v2, "tastefejl i puls", heart_rate=74)
    procedure.void_entry(doctor, "event", wrong, "skrevet på forkert forløb")
    sessions.correct_session(doctor, sid, "stuen blev skiftet", room_bed="Stue 4, seng 2")
    sessions.end_procedure(doctor, sid)
    clock.advance(hours=24)
    ward.record_score(nurse, sid, "h24", 0, 3)
    sessions.end_rest(nurse, sid)
    clock.advance(minutes=5)


def build_report_db(path: Path) -> ReportDb:
    from ebp_logger import clock as clock_mod
    from ebp_logger.store import settings
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import patients, sessions, ward
    from tests.conftest import FakeClock, answer_checklist_safely, create_staff

    clock = FakeClock(START)
    clock_mod.set_clock(clock)
    try:
        open_database(path)
        admin, doctor, nurse = create_staff()
        settings.save(
            admin, department_name=DEPARTMENT, department_address=ADDRESS, department_phone=PHONE
        )
        ids = []
        for cpr, name, lang in (
            ("120571-1003", "Test Patient Æblø Å", "da"),
            ("0303881018", "Test Patient Two", "en"),
        ):
            p = patients.register_patient(doctor, cpr, name, language=lang, confirm_mod11=True)
            sid = sessions.create_session(
                doctor,
                p.id,
                indication="plph",
                patch_type="non_targeted",
                referring_neurologist="Neurologisk Afd.",
            )
            answer_checklist_safely(doctor, sid)
            ward.record_score(doctor, sid, "baseline", 2, 8)
            sessions.start_procedure(doctor, sid)
            finish_session(doctor, nurse, sid, clock)
            ids.append(sid)
        close_database()
    finally:
        clock_mod.set_clock(None)
    return ReportDb(path, ids[0], ids[1], doctor)


@pytest.fixture(scope="module")
def report_db_file(tmp_path_factory) -> ReportDb:
    return build_report_db(tmp_path_factory.mktemp("reports") / "reports.sqlite")


@pytest.fixture
def report_db(report_db_file) -> ReportDb:
    """The module's database, open for this test."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    open_database(report_db_file.path)
    yield report_db_file
    close_database()
