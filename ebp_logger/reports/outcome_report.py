"""The outcome report (PDF): the department's figures for a period, with the response
definitions spelt out and the guideline's literature figures beside them (never as targets).

Built from an :class:`~ebp_logger.store.outcomes.OutcomeOverview` on the shared page layout
(reports.layout); the chart is drawn with reportlab.graphics, so no Qt is needed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ebp_logger.clinical.enums import EventKind, FollowUpEffect
from ebp_logger.clinical.labels import Label, normalise_lang
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import utcnow
from ebp_logger.i18n import _
from ebp_logger.reports.layout import (
    FONT,
    MUTED,
    PageDecor,
    Styles,
    build_pdf,
    content_width,
    data_table,
    esc,
    fmt_datetime,
    fmt_number,
    make_styles,
    section,
)
from ebp_logger.store.outcomes import (
    NOT_FOLLOWED_UP,
    REFERENCE_FIGURES,
    GroupResponse,
    OutcomeOverview,
    Rate,
)
from ebp_logger.store.settings import AppSettings

BASE_SIZE = 10
OURS = colors.HexColor("#1565c0")
LITERATURE = colors.HexColor("#b0b8c1")

T = {
    "title": Label("Outcome overview", "Resultatopgørelse"),
    "subtitle": Label(
        "Epidural blood patch (EBP): the department's own records",
        "Epidural blodpatch (EBP): afdelingens egne registreringer",
    ),
    "period": Label("Period", "Periode"),
    "printed": Label("Printed", "Udskrevet"),
    "page_of": Label("Page {page} of {pages}", "Side {page} af {pages}"),
    "footer": Label(
        "EBP Logger outcome overview: literature figures are for orientation, not targets",
        "EBP Logger resultatopgørelse: litteraturtal er til orientering, ikke mål",
    ),
    "summary": Label("Summary", "Overblik"),
    "patients": Label("Patients", "Patienter"),
    "patches": Label("Patches", "Blodpatches"),
    "definitions": Label("How response is counted", "Sådan opgøres respons"),
    "response": Label("Response", "Respons"),
    "group": Label("Group", "Gruppe"),
    "good_24h": Label("Good response at 24 h", "God respons efter 24 t"),
    "not_evaluable": Label("Not evaluable", "Kan ikke vurderes"),
    "good_fu": Label("Good response at follow-up", "God respons ved opfølgning"),
    "effect": Label(
        "Effect at follow-up (lasting / temporary / none / not yet)",
        "Effekt ved opfølgning (varig / midlertidig / ingen / endnu ikke)",
    ),
    "literature": Label("Literature", "Litteratur"),
    "chart": Label("Good response at 24 h, per group", "God respons efter 24 t, pr. gruppe"),
    "ours": Label("This department", "Afdelingen"),
    "lit_series": Label("Literature (not a target)", "Litteratur (ikke et mål)"),
    "no_data": Label("none evaluable", "ingen kan vurderes"),
    "stops": Label("Why the injection stopped", "Hvorfor injektionen blev stoppet"),
    "reason": Label("Reason", "Årsag"),
    "count": Label("Patches", "Antal"),
    "no_stop": Label("No stop recorded", "Intet stop registreret"),
    "complications": Label("Complications and warning signs", "Komplikationer og advarselstegn"),
    "complication": Label("During the procedure", "Under proceduren"),
    "warning_sign": Label("Warning signs on the ward", "Advarselstegn på afdelingen"),
    "any": Label("Patches with any", "Blodpatches med mindst én"),
    "references": Label("Literature figures", "Litteraturtal"),
    "figure": Label("Figure", "Tal"),
    "source": Label("Source", "Kilde"),
    "none_in_period": Label(
        "No patches were started in this period.", "Ingen blodpatches i perioden."
    ),
}


def _t(key: str, lang: str) -> str:
    return T[key].text(lang)


def _pct(value: float | None, lang: str) -> str:
    return "" if value is None else f"{fmt_number(round(value), lang)} %"


def rate_text(rate: Rate, lang: str) -> str:
    """ "3 of 4 (75 %)", or a dash when nothing could be judged."""
    if rate.evaluable == 0:
        return "–"
    of = "af" if normalise_lang(lang) == "da" else "of"
    return f"{rate.good} {of} {rate.evaluable} ({_pct(rate.percent, lang)})"


def effects_text(group: GroupResponse) -> str:
    counts = dict(group.effects)
    order = (FollowUpEffect.LASTING, FollowUpEffect.TEMPORARY, FollowUpEffect.NONE)
    return " / ".join(str(counts.get(e.value, 0)) for e in order) + (
        f" / {counts.get(NOT_FOLLOWED_UP, 0)}"
    )


def _response_table(ov: OutcomeOverview, st: Styles, lang: str) -> Flowable:
    head = [
        _t("group", lang),
        _t("count", lang),
        _t("good_24h", lang),
        _t("not_evaluable", lang),
        _t("good_fu", lang),
        _t("effect", lang),
        _t("literature", lang),
    ]
    rows = [head]
    for g in (ov.overall, *ov.groups):
        rows.append(
            [
                g.label.text(lang),
                str(g.patches),
                rate_text(g.at_24h, lang),
                str(g.at_24h.not_evaluable),
                rate_text(g.at_follow_up, lang),
                effects_text(g),
                f"{_pct(g.reference.percent, lang)} ({g.reference.label.text(lang)})"
                if g.reference
                else "",
            ]
        )
    w = content_width()
    widths = [w * f for f in (0.15, 0.09, 0.14, 0.1, 0.14, 0.16, 0.22)]
    return data_table(rows, widths, st)


def response_chart(
    ov: OutcomeOverview, lang: str, width: float, height: float = 75 * mm
) -> Drawing:
    """Bars: the department's 24 h response per group beside the literature figure, if any."""
    groups = [ov.overall, *ov.groups]
    d = Drawing(width, height)
    legend = Legend()
    legend.x, legend.y = 36, height - 4
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 170
    legend.colorNamePairs = [(OURS, _t("ours", lang)), (LITERATURE, _t("lit_series", lang))]
    d.add(legend)
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 58  # room below for slanted group names
    chart.width, chart.height = width - 44, height - 58 - 30
    chart.data = [
        [g.at_24h.percent for g in groups],
        [g.reference.percent if g.reference else None for g in groups],
    ]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.categoryAxis.categoryNames = [g.label.text(lang) for g in groups]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 25
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -3
    chart.bars[0].fillColor = OURS
    chart.bars[1].fillColor = LITERATURE
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.0f %%"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.groupSpacing = 8
    d.add(chart)
    for i, g in enumerate(groups):  # say why a bar is missing rather than leave a gap
        if g.at_24h.evaluable == 0:
            x = chart.x + chart.width * (i + 0.25) / len(groups)
            d.add(
                String(
                    x,
                    chart.y + 3,
                    _t("no_data", lang),
                    fontName=FONT,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    return d


def _count_table(
    pairs: list[tuple[str, int]], head: str, st: Styles, lang: str, width: float
) -> Flowable:
    rows = [[head, _t("count", lang)], *([label, str(n)] for label, n in pairs)]
    return data_table(rows, [width * 0.8, width * 0.2], st)


def outcome_story(ov: OutcomeOverview, st: Styles, lang: str) -> list[Flowable]:
    w = content_width()
    story: list[Flowable] = [
        Paragraph(esc(_t("title", lang)), st.title),
        Paragraph(esc(_t("subtitle", lang)), st.subtitle),
    ]
    summary = data_table(
        [[_t("patients", lang), str(ov.patients)], [_t("patches", lang), str(ov.patches)]],
        [w * 0.3, w * 0.15],
        st,
        header_rows=0,
        zebra=False,
    )
    story += section(_t("summary", lang), [summary], st)
    if ov.patches == 0:
        story.append(Paragraph(esc(_t("none_in_period", lang)), st.body))
    defs = [
        Paragraph(esc(ov.response_definition.text(lang)), st.body),
        Paragraph(esc(ov.follow_up_definition.text(lang)), st.body),
    ]
    story += section(_t("definitions", lang), defs, st)
    story += section(
        _t("response", lang),
        [
            _response_table(ov, st, lang),
            Spacer(1, 4 * mm),
            Paragraph(esc(_t("chart", lang)), st.h2),
            response_chart(ov, lang, w),
            Paragraph(esc(ov.literature_note.text(lang)), st.note),
        ],
        st,
    )
    stops = [(StopReason(code).label(lang), n) for code, n in ov.stop_reasons if n]
    if ov.no_stop_recorded:
        stops.append((_t("no_stop", lang), ov.no_stop_recorded))
    story += section(_t("stops", lang), [_count_table(stops, _t("reason", lang), st, lang, w)], st)
    comp = [(EventKind(code).label(lang), n) for code, n in ov.complications]
    comp.append((_t("any", lang), ov.patches_with_complication))
    signs = [(WarningSign(code).label(lang), n) for code, n in ov.warning_signs if n]
    signs.append((_t("any", lang), ov.patches_with_warning_sign))
    story += section(
        _t("complications", lang),
        [
            _count_table(comp, _t("complication", lang), st, lang, w),
            Spacer(1, 3 * mm),
            _count_table(signs, _t("warning_sign", lang), st, lang, w),
        ],
        st,
    )
    refs = [[_t("figure", lang), "%", _t("source", lang)]] + [
        [r.label.text(lang), _pct(r.percent, lang), r.source] for r in REFERENCE_FIGURES
    ]
    story += section(
        _t("references", lang),
        [
            data_table(refs, [w * 0.45, w * 0.1, w * 0.45], st),
            Paragraph(esc(ov.literature_note.text(lang)), st.note),
        ],
        st,
    )
    return story


def _period(ov: OutcomeOverview, lang: str) -> str:
    fmt = "%d.%m.%Y" if normalise_lang(lang) == "da" else "%Y-%m-%d"
    return f"{ov.start.strftime(fmt)} – {ov.end.strftime(fmt)}"


def build_outcome_report(ov: OutcomeOverview, conf: AppSettings, lang: str = "en") -> bytes:
    """The outcome overview as PDF bytes."""
    lang = normalise_lang(lang)
    st = make_styles(BASE_SIZE)
    contact = "  \u00b7  ".join(
        x for x in (conf.department_address.strip(), conf.department_phone.strip()) if x
    )
    decor = PageDecor(
        title=_t("title", lang),
        department=conf.department_name,
        department_detail=contact,
        logo=conf.department_logo or None,
        identity=(
            (_t("period", lang), _period(ov, lang)),
            (_t("printed", lang), fmt_datetime(utcnow(), lang)),
        ),
        footer=_t("footer", lang),
        page_of=_t("page_of", lang),
    )
    return build_pdf(outcome_story(ov, st, lang), decor, st)


def write_outcome_report(path: str | Path, start: date, end: date, lang: str = "en") -> Path:
    """Read the figures in one snapshot (any thread) and write the PDF to ``path``."""
    from ebp_logger.errors import StorageError
    from ebp_logger.reports.data import read_snapshot
    from ebp_logger.store import outcomes, settings

    with read_snapshot():
        ov, conf = outcomes.overview(start, end), settings.load()
    data = build_outcome_report(ov, conf, lang)
    target = Path(path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise StorageError(
            _("Could not write {path}: {error}. Choose another folder or file name.").format(
                path=str(target), error=str(exc.strerror or exc)
            )
        ) from exc
    return target
