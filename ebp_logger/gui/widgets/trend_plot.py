"""The live trend: SpO2, heart rate, systolic and diastolic BP on the left axis, the injected
volume as a step curve on its own right-hand axis, and the procedure events as labelled
vertical lines. Thick lines and large text, to be read at arm's length.

Built for long sessions: the curves are created once and fed with ``setData`` (numpy arrays,
no per-point Python objects in the paint path), and only with what is in view, reduced to
pixel columns when denser than the screen (``column_stats``): a thick line through the means
and a thin envelope of the extremes, so no dip is averaged away. A session longer than
LIVE_WINDOW scrolls. Artefact-marked, voided and corrected-away vitals are left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QLabel, QVBoxLayout, QWidget

from ebp_logger.clinical.enums import Component, EventKind
from ebp_logger.gui import style
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.records import SessionDetail, VitalRecord

# (record attribute, curve key); SpO2 and HR are continuous, BP is a reading every 5 minutes.
SERIES = (
    ("spo2", "spo2"),
    ("heart_rate", "heart_rate"),
    ("systolic", "systolic"),
    ("diastolic", "diastolic"),
)
SYMBOLS = {"systolic": "t", "diastolic": "t1"}  # ▼ over ▲, as on a paper anaesthesia chart
SYMBOL_TEXT = {"systolic": "▼", "diastolic": "▲"}
SYMBOL_LIMIT = 400  # beyond this many points symbols cost more than they tell
# SpO2 and heart rate are lines, but a line through one reading draws nothing: while a series
# has few points (typed readings) each gets a dot as well.
DOT_LIMIT = 30
DOT_SIZE = 9
# Event labels: rows from the top of the chart (fractions of its height); a label takes the
# highest row where it does not overprint the label before it.
LABEL_ROWS = (0.95, 0.85, 0.75, 0.65, 0.55, 0.45)
LABEL_CHAR_PX = 10  # bold 13 pt, a generous average width per character
# The trend shows the whole procedure; a session left open for hours scrolls, showing the
# last two hours, so that the work per second does not grow with the session (bench_plot.py).
LIVE_WINDOW = 2 * 3600.0
MIN_SPAN = 10 * 60.0  # at least 10 minutes wide: the first readings stay apart
# Once there are more samples than pixel columns, each series is reduced per column: a thick
# line through the mean of every LINE_PX columns and a thin envelope of the extremes of every
# ENVELOPE_PX columns, so no dip is averaged away.
LINE_PX = 4
ENVELOPE_PX = 2
GLUE_COLOR = "#ad1457"
LEFT_RANGE = (30.0, 200.0)
LINE_WIDTH = 3
FONT_PT = 14
AXIS_TITLE_MIN_PX = 260  # below this height the axis titles are left out (they would be cut)


def _seconds(values: Iterable[datetime]) -> np.ndarray:
    return np.fromiter((v.timestamp() for v in values), dtype=float)


def vital_arrays(vitals: Sequence[VitalRecord]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per series: (epoch seconds, values) of the vitals that count (current, not artefact)."""
    keep = [v for v in vitals if v.meta.current and not v.is_artefact]
    out = {}
    for attr, key in SERIES:
        pairs = [(v.taken_at, getattr(v, attr)) for v in keep if getattr(v, attr) is not None]
        out[key] = (
            _seconds(p[0] for p in pairs),
            np.fromiter((p[1] for p in pairs), dtype=float, count=len(pairs)),
        )
    return out


