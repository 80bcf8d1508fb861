"""The 5-minute blood-pressure countdown (docs/clinical-rules.md "The procedure": BP every 5 minutes).

It counts down to the next reading (clinical.schedule.bp_status), turns amber in the last
minute and becomes an overdue alarm: red, flashing, beeping, until a BP arrives (typed or from
the monitor). The alarm can be silenced for the current slot only. The first overdue moment of
a slot is recorded once as BP_OVERDUE, each 5-minute slot that passes without a reading once
as BP_MISSED. "Once" is judged against the events already in the database (every version,
voided ones too), so a restart after a crash does not record them again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import EventKind
from ebp_logger.clinical.limits import BP_INTERVAL
from ebp_logger.clinical.schedule import BpStatus, bp_status
from ebp_logger.clock import as_utc, utcnow
from ebp_logger.gui import style
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.actor_bound import ActorBound
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import EventRecord

SILENCE_KEY = "Alt+S"
WARN_SECONDS = 60  # amber in the last minute before the reading is due (a display choice)

WAITING, DUE_SOON, OVERDUE, SILENCED, OFF = "waiting", "due_soon", "overdue", "silenced", "off"


class BpCountdown(ActorBound, QFrame):
    """Call ``set_schedule`` whenever the session was read, and ``tick`` once a second."""

    alarm_changed = Signal(bool)
    event_recorded = Signal(int)

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._started_at: datetime | None = None
        self._last_bp_at: datetime | None = None
        self._overdue_at: list[datetime] = []
        self._missed_at: list[datetime] = []
        self._silenced_slot: tuple[datetime, int] | None = None
        self._live = True
        self._flash_on = False
        self._state = OFF
        self._painted: tuple[str, str] | None = None
        self.status: BpStatus | None = None
        self.beep: Callable[[], None] = QApplication.beep  # replaceable (tests count beeps)
        self.sound_on = True
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.setObjectName("bp_countdown")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.title = QLabel(self.tr("Next blood pressure"), objectName="bp_title")
        self.title.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 1}pt; font-weight: bold;")
        self.counter = QLabel("–:––", objectName="bp_counter")
        self.counter.setStyleSheet(f"font-size: {style.HUGE_POINT_SIZE + 4}pt; font-weight: bold;")
        self.detail = QLabel(objectName="bp_detail", wordWrap=True)
        self.silence_button = QPushButton(
            self.tr("Silence\n{key}").format(key=SILENCE_KEY), objectName="bp_silence"
        )
        self.silence_button.setVisible(False)
        # The button sits beside the number, so the alarm does not make the header taller.
        row = QHBoxLayout()
        row.addWidget(self.counter)
        row.addStretch(1)
        row.addWidget(self.silence_button)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.detail)

    def _connect_signals(self) -> None:
        self.silence_button.clicked.connect(self.silence)
        sc = QShortcut(QKeySequence(SILENCE_KEY), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(self.silence)

    # --- public ---------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def set_live(self, live: bool) -> None:
        """Off once the procedure is no longer in progress: no alarm, nothing recorded."""
        self._live = live

    def set_schedule(
        self,
        started_at: datetime | None,
        last_bp_at: datetime | None,
        bp_events: Sequence[EventRecord],
    ) -> None:
        """From the database: the start, the newest valid BP and every BP_OVERDUE/BP_MISSED."""
        self._started_at = started_at
        self._last_bp_at = last_bp_at
        self._overdue_at = [as_utc(e.at) for e in bp_events if e.kind == EventKind.BP_OVERDUE]
        self._missed_at = [as_utc(e.at) for e in bp_events if e.kind == EventKind.BP_MISSED]

    @Slot()
    def tick(self) -> BpStatus | None:
        """Recompute from the clock; record what became due; flash and beep when overdue."""
        if self._started_at is None or not self._live:
            self._show(OFF, None)
            return None
        status = bp_status(self._started_at, self._last_bp_at, utcnow())
        self.status = status
        if status.overdue:
            self._record_due_events(status)
            silenced = self._silenced_slot == (status.due_at, status.missed_count)
            self._flash_on = not self._flash_on
            if not silenced and self._flash_on and self.sound_on:
                self.beep()
            self._show(SILENCED if silenced else OVERDUE, status)
        else:
            self._flash_on = False
            self._show(DUE_SOON if status.seconds_left <= WARN_SECONDS else WAITING, status)
        return status

    @Slot()
    def silence(self) -> None:
        """Quiet the alarm until this slot has passed (the next missed slot alarms again)."""
        if self.status is not None and self.status.overdue:
            self._silenced_slot = (self.status.due_at, self.status.missed_count)
            self._show(SILENCED, self.status)

    # --- internals ------------------------------------------------------------------------

    def _record(self, kind: EventKind, at: datetime, note: str) -> bool:
        event_id = ls.save_entry(
            self._actor,
            "event",
            self._session_id,
            self._on_record_failed,
            kind=kind.code,
            note=note,
            at=at,
        )
        if event_id is None:
            return False
        self.event_recorded.emit(event_id)
        return True

    def _record_due_events(self, status: BpStatus) -> None:
        slot = status.due_at
        due_text = ls.clock_time(slot)
        if not any(at >= slot for at in self._overdue_at):
            now = utcnow()
            note = self.tr("Blood pressure due at {time}").format(time=due_text)
            if self._record(EventKind.BP_OVERDUE, now, note):
                self._overdue_at.append(now)
        have = sum(1 for at in self._missed_at if at >= slot)
        for k in range(have + 1, status.missed_count + 1):
            at = slot + k * BP_INTERVAL
            missed = ls.clock_time(slot + (k - 1) * BP_INTERVAL)
            note = self.tr("No blood pressure for the reading due at {time}").format(time=missed)
            if not self._record(EventKind.BP_MISSED, at, note):
                break
            self._missed_at.append(at)

    def _on_record_failed(self, message: str, _exc: BaseException) -> None:
        ls.feedback(self.detail, self.tr("Could not record: ") + message, "error")

    def _show(self, state: str, status: BpStatus | None) -> None:
        changed_alarm = (state == OVERDUE) != (self._state == OVERDUE)
        self._state = state
        self.silence_button.setVisible(state == OVERDUE)
        if status is None:
            self.counter.setText("–:––")
            self.detail.setText(self.tr("Not running"))
            self._paint("#eceff1", "#37474f")
        elif state in (WAITING, DUE_SOON):
            self.title.setText(self.tr("Next blood pressure in"))
            self.counter.setText(ls.duration_text(status.seconds_left))
            self.detail.setText(self.tr("due at {time}").format(time=ls.clock_time(status.due_at)))
            if state == WAITING:
                self._paint("#e8f5e9", style.COLOR_OK)
            else:
                self._paint("#fff4e0", style.COLOR_WARN)
        else:
            self.title.setText(self.tr("BLOOD PRESSURE OVERDUE"))
            self.counter.setText("+" + ls.duration_text(-status.seconds_left))
            text = self.tr("was due at {time}").format(time=ls.clock_time(status.due_at))
            if status.missed_count:
                text += " · " + self.tr("{n} missed").format(n=status.missed_count)
            if state == SILENCED:
                text += " · " + self.tr("sound off")
            self.detail.setText(text)
            if state == OVERDUE and self._flash_on:
                self._paint(style.COLOR_ALARM, "white")
            else:
                self._paint("#fdecea", style.COLOR_ALARM)
        if changed_alarm:
            self.alarm_changed.emit(state == OVERDUE)

    def _paint(self, background: str, foreground: str) -> None:
        if self._painted == (background, foreground):
            return  # restyling re-polishes every child: only when the colours change
        self._painted = (background, foreground)
        self.setStyleSheet(
            f"QFrame#bp_countdown {{ background: {background}; border-radius: 8px; }}"
            f"QFrame#bp_countdown QLabel {{ color: {foreground}; }}"
        )
