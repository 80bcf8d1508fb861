"""The pre-procedure checklist as answerable rows, built from the department's definitions.

Every answer is saved through ``checklist.answer`` the moment it is given (a button press, Enter
in a text, the Save button of a time); follow-up questions then appear below the answer that
asks for them. Before a session exists the questions are shown but cannot be answered.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.checklist import LAST_DOSE_KEY, NO, YES, ChecklistItemDef
from ebp_logger.clock import as_utc, to_local, utcnow
from ebp_logger.errors import EbpError
from ebp_logger.gui.messages import explain
from ebp_logger.gui.style import set_kind
from ebp_logger.gui.widgets.enter_filter import on_enter
from ebp_logger.store.audit import Actor

# "27.11.2026 08:00", "27.11.26 8.00", "27/11 08:00" (this year), "08:00" (today).
_TYPED_TIME = re.compile(
    r"(?:(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\s+)?(\d{1,2})[:.](\d{2})"
)


def parse_typed_time(text: str, now_local: datetime) -> datetime | None:
    """A local date and time typed as on the paper chart (day first), aware in local time;
    None when it is not one. A time without a date is today's."""
    m = _TYPED_TIME.fullmatch(text.strip())
    if m is None:
        return None
    day, month, year, hour, minute = m.groups()
    try:
        y = now_local.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
        naive = datetime(
            y,
            int(month) if month else now_local.month,
            int(day) if day else now_local.day,
            int(hour),
            int(minute),
        )
    except ValueError:
        return None
    return naive.astimezone()


def _parse_iso(text: str) -> datetime | None:
    try:
        return as_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


class ChecklistRow(QWidget):
    """One question with its answer controls and what the answer means."""

    answered = Signal(str, str)  # item key, answer

    def __init__(self, item: ChecklistItemDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.saved: str = ""
        self.setProperty("kind", "checklist-row")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 6, 4, 6)
        outer.setSpacing(4)
        self.question = QLabel(item.label(lang), self)
        self.question.setWordWrap(True)
        outer.addWidget(self.question)
        if item.help_text(lang):
            help_label = QLabel(item.help_text(lang), self)
            help_label.setWordWrap(True)
            help_label.setProperty("kind", "muted")
            outer.addWidget(help_label)
        self.controls = QHBoxLayout()
        outer.addLayout(self.controls)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        outer.addWidget(self.status)
        self.buttons: dict[str, QPushButton] = {}
        self.edit: QLineEdit | None = None
        self.time_edit: QLineEdit | None = None
        # (text, flagged): the interval since the anticoagulant's last dose (set by the panel)
        self.extra: tuple[str, bool] = ("", False)
        self._build_controls()

    def _build_controls(self) -> None:
        item = self.item
        if item.kind in ("yes_no", "choice"):
            options = (
                [(YES, self.tr("Yes")), (NO, self.tr("No"))]
                if item.kind == "yes_no"
                else [(c.code, c.label(self.lang)) for c in item.choices]
            )
            for code, text in options:
                button = QPushButton(text, self)
                button.setCheckable(True)
                button.setProperty("kind", "answer")
                button.setAccessibleName(f"{item.label(self.lang)}: {text}")
                button.clicked.connect(lambda _checked=False, c=code: self._on_option_clicked(c))
                self.controls.addWidget(button)
                self.buttons[code] = button
            self.controls.addStretch(1)
        elif item.kind == "text":
            self.edit = QLineEdit(self)
            self.edit.setAccessibleName(item.label(self.lang))
            self.edit.setPlaceholderText(self.tr("type, then Enter"))
            self.edit.returnPressed.connect(self._on_text_done)
            self.edit.editingFinished.connect(self._on_text_done)
            self.controls.addWidget(self.edit, 1)
        elif item.kind == "datetime":
            # Starts empty: a time filled in with "now" was saved by one Enter as a dose taken
            # a minute ago (and "pause adequate" then let the procedure start).
            self.time_edit = QLineEdit(self)
            self.time_edit.setPlaceholderText(self.tr("dd.mm.yyyy hh:mm"))
            self.time_edit.setAccessibleName(item.label(self.lang))
            self.time_edit.setMaxLength(20)
            on_enter(self.time_edit, self._on_time_save)
            save = QPushButton(self.tr("Save time"), self)
            save.clicked.connect(self._on_time_save)
            self.controls.addWidget(self.time_edit)
            self.controls.addWidget(save)
            self.controls.addStretch(1)
            self.buttons["save"] = save

    def focus_widgets(self) -> list[QWidget]:
        if self.edit is not None:
            return [self.edit]
        if self.time_edit is not None:
            return [self.time_edit, self.buttons["save"]]
        return list(self.buttons.values())

    # -- showing the saved answer --------------------------------------------------------------
    def show_answer(self, answer: str) -> None:
        self.saved = answer
        for code, button in self.buttons.items():
            if button.isCheckable():
                button.setChecked(code == answer)
        if self.edit is not None and not self.edit.hasFocus():
            self.edit.setText(answer)
        if self.time_edit is not None and answer:
            when = _parse_iso(answer)
            if when is not None and not self.time_edit.hasFocus():
                self.time_edit.setText(f"{to_local(when):%d.%m.%Y %H:%M}")
        self._show_meaning()

    def _show_meaning(self) -> None:
        item, answer = self.item, self.saved
        if not answer:
            self.show_status("", "")
        elif self.extra[1]:  # saved, but inside the department's minimum interval
            self.show_status("⚠ " + self._saved_text(), "warning")
        elif item.safe_answer is None or answer == item.safe_answer:
            self.show_status("✓ " + self._saved_text(), "ok")
        elif item.blocking:
            self.show_status("⛔ " + self.unsafe_text(), "error")
        else:
            self.show_status("⚠ " + self.unsafe_text(), "warning")

    def _saved_text(self) -> str:
        if self.item.kind == "datetime":
            when = _parse_iso(self.saved)
            shown = f"{to_local(when):%d.%m.%Y %H:%M}" if when else self.saved
            text = self.tr("Saved: %1").replace("%1", shown)
            return text + (f" · {self.extra[0]}" if self.extra[0] else "")
        return self.tr("Saved")

    def unsafe_text(self) -> str:
        item = self.item
        return item.unsafe.text(self.lang) if item.unsafe else item.label(self.lang)

    def show_status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if kind:
            set_kind(self.status, kind)

    # -- answering ----------------------------------------------------------------------------
    def _on_option_clicked(self, code: str) -> None:
        for c, button in self.buttons.items():
            button.setChecked(c == self.saved)  # shown as chosen only once saved
        self.answered.emit(self.item.key, code)

    def _on_text_done(self) -> None:
        assert self.edit is not None
        text = self.edit.text().strip()
        if text and text != self.saved:
            self.answered.emit(self.item.key, text)

    def set_extra(self, text: str, flagged: bool) -> None:
        self.extra = (text, flagged)
        self._show_meaning()

    def _on_time_save(self) -> None:
        assert self.time_edit is not None
        typed = self.time_edit.text().strip()
        when = parse_typed_time(typed, to_local(utcnow()))
        if when is None:
            self.show_status(
                self.tr("Type the date and time of the last dose, e.g. 27.11.2026 08:00."),
                "error",
            )
            self.time_edit.setFocus()
            return
        if as_utc(when) > utcnow():
            self.show_status(
                self.tr("The time is in the future. Enter when the last dose was taken."),
                "error",
            )
            self.time_edit.setFocus()
            return
        self.answered.emit(self.item.key, when.isoformat(timespec="minutes"))