def column_stats(
    t: np.ndarray, y: np.ndarray, left: float, step: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per column of ``step`` seconds from ``left`` (``t`` sorted): the column's middle time and
    the mean, minimum and maximum of its samples. Empty columns are left out."""
    col = np.floor((t - left) / step).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]])
    counts = np.diff(np.r_[starts, len(t)])
    mid = left + (col[starts] + 0.5) * step
    mean = np.add.reduceat(y, starts) / counts
    return mid, mean, np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)


class TrendPlot(QWidget):
    """``set_detail`` after a full read, ``append_vitals`` for new monitor values, ``set_now``
    once a second (the volume step and the time axis reach to now)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ls.label_lang()
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # views into _bufs
        self._bufs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for _, key in SERIES:
            self._store(key, (), ())
        self._steps: dict[Component, list[tuple[float, float]]] = {}
        self._start: float | None = None
        self._now: float | None = None
        self._marker_key: tuple = ()
        self._markers: list[pg.InfiniteLine] = []
        self._volume_max = 45.0
        self._y_range = LEFT_RANGE
        self._shown: tuple = ()
        self._whole_session = False
        self._pending = False  # appended samples not drawn yet
        self._drawn_at = -math.inf  # the time up to which the curves were last drawn
        self._column_s = 0.0  # one envelope column in seconds (0: not dense, draw at once)
        self._build()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(
            background="w", axisItems={"bottom": pg.DateAxisItem(orientation="bottom")}
        )
        self.legend = QLabel(objectName="plot_legend")  # outside the plot: covers no data
        self.legend.setStyleSheet(f"font-size: {FONT_PT}pt;")
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        # The curves change every second: without a spatial index the scene does not re-sort
        # them (which asks every curve for its bounds again) on each change.
        self.plot_widget.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        item = self.plot_item = self.plot_widget.getPlotItem()
        item.setMouseEnabled(x=False, y=False)  # no accidental zoom with a gloved hand
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        font = QFont()
        font.setPointSize(FONT_PT)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            # An axis (with its grid lines) is a picture of text and lines that costs several
            # milliseconds to play back; cached as pixels it is redrawn only when it changes.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            axis.setTickFont(font)
            axis.setPen(pg.mkPen("#37474f", width=2))
            axis.setTextPen(pg.mkPen("#263238"))
        item.getAxis("left").setWidth(60)
        item.setLabel(
            "left", self.tr("SpO2 % · HR /min · BP mmHg"), **{"font-size": f"{FONT_PT}pt"}
        )
        self._titles = {
            "spo2": self.tr("SpO2 %"),
            "heart_rate": self.tr("Heart rate"),
            "systolic": self.tr("Systolic"),
            "diastolic": self.tr("Diastolic"),
        }
        # Per series a thick line (mean per pixel column) and, once the data is denser than the
        # screen, a thin envelope (min and max per column) so that no dip is averaged away.
        # Thick antialiased strokes over thousands of points cost hundreds of milliseconds per
        # frame, so dense curves are drawn without antialiasing (see benchmarks/bench_plot.py).
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.envelopes: dict[str, pg.PlotDataItem] = {}
        for _, key in SERIES:
            color = style.PLOT_COLORS[key]
            self.envelopes[key] = self._curve(pg.mkPen(color, width=1))
            self.curves[key] = self._curve(
                pg.mkPen(color, width=LINE_WIDTH),
                symbolBrush=color,
                symbolPen=None,
                symbolSize=14,
            )

        # Volume: its own view box and axis on the right, linked to the same time axis.
        self.volume_view = pg.ViewBox(enableMouse=False)
        item.showAxis("right")
        item.scene().addItem(self.volume_view)
        right = item.getAxis("right")
        right.linkToView(self.volume_view)
        right.setWidth(60)
        right.setLabel(
            self.tr("Injected ml"),
            **{"font-size": f"{FONT_PT}pt", "color": style.PLOT_COLORS["volume"]},
        )
        self.volume_view.setXLink(item)
        self.volume_curves: dict[Component, pg.PlotDataItem] = {}
        for comp, color in (
            (Component.BLOOD, style.PLOT_COLORS["volume"]),
            (Component.FIBRIN_GLUE, GLUE_COLOR),
        ):
            curve = pg.PlotDataItem([], [], pen=pg.mkPen(color, width=LINE_WIDTH + 1))
            self.volume_view.addItem(curve)
            self.volume_curves[comp] = curve
        self.set_components((Component.BLOOD,))
        item.vb.sigResized.connect(self._on_view_resized)
        self.volume_view.setYRange(0, self._volume_max, padding=0)
        item.setYRange(*LEFT_RANGE, padding=0)

    def _curve(self, pen, **style_opts) -> pg.PlotDataItem:
        return self.plot_item.plot([], [], pen=pen, skipFiniteCheck=True, **style_opts)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # On a short chart the rotated axis titles would be cut; the legend names the series.
        tall = event.size().height() >= AXIS_TITLE_MIN_PX
        for side in ("left", "right"):
            axis = self.plot_item.getAxis(side)
            if axis.label.isVisible() != tall:
                axis.showLabel(tall)

    def _on_view_resized(self) -> None:
        self.volume_view.setGeometry(self.plot_item.vb.sceneBoundingRect())
        self.volume_view.linkedViewChanged(self.plot_item.vb, self.volume_view.XAxis)
        if self._shown:
            self._redraw_vitals()  # the columns are pixels wide: new width, new columns

    # --- public ---------------------------------------------------------------------------

    def set_components(self, components: Sequence[Component]) -> None:
        """Which volume curves the legend names: one for blood, or blood and fibrin glue."""
        entries = [
            (style.PLOT_COLORS[key], SYMBOL_TEXT.get(key, "━"), self._titles[key])
            for _, key in SERIES
        ]
        if tuple(components) == (Component.BLOOD,):
            entries.append((style.PLOT_COLORS["volume"], "━", self.tr("Injected ml (right)")))
        else:
            for comp in components:
                color = style.PLOT_COLORS["volume"] if comp is Component.BLOOD else GLUE_COLOR
                entries.append((color, "━", f"{comp.label(self._lang)} ml"))
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{color}; font-weight:bold;">{mark}&nbsp;{escape(text)}</span>'
                for color, mark, text in entries
            )
        )

    def set_volume_range(self, maximum_ml: float) -> None:
        """The right axis from 0 to a little above the patch's maximum."""
        self._volume_max = float(maximum_ml)
        self.volume_view.setYRange(0, self._volume_max, padding=0)

    def set_detail(self, detail: SessionDetail) -> None:
        """Everything from one read of the session."""
        started = detail.session.started_at
        self._start = started.timestamp() if started else None
        for key, (t, y) in vital_arrays(detail.vitals).items():
            self._store(key, t, y)
        self._steps = {}
        for inj in SessionDetail.current_of(detail.injections):
            comp = Component(inj.component)
            self._steps.setdefault(comp, []).append((inj.given_at.timestamp(), inj.amount_ml))
        self._set_markers(detail)
        self._redraw_volume()
        self._refresh(data_changed=True)

    def append_vitals(self, vitals: Sequence[VitalRecord]) -> None:
        """New rows only (from the monitor, or typed)."""
        self.append_arrays(vital_arrays(vitals))

    def append_arrays(self, arrays: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        """New samples per curve (epoch seconds, values): appended, re-sorted if one came late.
        The left axis only widens here; it is recomputed from all data on a full read."""
        low, high = self._y_range
        for key, (t_new, y_new) in arrays.items():
            t_new, y_new = np.asarray(t_new, dtype=float), np.asarray(y_new, dtype=float)
            if not len(t_new):
                continue
            self._append(key, t_new, y_new)
            low, high = min(low, float(y_new.min()) - 5), max(high, float(y_new.max()) + 5)
        self._y_range = (low, high)
        self._refresh(data_changed=True, force=False)

    def set_arrays(self, arrays: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        """Raw arrays per vitals curve (epoch seconds, values), set together: benchmarks, tests."""
        for key, (t, y) in arrays.items():
            self._store(key, t, y)
        self._refresh(data_changed=True)

    def flush(self) -> None:
        """Draw samples appended but held back for their column to fill (see ``_refresh``)."""
        if self._pending:
            self._pending = False
            self._redraw_vitals()

    def set_whole_session(self, whole: bool) -> None:
        """Show everything since the start instead of the last LIVE_WINDOW."""
        self._whole_session = whole
        self._refresh(data_changed=True)

    def set_start(self, started_at: datetime) -> None:
        self._start = started_at.timestamp()
        self._refresh(data_changed=False)

    def set_now(self, now: datetime) -> None:
        self._now = now.timestamp()
        self._redraw_volume()
        self._refresh(data_changed=False, force=False)

    def volume_total(self, component: Component) -> float:
        """The volume curve's height at its end (what the plot shows as given)."""
        return sum(ml for _, ml in self._steps.get(component, []))

    def point_count(self) -> dict[str, int]:
        return {key: len(t) for key, (t, _) in self._data.items()}

    def marker_texts(self) -> list[str]:
        return [m.label.toPlainText() for m in self._markers]

    # --- data -----------------------------------------------------------------------------

    def _store(self, key: str, t, y) -> None:
        """Own copies with room to grow: a monitor's sample a second must not cost a copy of
        the whole day (a fresh large array is also fresh memory, page by page)."""
        t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
        size = len(t)
        tb, yb = np.empty(max(1024, 2 * size)), np.empty(max(1024, 2 * size))
        tb[:size], yb[:size] = t, y
        self._bufs[key] = (tb, yb)
        self._data[key] = (tb[:size], yb[:size])

    def _append(self, key: str, t_new: np.ndarray, y_new: np.ndarray) -> None:
        t, y = self._data[key]
        size, extra = len(t), len(t_new)
        if size + extra > len(self._bufs[key][0]):
            self._store(key, t, y)
        tb, yb = self._bufs[key]
        tb[size : size + extra], yb[size : size + extra] = t_new, y_new
        t, y = tb[: size + extra], yb[: size + extra]
        if size and t_new[0] < tb[size - 1]:  # a late value: back into time order, in place
            order = np.argsort(t, kind="stable")
            t[:], y[:] = t[order], y[order]
        self._data[key] = (t, y)

    # --- drawing --------------------------------------------------------------------------

    def _redraw_vitals(self) -> None:
        """Give each curve what is in view: the samples themselves while they are fewer than
        the pixel columns, else the per-column reduction (mean line, extremes envelope). Either
        way a curve holds at most about one point per pixel, whatever the session's length."""
        if not self._shown:
            return
        (left, right), _ = self._shown
        columns = max(int(self.plot_item.vb.width()), 200)
        seconds_per_px = (right - left) / columns
        self._column_s = 0.0
        for key, (t, y) in self._data.items():
            lo, hi = np.searchsorted(t, (left, right)) if len(t) else (0, 0)
            lo = max(int(lo) - 1, 0)  # one sample beyond each edge: the line reaches the edge
            t, y = t[lo : int(hi) + 1], y[lo : int(hi) + 1]
            curve, envelope = self.curves[key], self.envelopes[key]
            dense = len(t) > columns
            envelope.setVisible(dense)
            if not dense:
                symbol = SYMBOLS.get(key) if len(t) <= SYMBOL_LIMIT else None
                size = 14
                if symbol is None and len(t) <= DOT_LIMIT:
                    symbol, size = "o", DOT_SIZE
                curve.setData(t, y, symbol=symbol, symbolSize=size, antialias=True)
                if envelope.xData is not None:
                    envelope.setData([], [])
                continue
            self._column_s = seconds_per_px * ENVELOPE_PX
            mid, mean, _, _ = column_stats(t, y, left, seconds_per_px * LINE_PX)
            curve.setData(mid, mean, symbol=None, antialias=False)
            mid, _, low, high = column_stats(t, y, left, seconds_per_px * ENVELOPE_PX)
            envelope.setData(
                np.repeat(mid, 2), np.column_stack((low, high)).ravel(), antialias=False
            )

    def _redraw_volume(self) -> None:
        end = self._now
        for comp, curve in self.volume_curves.items():
            steps = self._steps.get(comp, [])
            if self._start is None or (not steps and comp is not Component.BLOOD):
                curve.setData([], [])
                continue
            xs, ys, total = [self._start], [0.0], 0.0
            for at, ml in sorted(steps):
                xs += [at, at]
                ys += [total, total + ml]
                total += ml
            last = max(end or xs[-1], xs[-1])
            xs.append(last)
            ys.append(total)
            curve.setData(np.array(xs), np.array(ys))

    def _refresh(self, data_changed: bool, force: bool = True) -> None:
        """The window runs from the start (or the last LIVE_WINDOW) to now, its right edge in
        whole minutes: a range change redraws every curve and the time axis, so it happens once
        a minute, not every second. ``force``: anything may have changed (a full read):
        recompute the left axis and redraw now. Else samples were only appended, or the clock
        moved on, and a dense plot may wait for the end of the column it is filling."""
        if data_changed and force:
            low, high = LEFT_RANGE
            for _, y in self._data.values():
                if len(y):
                    low, high = min(low, float(y.min()) - 5), max(high, float(y.max()) + 5)
            self._y_range = (low, high)
        ends = [float(t[-1]) for t, _ in self._data.values() if len(t)]
        starts = [float(t[0]) for t, _ in self._data.values() if len(t)]
        if self._start is None and not ends:
            return
        first = min([self._start, *starts] if self._start is not None else starts)
        last = max([self._now or first, *ends])
        right = math.ceil((max(last, first + MIN_SPAN) + 30) / 60) * 60
        left = first - 30
        if not self._whole_session and right - LIVE_WINDOW > left:
            left = right - LIVE_WINDOW
        shown = ((left, right), self._y_range)
        moved = shown != self._shown
        if moved:
            self._shown = shown
            self.plot_item.setRange(xRange=shown[0], yRange=shown[1], padding=0)
            self._stagger_markers()
        # Dense curves are drawn per envelope column: a new sample only changes the last one,
        # so they are redrawn once a column's worth of time has passed (seconds), not for every
        # sample; the latest numbers are shown beside the plot at once anyway.
        self._pending = self._pending or data_changed
        clock = max(last, self._now or last)
        column_done = clock >= self._drawn_at + self._column_s
        if moved or (self._pending and (force or column_done)):
            self._drawn_at = clock
            self._pending = False
            self._redraw_vitals()

    def _set_markers(self, detail: SessionDetail) -> None:
        """One labelled line per user event and for the stop (timer events stay in the table)."""
        marks: list[tuple[float, str, str]] = []
        for ev in SessionDetail.current_of(detail.events):
            kind = EventKind(ev.kind)
            if kind.is_automatic:
                continue
            text = kind.label(self._lang)
            if ev.level:
                text += f" {ev.level}"
            if kind is EventKind.NOTE:
                text = ev.note if len(ev.note) <= 24 else ev.note[:23] + "…"
            color = style.COLOR_ALARM if kind.is_complication else "#455a64"
            marks.append((ev.at.timestamp(), text, color))
        stop = detail.stop
        if stop is not None:
            marks.append((stop.at.timestamp(), self.tr("STOP"), style.COLOR_ALARM))
        key = tuple(marks)
        if key == self._marker_key:
            return  # unchanged: keep the items (re-creating them costs a full re-layout)
        self._marker_key = key
        for line in self._markers:
            self.plot_item.removeItem(line)
        self._markers = []
        font = QFont()
        font.setPointSize(FONT_PT - 1)
        font.setBold(True)
        for at, text, color in sorted(marks):
            line = pg.InfiniteLine(
                pos=at,
                angle=90,
                pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine),
                label=text,
                labelOpts={
                    "position": LABEL_ROWS[0],
                    "color": color,
                    "fill": pg.mkBrush(255, 255, 255, 230),
                    "anchors": [(0, 0.5), (0, 0.5)],
                },
            )
            line.label.setFont(font)
            self.plot_item.addItem(line, ignoreBounds=True)
            self._markers.append(line)
        self._stagger_markers()

    def _stagger_markers(self) -> list[float]:
        """Put each event label on the highest row where it clears the labels to its left
        (estimated from the text length and the seconds per pixel now shown)."""
        if not self._markers:
            return []
        if self._shown:
            (left, right), _ = self._shown
        else:
            left, right = 0.0, MIN_SPAN
        seconds_per_px = (right - left) / max(self.plot_item.vb.width(), 200.0)
        free_from = [-math.inf] * len(LABEL_ROWS)  # per row: where the last label ends
        rows = []
        for line in self._markers:
            at = float(line.value())
            width = (len(line.label.toPlainText()) * LABEL_CHAR_PX + 14) * seconds_per_px
            row = next((i for i, end in enumerate(free_from) if at >= end), None)
            if row is None:  # every row taken: the one that frees up first
                row = min(range(len(LABEL_ROWS)), key=lambda i: free_from[i])
            free_from[row] = at + width
            line.label.setPosition(LABEL_ROWS[row])
            rows.append(LABEL_ROWS[row])
        return rows

    def marker_rows(self) -> list[float]:
        """The height fraction of each event label, in time order (tests)."""
        return [float(m.label.orthoPos) for m in self._markers]
