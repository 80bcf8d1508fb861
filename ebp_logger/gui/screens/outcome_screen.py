"""Outcome overview for a period: patients and patches, response after first and repeat patches,
by volume and by type, stop reasons, complications; a bar chart beside the guideline's
literature figures (labelled as literature, never as targets); "Save PDF" on a worker thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import EventKind
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import EbpError
from ebp_logger.gui import style
from ebp_logger.gui.change_feed import ChangeFeed
from ebp_logger.gui.messages import explain
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.workers import ReadJob
from ebp_logger.store.audit import Actor
from ebp_logger.store.changes import Change
from ebp_logger.store.outcomes import NOT_FOLLOWED_UP, GroupResponse, OutcomeOverview, Rate
from ebp_logger.store.permissions import Action, allowed

DEFAULT_SPAN = timedelta(days=365)
LITERATURE_COLOR = "#9aa5b1"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


# The tables whose rows change a patch's figures (store.changes kinds).
OUTCOME_KINDS = frozenset(
    {"session", "headache_score", "follow_up", "stop_record", "event", "observation", "injection"}
)


class OutcomeScreen(QWidget):
    overview_shown = Signal(object)  # the OutcomeOverview now on screen
    pdf_saved = Signal(str)  # path
    pdf_failed = Signal(str)  # message

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self._lang = current_lang()
        self.overview: OutcomeOverview | None = None
        self.dialog = None
        self._job: ReadJob | None = None
        self._soon = QTimer(self, singleShot=True, interval=150)  # a burst of writes, one read
        self._soon.timeout.connect(self.refresh)
        self._build()
        self._connect_signals()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Outcome overview"), objectName="outcome_title")
        style.set_kind(title, "title")
        top.addWidget(title)
        top.addSpacing(24)
        today = to_local(utcnow()).date()
        self.from_edit = QDateEdit(_qdate(today - DEFAULT_SPAN), objectName="outcome_from")
        self.to_edit = QDateEdit(_qdate(today), objectName="outcome_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.to_edit)
        top.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), objectName="outcome_pdf")
        style.set_kind(self.pdf_button, "primary")
        self.registry_button = QPushButton(
            self.tr("Registry export…"), objectName="outcome_registry"
        )
        self.registry_button.setVisible(allowed(self.actor.role, Action.EXPORT))
        top.addWidget(self.pdf_button)
        top.addWidget(self.registry_button)
        layout.addLayout(top)

        self.summary_label = QLabel(objectName="outcome_summary")
        self.summary_label.setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE - 2}pt; font-weight: bold;"
        )
        layout.addWidget(self.summary_label)
        self.definition_label = QLabel(objectName="outcome_definition", wordWrap=True)
        style.set_kind(self.definition_label, "muted")
        layout.addWidget(self.definition_label)

        self.figures_table = QTableWidget(0, 6, objectName="outcome_figures")
        self.figures_table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Patches"),
                self.tr("Good response at 24 h"),
                self.tr("Not evaluable"),
                self.tr("Good response at follow-up"),
                self.tr("Literature (not a target)"),
            ]
        )
        self._prepare(self.figures_table)
        layout.addWidget(self.figures_table, 3)

        bottom = QHBoxLayout()
        chart_box = QGroupBox(self.tr("Good response at 24 h, per group (%)"))
        chart_layout = QVBoxLayout(chart_box)
        legend = QLabel(
            f"<span style='color:{style.COLOR_PRIMARY}'>■</span> "
            + self.tr("This department")
            + f" &nbsp;&nbsp; <span style='color:{LITERATURE_COLOR}'>■</span> "
            + self.tr("Literature (not a target)"),
            objectName="outcome_legend",
        )
        chart_layout.addWidget(legend)
        self.chart = self._make_chart()
        chart_layout.addWidget(self.chart, 1)
        bottom.addWidget(chart_box, 5)
        self.stops_table = QTableWidget(0, 2, objectName="outcome_stops")
        self.stops_table.setHorizontalHeaderLabels(
            [self.tr("Why the injection stopped"), self.tr("n")]
        )
        self.complications_table = QTableWidget(0, 2, objectName="outcome_complications")
        self.complications_table.setHorizontalHeaderLabels(
            [self.tr("Complications and warning signs"), self.tr("n")]
        )
        for table in (self.stops_table, self.complications_table):
            self._prepare(table)
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            bottom.addWidget(table, 3)
        layout.addLayout(bottom, 4)

        self.literature_label = QLabel(objectName="outcome_literature", wordWrap=True)
        style.set_kind(self.literature_label, "muted")
        layout.addWidget(self.literature_label)
        self.message = QLabel(objectName="outcome_message", wordWrap=True)
        layout.addWidget(self.message)

    @staticmethod
    def _prepare(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _make_chart(self) -> QWidget:
        import pyqtgraph as pg  # lazy: pyqtgraph costs start-up time

        plot = pg.PlotWidget(background="w")
        plot.setObjectName("outcome_chart")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setXRange(0, 100, padding=0.02)
        plot.showGrid(x=True, y=False, alpha=0.2)
        plot.getAxis("bottom").setLabel("%")
        for side in ("left", "bottom"):
            plot.getAxis(side).setTextPen(style.COLOR_TEXT)
        plot.setMinimumWidth(420)
        return plot

    def _connect_signals(self) -> None:
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.registry_button.clicked.connect(self._on_registry_clicked)
        self.pdf_saved.connect(self._on_pdf_saved)
        self.pdf_failed.connect(self._on_pdf_failed)
        ChangeFeed.instance().changed.connect(self._on_change)

    # --- data -----------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.blockSignals(True)
        self.from_edit.setDate(_qdate(start))
        self.from_edit.blockSignals(False)
        self.to_edit.setDate(_qdate(end))
        self.refresh()

    def refresh(self) -> None:
        """Work the figures out again: a year or less at once (well under a second), a longer
        range on a pool thread behind a progress bar that can be cancelled."""
        from ebp_logger.store import outcomes

        start, end = self.period()
        try:
            long_read = outcomes.is_long(start, end)
        except EbpError as exc:
            self._on_read_failed(explain(exc))
            return
        if long_read:
            self._start_long_read(start, end)
            return
        try:
            ov = outcomes.overview(start, end)
        except EbpError as exc:
            self._on_read_failed(explain(exc))
            return
        self._show(ov)

    def _start_long_read(self, start: date, end: date) -> None:
        """More than a year of patches (ten years take seconds): on a pool thread."""
        from ebp_logger.store import outcomes

        if self._job is not None:
            self._job.cancel()
        job = ReadJob(lambda progress: outcomes.overview(start, end, progress))
        self._job = job
        bar = QProgressDialog(self.tr("Reading the patches…"), self.tr("Cancel"), 0, 0, self)
        bar.setWindowTitle(self.tr("Outcome overview"))
        bar.setMinimumDuration(300)
        bar.canceled.connect(job.cancel)
        job.signals.progress.connect(
            lambda done, total: (bar.setMaximum(total), bar.setValue(done))
        )
        job.signals.finished.connect(lambda ov: self._on_long_read_done(job, bar, ov))
        job.signals.failed.connect(lambda text: self._on_long_read_done(job, bar, None, text))
        job.signals.cancelled.connect(lambda: self._on_long_read_done(job, bar, None))
        QThreadPool.globalInstance().start(job)

    def _on_long_read_done(
        self, job: ReadJob, bar: QProgressDialog, ov: OutcomeOverview | None, error: str = ""
    ) -> None:
        bar.reset()
        bar.deleteLater()
        if job is not self._job:  # a newer range was asked for meanwhile
            return
        self._job = None
        if error:
            self._on_read_failed(error)
        elif ov is None:
            self.message.setText(self.tr("Cancelled: the figures shown are not for this range."))
            style.set_kind(self.message, "warn")
        else:
            self._show(ov)

    def _on_read_failed(self, text: str) -> None:
        self.message.setText(self.tr("Could not load the figures: ") + text)
        style.set_kind(self.message, "error")

    def _on_change(self, change: Change) -> None:
        """A patch's figures changed: a short range is re-read at once (it is cheap), a long one
        only when asked (the Refresh of the dates), so typing on the ward never starts it."""
        if change.kind not in OUTCOME_KINDS or not self.isVisible():
            return
        from ebp_logger.store import outcomes

        if not outcomes.is_long(*self.period()):
            self._soon.start()

    def _show(self, ov: OutcomeOverview) -> None:
        self.message.setText("")
        self.overview = ov
        lang = self._lang
        self.summary_label.setText(
            self.tr("%1 patients, %2 patches")
            .replace("%1", str(ov.patients))
            .replace("%2", str(ov.patches))
        )
        self.definition_label.setText(
            ov.response_definition.text(lang) + "\n" + ov.follow_up_definition.text(lang)
        )
        self.literature_label.setText(ov.literature_note.text(lang))
        groups = [ov.overall, *ov.groups]
        self._fill(self.figures_table, [self._group_cells(g) for g in groups])
        stops = [(StopReason(c).label(lang), n) for c, n in ov.stop_reasons if n]
        if ov.no_stop_recorded:
            stops.append((self.tr("No stop recorded"), ov.no_stop_recorded))
        self._fill(self.stops_table, stops)
        comp = [(EventKind(c).label(lang), n) for c, n in ov.complications]
        comp.append((self.tr("Patches with a complication"), ov.patches_with_complication))
        comp += [(WarningSign(c).label(lang), n) for c, n in ov.warning_signs if n]
        comp.append((self.tr("Patches with a warning sign"), ov.patches_with_warning_sign))
        self._fill(self.complications_table, comp)
        self._draw_chart(groups)
        self.overview_shown.emit(ov)

    def _rate(self, rate: Rate) -> str:
        if rate.evaluable == 0:
            return "–"
        return (
            self.tr("%1 of %2 (%3 %)")
            .replace("%1", str(rate.good))
            .replace("%2", str(rate.evaluable))
            .replace("%3", f"{rate.percent:.0f}")
        )

    def _group_cells(self, g: GroupResponse) -> list[str]:
        effects = dict(g.effects)
        pending = effects.get(NOT_FOLLOWED_UP, 0)
        fu = self._rate(g.at_follow_up)
        if pending:
            fu += "  " + self.tr("(%1 not yet followed up)").replace("%1", str(pending))
        ref = (
            f"{g.reference.percent:.0f} % · {g.reference.label.text(self._lang)}"
            if g.reference
            else ""
        )
        return [
            g.label.text(self._lang),
            str(g.patches),
            self._rate(g.at_24h),
            str(g.at_24h.not_evaluable),
            fu,
            ref,
        ]

    @staticmethod
    def _fill(table: QTableWidget, rows: list) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))  # long literature labels are elided in the cell
                table.setItem(r, c, item)

    def _draw_chart(self, groups: list[GroupResponse]) -> None:
        import pyqtgraph as pg

        plot = self.chart
        plot.clear()
        n = len(groups)
        ys = [n - 1 - i for i in range(n)]  # first group on top
        ours = [(y, g.at_24h.percent) for y, g in zip(ys, groups, strict=True)]
        lit = [(y, g.reference.percent) for y, g in zip(ys, groups, strict=True) if g.reference]
        bars = (
            (ours, 0.18, style.COLOR_PRIMARY, self.tr("This department")),
            (lit, -0.18, LITERATURE_COLOR, self.tr("Literature (not a target)")),
        )
        for values, offset, color, name in bars:
            shown = [(y, v) for y, v in values if v is not None]
            item = pg.BarGraphItem(
                x0=[0] * len(shown),
                y=[y + offset for y, _ in shown],
                height=0.34,
                width=[v for _, v in shown],
                brush=color,
                pen=None,
                name=name,
            )
            plot.addItem(item)
            for y, v in shown:
                label = pg.TextItem(f"{v:.0f} %", color=style.COLOR_TEXT, anchor=(0, 0.5))
                label.setPos(v + 1, y + offset)
                plot.addItem(label)
        for y, g in zip(ys, groups, strict=True):  # say why a bar is missing
            if g.at_24h.evaluable == 0:
                note = pg.TextItem(
                    self.tr("none evaluable"), color=style.COLOR_MUTED, anchor=(0, 0.5)
                )
                note.setPos(1, y + 0.18)
                plot.addItem(note)
        axis = plot.getAxis("left")
        names = [g.label.text(self._lang) for g in groups]
        axis.setTicks([list(zip(ys, names, strict=True))])
        # pyqtgraph widens the axis only after a first paint; size it for the names now.
        axis.setWidth(max(QFontMetrics(axis.font()).horizontalAdvance(t) for t in names) + 16)
        plot.setYRange(-0.6, n - 0.4, padding=0)
        plot.setXRange(0, 118, padding=0)  # room for the "100 %" label

    # --- PDF and registry -----------------------------------------------------------------

    def _ask_pdf_path(self) -> str:
        start, end = self.period()
        suggested = str(Path.home() / f"ebp-outcomes-{start:%Y%m%d}-{end:%Y%m%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save outcome overview"), suggested, self.tr("PDF files (*.pdf)")
        )
        return path

    def save_pdf(self, path: str) -> None:
        """Write the PDF on a worker thread (it opens its own database connection)."""
        from ebp_logger.reports.outcome_report import write_outcome_report

        start, end = self.period()
        lang = self._lang
        self.pdf_button.setEnabled(False)
        self.message.setText(self.tr("Writing the PDF…"))
        style.set_kind(self.message, "muted")

        def job() -> None:
            try:
                out = write_outcome_report(path, start, end, lang)
            except Exception as exc:  # noqa: BLE001 - reported on screen, never lost
                self.pdf_failed.emit(explain(exc))
                return
            self.pdf_saved.emit(str(out))

        QThreadPool.globalInstance().start(job)

    def _on_pdf_clicked(self) -> None:
        path = self._ask_pdf_path()
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf(path)

    def _on_pdf_saved(self, path: str) -> None:
        self.pdf_button.setEnabled(True)
        self.message.setText(self.tr("PDF saved: %1").replace("%1", path))
        style.set_kind(self.message, "ok")

    def _on_pdf_failed(self, message: str) -> None:
        self.pdf_button.setEnabled(True)
        self.message.setText(self.tr("The PDF was not saved: %1").replace("%1", message))
        style.set_kind(self.message, "error")

    def _on_registry_clicked(self) -> None:
        from ebp_logger.gui.dialogs.registry_export_dialog import RegistryExportDialog

        self.dialog = RegistryExportDialog(self.actor, self)
        self.dialog.exported.connect(self._on_registry_exported)
        self.dialog.open()

    def _on_registry_exported(self, paths: list) -> None:
        self.message.setText(self.tr("Registry export written: %1").replace("%1", ", ".join(paths)))
        style.set_kind(self.message, "ok")