class ChecklistPanel(QWidget):
    """All visible checklist rows of one session."""

    answers_changed = Signal()

    def __init__(
        self,
        actor: Actor,
        session_id: int | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.session_id = session_id
        self.lang = lang
        self.rows: dict[str, ChecklistRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.note = QLabel(self.tr("Save the session details first; then answer the checklist."))
        self.note.setWordWrap(True)
        self.note.setProperty("kind", "muted")
        self._layout.addWidget(self.note)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(2)
        self._layout.addLayout(self._rows_box)
        self._layout.addStretch(1)
        self.refresh()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor

    def set_session(self, session_id: int) -> None:
        self.session_id = session_id
        self.refresh()

    def answers(self) -> dict[str, str]:
        from ebp_logger.store.services import checklist

        return checklist.current_answers(self.session_id) if self.session_id else {}

    def refresh(self) -> None:
        """Show the questions that apply now, each with its saved answer."""
        from ebp_logger.store.services import checklist

        answers = self.answers()
        visible = [d for d in checklist.definitions() if d.applies(answers)]
        keys = [d.key for d in visible]
        for key in list(self.rows):
            if key not in keys:
                row = self.rows.pop(key)
                self._rows_box.removeWidget(row)
                row.deleteLater()
        for position, item in enumerate(visible):
            row = self.rows.get(item.key)
            if row is None:
                row = ChecklistRow(item, self.lang, self)
                row.answered.connect(self._on_row_answered)
                self.rows[item.key] = row
            else:
                self._rows_box.removeWidget(row)
            self._rows_box.insertWidget(position, row)
            if item.key == LAST_DOSE_KEY and self.session_id is not None:
                row.extra = checklist.anticoagulant_note(self.session_id, self.lang)
            row.show_answer(answers.get(item.key, ""))
            row.setEnabled(self.session_id is not None)
        self.note.setVisible(self.session_id is None)

    def focus_chain(self) -> list[QWidget]:
        return [w for key in self.rows for w in self.rows[key].focus_widgets()]

    def ordered_rows(self) -> list[ChecklistRow]:
        out = []
        for i in range(self._rows_box.count()):
            widget = self._rows_box.itemAt(i).widget()
            if isinstance(widget, ChecklistRow):
                out.append(widget)
        return out

    def _on_row_answered(self, key: str, value: str) -> None:
        from ebp_logger.store.services import checklist

        if self.session_id is None:
            return
        row = self.rows[key]
        try:
            checklist.answer(self.actor, self.session_id, key, value, lang=self.lang)
        except EbpError as exc:
            row.show_status(explain(exc), "error")
            return
        self.refresh()
        self.answers_changed.emit()
        self._focus_after(key)

    def _focus_after(self, key: str) -> None:
        """Focus the next unanswered question (else the next one) below the one answered."""
        rows = self.ordered_rows()
        keys = [r.item.key for r in rows]
        if key not in keys:
            return
        after = [r for r in rows[keys.index(key) + 1 :] if r.focus_widgets()]
        target = next((r for r in after if not r.saved), after[0] if after else None)
        if target is not None:
            target.focus_widgets()[0].setFocus()
