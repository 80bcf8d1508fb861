"""Realistic demo data: users, patients and sessions in every state, written through the
services (so the audit chain is real) on a clock moved back in time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from ebp_logger import clock
from ebp_logger.store import settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import checklist, patients, procedure, sessions, users, ward

DEMO_PASSWORD = "demo-pass"  # printed by the CLI; demo databases are throw-away

# Fictitious CPR numbers (modulus-11 valid, plus one that fails it but is accepted on confirm).
DEMO_PATIENTS = (
    ("1205711003", "Demopatient Ærø", "da"),
    ("0303881018", "Demopatient Østerå", "da"),
    ("2406651005", "Demo Patient Three", "en"),
    ("1507902000", "Demopatient Ålbæk", "da"),
)


@contextmanager
def _at(moment: datetime) -> Iterator[None]:
    clock.set_clock(lambda: moment)
    try:
        yield
    finally:
        clock.set_clock(None)


def _answer_checklist(actor: Actor, sid: int) -> None:
    for key, value in checklist.all_clear_answers().items():
        checklist.answer(actor, sid, key, value)


def _procedure(
    doc: Actor,
    sid: int,
    start: datetime,
    minutes: int,
    volumes: list[float],
    stop: str,
    stop_text: str = "",
) -> datetime:
    """Vitals every 5 minutes, events, injections, stop; returns the end time."""
    t = start
    with _at(t):
        sessions.start_procedure(doc, sid)
    plan = {0: "needle_in", 3: "loss_of_resistance", 4: "blood_drawn"}
    inj_at = {6 + 2 * i: v for i, v in enumerate(volumes)}
    for m in range(minutes + 1):
        now = start + timedelta(minutes=m, seconds=10)
        with _at(now):
            if m % 5 == 0:
                procedure.record_vitals(
                    doc,
                    sid,
                    bp=f"{122 - m // 5}/{76 + (m % 3)}",
                    spo2=98 - (m % 2),
                    heart_rate=68 + m % 7,
                    rhythm="sinus",
                )
            if m in plan:
                procedure.record_event(
                    doc, sid, plan[m], level="L3–L4" if plan[m] == "loss_of_resistance" else ""
                )
            if m in inj_at:
                procedure.record_injection(doc, sid, inj_at[m])
    end = start + timedelta(minutes=minutes, seconds=30)
    with _at(end):
        procedure.record_stop(doc, sid, stop, stop_text)
    with _at(end + timedelta(seconds=20)):
        sessions.end_procedure(doc, sid)
    return end


def create_demo(now: datetime | None = None) -> dict[str, int]:
    """Fill the open (empty) database; returns the ids of the interesting sessions."""
    now = now or clock.utcnow()
    t0 = now - timedelta(days=40)
    with _at(t0):
        admin_rec = users.create_first_administrator(
            "admin", "Department Administrator", DEMO_PASSWORD
        )
        admin = Actor(admin_rec.id, "admin", "administrator")
        settings.save(
            admin,
            department_name="Anæstesiologisk Afdeling, Demo Hospital",
            department_address="Hospitalsvej 1, 8000 Aarhus C",
            department_phone="+45 70 00 00 00",
        )
        d = users.create_user(
            admin, "doctor", "Demo Anaesthesiologist", "anaesthesiologist", DEMO_PASSWORD
        )
        n = users.create_user(admin, "nurse", "Demo Nurse", "nurse", DEMO_PASSWORD)
        checklist.seed_defaults()
    doc = Actor(d.id, "doctor", "anaesthesiologist")
    nurse = Actor(n.id, "nurse", "nurse")
    pids = []
    with _at(t0):
        for cpr, name, lang in DEMO_PATIENTS:
            pids.append(
                patients.register_patient(doc, cpr, name, language=lang, confirm_mod11=True).id
            )
    ids: dict[str, int] = {}

    # 1. Completed 31 days ago, discharged, followed up with a lasting effect.
    start = now - timedelta(days=31, hours=3)
    with _at(start - timedelta(minutes=20)):
        sid = sessions.create_session(
            doc,
            pids[0],
            indication="plph",
            patch_type="non_targeted",
            referring_neurologist="Neurologisk Afd.",
        )
        _answer_checklist(doc, sid)
        ward.record_score(doc, sid, "baseline", 2, 8)
    end = _procedure(doc, sid, start, 20, [10, 10, 5, 5], "back_pain")
    with _at(end + timedelta(hours=24)):
        ward.record_score(nurse, sid, "h24", 0, 2)
    with _at(end + timedelta(hours=24, minutes=10)):
        sessions.end_rest(nurse, sid)
    with _at(end + timedelta(days=21)):
        ward.record_follow_up(
            doc, sid, effect="lasting", decision="nothing_more", lying=0, standing=1
        )
    ids["completed"] = sid

    # 2. Completed 16 days ago: no effect → repeat considered, with a stop for radicular pain.
    start = now - timedelta(days=16, hours=2)
    with _at(start - timedelta(minutes=15)):
        sid = sessions.create_session(doc, pids[1], indication="sih", patch_type="non_targeted")
        _answer_checklist(doc, sid)
        ward.record_score(doc, sid, "baseline", 3, 9)
    end = _procedure(doc, sid, start, 15, [8, 6, 4], "radicular_pain")
    with _at(end + timedelta(hours=24, minutes=5)):
        ward.record_score(nurse, sid, "h24", 3, 8)
        sessions.end_rest(nurse, sid)
    with _at(end + timedelta(days=14)):
        ward.record_follow_up(doc, sid, effect="none", decision="targeted_ebp", lying=3, standing=8)
    ids["no_effect"] = sid

    # 3. In supine rest: ended 23 hours ago (a nurse's 24 h score is due soon).
    start = now - timedelta(hours=23, minutes=30)
    with _at(start - timedelta(minutes=15)):
        sid = sessions.create_session(doc, pids[2], indication="plph", patch_type="non_targeted")
        _answer_checklist(doc, sid)
        ward.record_score(doc, sid, "baseline", 1, 7)
    _procedure(doc, sid, start, 25, [10, 10, 10], "increased_headache")
    ids["supine_rest"] = sid

    # 4. In progress: started 12 minutes ago.
    start = now - timedelta(minutes=12)
    with _at(start - timedelta(minutes=10)):
        sid = sessions.create_session(
            doc, pids[3], indication="sih", patch_type="non_targeted", room_bed="OP-STUE-2"
        )
        _answer_checklist(doc, sid)
        ward.record_score(doc, sid, "baseline", 2, 8)
    with _at(start):
        sessions.start_procedure(doc, sid)
    for m, bp in ((0, "128/80"), (5, "124/78"), (10, "119/75")):
        with _at(start + timedelta(minutes=m, seconds=5)):
            procedure.record_vitals(
                doc, sid, bp=bp, spo2=98, heart_rate=72 - m // 5, rhythm="sinus"
            )
    with _at(start + timedelta(minutes=1)):
        procedure.record_event(doc, sid, "needle_in")
    with _at(start + timedelta(minutes=4)):
        procedure.record_event(doc, sid, "loss_of_resistance", level="L2–L3")
    with _at(start + timedelta(minutes=8)):
        procedure.record_injection(doc, sid, 10)
    with _at(start + timedelta(minutes=11)):
        procedure.record_injection(doc, sid, 5)
    ids["in_progress"] = sid
    return ids
