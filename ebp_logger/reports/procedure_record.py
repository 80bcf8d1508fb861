"""The procedure record for the chart: everything recorded in a session, corrections and all.

Patient, operator, indication, type, checklist answers, headache scores, a chart of the vitals
with the cumulative volume, a table of every vital (one row per time, one column per vital),
injections, the stop, events and complications, ward observations, follow-up, and every
correction with its original and new value, who, when and why.

A long device recording (hours of 1 Hz values) stays readable: the chart is downsampled and
the table is shown at 5-minute resolution with a note saying so.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ebp_logger.clinical.bern import BernBand, BernSign, bern_band
from ebp_logger.clinical.checklist import DEFAULT_CHECKLIST, ChecklistItemDef
from ebp_logger.clinical.enums import (
    Component,
    EcgRhythm,
    EventKind,
    FollowUpDecision,
    FollowUpEffect,
    Indication,
    PatchType,
    ScoreTimepoint,
    SessionStatus,
    Sex,
    VitalSource,
)
from ebp_logger.clinical.labels import normalise_lang
from ebp_logger.clinical.limits import BP_INTERVAL
from ebp_logger.clinical.plausibility import estimated_mean_pressure
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.symptoms import AccompanyingSymptom, HeadacheFeature, Trigger
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import as_utc, to_local, utcnow
from ebp_logger.reports.charts import vitals_chart
from ebp_logger.reports.facts import HeaderCorrection, procedure_time, puncture_level
from ebp_logger.reports.layout import (
    PageDecor,
    Styles,
    build_pdf,
    content_width,
    data_table,
    esc,
    fmt_datetime,
    fmt_number,
    make_styles,
    pairs_table,
    section,
)
from ebp_logger.reports.texts import enum_label, tr
from ebp_logger.store.records import (
    BernRecord,
    ChecklistAnswerRecord,
    EntryMeta,
    EventRecord,
    FollowUpRecord,
    InjectionRecord,
    ObservationRecord,
    ScoreRecord,
    SessionDetail,
    StopRecordData,
    VitalRecord,
)
from ebp_logger.store.settings import AppSettings

BASE_SIZE = 9
# docs/clinical-rules.md "The procedure": blood pressure every 5 minutes; a long recording is tabulated
# at that resolution.
TABLE_BIN = BP_INTERVAL
# More reading times than this and the table is binned (a normal manual session has 5–30).
MAX_TABLE_ROWS = 150


_COMPLICATION_CODES = frozenset(k.value for k in EventKind if k.is_complication)
# Session set-up fields as the record names them.
_HEADER_FIELD_TEXT = {
    "indication": "indication",
    "indication_text": "indication",
    "referring_neurologist": "referring",
    "patch_type": "patch_type",
    "leak_level": "leak_level",
    "room_bed": "room_bed",
    "symptom_onset": "symptom_onset",
    "possible_cause": "possible_cause",
    "symptoms": "symptoms",
}


# --- small formatting helpers ----------------------------------------------------------------


def _yes_no(value: bool, lang: str) -> str:
    return tr("yes", lang) if value else tr("no", lang)


def _when(meta: EntryMeta, at: datetime, lang: str, clock: Callable[[datetime], str]) -> str:
    paper = f" {tr('paper_mark', lang)}" if meta.entered_from_paper else ""
    return f"{clock(at)}{paper}"


class _Clock:
    """Times for the tables: HH:MM when everything is on one local day, else the date too;
    with seconds where two readings share a minute."""

    def __init__(self, detail: SessionDetail, lang: str) -> None:
        stamps = [v.taken_at for v in detail.vitals] + [e.at for e in detail.events]
        stamps += [i.given_at for i in detail.injections] + [s.at for s in detail.stops]
        self.lang = lang
        self.one_day = len({to_local(t).date() for t in stamps}) <= 1

    def __call__(self, t: datetime, seconds: bool = False) -> str:
        text = to_local(t).strftime("%H:%M") if self.one_day else fmt_datetime(t, self.lang)
        return text + to_local(t).strftime(":%S") if seconds else text


def _bp(v: VitalRecord) -> str:
    return f"{v.systolic}/{v.diastolic}" if v.systolic is not None else ""


# --- descriptions of entries (for the corrections table) ------------------------------------


def _describe(item: object, lang: str) -> str:
    if isinstance(item, VitalRecord):
        parts = []
        if item.systolic is not None:
            parts.append(f"{tr('bp_short', lang)} {_bp(item)}")
        if item.heart_rate is not None:
            parts.append(f"{tr('hr_short', lang)} {item.heart_rate}")
        if item.spo2 is not None:
            parts.append(f"SpO2 {item.spo2}")
        if item.rhythm:
            parts.append(enum_label(item.rhythm, lang, EcgRhythm))
        return f"{fmt_datetime(item.taken_at, lang)}: " + ", ".join(parts)
    if isinstance(item, InjectionRecord):
        comp = enum_label(item.component, lang, Component)
        return f"{fmt_datetime(item.given_at, lang)}: {comp} {fmt_number(item.amount_ml, lang)} ml"
    if isinstance(item, EventRecord):
        text = enum_label(item.kind, lang, EventKind)
        extra = " ".join(x for x in (item.level, item.note) if x)
        return f"{fmt_datetime(item.at, lang)}: {text}" + (f" {extra}" if extra else "")
    if isinstance(item, StopRecordData):
        reason = enum_label(item.reason, lang, StopReason)
        extra = f" ({item.text})" if item.text else ""
        return f"{fmt_datetime(item.at, lang)}: {reason}{extra}"
    if isinstance(item, ScoreRecord):
        tp = enum_label(item.timepoint, lang, ScoreTimepoint)
        return f"{tp}: {tr('lying', lang)} {item.lying}, {tr('standing', lang)} {item.standing}"
    if isinstance(item, ChecklistAnswerRecord):
        detail = f" ({item.detail})" if item.detail else ""
        return f"{item.label}: {item.answer}{detail}"
    if isinstance(item, ObservationRecord):
        signs = ", ".join(enum_label(s, lang, WarningSign) for s in item.signs)
        return f"{fmt_datetime(item.observed_at, lang)}: {signs} {item.note}".strip()
    if isinstance(item, FollowUpRecord):
        eff = enum_label(item.effect, lang, FollowUpEffect)
        dec = enum_label(item.decision, lang, FollowUpDecision)
        return f"{fmt_datetime(item.contacted_at, lang)}: {eff}; {dec}"
    if isinstance(item, BernRecord):
        return f"{item.points} {tr('points', lang).lower()}"
    return str(item)


_KINDS: tuple[tuple[str, str], ...] = (
    ("checklist", "kind_checklist"),
    ("vitals", "kind_vital"),
    ("injections", "kind_injection"),
    ("events", "kind_event"),
    ("stops", "kind_stop"),
    ("scores", "kind_score"),
    ("observations", "kind_observation"),
    ("follow_ups", "kind_follow_up"),
    ("bern", "kind_bern"),
)


def correction_rows(
    detail: SessionDetail, lang: str, header: Sequence[HeaderCorrection] = ()
) -> list[list[str]]:
    """[entry, original, new, by, when, why] for every correction, void and artefact mark."""
    rows: list[tuple[datetime, list[str]]] = []
    for h in header:
        rows.append(
            (
                h.at,
                [
                    f"{tr('kind_session', lang)}: {tr(_HEADER_FIELD_TEXT[h.field], lang) if h.field in _HEADER_FIELD_TEXT else h.field}",
                    h.old,
                    h.new,
                    h.by,
                    fmt_datetime(h.at, lang),
                    h.reason,
                ],
            )
        )
    for attr, kind_key in _KINDS:
        items = getattr(detail, attr)
        by_id = {i.meta.id: i for i in items}
        kind = tr(kind_key, lang)
        for item in items:
            m = item.meta
            if m.supersedes is not None:
                old = by_id.get(m.supersedes)
                rows.append(
                    (
                        m.recorded_at,
                        [
                            kind,
                            _describe(old, lang) if old else f"#{m.supersedes}",
                            _describe(item, lang),
                            m.recorded_by,
                            fmt_datetime(m.recorded_at, lang),
                            m.correction_reason or "",
                        ],
                    )
                )
            if m.voided_at is not None:
                rows.append(
                    (
                        m.voided_at,
                        [
                            kind,
                            _describe(item, lang),
                            tr("voided", lang),
                            m.voided_by or "",
                            fmt_datetime(m.voided_at, lang),
                            m.void_reason or "",
                        ],
                    )
                )
            if isinstance(item, VitalRecord) and item.is_artefact:
                rows.append(
                    (
                        item.taken_at,
                        [
                            kind,
                            _describe(item, lang),
                            tr("artefact", lang),
                            "",
                            "",
                            item.artefact_reason or "",
                        ],
                    )
                )
    rows.sort(key=lambda r: as_utc(r[0]))
    return [r for _, r in rows]


# --- vitals table ---------------------------------------------------------------------------


def _binned_map(group: Sequence[VitalRecord], lang: str) -> str:
    maps = [m for v in group if (m := _map(v)) is not None]
    text = _summary([value for value, _ in maps])
    return f"{text} {tr('map_calc_mark', lang)}" if any(c for _, c in maps) else text


def _summary(values: Sequence[float]) -> str:
    """ "98" for one value (or all equal), else "97 (93–99)": median, lowest, highest."""
    if not values:
        return ""
    low, high = min(values), max(values)
    med = statistics.median(values)
    if low == high:
        return f"{low:g}"
    return f"{round(med):g} ({low:g}\u2013{high:g})"


def _map(v: VitalRecord) -> tuple[int, bool] | None:
    """The mean pressure and whether it is calculated: measured when the monitor (or the user)
    gave one, else the usual estimate (systolic + 2 × diastolic) / 3."""
    if v.mean is not None:
        return v.mean, False
    if v.systolic is not None and v.diastolic is not None:
        return estimated_mean_pressure(v.systolic, v.diastolic), True
    return None


def _map_text(v: VitalRecord, lang: str) -> str | None:
    m = _map(v)
    if m is None:
        return None
    return f"{m[0]} {tr('map_calc_mark', lang)}" if m[1] else str(m[0])


def map_is_calculated(vitals: Sequence[VitalRecord]) -> bool:
    """True when a shown mean pressure is calculated (the table then carries the note)."""
    return any((m := _map(v)) is not None and m[1] for v in vitals if v.meta.current)


def vitals_table_rows(
    vitals: Sequence[VitalRecord], lang: str, clock: _Clock
) -> tuple[list[list[str]], str | None]:
    """Rows [time, BP, MAP, HR, SpO2, rhythm, source] and a note when binned (else None).

    One row per reading time; more than MAX_TABLE_ROWS times and one row per 5 minutes.
    """
    current = [v for v in vitals if v.meta.current]
    by_time: dict[datetime, list[VitalRecord]] = {}
    for v in current:
        by_time.setdefault(as_utc(v.taken_at).replace(microsecond=0), []).append(v)
    if len(by_time) <= MAX_TABLE_ROWS:
        minutes = [clock(t) for t in by_time]
        seconds = len(set(minutes)) < len(minutes)  # two readings in one minute: show seconds
        rows = []
        for t in sorted(by_time):
            group = by_time[t]

            def cell(get: Callable[[VitalRecord], object], group=group) -> str:
                vals = [(get(v), v.is_artefact) for v in group if get(v) not in (None, "")]
                return ", ".join(f"{val}{'*' if art else ''}" for val, art in vals)

            paper = any(v.meta.entered_from_paper for v in group)
            rows.append(
                [
                    clock(t, seconds) + (f" {tr('paper_mark', lang)}" if paper else ""),
                    cell(lambda v: _bp(v) or None),
                    cell(lambda v: _map_text(v, lang)),
                    cell(lambda v: v.heart_rate),
                    cell(lambda v: v.spo2),
                    cell(lambda v: enum_label(v.rhythm, lang, EcgRhythm) if v.rhythm else None),
                    ", ".join(sorted({enum_label(v.source, lang, VitalSource) for v in group})),
                ]
            )
        return rows, None
    width = TABLE_BIN.total_seconds()
    bins: dict[datetime, list[VitalRecord]] = {}
    for v in current:
        if v.is_artefact:
            continue
        t = as_utc(v.taken_at)
        start = datetime.fromtimestamp(t.timestamp() // width * width, tz=t.tzinfo)
        bins.setdefault(start, []).append(v)
    rows = []
    for start in sorted(bins):
        group = bins[start]
        bps = [(v.systolic, v.diastolic) for v in group if v.systolic is not None]
        if len(bps) <= 2:
            bp = ", ".join(f"{s}/{d}" for s, d in bps)
        else:
            sys_med = round(statistics.median(s for s, _ in bps))
            dia_med = round(statistics.median(d for _, d in bps))
            bp = f"{sys_med}/{dia_med} (n={len(bps)})"
        rhythms = Counter(v.rhythm for v in group if v.rhythm)
        rows.append(
            [
                clock(start),
                bp,
                _binned_map(group, lang),
                _summary([v.heart_rate for v in group if v.heart_rate is not None]),
                _summary([v.spo2 for v in group if v.spo2 is not None]),
                ", ".join(enum_label(r, lang, EcgRhythm) for r, _ in rhythms.most_common()),
                ", ".join(sorted({enum_label(v.source, lang, VitalSource) for v in group})),
            ]
        )
    minutes = int(TABLE_BIN.total_seconds() // 60)
    return rows, tr("binned_note", lang, count=len(current), minutes=minutes)


# --- the document ----------------------------------------------------------------------------


def _symptom_labels(codes: Sequence[str], lang: str) -> str:
    return ", ".join(
        enum_label(c, lang, HeadacheFeature, AccompanyingSymptom, Trigger) for c in codes
    )


def _patient_block(detail: SessionDetail, lang: str) -> list[tuple[str, str]]:
    p = detail.session.patient
    return [
        (tr("name", lang), p.name),
        (tr("cpr", lang), p.cpr_display),
        (tr("birth_date", lang), p.birth_date.strftime("%d.%m.%Y" if lang == "da" else "%Y-%m-%d")),
        (tr("sex", lang), enum_label(p.sex, lang, Sex)),
        (tr("comorbidity", lang), p.comorbidity),
        (tr("medication", lang), p.medication),
        (tr("earlier_illnesses", lang), p.earlier_illnesses),
        (
            tr("sheet_language", lang),
            tr(f"lang_{p.language}", lang) if p.language in ("da", "en") else p.language,
        ),
    ]


def _session_block(detail: SessionDetail, lang: str) -> list[tuple[str, str]]:
    s = detail.session
    indication = enum_label(s.indication, lang, Indication)
    if s.indication_text:
        indication += f": {s.indication_text}"
    volume = (
        f"{fmt_number(s.blood_ml, lang)} ml "
        + enum_label(Component.BLOOD.value, lang, Component).lower()
    )
    if s.glue_ml:
        volume += (
            f", {fmt_number(s.glue_ml, lang)} ml "
            + enum_label(Component.FIBRIN_GLUE.value, lang, Component).lower()
        )
    return [
        (tr("session_no", lang), f"#{s.id}"),
        (tr("status", lang), enum_label(s.status, lang, SessionStatus)),
        (tr("indication", lang), indication),
        (tr("patch_type", lang), enum_label(s.patch_type, lang, PatchType)),
        (tr("attempt", lang), str(s.attempt_number)),
        (
            tr("previous_session", lang),
            f"#{s.previous_session_id}" if s.previous_session_id else "",
        ),
        (tr("referring", lang), s.referring_neurologist),
        (tr("operator", lang), s.operator),
        (tr("puncture_level", lang), puncture_level(detail)),
        (tr("leak_level", lang), s.leak_level),
        (tr("volume_total", lang), volume),
        (tr("room_bed", lang), s.room_bed),
        (
            tr("symptom_onset", lang),
            s.symptom_onset.strftime("%d.%m.%Y" if lang == "da" else "%Y-%m-%d")
            if s.symptom_onset
            else "",
        ),
        (tr("possible_cause", lang), s.possible_cause),
        (tr("symptoms", lang), _symptom_labels(s.symptoms, lang)),
        (tr("created", lang), fmt_datetime(s.created_at, lang)),
        (tr("started", lang), fmt_datetime(s.started_at, lang)),
        (tr("ended", lang), fmt_datetime(s.ended_at, lang)),
        (tr("rest_ended", lang), fmt_datetime(s.rest_ended_at, lang)),
        (tr("discharged_by", lang), s.discharged_by or ""),
        (tr("from_paper", lang), _yes_no(s.entered_from_paper, lang)),
    ]


def _scores(detail: SessionDetail, lang: str, st: Styles) -> list[Flowable]:
    """Every current score in time-point order; baseline and 24 h always have a row."""
    order = {tp.value: i for i, tp in enumerate(ScoreTimepoint)}
    current = detail.current_of(detail.scores)
    rows: list[tuple[int, list[str]]] = [
        (order[tp.value], [tp.label(lang), tr("not_recorded", lang), "", "", ""])
        for tp in (ScoreTimepoint.BASELINE, ScoreTimepoint.H24)
        if not any(s.timepoint == tp.value for s in current)
    ]
    for s in current:
        when = _when(s.meta, s.taken_at, lang, lambda t: fmt_datetime(t, lang))
        rows.append(
            (
                order.get(s.timepoint, len(order)),
                [
                    enum_label(s.timepoint, lang, ScoreTimepoint),
                    when,
                    str(s.lying),
                    str(s.standing),
                    s.meta.recorded_by,
                ],
            )
        )
    rows.sort(key=lambda r: r[0])
    head = [tr(k, lang) for k in ("timepoint", "time", "lying", "standing", "by")]
    w = content_width()
    widths = [w * f for f in (0.3, 0.25, 0.1, 0.1, 0.25)]
    return [data_table([head, *(r for _, r in rows)], widths, st)]


def _checklist(
    detail: SessionDetail, lang: str, st: Styles, defs: Sequence[ChecklistItemDef]
) -> list[Flowable]:
    by_key = {d.key: d for d in defs}
    rows = [[tr("question", lang), tr("answer", lang), tr("detail", lang), tr("by", lang)]]
    for a in detail.current_of(detail.checklist):
        d = by_key.get(a.item_key)
        answer = a.answer
        if a.answer in ("yes", "no"):
            answer = tr(a.answer, lang)
        elif d is not None and d.kind == "choice":
            answer = next((c.label(lang) for c in d.choices if c.code == a.answer), a.answer)
        question = d.label(lang) if d is not None else a.label
        rows.append([question, answer, a.detail, a.meta.recorded_by])
    if len(rows) == 1:
        return [Paragraph(esc(tr("none_recorded", lang)), st.body)]
    w = content_width()
    return [data_table(rows, [w * 0.5, w * 0.13, w * 0.15, w * 0.22], st)]


def _vitals(detail: SessionDetail, lang: str, st: Styles, clock) -> list[Flowable]:
    rows, note = vitals_table_rows(detail.vitals, lang, clock)
    if not rows:
        return [Paragraph(esc(tr("no_vitals", lang)), st.body)]
    head = [tr(k, lang) for k in ("time", "bp", "map", "hr", "spo2", "rhythm", "source")]
    if note:  # binned: the header (repeated on every page) says so too
        head[0] = tr("time_binned", lang, minutes=int(TABLE_BIN.total_seconds() // 60))
    w = content_width()
    widths = [w * f for f in (0.14, 0.17, 0.1, 0.14, 0.13, 0.18, 0.14)]
    out: list[Flowable] = []
    if note:
        out.append(Paragraph(esc(note), st.note))
    out.append(data_table([head, *rows], widths, st))
    if any(v.is_artefact and v.meta.current for v in detail.vitals) and note is None:
        out.append(Paragraph(esc(tr("artefact_note", lang)), st.note))
    if map_is_calculated(detail.vitals):
        out.append(Paragraph(esc(tr("map_calc_note", lang)), st.note))
    return out


def _injections(detail: SessionDetail, lang: str, st: Styles, clock) -> list[Flowable]:
    rows = [
        [
            tr("time", lang),
            tr("component", lang),
            tr("amount", lang),
            tr("cumulative", lang),
            tr("by", lang),
        ]
    ]
    totals: dict[str, float] = {}
    for inj in sorted(detail.current_of(detail.injections), key=lambda i: as_utc(i.given_at)):
        totals[inj.component] = round(totals.get(inj.component, 0.0) + inj.amount_ml, 1)
        rows.append(
            [
                _when(inj.meta, inj.given_at, lang, clock),
                enum_label(inj.component, lang, Component),
                fmt_number(inj.amount_ml, lang),
                fmt_number(totals[inj.component], lang),
                inj.meta.recorded_by,
            ]
        )
    if len(rows) == 1:
        return [Paragraph(esc(tr("none_recorded", lang)), st.body)]
    w = content_width()
    return [data_table(rows, [w * 0.16, w * 0.27, w * 0.15, w * 0.15, w * 0.27], st)]


def _stop(detail: SessionDetail, lang: str, st: Styles, clock) -> list[Flowable]:
    stop = detail.stop
    if stop is None:
        return [Paragraph(esc(tr("none_recorded", lang)), st.body)]
    pairs = [
        (tr("reason", lang), enum_label(stop.reason, lang, StopReason)),
        (tr("description", lang), stop.text),
        (tr("time", lang), _when(stop.meta, stop.at, lang, lambda t: fmt_datetime(t, lang))),
        (tr("blood_total", lang), fmt_number(stop.blood_ml, lang)),
        (tr("glue_total", lang), fmt_number(stop.glue_ml, lang) if stop.glue_ml else ""),
        (tr("by", lang), stop.meta.recorded_by),
    ]
    return [pairs_table(pairs, st)]


def _events(detail: SessionDetail, lang: str, st: Styles, clock) -> list[Flowable]:
    rows = [
        [tr("time", lang), tr("event", lang), tr("level", lang), tr("note", lang), tr("by", lang)]
    ]
    for e in detail.current_of(detail.events):
        label: object = enum_label(e.kind, lang, EventKind)
        if e.kind in _COMPLICATION_CODES:  # complications stand out
            text = f"{label} ({tr('complication', lang).lower()})"
            label = Paragraph(esc(text), st.cell_bold)
        rows.append([_when(e.meta, e.at, lang, clock), label, e.level, e.note, e.meta.recorded_by])
    if len(rows) == 1:
        return [Paragraph(esc(tr("none_recorded", lang)), st.body)]
    w = content_width()
    return [data_table(rows, [w * 0.13, w * 0.27, w * 0.1, w * 0.28, w * 0.22], st)]


def _observations(detail: SessionDetail, lang: str, st: Styles) -> list[Flowable]:
    obs = detail.current_of(detail.observations)
    if not obs:
        return []
    rows = [
        [
            tr("time", lang),
            tr("signs", lang),
            tr("note", lang),
            tr("by", lang),
            tr("acknowledged", lang),
        ]
    ]
    for o in obs:
        seen = f"{fmt_datetime(o.acknowledged_at, lang)} {o.acknowledged_by or ''}".strip()
        rows.append(
            [
                _when(o.meta, o.observed_at, lang, lambda t: fmt_datetime(t, lang)),
                ", ".join(enum_label(s, lang, WarningSign) for s in o.signs),
                o.note,
                o.meta.recorded_by,
                seen,
            ]
        )
    w = content_width()
    return section(
        tr("observations_section", lang),
        [data_table(rows, [w * 0.17, w * 0.33, w * 0.2, w * 0.13, w * 0.17], st)],
        st,
    )


def _follow_ups(detail: SessionDetail, lang: str, st: Styles) -> list[Flowable]:
    fus = detail.current_of(detail.follow_ups)
    if not fus:
        return []
    rows = [
        [
            tr("time", lang),
            tr("effect", lang),
            tr("lying", lang),
            tr("standing", lang),
            tr("recurrence", lang),
            tr("decision", lang),
            tr("note", lang),
            tr("by", lang),
        ]
    ]
    for f in fus:
        rows.append(
            [
                fmt_datetime(f.contacted_at, lang),
                enum_label(f.effect, lang, FollowUpEffect),
                "" if f.lying is None else str(f.lying),
                "" if f.standing is None else str(f.standing),
                _yes_no(f.recurrence, lang),
                enum_label(f.decision, lang, FollowUpDecision),
                f.note,
                f.meta.recorded_by,
            ]
        )
    w = content_width()
    widths = [w * f for f in (0.14, 0.12, 0.09, 0.09, 0.1, 0.17, 0.12, 0.17)]
    return section(tr("followup_section", lang), [data_table(rows, widths, st)], st)


def _bern(detail: SessionDetail, lang: str, st: Styles) -> list[Flowable]:
    items = detail.current_of(detail.bern)
    if not items:
        return []
    rows = [[tr("time", lang), tr("signs", lang), tr("points", lang)]]
    for b in items:
        band = bern_band(b.points)
        rows.append(
            [
                fmt_datetime(b.assessed_at, lang),
                ", ".join(enum_label(s, lang, BernSign) for s in b.signs),
                f"{b.points} ({enum_label(band.value, lang, BernBand)})",
            ]
        )
    w = content_width()
    return section(
        tr("bern_section", lang), [data_table(rows, [w * 0.17, w * 0.58, w * 0.25], st)], st
    )


def procedure_story(
    detail: SessionDetail,
    lang: str,
    st: Styles,
    *,
    checklist_defs: Sequence[ChecklistItemDef] = DEFAULT_CHECKLIST,
    header_corrections: Sequence[HeaderCorrection] = (),
) -> list[Flowable]:
    clock = _Clock(detail, lang)
    s = detail.session
    chart, info = vitals_chart(
        detail.vitals,
        detail.injections,
        lang=lang,
        width=content_width(),
        height=62 * mm,
        start=s.started_at,
        end=s.ended_at,
    )
    chart_part: list[Flowable] = [chart]
    if info.downsampled:
        chart_part.append(
            Paragraph(
                esc(tr("chart_downsampled", lang, shown=info.shown, count=info.count)), st.note
            )
        )
    corrections = correction_rows(detail, lang, header_corrections)
    w = content_width()
    corr: list[Flowable] = (
        [
            data_table(
                [
                    [tr(k, lang) for k in ("entry", "original", "new_value", "by", "when", "why")],
                    *corrections,
                ],
                [w * f for f in (0.12, 0.23, 0.2, 0.16, 0.11, 0.18)],
                st,
            )
        ]
        if corrections
        else [Paragraph(esc(tr("none_recorded", lang)), st.body)]
    )
    story: list[Flowable] = [
        Paragraph(esc(tr("record_title", lang)), st.title),
        *section(tr("patient_section", lang), [pairs_table(_patient_block(detail, lang), st)], st),
        *section(tr("session_section", lang), [pairs_table(_session_block(detail, lang), st)], st),
        *section(tr("scores_section", lang), _scores(detail, lang, st), st),
        *section(tr("checklist_section", lang), _checklist(detail, lang, st, checklist_defs), st),
        *section(tr("chart_section", lang), chart_part, st),
        *section(tr("injections_section", lang), _injections(detail, lang, st, clock), st),
        *section(tr("stop_section", lang), _stop(detail, lang, st, clock), st),
        *section(tr("events_section", lang), _events(detail, lang, st, clock), st),
        *_observations(detail, lang, st),
        *_follow_ups(detail, lang, st),
        *_bern(detail, lang, st),
        *section(tr("vitals_section", lang), _vitals(detail, lang, st, clock), st),
        *section(tr("corrections_section", lang), corr, st),
    ]
    if _any_paper(detail):
        story.append(Spacer(1, 4))
        story.append(Paragraph(esc(tr("paper_note", lang)), st.note))
    return story


def _any_paper(detail: SessionDetail) -> bool:
    return any(i.meta.entered_from_paper for attr, _ in _KINDS for i in getattr(detail, attr))


def build_procedure_record(
    detail: SessionDetail,
    conf: AppSettings,
    *,
    lang: str | None = None,
    printed_at: datetime | None = None,
    printed_by: str = "",
    checklist_defs: Sequence[ChecklistItemDef] = DEFAULT_CHECKLIST,
    header_corrections: Sequence[HeaderCorrection] = (),
) -> bytes:
    """The procedure record as PDF bytes (no database needed)."""
    lang = record_language(conf, lang)
    st = make_styles(BASE_SIZE)
    when = fmt_datetime(printed_at or utcnow(), lang)
    footer = (
        tr("printed_by", lang, when=when, who=printed_by)
        if printed_by
        else tr("printed", lang, when=when)
    )
    p = detail.session.patient
    decor = PageDecor(
        title=tr("record_title", lang),
        department=conf.department_name,
        department_detail=conf.department_address,
        logo=conf.department_logo or None,
        identity=(
            (tr("name", lang), p.name),
            (tr("cpr", lang), p.cpr_display),
            (tr("date", lang), fmt_datetime(procedure_time(detail), lang).split(" ")[0]),
            (tr("session_no", lang), f"#{detail.session.id}"),
        ),
        footer=f"{footer}  \u00b7  EBP Logger",
        page_of=tr("page_of", lang),
    )
    story = procedure_story(
        detail, lang, st, checklist_defs=checklist_defs, header_corrections=header_corrections
    )
    return build_pdf(story, decor, st)


def record_language(conf: AppSettings, lang: str | None = None) -> str:
    """The language asked for, else the department's, else Danish."""
    return normalise_lang(lang or conf.language or "da")


def procedure_record_for_session(
    session_id: int, *, lang: str | None = None, printed_by: str = ""
) -> bytes:
    """Read the session (every version of every entry) and build its record."""
    from ebp_logger.reports.data import read_record_inputs

    inputs = read_record_inputs(session_id)
    return build_procedure_record(
        inputs.detail,
        inputs.settings,
        lang=lang,
        printed_by=printed_by,
        checklist_defs=inputs.checklist_defs,
        header_corrections=inputs.header_corrections,
    )


__all__ = [
    "HeaderCorrection",
    "MAX_TABLE_ROWS",
    "TABLE_BIN",
    "build_procedure_record",
    "correction_rows",
    "procedure_record_for_session",
    "vitals_table_rows",
]
