"""The live procedure screen: elapsed time, the 5-minute BP countdown, the trend, vitals typed
without the mouse, events on function keys, the injected volume, STOP, and every entry.

Everything shown is read from the database (``queries.session_detail``), never kept only in
memory: a session resumed after a crash looks exactly as it was. Once a second the screen
asks the database whether anything changed (one indexed query); monitor values written by the
HL7 listener in another process are then read by id and appended, anything else (a
correction, a void, an injection, the stop) triggers a full read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import Component, EventKind, PatchType, SessionStatus, VitalSource
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clock import utcnow
from ebp_logger.gui import style
from ebp_logger.gui.dialogs.correction_dialog import ARTEFACT, CORRECT, VOID, CorrectionDialog
from ebp_logger.gui.dialogs.stop_reason_dialog import StopReasonDialog
from ebp_logger.gui.formatting import ml_number
from ebp_logger.gui.models.entries_table_model import (
    COL_BY,
    COL_KIND,
    COL_SOURCE,
    COL_TIME,
    COL_VALUES,
    VITAL,
    EntriesTableModel,
)
from ebp_logger.gui.screens.summary_screen import SummaryScreen
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.bp_countdown import BpCountdown
from ebp_logger.gui.widgets.enter_filter import enter_clicks
from ebp_logger.gui.widgets.event_bar import EventBar
from ebp_logger.gui.widgets.injection_panel import InjectionPanel
from ebp_logger.gui.widgets.vitals_entry import VitalsEntry
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import EventRecord, SessionDetail, VitalRecord
from ebp_logger.store.services import live, procedure, queries

STOP_KEY = "F12"
BP_FIELD_KEY = "Alt+B"
CORRECT_KEY = "Ctrl+E"
VOID_KEY = "Ctrl+Del"
RIGHT_COLUMN_PX = 330  # the volume, STOP and the entry buttons
TABLE_MIN_PX = 110  # the table's heading and about three rows, on the smallest screen
TABLE_SHARE = 0.3  # of the height below the header, once the chart has PLOT_FIRST_PX more
PLOT_FIRST_PX = 200
POLL_MS = 1000
MONITOR_FRESH_SECONDS = 30  # a monitor value older than this shows the indicator as stale


def _big_button(text: str, name: str, color: str, point_size: int) -> QPushButton:
    """A wide coloured button for the one action that matters now (STOP, then the end)."""
    button = QPushButton(text, objectName=name)
    button.setMinimumHeight(66)
    button.setStyleSheet(
        f"QPushButton {{ background: {color}; color: white; border-radius: 8px;"
        f" font-size: {point_size}pt; font-weight: bold; min-height: 66px; padding: 0 8px; }}"
        "QPushButton:focus { border: 4px solid #f57c00; }"
    )
    return button


def _ignore(_message: str, _exc: BaseException) -> None:
    """For the monitor indicator: a failed read leaves it as it was."""


def bp_timer_events(events: tuple[EventRecord, ...]) -> list[EventRecord]:
    """Every version of the timer's events: one voided by a user must not be written again."""
    return [e for e in events if EventKind(e.kind).is_automatic]


