"""The blank paper form for downtime: the fields of a session printed empty, with boxes to tick
and lines to write on, in the order they are entered into EBP Logger afterwards (where the
entries are marked as entered from paper).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST, ChecklistItemDef
from ebp_logger.clinical.enums import (
    Component,
    EcgRhythm,
    EventKind,
    Indication,
    PatchType,
)
from ebp_logger.clinical.labels import normalise_lang
from ebp_logger.clinical.limits import BP_INTERVAL, DEFAULT_VOLUME_LIMITS, SUPINE_REST
from ebp_logger.clinical.schedule import DEFAULT_SCORE_24H_WINDOW
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.reports.layout import (
    ChoiceBoxes,
    PageDecor,
    Styles,
    WriteLine,
    build_pdf,
    content_width,
    data_table,
    esc,
    fmt_number,
    make_styles,
    section,
)
from ebp_logger.reports.texts import tr
from ebp_logger.store.settings import AppSettings

BASE_SIZE = 10
WRITE_ROW = 8 * mm  # room for a handwritten entry
VITALS_ROWS = 18  # 90 minutes at one row per 5 minutes
INJECTION_ROWS = 6
EVENT_ROWS = 5


def _blank_rows(head: Sequence[str], count: int) -> list[list[str]]:
    return [list(head), *([""] * len(head) for _ in range(count))]


def _fields(labels: Sequence[str], st: Styles, widths: Sequence[float]) -> Flowable:
    """Label above an empty writing line, side by side."""
    rows = [list(labels), [""] * len(labels)]
    return data_table(rows, widths, st, header_rows=1, zebra=False, row_height=WRITE_ROW)


def _answer_cell(item: ChecklistItemDef, lang: str, st: Styles) -> Flowable | str:
    if item.kind == "yes_no":
        return ChoiceBoxes([tr("yes", lang), tr("no", lang)], st.cell.fontSize)
    if item.kind == "choice":
        return ChoiceBoxes([c.label(lang) for c in item.choices], st.cell.fontSize)
    return WriteLine(content_width() * 0.36)  # text or time: written on a line


def _checklist(defs: Sequence[ChecklistItemDef], lang: str, st: Styles) -> Flowable:
    keys = {d.key: d for d in defs}
    rows: list[list[object]] = [[tr("question", lang), tr("answer", lang)]]
    for d in defs:
        question = d.label(lang)
        if d.applies_if is not None:  # a follow-up question: say when it applies
            parent = keys.get(d.applies_if[0])
            cond = tr("yes", lang) if d.applies_if[1] == "yes" else d.applies_if[1]
            if parent is not None and parent.kind == "choice":
                cond = next(
                    (c.label(lang) for c in parent.choices if c.code == d.applies_if[1]), cond
                )
            question = f"\u2192 ({cond}) {question}"
        rows.append([Paragraph(esc(question), st.cell), _answer_cell(d, lang, st)])
    w = content_width()
    return data_table(rows, [w * 0.58, w * 0.42], st, zebra=False)


WARNING_ROWS = 4


def blank_form_story(
    lang: str,
    st: Styles,
    defs: Sequence[ChecklistItemDef] = DEFAULT_CHECKLIST,
    conf: AppSettings | None = None,
) -> list[Flowable]:
    """Page 1: set-up, checklist, baseline score. Page 2: events, injections, stop.
    Page 3: the vitals grid. Page 4 (goes with the patient to the ward): the scores at the
    department's checkpoints and at 24 h, warning signs during the rest, discharge, signatures."""
    conf = conf or AppSettings()
    w = content_width()
    size = st.cell.fontSize
    limits = DEFAULT_VOLUME_LIMITS
    low, high = limits.non_targeted_typical
    bp_minutes = int(BP_INTERVAL.total_seconds() // 60)
    rest_hours = int(SUPINE_REST.total_seconds() // 3600)
    other = tr("other_specify", lang) + " " + "_" * 22
    score_head = [
        tr("time", lang),
        f"{tr('lying', lang)} ({tr('nrs_hint', lang)})",
        f"{tr('standing', lang)} ({tr('nrs_hint', lang)})",
        tr("by", lang),
    ]

    def grid(head: Sequence[str], count: int, fractions: Sequence[float]) -> Flowable:
        return data_table(
            _blank_rows(head, count),
            [w * f for f in fractions],
            st,
            zebra=False,
            row_height=WRITE_ROW,
        )

    story: list[Flowable] = [
        Paragraph(esc(tr("form_title", lang)), st.title),
        Paragraph(esc(tr("form_intro", lang)), st.subtitle),
    ]
    story += section(
        tr("session_section", lang),
        [
            Paragraph(esc(tr("indication", lang)), st.bold),
            ChoiceBoxes(
                [i.label(lang) for i in Indication if i is not Indication.OTHER] + [other], size
            ),
            Paragraph(esc(tr("patch_type", lang)), st.bold),
            ChoiceBoxes([p.label(lang) for p in PatchType], size),
            _fields(
                [tr(k, lang) for k in ("operator", "referring", "room_bed", "attempt")],
                st,
                [w * 0.3, w * 0.3, w * 0.2, w * 0.2],
            ),
            _fields(
                [tr(k, lang) for k in ("leak_level", "symptom_onset", "possible_cause")],
                st,
                [w * 0.25, w * 0.25, w * 0.5],
            ),
        ],
        st,
    )
    story += section(tr("checklist_section", lang), [_checklist(defs, lang, st)], st)
    story += section(tr("score_baseline", lang), [grid(score_head, 1, [0.25] * 4)], st)

    story.append(PageBreak())
    story += section(
        tr("events_section", lang),
        [
            Paragraph(esc(tr("bp_every", lang, minutes=bp_minutes)), st.note),
            _fields(
                [tr("started", lang)]
                + [
                    EventKind(k).label(lang)
                    for k in ("needle_in", "loss_of_resistance", "blood_drawn")
                ]
                + [tr("level", lang)],
                st,
                [w * 0.2] * 5,
            ),
            Paragraph(esc(tr("complication", lang)), st.bold),
            ChoiceBoxes([k.label(lang) for k in EventKind if k.is_complication], size),
            grid(
                [tr(k, lang) for k in ("time", "event", "note", "by")],
                EVENT_ROWS,
                [0.15, 0.3, 0.4, 0.15],
            ),
        ],
        st,
    )
    components = " / ".join(c.label(lang) for c in Component)
    volume_note = tr(
        "volume_max",
        lang,
        max_ml=fmt_number(limits.non_targeted_max_ml, lang),
        low=fmt_number(low, lang),
        high=fmt_number(high, lang),
    )
    story += section(
        tr("injections_section", lang),
        [
            Paragraph(esc(volume_note), st.note),
            grid(
                [
                    tr("time", lang),
                    f"{tr('component', lang)} ({components})",
                    tr("amount", lang),
                    tr("cumulative", lang),
                    tr("by", lang),
                ],
                INJECTION_ROWS,
                [0.14, 0.34, 0.16, 0.16, 0.2],
            ),
        ],
        st,
    )
    story += section(
        tr("stop_section", lang),
        [
            ChoiceBoxes([r.label(lang) for r in StopReason], size),
            _fields(
                [tr(k, lang) for k in ("stop_time", "blood_total", "glue_total", "end_time")],
                st,
                [w * 0.25] * 4,
            ),
            _fields([tr("description", lang)], st, [w]),
        ],
        st,
    )

    story.append(PageBreak())
    rhythms = " / ".join(r.label(lang) for r in EcgRhythm)
    story += section(
        tr("vitals_section", lang),
        [
            grid(
                [tr(k, lang) for k in ("time", "bp", "hr", "spo2", "rhythm", "by")],
                VITALS_ROWS,
                [0.14, 0.2, 0.14, 0.14, 0.24, 0.14],
            ),
            Paragraph(esc(f"{tr('rhythm', lang)}: {rhythms}"), st.note),
        ],
        st,
    )
    story.append(PageBreak())
    # The department's checkpoints (a setting) and the 24-hour score inside its window (a
    # setting; docs/clinical-rules.md "The procedure"  says "24 h after").
    low_h, high_h = (int(x.total_seconds() // 3600) for x in DEFAULT_SCORE_24H_WINDOW)
    low_h, high_h = conf.score_24h_from_hours or low_h, conf.score_24h_to_hours or high_h
    whens = [
        tr("checkpoint_at", lang, hours=h)
        for h in sorted(set(conf.checkpoint_hours))
        if 0 < h < rest_hours
    ]
    whens += [tr("h24_at", lang, low=low_h, high=high_h), tr("other_time", lang)]
    score_rows = [[tr("score_when", lang), *score_head], *([x, "", "", "", ""] for x in whens)]
    story += section(
        tr("rest_section", lang),
        [
            Paragraph(esc(tr("rest_note", lang, hours=rest_hours)), st.note),
            Paragraph(esc(tr("rest_scores", lang)), st.bold),
            data_table(
                score_rows,
                [w * f for f in (0.28, 0.16, 0.2, 0.2, 0.16)],
                st,
                zebra=False,
                row_height=WRITE_ROW,
            ),
        ],
        st,
    )
    story += section(
        tr("warning_section", lang),
        [
            Paragraph(esc(tr("warning_note", lang)), st.note),
            ChoiceBoxes([s.label(lang) for s in WarningSign], size),
            grid(
                [tr(k, lang) for k in ("time", "signs_seen", "action_taken", "by")],
                WARNING_ROWS,
                [0.14, 0.36, 0.36, 0.14],
            ),
        ],
        st,
    )
    story += section(
        tr("discharge_section", lang),
        [
            _fields([tr(k, lang) for k in ("rest_ended", "discharged_by")], st, [w * 0.5] * 2),
            ChoiceBoxes(
                [tr("discharge_sheet_given", lang), tr("lang_da", lang), tr("lang_en", lang)], size
            ),
        ],
        st,
    )
    story += section(
        tr("signature", lang),
        [_fields([tr("operator", lang), tr("entered_by", lang)], st, [w * 0.5] * 2)],
        st,
    )
    return story


def build_blank_form(
    conf: AppSettings | None = None,
    lang: str | None = "da",
    *,
    checklist_defs: Sequence[ChecklistItemDef] = DEFAULT_CHECKLIST,
) -> bytes:
    """The empty paper form as PDF bytes (Danish unless asked otherwise)."""
    conf = conf or AppSettings()
    lang = normalise_lang(lang or conf.language or "da")
    st = make_styles(BASE_SIZE)
    decor = PageDecor(
        title=tr("form_title", lang),
        # No department saved (a form printed without the database): a line to write it on.
        department=conf.department_name.strip() or tr("department_blank", lang),
        department_detail=" \u00b7 ".join(
            x for x in (conf.department_address.strip(), conf.department_phone.strip()) if x
        ),
        logo=conf.department_logo or None,
        identity=((tr("name", lang), None), (tr("cpr", lang), None), (tr("date", lang), None)),
        footer=conf.department_name.strip() or "EBP Logger",
        page_of=tr("page_of", lang),
    )
    return build_pdf(blank_form_story(lang, st, checklist_defs, conf), decor, st)


def blank_form_pdf(lang: str | None = None) -> bytes:
    """The form with the department's header and its own checklist questions."""
    from ebp_logger.reports.data import read_form_inputs

    conf, defs = read_form_inputs()
    return build_blank_form(conf, lang, checklist_defs=defs)
