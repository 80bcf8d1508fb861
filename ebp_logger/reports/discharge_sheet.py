"""The patient's discharge sheet: what was done, what to expect, what to avoid, and the
warning signs with the department's phone number (docs/clinical-rules.md "After the procedure").

Large, calm type for a reader with a headache; one page when it fits. All text comes from the
editable wording file of the language (see wording.py), all numbers from the clinical code.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ebp_logger.clinical.enums import PatchType
from ebp_logger.clinical.labels import normalise_lang
from ebp_logger.clinical.levels import is_thoracic
from ebp_logger.clinical.warning_signs import EMERGENCY_SIGNS, EXPECTED_SIDE_EFFECTS, REPORT_SIGNS
from ebp_logger.errors import StateError, ValidationError
from ebp_logger.i18n import _
from ebp_logger.reports.facts import procedure_time, puncture_level
from ebp_logger.reports.layout import (
    ALERT,
    PageDecor,
    Styles,
    balanced,
    boxed,
    build_pdf,
    column_width,
    columns,
    content_height,
    content_width,
    data_table,
    esc,
    make_styles,
    section,
    story_height,
)
from ebp_logger.reports.wording import Wording, load_wording
from ebp_logger.store.records import SessionDetail
from ebp_logger.store.settings import AppSettings

# Large, calm type for a patient with a headache; a little smaller only to keep to one page.
BASE_SIZES = (12.0, 11.5, 11.0, 10.5)


def sheet_language(detail: SessionDetail, lang: str | None = None) -> str:
    """The language asked for, else the patient's own (Danish by default)."""
    return normalise_lang(lang or detail.session.patient.language or "da")


# A number a patient can dial: digits with spaces, dashes, dots, brackets and a leading "+".
# The settings refuse anything else on save (metadata kind "phone"); the sheet checks again so
# a value saved before that check ("call reception") is never printed as the number to ring.
_PHONE_RE = re.compile(r"\+?[0-9][0-9 ().-]*[0-9]")


def usable_phone(value: str) -> str:
    """The phone number as typed when it is one, else ""."""
    text = (value or "").strip()
    digits = sum(c.isdigit() for c in text)
    # 3 digits and up: short national lines (1813) are real numbers; 20 as the settings allow.
    return text if _PHONE_RE.fullmatch(text) and 3 <= digits <= 20 else ""


def place_key(level: str) -> str:
    """ "lumbar", "thoracic" or "unknown": which plain-words text of the [place] section
    describes a recorded level (docs/clinical-rules.md "Targeted EBP": a patch may be thoracic)."""
    if not level:
        return "unknown"
    try:
        return "thoracic" if is_thoracic(level) else "lumbar"
    except ValidationError:
        return "unknown"


def require_ended(detail: SessionDetail) -> None:
    """The sheet tells the patient what was done and how the rest went: refuse it for a
    procedure that has not ended (it would describe a treatment still under way)."""
    if detail.session.ended_at is None:
        raise StateError(
            _(
                "The discharge sheet can be printed once the procedure has ended; session {id} has not ended (end the procedure first)."
            ).format(id=detail.session.id)
        )


class _Texts:
    """The wording with this sheet's values (phone, date, treatment, level, volumes) ready for
    every text, so a clinician may use any placeholder in any text."""

    def __init__(self, w: Wording, detail: SessionDetail, conf: AppSettings) -> None:
        s = detail.session
        self.w = w
        level = puncture_level(detail)
        self.out_of_hours = usable_phone(conf.out_of_hours_phone)
        self.values = {
            "phone": usable_phone(conf.department_phone) or w.text("page", "phone_missing"),
            "out_of_hours": self.out_of_hours,
            "department": conf.department_name,
            "date": w.date(procedure_time(detail)),
            "treatment": w.text("treatment", s.patch_type),
            "level": level or w.text("done", "level_unknown"),
            "place": w.text("place", place_key(level), level=level),
            "blood_ml": w.number(s.blood_ml),
            "glue_ml": w.number(s.glue_ml),
        }
        self.with_glue = s.patch_type == PatchType.TARGETED.value or bool(s.glue_ml)

    def __call__(self, section: str, key: str) -> str:
        return self.w.text(section, key, **self.values)


def _bullets(texts: list[str], st: Styles) -> list[Flowable]:
    return [Paragraph(esc(t), st.bullet, bulletText="\u2022") for t in texts]


def _what_was_done(t: _Texts, st: Styles) -> list[Flowable]:
    rows = [
        (t("done", "date"), t.values["date"]),
        (t("done", "treatment"), t.values["treatment"]),
        (t("done", "level"), t.values["place"]),
        (t("done", "volume"), t("done", "volume_blood_glue" if t.with_glue else "volume_blood")),
    ]
    label = 42 * mm
    cell = st.body.clone("done_cell", spaceAfter=0)  # full size: this is the patient's own data
    cells = [[Paragraph(esc(k), cell), Paragraph(esc(v), cell)] for k, v in rows]
    table = data_table(cells, [label, content_width() - label], st, header_rows=0, zebra=False)
    return [table, Spacer(1, st.base * 0.4), Paragraph(esc(t("done", "rest")), st.body)]