class ProcedureScreen(QWidget):
    """Contract with the app shell: ``ProcedureScreen(actor, session_id)``; emits
    ``procedure_ended(session_id)`` after the summary was confirmed, ``closed()`` when the user
    leaves the screen with the procedure still in progress."""

    procedure_ended = Signal(int)
    closed = Signal()

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = ls.label_lang()
        self._detail: SessionDetail | None = None
        self._marker = -1
        self._max_vital_id = 0
        self._dialog = None  # the open stop / correction dialog (tests reach it here)
        self._focused_once = False
        self._thresholds = ls.alert_thresholds()
        self._latest: dict[str, VitalRecord] = {}
        self._last_device_at: datetime | None = None
        failed: list[str] = []
        first = self._read(lambda msg, _exc: failed.append(msg))  # one read builds and fills
        patch = PatchType(first[1].session.patch_type) if first else PatchType.NON_TARGETED
        self._build(patch)
        self._connect_signals()
        if first is not None:
            self._marker = first[0]
            self._apply_detail(first[1])
        else:
            self._on_read_failed(failed[0], None)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.tick()

    # --- building -------------------------------------------------------------------------

    def _build(self, patch: PatchType) -> None:
        from ebp_logger.gui.widgets.trend_plot import TrendPlot  # pyqtgraph loads only here

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.live_page = QWidget(objectName="live_page")
        self.stack.addWidget(self.live_page)
        self.summary = SummaryScreen(self._actor, self._session_id)
        self.stack.addWidget(self.summary)

        page = QVBoxLayout(self.live_page)
        page.setContentsMargins(10, 6, 10, 6)
        page.setSpacing(6)
        page.addLayout(self._build_header())
        self.banner = QLabel(objectName="banner", wordWrap=True)
        self.banner.setStyleSheet(
            f"background: {style.COLOR_ALARM}; color: white; font-weight: bold; padding: 6px;"
        )
        self.banner.setVisible(False)
        page.addWidget(self.banner)

        self.plot = TrendPlot()
        self.vitals = VitalsEntry(self._actor, self._session_id)
        self.events = EventBar(self._actor, self._session_id)
        self.injection = InjectionPanel(self._actor, self._session_id, patch)
        components = (
            (Component.BLOOD,)
            if patch is PatchType.NON_TARGETED
            else (Component.BLOOD, Component.FIBRIN_GLUE)
        )
        self.plot.set_components(components)
        limits = procedure.volume_limits()
        self.plot.set_volume_range(max(limits.max_ml(patch, c) or 0 for c in components) + 5)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.plot, 1)
        left.addWidget(self.vitals)
        left.addWidget(self.events)
        # One message line for the vitals and the event keys, its height kept free: a message
        # coming or going never moves the chart or the keys.
        self.entry_message = QLabel(objectName="entry_message")
        ls.reserve_lines(self.entry_message, 2)
        ls.share_line(self.entry_message, self.vitals.status_label, self.events.status_label)
        left.addWidget(self.entry_message)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.injection)
        self.stop_button = _big_button(
            self.tr("STOP injection  {key}").format(key=STOP_KEY),
            "stop_button",
            style.COLOR_ALARM,
            style.BIG_POINT_SIZE,
        )
        self.end_button = _big_button(
            self.tr("End procedure…  {key}").format(key=STOP_KEY),
            "end_button",
            style.COLOR_OK,
            style.BIG_POINT_SIZE - 2,
        )
        self.stop_label = QLabel(objectName="stop_label", wordWrap=True)
        self.stop_label.setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE - 6}pt; font-weight: bold; color: {style.COLOR_ALARM};"
        )
        right.addWidget(self.stop_button)
        right.addWidget(self.end_button)
        right.addWidget(self.stop_label)
        right.addStretch(1)
        top = QWidget(objectName="live_top")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(left, 1)
        right_box = QWidget(objectName="live_right")
        right_box.setLayout(right)
        # Narrow enough that the chart and the event keys fit beside it on a 1280 px screen.
        right_box.setFixedWidth(RIGHT_COLUMN_PX)
        top_layout.addWidget(right_box)

        self.table_model = EntriesTableModel(self)
        self.table = QTableView(objectName="entries_table")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(TABLE_MIN_PX)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        for col, width in ((COL_TIME, 100), (COL_KIND, 110), (COL_SOURCE, 100), (COL_BY, 200)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_VALUES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_VALUES, 420)
        header.setStretchLastSection(True)

        # Correcting and voiding in plain sight (the right-click menu stays as well).
        self.correct_button = QPushButton(
            self.tr("Correct…  {key}").format(key=CORRECT_KEY), objectName="correct_button"
        )
        self.void_button = QPushButton(
            self.tr("Void…  {key}").format(key=VOID_KEY), objectName="void_button"
        )
        self.artefact_button = QPushButton(self.tr("Artefact…"), objectName="artefact_button")
        self.artefact_button.setToolTip(self.tr("Mark a monitor value as artefact"))
        entry_buttons = QGridLayout()
        entry_buttons.setContentsMargins(0, 0, 0, 0)
        entry_buttons.setSpacing(6)
        for i, button in enumerate((self.correct_button, self.void_button, self.artefact_button)):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setEnabled(False)
            entry_buttons.addWidget(button, i // 2, i % 2)
        entry_buttons.setRowStretch(2, 1)
        bottom = QWidget(objectName="live_bottom")
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.table, 1)
        entries_box = QWidget()
        entries_box.setLayout(entry_buttons)
        bottom_layout.addWidget(entries_box)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        page.addWidget(self.splitter, 1)
        # Extra height goes to the chart first, then a share to the table (see _fit_splitter)
        # until the user drags the handle.
        self._splitter_dragged = False
        self.splitter.installEventFilter(self)

    def _build_latest(self) -> QFrame:
        """The newest BP, SpO2 and heart rate as big numbers, with when and from where."""
        box = QFrame(objectName="latest_box")
        box.setStyleSheet(
            "QFrame#latest_box { background: white; border: 1px solid #b9c3cf; border-radius: 8px; }"
        )
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 4, 10, 4)
        grid.setVerticalSpacing(0)
        grid.setHorizontalSpacing(8)
        titles = {
            "bp": self.tr("Last BP"),
            "spo2": self.tr("SpO2 %"),
            "heart_rate": self.tr("HR /min"),
        }
        colors = {"bp": "systolic", "spo2": "spo2", "heart_rate": "heart_rate"}
        self.latest: dict[str, QLabel] = {}
        self.latest_when: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(titles.items()):
            head = QLabel(title)
            head.setStyleSheet("font-weight: bold; border: none;")
            value = QLabel("–", objectName=f"latest_{key}")
            value.setStyleSheet(
                f"font-size: {style.BIG_POINT_SIZE}pt; font-weight: bold; border: none;"
                f"color: {style.PLOT_COLORS[colors[key]]};"
            )
            when = QLabel(objectName=f"latest_{key}_when")
            when.setStyleSheet(
                f"color: {style.COLOR_MUTED}; border: none; font-size: {style.BASE_POINT_SIZE - 2}pt;"
            )
            grid.addWidget(head, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(when, row, 2)
            self.latest[key], self.latest_when[key] = value, when
        grid.setColumnStretch(2, 1)
        return box

    def _last_bp_at(self) -> datetime | None:
        """The newest BP that counts (typed or monitor; not voided, corrected or artefact),
        one waiting on this PC while the server is away included (``_show_entries``)."""
        return self._latest["bp"].taken_at if "bp" in self._latest else None

    def _show_latest(self) -> None:
        latest = self._latest
        unusual = {a.field for a in self._latest_alerts(latest)}
        for key, label in self.latest.items():
            v = latest.get(key)
            if v is None:
                label.setText("–")
                self.latest_when[key].clear()
                continue
            label.setText(f"{v.systolic}/{v.diastolic}" if key == "bp" else str(getattr(v, key)))
            source = (
                self.tr("monitor") if v.source == VitalSource.DEVICE.value else self.tr("typed")
            )
            mark = "⚠ " if {"bp": "systolic"}.get(key, key) in unusual else ""
            self.latest_when[key].setText(f"{mark}{ls.clock_time(v.taken_at)} {source}")

    def _latest_alerts(self, latest: dict[str, VitalRecord]):
        return validation.alerts_for(
            spo2=latest["spo2"].spo2 if "spo2" in latest else None,
            hr=latest["heart_rate"].heart_rate if "heart_rate" in latest else None,
            sbp=latest["bp"].systolic if "bp" in latest else None,
            thresholds=self._thresholds,
        )

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(12)
        who = QVBoxLayout()
        self.patient_label = QLabel(objectName="patient_label")
        self.patient_label.setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE - 2}pt; font-weight: bold;"
        )
        self.session_label = QLabel(objectName="session_label", wordWrap=True)
        self.session_label.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 1}pt;")
        self.monitor_label = QLabel(objectName="monitor_label", wordWrap=True)
        # Long names and texts wrap or give way; they never widen the window.
        for label in (self.patient_label, self.session_label, self.monitor_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(160)
        who.addWidget(self.patient_label)
        who.addWidget(self.session_label)
        who.addWidget(self.monitor_label)
        who.addStretch(1)
        header.addLayout(who, 1)
        elapsed_box = QVBoxLayout()
        elapsed_box.setSpacing(0)
        elapsed_title = QLabel(self.tr("Elapsed"))
        elapsed_title.setStyleSheet("font-weight: bold;")
        self.elapsed_label = QLabel("0:00", objectName="elapsed_label")
        self.elapsed_label.setStyleSheet(
            f"font-size: {style.HUGE_POINT_SIZE}pt; font-weight: bold;"
        )
        self.started_label = QLabel(objectName="started_label")
        elapsed_box.addWidget(elapsed_title)
        elapsed_box.addWidget(self.elapsed_label)
        elapsed_box.addWidget(self.started_label)
        header.addLayout(elapsed_box)
        header.addWidget(self._build_latest())
        self.countdown = BpCountdown(self._actor, self._session_id)
        self.countdown.sound_on = ls.alarm_sound()
        header.addWidget(self.countdown)
        self.close_button = QPushButton(self.tr("Close"), objectName="close_button")
        self.close_button.setToolTip(self.tr("Leave this screen; the procedure stays in progress."))
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _connect_signals(self) -> None:
        self.vitals.vitals_saved.connect(self._on_entry_saved)
        self.events.event_saved.connect(self._on_entry_saved)
        self.injection.injection_saved.connect(self._on_entry_saved)
        self.countdown.event_recorded.connect(self._on_countdown_event_recorded)
        self.countdown.alarm_changed.connect(self._on_countdown_alarm_changed)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        enter_clicks(self.stop_button, self.end_button)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table_model.modelReset.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._on_entry_action(CORRECT))
        self.correct_button.clicked.connect(lambda: self._on_entry_action(CORRECT))
        self.void_button.clicked.connect(lambda: self._on_entry_action(VOID))
        self.artefact_button.clicked.connect(lambda: self._on_entry_action(ARTEFACT))
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.summary.back_requested.connect(self._on_summary_back_requested)
        self.summary.confirmed.connect(self._on_summary_confirmed)
        for key, slot in (
            (STOP_KEY, self._on_stop_key_activated),
            (BP_FIELD_KEY, self.vitals.focus_bp),
            (CORRECT_KEY, lambda: self._on_entry_action(CORRECT)),
            (VOID_KEY, lambda: self._on_entry_action(VOID)),
        ):
            sc = QShortcut(QKeySequence(key), self.live_page)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)

    # --- reading the database -------------------------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        """A colleague of the same role unlocked: entries from now on are theirs; everything
        typed and the running countdown stay as they are."""
        self._actor = actor
        for part in (self.summary, self.vitals, self.events, self.injection, self.countdown):
            part.set_actor(actor)

    @property
    def detail(self) -> SessionDetail | None:
        return self._detail

    def reload(self) -> None:
        """Read the whole session and show it (on open, and after any change but new vitals)."""
        read = self._read(self._on_read_failed)
        if read is not None:
            self._marker = read[0]
            self._apply_detail(read[1])

    def _read(self, on_error) -> tuple[int, SessionDetail] | None:
        """The change marker, then the session: a change in between is seen (again) next poll."""
        marker = ls.attempt(lambda: live.change_marker(self._session_id), on_error)
        if marker is None:
            return None
        detail = ls.attempt(lambda: queries.session_detail(self._session_id), on_error)
        return None if detail is None else (marker, detail)

    def poll(self) -> None:
        """One cheap query; read what changed only when something did."""
        marker = ls.attempt(lambda: live.change_marker(self._session_id), self._on_read_failed)
        if marker is None or marker == self._marker:
            return
        changes = ls.attempt(
            lambda: live.changes_since(self._session_id, self._marker), self._on_read_failed
        )
        if changes is None:
            return
        if self._detail is not None and live.only_new_vitals(changes):
            ids = [c.row_id for c in changes if c.row_id and c.row_id > self._max_vital_id]
            new = ls.attempt(lambda: live.vitals_by_id(self._session_id, ids), self._on_read_failed)
            if new is None:
                return
            self._marker = max(c.audit_id for c in changes)
            self._append_vitals(new)
        else:
            self.reload()

    def _apply_detail(self, detail: SessionDetail) -> None:
        from ebp_logger.store.services import offline

        self._detail = detail
        self.banner.setVisible(False)
        if offline.waiting():
            self._show_kept_banner()
        s = detail.session
        self._max_vital_id = max((v.meta.id for v in detail.vitals), default=0)
        # The name on its own line, the CPR number first on the next: neither is ever cut.
        self.patient_label.setText(s.patient.name)
        self.patient_label.setToolTip(f"{s.patient.name} · {s.patient.cpr_display}")
        text = f"{s.patient.cpr_display} · " + PatchType(s.patch_type).label(self._lang)
        text += " · " + self.tr("attempt {n}").format(n=s.attempt_number)
        if s.leak_level:
            text += " · " + self.tr("leak {level}").format(level=s.leak_level)
        self.session_label.setText(text)
        if s.started_at:
            self.started_label.setText(
                self.tr("since {time}").format(time=ls.short_time(s.started_at))
            )
        live_now = s.status == SessionStatus.IN_PROGRESS
        stop = detail.stop
        self.vitals.set_live(live_now)
        device = [v.meta.recorded_at for v in detail.vitals if v.source == VitalSource.DEVICE]
        self._last_device_at = max(device, default=None)
        self.events.set_live(live_now)
        if s.leak_level:
            self.events.set_default_level(s.leak_level)
        totals = {Component.BLOOD: s.blood_ml, Component.FIBRIN_GLUE: s.glue_ml}
        # What the PC checks entries against if the network goes: read here, not again.
        offline.know(
            self._session_id,
            s.patch_type,
            {c.value: ml for c, ml in totals.items()},
            stop is not None,
        )
        self.injection.show_totals(totals, stopped=stop is not None or not live_now)
        self.stop_button.setVisible(stop is None and live_now)
        self.end_button.setVisible(stop is not None and live_now)
        if stop is not None:
            what = StopReason(stop.reason).label(self._lang)
            if stop.text:
                what += f": {stop.text}"
            volume = ml_number(stop.blood_ml) + " ml"
            if stop.glue_ml:
                volume += " + " + ml_number(stop.glue_ml) + " ml"
            self.stop_label.setText(
                self.tr("Stopped {time} · {volume}\n{why}").format(
                    time=ls.clock_time(stop.at), volume=volume, why=what
                )
            )
        else:
            self.stop_label.clear()
        if not live_now:
            self._show_banner(
                self.tr(
                    "This procedure is not in progress ({status}); nothing can be added."
                ).format(status=SessionStatus(s.status).label(self._lang))
            )
        self.countdown.set_live(live_now)
        self._show_entries()

    def _show_entries(self) -> None:
        """The latest values, the BP countdown's schedule, the plot and the table, from the
        server's entries and those waiting on this PC (a BP just kept is the last BP, and it
        restarts the countdown)."""
        from ebp_logger.store.services.kept_records import with_kept

        if self._detail is None:
            return
        shown = ls.attempt(lambda: with_kept(self._detail), _ignore) or self._detail
        self._latest = ls.latest_values(shown.vitals)
        self.vitals.set_previous(self._latest)
        self._show_latest()
        self.countdown.set_schedule(
            shown.session.started_at, self._last_bp_at(), bp_timer_events(shown.events)
        )
        self.plot.set_detail(shown)
        self._update_table(lambda: self.table_model.set_detail(shown))

    def _append_vitals(self, new: tuple[VitalRecord, ...]) -> None:
        if not new or self._detail is None:
            return
        self._detail = replace(self._detail, vitals=self._detail.vitals + tuple(new))
        self._max_vital_id = max(self._max_vital_id, *(v.meta.id for v in new))
        self._latest = ls.merge_latest(self._latest, new)
        arrived = [v.meta.recorded_at for v in new if v.source == VitalSource.DEVICE]
        if self._last_device_at is not None:
            arrived.append(self._last_device_at)
        self._last_device_at = max(arrived, default=None)
        s = self._detail.session
        self.countdown.set_schedule(
            s.started_at, self._last_bp_at(), bp_timer_events(self._detail.events)
        )
        self.vitals.set_previous(self._latest)
        self._show_latest()
        self.plot.append_vitals(new)
        self._update_table(lambda: self.table_model.append_vitals(new))

    def _update_table(self, change) -> None:
        """Keep the selected entry selected and stay at the bottom if the user was there."""
        bar = self.table.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        selected = self.table.selectionModel().selectedRows()
        keep = self.table_model.row_at(selected[0].row()) if selected else None
        change()
        if keep is not None:
            row = self.table_model.row_of(keep.kind, keep.meta.id)
            if row is not None:
                self.table.selectRow(row)
        if at_bottom:
            self.table.scrollToBottom()

    # --- the clock ------------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.tick()

    def tick(self) -> None:
        """Once a second: new data from the database, elapsed time, BP countdown, monitor."""
        self.poll()
        now = utcnow()
        s = self._detail.session if self._detail else None
        if s is not None and s.started_at is not None:
            end = s.ended_at or now
            self.elapsed_label.setText(ls.duration_text((end - s.started_at).total_seconds()))
            self.plot.set_now(end)
        self.countdown.tick()
        self._update_monitor(now)
        if self.stack.currentWidget() is self.summary:
            self.summary.update_times()

    def _update_monitor(self, now: datetime) -> None:
        """When the monitor last sent something: its newest message, or its newest value."""
        arrived = [
            ls.attempt(lambda: live.last_device_message_at(self._session_id), _ignore),
            self._last_device_at,
        ]
        known = [t for t in arrived if t is not None]
        last = max(known) if known else None
        if last is None:
            self.monitor_label.setText(self.tr("Monitor: no values received"))
            self.monitor_label.setStyleSheet(f"color: {style.COLOR_MUTED};")
            return
        age = (now - last).total_seconds()
        fresh = age <= MONITOR_FRESH_SECONDS
        ago = (
            self.tr("{n} s ago").format(n=max(int(age), 0))
            if age < 60
            else self.tr("{t} ago").format(t=ls.duration_text(age))
        )
        self.monitor_label.setText(
            self.tr("Monitor: last value {time} ({ago})").format(time=ls.clock_time(last), ago=ago)
        )
        color = style.COLOR_DEVICE if fresh else style.COLOR_WARN
        self.monitor_label.setStyleSheet(f"color: {color}; font-weight: bold;")

    # --- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_entry_saved(self, *args: object) -> None:
        """A user's entry was committed (or kept on this PC while the department server is
        unreachable): show it, and bring the keyboard home to the BP field (unless the user is
        in the middle of typing vitals)."""
        if args and args[0] == ls.KEPT_ON_PC:
            self._show_kept()
        else:
            self.poll()
        self.countdown.tick()
        self._clear_old_errors()
        focused = QApplication.focusWidget()
        # Typing volumes one after another: the next amount goes into the ml field, not BP.
        keep = focused is not None and (
            self.vitals.isAncestorOf(focused) or focused is self.injection.amount_edit
        )
        if not keep:
            self.vitals.focus_bp()

    def _clear_old_errors(self) -> None:
        """Something was saved: a refusal elsewhere is old news, unless its input still holds
        the refused text waiting to be corrected."""
        pending = (
            (self.vitals.status_label, tuple(self.vitals.fields.values())),
            (self.injection.message, (self.injection.amount_edit,)),
            (self.events.status_label, (self.events.level_combo,)),
        )
        for label, inputs in pending:
            if not any(w.property("state") == ls.REFUSED for w in inputs):
                ls.clear_error(label)

    @Slot()
    def _on_countdown_event_recorded(self, *args: object) -> None:
        if args and args[0] == ls.KEPT_ON_PC:
            self._show_kept()
            return
        self.poll()  # the timer's own event: shown, but the focus stays where the user is

    def _show_kept(self) -> None:
        """An entry was kept on this PC: shown with the rest, and counted in the banner."""
        self._show_entries()
        self.countdown.tick()
        self._show_kept_banner()

    def _show_kept_banner(self) -> None:
        from ebp_logger.store.services import offline

        n = offline.waiting()
        text = self.tr(
            "The department server cannot be reached: %n entries are kept on this PC and "
            "sent, in order, when it is back. Keep working.",
            "",
            n,
        )
        self._show_banner(" ".join(t for t in (text, ls.kept_summary(self._session_id)) if t))

    @Slot(bool)
    def _on_countdown_alarm_changed(self, on: bool) -> None:
        """While the BP alarm sounds, a red frame round the whole screen (seen from the side)."""
        self.live_page.setStyleSheet(
            f"QWidget#live_page {{ border: 6px solid {style.COLOR_ALARM}; }}" if on else ""
        )

    @Slot()
    def _on_stop_key_activated(self) -> None:
        if self.stop_button.isVisible():
            self.stop_button.click()
        elif self.end_button.isVisible():
            self.end_button.click()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        at = utcnow()  # the stop is bound to the moment STOP was pressed
        s = self._detail.session if self._detail else None
        volume = f"{ml_number(s.blood_ml)} ml" if s else "?"
        if s is not None and s.glue_ml:
            volume += f" + {ml_number(s.glue_ml)} ml"
        dialog = StopReasonDialog(self._actor, self._session_id, at, volume, self)
        dialog.stop_recorded.connect(self._on_entry_saved)
        self._open_dialog(dialog)

    @Slot()
    def _on_end_button_clicked(self) -> None:
        self.summary.refresh()
        self.stack.setCurrentWidget(self.summary)
        self.summary.confirm_button.setFocus()

    @Slot()
    def _on_summary_back_requested(self) -> None:
        self.stack.setCurrentWidget(self.live_page)
        self.vitals.focus_bp()

    @Slot()
    def _on_summary_confirmed(self, session_id: int) -> None:
        self._timer.stop()
        self.reload()
        self.procedure_ended.emit(session_id)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self._timer.stop()
        self.closed.emit()

    @Slot(QPoint)
    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():  # the menu key: the selected row
            index = self.table.currentIndex()
            pos = self.table.visualRect(index).center()
        if not index.isValid():
            return
        row = self.table_model.row_at(index.row())
        menu = QMenu(self)
        current = row.changeable
        correct = menu.addAction(self.tr("Correct…"))
        void = menu.addAction(self.tr("Void…"))
        artefact = menu.addAction(self.tr("Mark as artefact…"))
        correct.setEnabled(current)
        void.setEnabled(current)
        artefact.setEnabled(current and row.kind == VITAL and row.is_device and not row.is_artefact)
        chosen = menu.exec(self.table.viewport().mapToGlobal(pos))
        modes = {correct: CORRECT, void: VOID, artefact: ARTEFACT}
        if chosen in modes:
            self.open_correction(index.row(), modes[chosen])

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def _on_table_selection_changed(self, *_: object) -> None:
        """The buttons act on the selected entry: enabled only for what may be changed."""
        index = self._selected_row()
        row = self.table_model.row_at(index) if index is not None else None
        current = row is not None and row.changeable
        self.correct_button.setEnabled(current)
        self.void_button.setEnabled(current)
        self.artefact_button.setEnabled(
            current and row.kind == VITAL and row.is_device and not row.is_artefact
        )

    def _on_entry_action(self, mode: str) -> None:
        """Correct, void or mark the selected entry. With nothing selected, the key selects
        the newest entry in the table (shown, focused) so that a second press acts on it."""
        if self._dialog is not None:
            return
        index = self._selected_row()
        if index is None:
            last = self.table_model.rowCount() - 1
            if last >= 0:
                self.table.selectRow(last)
                self.table.scrollToBottom()
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        row = self.table_model.row_at(index)
        if not row.changeable:
            return
        if mode == ARTEFACT and not (row.kind == VITAL and row.is_device and not row.is_artefact):
            return
        self.open_correction(index, mode)

    def open_correction(self, table_row: int, mode: str = CORRECT) -> CorrectionDialog:
        dialog = CorrectionDialog(self._actor, self.table_model.row_at(table_row), mode, self)
        dialog.entry_changed.connect(self._on_entry_saved)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog) -> None:
        """Window-modal and non-blocking (open, not exec): the clock keeps ticking behind it."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_finished(self, *_: object) -> None:
        self._dialog = None
        # The keys (F12 for the end, F2…) work at once: the window is active again and the
        # keyboard is back in the BP field, without a click first.
        window = self.window()
        window.raise_()
        window.activateWindow()
        self.vitals.focus_bp()

    def _on_read_failed(self, message: str, _exc: BaseException) -> None:
        self._show_banner(self.tr("Could not read the database: {message}").format(message=message))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    @Slot()
    def _on_splitter_moved(self, *_: object) -> None:
        self._splitter_dragged = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_splitter()
        return super().eventFilter(watched, event)

    def _fit_splitter(self) -> None:
        """Chart and table share the height: the chart gets its room first on a small screen,
        the table a third of a big one (ten rows and more at 1920x1080)."""
        if self._splitter_dragged:
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        top_min = self.splitter.widget(0).minimumSizeHint().height()
        table = min(int(total * TABLE_SHARE), total - top_min - PLOT_FIRST_PX)
        table = max(table, TABLE_MIN_PX)
        self.splitter.setSizes([max(total - table, top_min), table])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.vitals, self.vitals.focus_bp)  # cancelled if deleted
