"""Vitals typed without the mouse: BP as ``120/80`` in one field, SpO2, heart rate and the ECG
rhythm (one letter). Enter in any field saves the set through the service; a refused value
stays where it was typed with the reason under it; an unusual one is highlighted in amber."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import EcgRhythm
from ebp_logger.clinical.plausibility import implausible
from ebp_logger.clock import utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.gui import prompts, style
from ebp_logger.gui.messages import explain
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.actor_bound import ActorBound
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import VitalRecord
from ebp_logger.store.services import offline

# One key per rhythm, the same in Danish and English (F: fibrillation / flimren).
RHYTHM_KEYS: dict[int, EcgRhythm] = {
    Qt.Key.Key_S: EcgRhythm.SINUS,
    Qt.Key.Key_B: EcgRhythm.SINUS_BRADYCARDIA,
    Qt.Key.Key_T: EcgRhythm.SINUS_TACHYCARDIA,
    Qt.Key.Key_F: EcgRhythm.ATRIAL_FIBRILLATION,
    Qt.Key.Key_O: EcgRhythm.OTHER,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DITTO_KEY = "Ctrl+D"

# ValidationError.field -> the input it is about.
_FIELD_OF = {
    "blood_pressure": "bp",
    "systolic": "bp",
    "diastolic": "bp",
    "mean_pressure": "bp",
    "vitals": "bp",
    "spo2": "spo2",
    "heart_rate": "heart_rate",
    "ecg_rhythm": "rhythm",
}


class VitalsEntry(ActorBound, QWidget):
    """One row of vitals inputs; ``vitals_saved(id)`` after the service committed a set."""

    vitals_saved = Signal(int)

    def __init__(self, actor: Actor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._lang = ls.label_lang()
        self._thresholds = ls.alert_thresholds()
        self._last: dict[str, object] = {}
        self._build()
        self._connect_signals()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(ls.FIELD_STYLES)
        big = f"font-size: {style.BIG_POINT_SIZE}pt;"
        # Placeholders name the unit, never a plausible value a tired eye could take as read.
        self.bp_edit = QLineEdit(objectName="bp_edit", placeholderText=self.tr("sys/dia"))
        self.spo2_edit = QLineEdit(objectName="spo2_edit", placeholderText="%")
        self.hr_edit = QLineEdit(objectName="hr_edit", placeholderText=self.tr("/min"))
        self.rhythm_combo = QComboBox(objectName="rhythm_combo")
        self.rhythm_combo.addItem("—", "")
        keys = {rhythm: key for key, rhythm in RHYTHM_KEYS.items()}
        for rhythm in EcgRhythm:
            letter = QKeySequence(keys[rhythm]).toString()
            self.rhythm_combo.addItem(f"{letter} · {rhythm.label(self._lang)}", rhythm.code)
        self.save_button = QPushButton(self.tr("Save vitals  ⏎"), objectName="save_vitals")
        for w in (self.bp_edit, self.spo2_edit, self.hr_edit, self.rhythm_combo):
            w.setStyleSheet(big)
            w.setFixedHeight(50)  # a refused field's thicker frame must not move the row
        self.bp_edit.setMinimumWidth(150)
        self.spo2_edit.setMaximumWidth(110)
        self.hr_edit.setMaximumWidth(110)
        self.rhythm_combo.setMinimumWidth(240)
        self.rhythm_combo.installEventFilter(self)
        self.rhythm_combo.setToolTip(
            self.tr("Keys: S sinus, B bradycardia, T tachycardia, F atrial fibrillation, O other")
        )

        self.fields: dict[str, QWidget] = {
            "bp": self.bp_edit,
            "spo2": self.spo2_edit,
            "heart_rate": self.hr_edit,
            "rhythm": self.rhythm_combo,
        }
        self.messages: dict[str, QLabel] = {}
        titles = {
            "bp": self.tr("BP (mmHg)"),
            "spo2": self.tr("SpO2 (%)"),
            "heart_rate": self.tr("Heart rate (/min)"),
            "rhythm": self.tr("ECG rhythm (S/B/T/F/O)"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for col, (key, widget) in enumerate(self.fields.items()):
            title = QLabel(titles[key])
            title.setBuddy(widget)
            title.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, 0, col)
            grid.addWidget(widget, 1, col)
            msg = QLabel(objectName=f"{key}_message")  # always there, empty when all is well
            ls.reserve_lines(msg, 1)  # a hint; the whole reason is on the status line
            msg.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.messages[key] = msg
            grid.addWidget(msg, 2, col)
        # The message rows keep their height whether or not a message shows: a refusal never
        # moves the fields, the event keys or the chart.
        grid.setRowMinimumHeight(2, self.messages["bp"].height())
        grid.addWidget(self.save_button, 1, len(self.fields))
        self.status_label = QLabel(objectName="vitals_status")
        ls.reserve_lines(self.status_label, 1)
        grid.addWidget(self.status_label, 3, 0, 1, len(self.fields) + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)

    def _connect_signals(self) -> None:
        for edit in (self.bp_edit, self.spo2_edit, self.hr_edit):
            edit.returnPressed.connect(self._on_field_return_pressed)
            edit.textEdited.connect(self._on_field_text_edited)
        self.rhythm_combo.currentIndexChanged.connect(self._on_field_text_edited)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        ditto = QShortcut(QKeySequence(DITTO_KEY), self)
        ditto.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ditto.activated.connect(self.ditto)

    # --- public ---------------------------------------------------------------------------

    def focus_bp(self) -> None:
        self.bp_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bp_edit.selectAll()

    def set_live(self, live: bool) -> None:
        for w in (*self.fields.values(), self.save_button):
            w.setEnabled(live)

    def set_previous(self, latest: Mapping[str, VitalRecord]) -> None:
        """The newest valid values (``live_support.latest_values``), for the ditto key."""
        self._last = {
            key: getattr(latest[key], key)
            for key in ("spo2", "heart_rate", "rhythm")
            if key in latest
        }

    @Slot()
    def ditto(self) -> None:
        """Fill the empty SpO2, heart rate and rhythm fields with the last values, visibly, for
        the user to confirm with Enter (the monitor still reads the same)."""
        if "spo2" in self._last and not self.spo2_edit.text().strip():
            self.spo2_edit.setText(str(self._last["spo2"]))
        if "heart_rate" in self._last and not self.hr_edit.text().strip():
            self.hr_edit.setText(str(self._last["heart_rate"]))
        if "rhythm" in self._last and not self.rhythm_combo.currentData():
            self.rhythm_combo.setCurrentIndex(self.rhythm_combo.findData(self._last["rhythm"]))
        self._check_unusual()

    def save(self) -> int | None:
        """Validate every field, show each reason, then save through the service."""
        texts = self._texts()
        if not any(texts.values()):
            self._refuse("bp", self.tr("Type a blood pressure (e.g. 120/80) or another value."))
            return None
        first = ""
        for key, check in self._checks().items():
            if not texts[key]:
                continue
            try:
                check(texts[key])
            except ValidationError as exc:
                self._refuse(key, explain(exc), focus=not first)  # the first bad field gets focus
                first = first or explain(exc)
        if first:
            # The whole reason on the full-width line too (a narrow column shows only part).
            ls.feedback(
                self.status_label,
                self.tr("Not saved: correct the marked value.") + " " + first,
                "error",
            )
            return None
        confirmed = self._confirm_implausible(texts)
        if confirmed is None:
            return None
        vital_id = ls.save_entry(
            self._actor,
            "vitals",
            self._session_id,
            self._on_save_failed,
            bp=texts["bp"] or None,
            spo2=texts["spo2"] or None,
            heart_rate=texts["heart_rate"] or None,
            rhythm=texts["rhythm"] or None,
            confirmed_implausible=confirmed,
        )
        if vital_id is None:
            return None
        self._after_save(texts, vital_id)
        self.vitals_saved.emit(vital_id)
        return vital_id

    def _confirm_implausible(self, texts: dict[str, str]) -> bool | None:
        """Values outside plausible physiology (department settings) are saved only when the
        user confirms them (kept and audited as confirmed, store.services.procedure). True:
        confirmed; False: nothing implausible; None: not confirmed (typed values kept)."""
        bp = validation.blood_pressure(texts["bp"]) if texts["bp"] else None
        found = implausible(
            offline.plausible_ranges(),
            systolic=bp.systolic if bp else None,
            diastolic=bp.diastolic if bp else None,
            heart_rate=validation.heart_rate(texts["heart_rate"]) if texts["heart_rate"] else None,
            spo2=validation.spo2(texts["spo2"]) if texts["spo2"] else None,
        )
        if not found:
            return False
        names = {
            "systolic": self.tr("systolic pressure"),
            "diastolic": self.tr("diastolic pressure"),
            "heart_rate": self.tr("heart rate"),
            "spo2": self.tr("SpO2"),
        }
        lines = [
            self.tr("{name} {value} (usual range {low}–{high})").format(
                name=names[f.field], value=f.value, low=f.low, high=f.high
            )
            for f in found
        ]
        if prompts.confirm(
            self,
            self.tr("Check the values"),
            self.tr("These values are outside plausible physiology:")
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr(
                "Were they measured like this? Confirmed values are kept and marked as "
                "confirmed in the audit trail."
            ),
            self.tr("Keep, as measured"),
            self.tr("Go back and correct"),
            warning=True,
        ):
            return True
        for i, f in enumerate(found):
            self._refuse(_FIELD_OF[f.field], lines[i], focus=i == 0)
        ls.feedback(self.status_label, self.tr("Not saved: check the marked value."), "error")
        return None

    # --- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_field_return_pressed(self) -> None:
        self.save()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_field_text_edited(self, *_: object) -> None:
        self._check_unusual()

    def _on_save_failed(self, message: str, exc: BaseException) -> None:
        key = _FIELD_OF.get(getattr(exc, "field", ""), "")
        if key:
            self._refuse(key, message)
        ls.feedback(self.status_label, self.tr("Not saved: ") + message, "error")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.rhythm_combo and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _ENTER:
                self.save()
                return True
            if key in RHYTHM_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.rhythm_combo.setCurrentIndex(self.rhythm_combo.findData(RHYTHM_KEYS[key].code))
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.rhythm_combo.setCurrentIndex(0)
                return True
        return super().eventFilter(watched, event)

    # --- helpers --------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "bp": self.bp_edit.text().strip(),
            "spo2": self.spo2_edit.text().strip(),
            "heart_rate": self.hr_edit.text().strip(),
            "rhythm": str(self.rhythm_combo.currentData() or ""),
        }

    @staticmethod
    def _checks() -> dict[str, Callable[[str], object]]:
        return {
            "bp": validation.blood_pressure,
            "spo2": validation.spo2,
            "heart_rate": validation.heart_rate,
            "rhythm": validation.ecg_rhythm,
        }

    def _refuse(self, key: str, message: str, focus: bool = True) -> None:
        ls.set_state(self.fields[key], ls.REFUSED)
        ls.feedback(self.messages[key], message, "error")
        if focus:
            self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def _parsed(self) -> dict[str, int]:
        """The values that parse, for the unusual-value check (bad ones are left out)."""
        texts, out = self._texts(), {}
        for key, field in (("bp", "sbp"), ("spo2", "spo2"), ("heart_rate", "hr")):
            try:
                value = self._checks()[key](texts[key]) if texts[key] else None
            except ValidationError:
                continue
            if value is not None:
                out[field] = value.systolic if key == "bp" else value
        return out

    def _check_unusual(self) -> None:
        """Amber for plausible-but-unusual values while typing; clears a refusal being edited."""
        alerts = validation.alerts_for(thresholds=self._thresholds, **self._parsed())
        by_field = {"systolic": "bp", "spo2": "spo2", "heart_rate": "heart_rate"}
        flagged = {by_field[a.field]: a.label(self._lang) for a in alerts}
        for key, widget in self.fields.items():
            if key in flagged:
                ls.set_state(widget, ls.UNUSUAL)
                ls.feedback(self.messages[key], flagged[key], "warn")
            else:
                ls.set_state(widget, ls.NORMAL)
                self.messages[key].clear()

    def _after_save(self, texts: dict[str, str], vital_id: int) -> None:
        alerts = validation.alerts_for(thresholds=self._thresholds, **self._parsed())
        parts = []
        if texts["bp"]:
            parts.append(self.tr("BP {bp}").format(bp=texts["bp"]))
        if texts["spo2"]:
            parts.append(self.tr("SpO2 {v} %").format(v=texts["spo2"].removesuffix("%")))
        if texts["heart_rate"]:
            parts.append(self.tr("HR {v}").format(v=texts["heart_rate"]))
        if texts["rhythm"]:
            parts.append(EcgRhythm(texts["rhythm"]).label(self._lang))
        text = ls.saved_text(vital_id, utcnow()) + " · " + " · ".join(parts)
        if alerts:
            text += " · ⚠ " + ", ".join(a.label(self._lang) for a in alerts)
        for edit in (self.bp_edit, self.spo2_edit, self.hr_edit):
            edit.clear()
        self.rhythm_combo.setCurrentIndex(0)
        self._check_unusual()
        ls.feedback(self.status_label, text, "warn" if alerts else ls.saved_kind(vital_id))
        self.focus_bp()
