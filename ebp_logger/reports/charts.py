"""The procedure record's chart: vital signs and the cumulative injected volume over time,
drawn with reportlab.graphics (no Qt), downsampled so a long device recording stays light.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from ebp_logger.clinical.enums import Component
from ebp_logger.clock import as_utc, to_local
from ebp_logger.reports.layout import FONT, MUTED, RULE
from ebp_logger.reports.texts import enum_label, tr
from ebp_logger.store.records import InjectionRecord, VitalRecord

# The trend plot's colours (colour-blind safe), so screen and paper look alike.
COLORS = {
    "spo2": colors.HexColor("#1565c0"),
    "heart_rate": colors.HexColor("#2e7d32"),
    "systolic": colors.HexColor("#c62828"),
    "diastolic": colors.HexColor("#ef6c00"),
    Component.BLOOD.value: colors.HexColor("#6a1b9a"),
    Component.FIBRIN_GLUE.value: colors.HexColor("#8d6e63"),
}
# A gap this long in a series is drawn as a gap, not bridged by a line.
GAP = timedelta(minutes=15)
MAX_POINTS = 600  # per series; beyond this the series is downsampled (min and max kept)
_TIME_STEPS_MIN = (1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360)


@dataclass
class Series:
    key: str
    label: str
    points: list[tuple[float, float]]  # (seconds since the chart's start, value)
    right_axis: bool = False
    step: bool = False
    color: colors.Color = field(default_factory=lambda: colors.black)


@dataclass(frozen=True)
class ChartInfo:
    """How many points there were and how many the chart draws."""

    count: int
    shown: int

    @property
    def downsampled(self) -> bool:
        return self.shown < self.count


def downsample(points: Sequence[tuple[float, float]], max_points: int) -> list[tuple[float, float]]:
    """At most ``max_points`` points: the lowest and highest of each stretch, in time order, so
    a short desaturation or a blood-pressure drop still shows."""
    n = len(points)
    if n <= max_points:
        return list(points)
    buckets = max(1, max_points // 2)
    out: list[tuple[float, float]] = []
    for b in range(buckets):
        chunk = points[b * n // buckets : (b + 1) * n // buckets]
        if not chunk:
            continue
        low = min(chunk, key=lambda p: p[1])
        high = max(chunk, key=lambda p: p[1])
        out.extend(sorted({low, high}))
    return out


def _nice_ceil(value: float, step: float) -> float:
    return math.ceil(value / step) * step


def build_series(
    vitals: Sequence[VitalRecord], injections: Sequence[InjectionRecord], t0: datetime, lang: str
) -> list[Series]:
    """Series from current, non-artefact vitals and current injections."""
    start = as_utc(t0)

    def x(at: datetime) -> float:
        return (as_utc(at) - start).total_seconds()

    named = {
        "systolic": tr("systolic", lang),
        "diastolic": tr("diastolic", lang),
        "heart_rate": tr("hr", lang),
        "spo2": tr("spo2", lang),
    }
    out = []
    for key, label in named.items():
        pts = [
            (x(v.taken_at), float(getattr(v, key))) for v in vitals if getattr(v, key) is not None
        ]
        if pts:
            pts.sort()
            out.append(Series(key, label, pts, color=COLORS[key]))
    totals: dict[str, float] = {}
    steps: dict[str, list[tuple[float, float]]] = {}
    for inj in sorted(injections, key=lambda i: i.given_at):
        totals[inj.component] = totals.get(inj.component, 0.0) + inj.amount_ml
        steps.setdefault(inj.component, [(x(inj.given_at), 0.0)]).append(
            (x(inj.given_at), round(totals[inj.component], 1))
        )
    for comp, pts in steps.items():
        label = f"{enum_label(comp, lang, Component)} (ml)"
        color = COLORS.get(comp, colors.grey)
        out.append(Series(comp, label, pts, right_axis=True, step=True, color=color))
    return out


def _time_ticks(t0: datetime, span_s: float) -> list[tuple[float, str]]:
    """Ticks on whole local clock minutes, at most about 10."""
    span_min = max(span_s / 60, 1)
    step = next((s for s in _TIME_STEPS_MIN if span_min / s <= 10), _TIME_STEPS_MIN[-1])
    local = to_local(t0)
    m0 = local.hour * 60 + local.minute + local.second / 60
    first = math.ceil(m0 / step) * step
    ticks = []
    k = 0
    while (first + k * step - m0) * 60 <= span_s:
        minute = int(first + k * step)
        ticks.append(((minute - m0) * 60, f"{(minute // 60) % 24:02d}:{minute % 60:02d}"))
        k += 1
    return ticks


def vitals_chart(
    vitals: Sequence[VitalRecord],
    injections: Sequence[InjectionRecord],
    *,
    lang: str,
    left_unit: str = "mmHg, /min, %",
    width: float,
    height: float,
    start: datetime | None = None,
    end: datetime | None = None,
    max_points: int = MAX_POINTS,
) -> tuple[Drawing, ChartInfo]:
    """The chart of vitals (left axis) and cumulative volume (right axis) over local time."""
    vitals = [v for v in vitals if v.meta.current and not v.is_artefact]
    injections = [i for i in injections if i.meta.current]
    times = [v.taken_at for v in vitals] + [i.given_at for i in injections]
    times += [t for t in (start, end) if t is not None]
    t0 = min(times, key=as_utc) if times else datetime.now().astimezone()
    t1 = max(times, key=as_utc) if times else t0
    span = max((as_utc(t1) - as_utc(t0)).total_seconds(), 60.0)
    series = build_series(vitals, injections, t0, lang)
    count = sum(len(s.points) for s in series)
    for s in series:
        if not s.step:
            s.points = downsample(s.points, max_points)
    shown = sum(len(s.points) for s in series)

    d = Drawing(width, height)
    left, right, top, bottom = 34.0, 34.0, 14.0, 40.0
    pw, ph = width - left - right, height - top - bottom
    lvals = [p[1] for s in series if not s.right_axis for p in s.points]
    lo = min(40.0, math.floor(min(lvals, default=40) / 20) * 20)
    hi = max(160.0, _nice_ceil(max(lvals, default=160) + 1, 20))
    rvals = [p[1] for s in series if s.right_axis for p in s.points]
    rhi = max(10.0, _nice_ceil(max(rvals, default=0) + 1, 10))  # room above the total

    def px(t: float) -> float:
        return left + pw * min(max(t / span, 0.0), 1.0)

    def py(v: float, right_axis: bool = False) -> float:
        if right_axis:
            return bottom + ph * v / rhi
        return bottom + ph * (v - lo) / (hi - lo)

    d.add(Rect(left, bottom, pw, ph, strokeColor=RULE, fillColor=None, strokeWidth=0.6))
    tick = 20 if hi - lo <= 200 else 40
    v = lo
    while v <= hi + 0.01:
        y = py(v)
        d.add(Line(left, y, left + pw, y, strokeColor=RULE, strokeWidth=0.25))
        d.add(String(left - 3, y - 2.5, f"{v:g}", fontName=FONT, fontSize=6.5, textAnchor="end"))
        v += tick
    vol_color = COLORS[Component.BLOOD.value]
    rstep = 5.0 if rhi <= 20 else 10.0
    k = 0.0
    while k <= rhi + 0.01:
        y = py(k, True)
        d.add(
            String(
                left + pw + 3, y - 2.5, f"{k:g}", fontName=FONT, fontSize=6.5, fillColor=vol_color
            )
        )
        k += rstep
    d.add(
        String(
            left + pw + 3, bottom + ph + 4, "ml", fontName=FONT, fontSize=6.5, fillColor=vol_color
        )
    )
    d.add(
        String(left - 3, bottom + ph + 4, left_unit, fontName=FONT, fontSize=6.5, textAnchor="end")
    )
    for tx, label in _time_ticks(t0, span):
        x = px(tx)
        d.add(Line(x, bottom, x, bottom - 3, strokeColor=MUTED, strokeWidth=0.5))
        d.add(String(x, bottom - 11, label, fontName=FONT, fontSize=6.5, textAnchor="middle"))

    for s in series:
        pts = s.points
        if s.step:  # a staircase: the total holds until the next injection, then to the end
            stairs: list[tuple[float, float]] = []
            for i, (t, val) in enumerate(pts):
                if i:
                    stairs.append((t, pts[i - 1][1]))
                stairs.append((t, val))
            stairs.append((span, pts[-1][1]))
            pts = stairs
        runs: list[list[tuple[float, float]]] = [[]]
        for i, (t, val) in enumerate(pts):
            if i and not s.step and t - pts[i - 1][0] > GAP.total_seconds():
                runs.append([])
            runs[-1].append((px(t), py(val, s.right_axis)))
        for run in runs:
            if len(run) > 1:
                flat = [c for p in run for c in p]
                d.add(PolyLine(flat, strokeColor=s.color, strokeWidth=1.1 if s.step else 0.9))
        if len(s.points) <= 80:
            for t, val in s.points:
                d.add(
                    Circle(px(t), py(val, s.right_axis), 1.4, fillColor=s.color, strokeColor=None)
                )

    x = left
    for s in series:  # legend
        d.add(Line(x, 8, x + 12, 8, strokeColor=s.color, strokeWidth=2))
        d.add(String(x + 15, 5.5, s.label, fontName=FONT, fontSize=7))
        x += 22 + len(s.label) * 3.8
    return d, ChartInfo(count=count, shown=shown)
