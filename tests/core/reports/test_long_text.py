"""Long text never makes the procedure record unprintable (issue 14 item 7): long cells wrap
and split across pages, the page header keeps the CPR number, and the services refuse texts
over the documented limits (``store.services.text_limits``). Read back with pypdf."""

from __future__ import annotations

import dataclasses

import pytest

from ebp_logger.errors import ValidationError
from ebp_logger.reports.procedure_record import (
    build_procedure_record,
    procedure_record_for_session,
)
from ebp_logger.store import settings
from ebp_logger.store.services import patients, procedure, queries, sessions
from ebp_logger.store.services.text_limits import NAME_MAX, NOTE_MAX

from .conftest import pdf_pages, pdf_text


def _with_long_texts(detail, name: str, note: str):
    """The session's detail with a long patient name and a long (voided) note, as an older
    database or an import may hold them."""
    p = dataclasses.replace(detail.session.patient, name=name)
    s = dataclasses.replace(detail.session, patient=p)
    voided = next(e for e in detail.events if e.meta.voided_at is not None)
    events = tuple(dataclasses.replace(e, note=note) if e is voided else e for e in detail.events)
    return dataclasses.replace(detail, session=s, events=events)


@pytest.mark.parametrize("spaced", [True, False], ids=["words", "one-long-word"])
def test_a_3000_character_name_and_a_5000_character_note_still_print(report_db, spaced):
    detail = queries.session_detail(report_db.danish)
    name = ("Zeta " * 600).strip() if spaced else "Z" * 3000
    note = ("qoph " * 1000).strip() if spaced else "q" * 5000
    data = build_procedure_record(_with_long_texts(detail, name, note), settings.load(), lang="da")
    pages = pdf_pages(data)
    text = "".join(pages)  # page headers come between the parts of a split cell
    assert text.count("q") == note.count("q")  # the whole note, over several pages
    assert text.count("Z") >= name.count("Z")  # the whole name in the body (the header shortens it)
    cpr = detail.session.patient.cpr_display
    assert all(cpr in page for page in pages)  # every page still says whose it is


def test_services_refuse_texts_over_the_limits(doctor, live_session):
    with pytest.raises(ValidationError) as refused:
        patients.register_patient(doctor, "0303881018", "N" * (NAME_MAX + 1), confirm_mod11=True)
    assert "at most 200 characters" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        procedure.record_event(doctor, live_session, "note", note="n" * (NOTE_MAX + 1))
    assert "2 001 characters" in str(refused.value) and "at most 2 000" in str(refused.value)
    with pytest.raises(ValidationError, match="at most 200"):
        sessions.create_session(
            doctor,
            1,
            indication="plph",
            patch_type="non_targeted",
            referring_neurologist="R" * 201,
        )
    eid = procedure.record_event(doctor, live_session, "note", note="kort")
    with pytest.raises(ValidationError, match="reason"):
        procedure.void_entry(doctor, "event", eid, "w" * (NOTE_MAX + 1))


def test_texts_at_the_limits_are_kept_whole_and_print(doctor, live_session):
    p = patients.register_patient(doctor, "0303881018", "Å" * NAME_MAX, confirm_mod11=True)
    assert len(p.name) == NAME_MAX
    note = ("lang bemærkning " * 200)[:NOTE_MAX]
    eid = procedure.record_event(doctor, live_session, "note", note=note)
    procedure.void_entry(doctor, "event", eid, "v" * 500)
    text = pdf_text(procedure_record_for_session(live_session, lang="da"))
    assert text.count("bemærkning") == note.count("bemærkning")
