"""Procedure events on function keys: needle in, loss of resistance at a level (T1–T2 … L5–S1),
blood drawn, the complications, and a free note. Each key saves at once; a wrong one is
voided or corrected from the entries table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ebp_logger.clinical.enums import EventKind
from ebp_logger.clinical.levels import LEVELS, parse_level
from ebp_logger.clock import utcnow
from ebp_logger.gui import style
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.actor_bound import ActorBound
from ebp_logger.store.audit import Actor

EVENT_KEYS: tuple[tuple[EventKind, str], ...] = (
    (EventKind.NEEDLE_IN, "F2"),
    (EventKind.LOSS_OF_RESISTANCE, "F3"),
    (EventKind.BLOOD_DRAWN, "F4"),
    (EventKind.DURAL_PUNCTURE, "F5"),
    (EventKind.PARAESTHESIA, "F6"),
    (EventKind.VASOVAGAL, "F7"),
    (EventKind.NOTE, "F8"),
)
# Two rows: the steps of the procedure on top, the level field right after loss of resistance;
# the complications below, then the note key beside the note field.
_POSITIONS: dict[EventKind, tuple[int, int]] = {
    EventKind.NEEDLE_IN: (0, 0),
    EventKind.LOSS_OF_RESISTANCE: (0, 1),
    EventKind.BLOOD_DRAWN: (0, 3),
    EventKind.DURAL_PUNCTURE: (1, 0),
    EventKind.PARAESTHESIA: (1, 1),
    EventKind.VASOVAGAL: (1, 2),
    EventKind.NOTE: (1, 3),
}


class EventBar(ActorBound, QWidget):
    """``event_saved(id)`` after the service committed an event."""

    event_saved = Signal(int)

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = ls.label_lang()
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.setStyleSheet(ls.FIELD_STYLES)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.buttons: dict[EventKind, QPushButton] = {}
        for kind, key in EVENT_KEYS:
            button = QPushButton(f"{key} {kind.label(self._lang)}", objectName=f"event_{kind.code}")
            button.setProperty("kind", kind.code)
            button.setMinimumHeight(44)
            button.setStyleSheet(
                "text-align: left; padding: 2px 6px;"
                + (
                    f"color: {style.COLOR_ALARM}; font-weight: bold;"
                    if kind.is_complication
                    else ""
                )
            )
            button.setFocusPolicy(
                Qt.FocusPolicy.TabFocus
            )  # a click leaves the keyboard where it was
            self.buttons[kind] = button
            grid.addWidget(button, *_POSITIONS[kind])
        self.level_combo = QComboBox(objectName="level_combo", editable=True)
        self.level_combo.addItems(list(LEVELS))
        self.level_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.level_combo.setCurrentIndex(-1)
        self.level_combo.lineEdit().setPlaceholderText(self.tr("Level, e.g. L3–L4"))
        self.level_combo.setToolTip(self.tr("An interspace from T1–T2 to L5–S1, e.g. L3–L4"))
        self.note_edit = QLineEdit(objectName="note_edit", placeholderText=self.tr("Note + Enter"))
        for w in (self.level_combo, self.note_edit):
            w.setFixedHeight(44)  # a refused field's thicker frame must not move the row
            w.setMinimumWidth(120)
        grid.addWidget(self.level_combo, 0, 2)
        grid.addWidget(self.note_edit, 1, 4)
        grid.setColumnStretch(4, 1)
        self.status_label = QLabel(objectName="event_status")
        # Two lines: a refused level shows the whole allowed range. (The live screen shows
        # this line with the vitals' on one shared line.)
        ls.reserve_lines(self.status_label, 2)
        grid.addWidget(self.status_label, 2, 0, 1, 5)

    def _connect_signals(self) -> None:
        for kind, key in EVENT_KEYS:
            self.buttons[kind].clicked.connect(self._on_event_button_clicked)
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.buttons[kind].click)
        self.level_combo.activated.connect(self._on_level_combo_activated)
        self.level_combo.lineEdit().returnPressed.connect(self._on_level_combo_activated)
        self.level_combo.lineEdit().textEdited.connect(self._on_level_text_edited)
        self.note_edit.returnPressed.connect(self._on_note_return_pressed)

    # --- public ---------------------------------------------------------------------------

    def set_live(self, live: bool) -> None:
        for w in (*self.buttons.values(), self.level_combo, self.note_edit):
            w.setEnabled(live)

    def set_default_level(self, level: str) -> None:
        """Where the level list opens (e.g. a targeted patch's leak level); nothing is chosen."""
        index = self.level_combo.findText(level)
        if index >= 0:
            self.level_combo.view().setCurrentIndex(self.level_combo.model().index(index, 0))

    def record(self, kind: EventKind, level: str = "", note: str = "") -> int | None:
        """Save one event now; None (with the reason shown) when refused."""
        event_id = ls.save_entry(
            self._actor,
            "event",
            self._session_id,
            self._on_record_failed,
            kind=EventKind(kind).code,
            level=level,
            note=note,
        )
        if event_id is None:
            return None
        text = EventKind(kind).label(self._lang)
        if level:
            text += f" {parse_level(level)}"
        ls.feedback(
            self.status_label,
            ls.saved_text(event_id, utcnow()) + f" · {text}",
            ls.saved_kind(event_id),
        )
        self.event_saved.emit(event_id)
        return event_id

    # --- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_event_button_clicked(self) -> None:
        kind = EventKind(self.sender().property("kind"))
        if kind is EventKind.LOSS_OF_RESISTANCE:
            if self.level_combo.currentText().strip():
                self._on_level_combo_activated()
            else:
                self.level_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
                ls.feedback(
                    self.status_label,
                    self.tr("Loss of resistance: type or pick the level, then Enter."),
                    "warn",
                )
        elif kind is EventKind.NOTE:
            if self.note_edit.text().strip():
                self._on_note_return_pressed()
            else:
                self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.record(kind)

    @Slot()
    def _on_level_combo_activated(self, *_: object) -> None:
        # Enter in the line edit can also emit activated(); the second call finds it cleared.
        text = self.level_combo.currentText().strip()
        if not text:
            return
        if self.record(EventKind.LOSS_OF_RESISTANCE, level=text) is not None:
            ls.set_state(self.level_combo, ls.NORMAL)
            self.level_combo.setCurrentIndex(-1)
            self.level_combo.clearEditText()
        else:
            ls.set_state(self.level_combo, ls.REFUSED)

    @Slot()
    def _on_level_text_edited(self, _text: str) -> None:
        ls.set_state(self.level_combo, ls.NORMAL)

    @Slot()
    def _on_note_return_pressed(self) -> None:
        note = self.note_edit.text()
        if self.record(EventKind.NOTE, note=note) is not None:
            self.note_edit.clear()

    def _on_record_failed(self, message: str, _exc: BaseException) -> None:
        ls.feedback(self.status_label, self.tr("Not saved: ") + message, "error")
