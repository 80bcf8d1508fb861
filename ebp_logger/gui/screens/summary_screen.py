"""End of procedure: what was done, read back from the database for the anaesthesiologist to
check (total volume, why it stopped, duration, complications, blood pressure), then confirmed.
Confirming ends the procedure and starts the 24 h supine rest (docs/clinical-rules.md "The procedure")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import Component, EventKind, PatchType
from ebp_logger.clinical.plausibility import lowest_pressures
from ebp_logger.clinical.schedule import supine_rest_end
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.clock import to_local, utcnow
from ebp_logger.gui import style
from ebp_logger.gui.formatting import ml_number
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.actor_bound import ActorBound
from ebp_logger.gui.widgets.enter_filter import enter_clicks
from ebp_logger.gui.widgets.scroll_column import make_scrollable
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import SessionDetail
from ebp_logger.store.services import queries, sessions

CONFIRM_KEY = "Ctrl+Return"


class SummaryScreen(ActorBound, QWidget):
    """``confirmed(session id)`` after ``sessions.end_procedure`` committed;
    ``back_requested`` to return to the live screen (nothing is changed)."""

    confirmed = Signal(int)
    back_requested = Signal()

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = ls.label_lang()
        self._detail: SessionDetail | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        title = QLabel(self.tr("End of procedure: check, then confirm"), objectName="summary_title")
        title.setStyleSheet(f"font-size: {style.HUGE_POINT_SIZE - 6}pt; font-weight: bold;")
        outer.addWidget(title)
        self.patient_label = QLabel(objectName="summary_patient")
        self.patient_label.setStyleSheet(f"font-size: {style.BIG_POINT_SIZE - 2}pt;")
        outer.addWidget(self.patient_label)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(30)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("volume", self.tr("Total volume")),
            ("stop", self.tr("Stopped because")),
            ("duration", self.tr("Duration")),
            ("level", self.tr("Level")),
            ("complications", self.tr("Complications")),
            ("vitals", self.tr("Blood pressure")),
            ("lowest", self.tr("Vital signs")),
            ("rest", self.tr("Supine rest")),
        )
        for key, text in rows:
            name = QLabel(text)
            name.setStyleSheet(
                f"font-size: {style.BIG_POINT_SIZE - 4}pt; color: {style.COLOR_MUTED};"
            )
            value = QLabel(objectName=f"summary_{key}", wordWrap=True)
            value.setStyleSheet(f"font-size: {style.BIG_POINT_SIZE}pt; font-weight: bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(name, value)
        self.values["volume"].setStyleSheet(
            f"font-size: {style.HUGE_POINT_SIZE}pt; font-weight: bold; "
            f"color: {style.PLOT_COLORS['volume']};"
        )
        outer.addLayout(form)
        outer.addStretch(1)
        # The read-back scrolls on a small screen; the message and the buttons stay in view.
        make_scrollable(outer, "summary_scroll")
        self.message = QLabel(objectName="summary_message", wordWrap=True)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(
            self.tr("Back to the procedure  Esc"), objectName="summary_back"
        )
        self.confirm_button = QPushButton(
            self.tr("Confirm end of procedure  Ctrl+Enter"), objectName="summary_confirm"
        )
        self.confirm_button.setStyleSheet(
            f"QPushButton {{ font-size: {style.BIG_POINT_SIZE - 2}pt; font-weight: bold;"
            f" min-height: 64px; background: {style.COLOR_OK}; color: white;"
            " border-radius: 6px; padding: 0 24px; }"
            "QPushButton:disabled { background: #b9d4c1; color: #f2f7f3; }"
        )
        self.back_button.setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE - 4}pt; min-height: 64px; padding: 0 24px;"
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        outer.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.confirm_button.clicked.connect(self.confirm)
        enter_clicks(self.confirm_button, self.back_button)
        for key, slot in (
            (CONFIRM_KEY, self.confirm),
            ("Ctrl+Enter", self.confirm),
            ("Esc", self.back_requested.emit),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # --- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the session again and fill in every line (also the duration up to now)."""
        detail = ls.attempt(lambda: queries.session_detail(self._session_id), self._on_failed)
        if detail is None:
            return
        self._detail = detail
        s = detail.session
        self.patient_label.setText(
            f"{s.patient.name} · {s.patient.cpr_display} · {PatchType(s.patch_type).label(self._lang)}"
        )
        self.values["volume"].setText(self._volume_text(detail))
        stop = detail.stop
        if stop is None:
            self.values["stop"].setText(self.tr("Not recorded: press STOP first"))
        else:
            text = StopReason(stop.reason).label(self._lang)
            if stop.text:
                text += f": {stop.text}"
            self.values["stop"].setText(
                text + " · " + self.tr("at {time}").format(time=ls.clock_time(stop.at))
            )
        events = SessionDetail.current_of(detail.events)
        levels = [e.level for e in events if e.kind == EventKind.LOSS_OF_RESISTANCE and e.level]
        self.values["level"].setText(", ".join(levels) or self.tr("not recorded"))
        comps = [e for e in events if EventKind(e.kind).is_complication]
        self.values["complications"].setText(
            ", ".join(
                f"{EventKind(e.kind).label(self._lang)} ({ls.short_time(e.at)})" for e in comps
            )
            or self.tr("None recorded")
        )
        color = f"color: {style.COLOR_ALARM};" if comps else ""
        self.values["complications"].setStyleSheet(
            f"font-size: {style.BIG_POINT_SIZE}pt; font-weight: bold; {color}"
        )
        self._fill_vitals(detail)
        self.update_times()
        self.confirm_button.setEnabled(stop is not None)

    @Slot()
    def update_times(self) -> None:
        """Duration up to now and when the supine rest would end (called once a second)."""
        if self._detail is None or self._detail.session.started_at is None:
            return
        start, now = self._detail.session.started_at, utcnow()
        self.values["duration"].setText(
            self.tr("{minutes} min  ({start} – {end})").format(
                minutes=int((now - start).total_seconds() // 60),
                start=ls.short_time(start),
                end=ls.short_time(now),
            )
        )
        rest_end = to_local(supine_rest_end(now))
        self.values["rest"].setText(
            self.tr("Lying flat for 24 h after confirming: until {time} on {date}").format(
                time=rest_end.strftime("%H:%M"), date=rest_end.strftime("%d.%m.%Y")
            )
        )

    @Slot()
    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        ended = ls.attempt(
            lambda: sessions.end_procedure(self._actor, self._session_id) or True, self._on_failed
        )
        if ended:
            ls.feedback(self.message, self.tr("Procedure ended; supine rest started."), "ok")
            self.confirmed.emit(self._session_id)

    # --- internals ------------------------------------------------------------------------

    def _volume_text(self, detail: SessionDetail) -> str:
        s = detail.session
        if PatchType(s.patch_type) is PatchType.NON_TARGETED:
            return f"{ml_number(s.blood_ml)} ml {Component.BLOOD.label(self._lang).lower()}"
        return (
            f"{ml_number(s.blood_ml)} ml {Component.BLOOD.label(self._lang).lower()} + "
            f"{ml_number(s.glue_ml)} ml {Component.FIBRIN_GLUE.label(self._lang).lower()}"
        )

    def _fill_vitals(self, detail: SessionDetail) -> None:
        vitals = [v for v in SessionDetail.current_of(detail.vitals) if not v.is_artefact]
        bps = [v for v in vitals if v.has_bp]
        missed = sum(
            1 for e in SessionDetail.current_of(detail.events) if e.kind == EventKind.BP_MISSED
        )
        text = self.tr("%n reading(s)", "", len(bps))
        if missed:
            text += " · " + self.tr("{n} 5-minute reading(s) missed").format(n=missed)
        self.values["vitals"].setText(text)
        parts = []
        low = lowest_pressures(bps)
        if low is not None:  # each part on its own: a low diastolic is never hidden
            parts.append(
                self.tr("lowest systolic {s}, diastolic {d}, mean {m}").format(
                    s=low.systolic,
                    d=low.diastolic,
                    m=f"{low.mean}" + (self.tr(" (calculated)") if low.mean_calculated else ""),
                )
            )
        spo2 = [v.spo2 for v in vitals if v.spo2 is not None]
        if spo2:
            parts.append(self.tr("lowest SpO2 {v} %").format(v=min(spo2)))
        hr = [v.heart_rate for v in vitals if v.heart_rate is not None]
        if hr:
            if min(hr) == max(hr):  # one value (or all alike): shown once
                parts.append(self.tr("HR {v}").format(v=hr[0]))
            else:
                parts.append(self.tr("HR {low}–{high}").format(low=min(hr), high=max(hr)))
        self.values["lowest"].setText(" · ".join(parts) or "—")

    def _on_failed(self, message: str, _exc: BaseException) -> None:
        ls.feedback(self.message, message, "error")