def _warning_box(t: _Texts, st: Styles) -> Flowable:
    pad = 8
    inner = content_width() - 2 * pad
    call = st.bold.clone(
        "call", fontSize=st.base * 1.5, leading=st.base * 1.9, spaceBefore=st.base * 0.6
    )
    heading = st.h1.clone("warning_heading", textColor=ALERT, spaceBefore=0)
    emergency = _bullets([t("warning_signs", s.code) for s in EMERGENCY_SIGNS], st)
    content: list[Flowable] = [
        Paragraph(esc(t("warning", "heading")), heading),
        columns(balanced([[f] for f in emergency], column_width(2, width=inner)), width=inner),
        Paragraph(esc(t("warning", "report_heading")), st.h2),
        *_bullets([t("warning_signs", s.code) for s in REPORT_SIGNS], st),
        Paragraph(esc(t("warning", "call")), call),
        # Guideline silent on out-of-hours contact: the department's own number (a setting).
        Paragraph(
            esc(t("warning", "out_of_hours" if t.out_of_hours else "out_of_hours_missing")),
            st.bold,
        ),
        Paragraph(esc(t("warning", "call_note")), st.body),
    ]
    return boxed(content, border=ALERT, width=2, padding=pad)


def _part(t: _Texts, key: str, st: Styles) -> list[Flowable]:
    return [Paragraph(esc(t(key, "heading")), st.h1), Paragraph(esc(t(key, "text")), st.body)]


def discharge_story(
    detail: SessionDetail, conf: AppSettings, w: Wording, st: Styles
) -> list[Flowable]:
    t = _Texts(w, detail, conf)
    expect = [
        Paragraph(esc(t("expect", "heading")), st.h1),
        Paragraph(esc(t("expect", "intro")), st.body),
        *_bullets([t("side_effects", e.code) for e in EXPECTED_SIDE_EFFECTS], st),
        Paragraph(esc(t("expect", "note")), st.body),
        # docs/clinical-rules.md "After the procedure": let the patient tell the expected pain
        # from the emergency signs (new severe pain, weakness, changed sensation).
        Paragraph(esc(t("expect", "tell_apart")), st.body),
    ]
    # docs/clinical-rules.md "After the procedure": follow-up at 2–4 weeks. What to do when no
    # call comes is the department's choice (the guideline is silent); what to do when the
    # patch had no effect follows §Repeat treatment and referral rules.
    follow_up = [
        *_part(t, "follow_up", st),
        Paragraph(esc(t("follow_up", "no_call")), st.body),
        Paragraph(esc(t("follow_up", "no_effect")), st.body),
    ]
    blocks = [expect, _part(t, "restrictions", st), follow_up, _part(t, "repeat", st)]
    return [
        Paragraph(esc(t("page", "title")), st.title),
        Paragraph(esc(t("page", "subtitle")), st.subtitle),
        *section(t("done", "heading"), _what_was_done(t, st), st),
        Spacer(1, st.base * 0.6),
        _warning_box(t, st),
        Spacer(1, st.base * 0.7),
        columns(balanced(blocks, column_width(2))),
    ]


# The size chosen for a wording, department and patch type; the patient's own values (name,
# date, level, volume) are too short to change it, so the sheets after the first skip the fit.
_fit_cache: dict[tuple, float] = {}


def _fitting_size(detail: SessionDetail, conf: AppSettings, w: Wording) -> float:
    """The largest base size whose story fits on one page (else the largest)."""
    key = (
        hash(tuple(w.texts.items())),
        w.lang,
        detail.session.patch_type,
        bool(detail.session.glue_ml),
        conf.department_name,
        conf.department_address,
        conf.department_phone,
        conf.out_of_hours_phone,
        place_key(puncture_level(detail)),
    )
    if key not in _fit_cache:
        fits = (
            base
            for base in BASE_SIZES
            if story_height(discharge_story(detail, conf, w, make_styles(base)), content_width())
            <= content_height(make_styles(base))
        )
        _fit_cache[key] = next(fits, BASE_SIZES[0])
    return _fit_cache[key]


def build_discharge_sheet(
    detail: SessionDetail,
    conf: AppSettings,
    lang: str | None = None,
    *,
    wording: Wording | None = None,
) -> bytes:
    """The discharge sheet as PDF bytes, in ``lang`` or else the patient's language.
    StateError while the procedure has not ended."""
    require_ended(detail)
    w = wording or load_wording(sheet_language(detail, lang))
    st = make_styles(_fitting_size(detail, conf, w))
    story = discharge_story(detail, conf, w, st)
    t = _Texts(w, detail, conf)
    patient = detail.session.patient
    contact = "  \u00b7  ".join(
        x for x in (conf.department_address.strip(), usable_phone(conf.department_phone)) if x
    )
    decor = PageDecor(
        title=t("page", "title"),
        department=conf.department_name,
        department_detail=contact,
        logo=conf.department_logo or None,
        identity=(
            (t("page", "name"), patient.name),
            (t("page", "cpr"), patient.cpr_display),
            (t("page", "date"), t.values["date"]),
        ),
        footer=conf.department_name,
        page_of=w.raw("page", "page_of"),
    )
    return build_pdf(story, decor, st)


def discharge_sheet_for_session(session_id: int, lang: str | None = None) -> bytes:
    """Read the session and the department settings, then build the sheet."""
    from ebp_logger.reports.data import read_session

    detail, conf = read_session(session_id)
    return build_discharge_sheet(detail, conf, lang)
