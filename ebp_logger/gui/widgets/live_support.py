"""Small helpers shared by the live-procedure widgets: times as shown, the label language,
the alert thresholds from the settings, and one way to mark a field as refused or unusual."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ebp_logger.clinical.validation import AlertThresholds
from ebp_logger.clock import to_local
from ebp_logger.gui import style
from ebp_logger.gui.messages import explain
from ebp_logger.gui.translations import TextContext
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.store.records import VitalRecord

T = TypeVar("T")

# Language of the clinical labels (enum texts): the department setting, else the locale.
label_lang = current_lang

# Field states, used as a dynamic property that the stylesheet below reacts to.
NORMAL, REFUSED, UNUSUAL = "", "refused", "unusual"

FIELD_STYLES = f"""
QLineEdit[state="refused"], QComboBox[state="refused"] {{
    border: 3px solid {style.COLOR_ALARM}; background: #fdecea; }}
QLineEdit[state="unusual"], QComboBox[state="unusual"] {{
    border: 3px solid {style.COLOR_WARN}; background: #fff4e0; }}
"""

FEEDBACK_COLORS = {"ok": style.COLOR_OK, "error": style.COLOR_ALARM, "warn": style.COLOR_WARN}


def clock_time(value: datetime) -> str:
    """A moment as local wall-clock time, to the second (what the table and feedback show)."""
    return to_local(value).strftime("%H:%M:%S")


def short_time(value: datetime) -> str:
    return to_local(value).strftime("%H:%M")


def duration_text(seconds: float) -> str:
    """12:05 for minutes and seconds; 1:02:05 past an hour. Negative counts as 0."""
    total = max(int(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


LATEST_FIELDS = {"bp": "systolic", "spo2": "spo2", "heart_rate": "heart_rate", "rhythm": "rhythm"}


def latest_values(vitals: Sequence[VitalRecord]) -> dict[str, VitalRecord]:
    """Per value ("bp", "spo2", "heart_rate", "rhythm"): the newest vitals row that has it and
    still counts (not voided, corrected or artefact). ``vitals`` in time order."""
    found: dict[str, VitalRecord] = {}
    for v in reversed(vitals):
        if not v.meta.current or v.is_artefact:
            continue
        for key, attr in LATEST_FIELDS.items():
            if key not in found and getattr(v, attr) is not None:
                found[key] = v
        if len(found) == len(LATEST_FIELDS):
            break
    return found


def merge_latest(
    known: Mapping[str, VitalRecord], new: Sequence[VitalRecord]
) -> dict[str, VitalRecord]:
    """``known`` updated with new rows only (a monitor streaming): no rescan of the session."""
    merged = dict(known)
    for key, v in latest_values(sorted(new, key=lambda r: r.taken_at)).items():
        if key not in merged or v.taken_at >= merged[key].taken_at:
            merged[key] = v
    return merged


def alert_thresholds() -> AlertThresholds:
    """The department's highlight thresholds (settings), the rest from the clinical defaults."""
    from ebp_logger.store import settings

    conf = settings.load()
    return AlertThresholds(
        spo2_low=conf.alert_spo2_low,
        hr_low=conf.alert_hr_low,
        hr_high=conf.alert_hr_high,
        sbp_low=conf.alert_sbp_low,
    )


def alarm_sound() -> bool:
    """Whether the department wants the overdue alarm to sound (the visual alarm always runs)."""
    from ebp_logger.store import settings

    try:
        return settings.load().alarm_sound
    except Exception:  # noqa: BLE001 - an unreadable setting must not silence the alarm
        return True


def set_state(widget: QWidget, state: str) -> None:
    """Mark a field refused (red), unusual (amber) or normal; re-polish so the style applies."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def feedback(label: QLabel, text: str, kind: str = "ok") -> None:
    """Show a short message under an input: green for saved, red for refused, amber to note.
    The whole text is also the tooltip, for a line reserved too short for it."""
    label.setStyleSheet(f"color: {FEEDBACK_COLORS[kind]}; font-weight: bold;")
    label.setText(text)
    label.setToolTip(text)
    label.setProperty("feedback", kind)
    shared = getattr(label, "shared_line", None)
    if shared is not None:  # a screen shows several widgets' messages on one line
        feedback(shared, text, kind)
        shared.setProperty("source", label.objectName())


def clear_error(label: QLabel) -> None:
    """Take down a refusal once something else was saved (an old red line misleads)."""
    if label.property("feedback") == "error":
        label.clear()
        label.setToolTip("")
        label.setProperty("feedback", "")
        shared = getattr(label, "shared_line", None)
        if shared is not None and shared.property("source") == label.objectName():
            clear_error(shared)


def share_line(shared: QLabel, *labels: QLabel) -> None:
    """Show the messages of ``labels`` (hidden from now on) on ``shared``: the newest wins."""
    for label in labels:
        label.shared_line = shared
        label.setVisible(False)


def reserve_lines(label: QLabel, lines: int) -> None:
    """A message line of fixed height: a message coming or going never moves the chart or the
    fields, and a long one wraps within the width it is given instead of widening the screen."""
    font = QFont(label.font())
    font.setPointSize(style.BASE_POINT_SIZE)
    font.setBold(True)
    label.setWordWrap(True)
    label.setFixedHeight(QFontMetrics(font).lineSpacing() * lines + 4)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)


def attempt(action: Callable[[], T], on_error: Callable[[str, BaseException], None]) -> T | None:
    """Run a service call; a refusal or failure goes to ``on_error`` with the message to show
    (the caller keeps what was typed) and None is returned. Never raises to the event loop."""
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - bad input must never crash the procedure screen
        on_error(explain(exc), exc)
        return None


class LiveSupportText(TextContext):
    """This module's texts (their translation context)."""


# An entry kept on this PC while the department server is unreachable: it has no id yet.
KEPT_ON_PC = 0


def save_entry(
    actor: object,
    what: str,
    session_id: int,
    on_error: Callable[[str, BaseException], None],
    **args: object,
) -> int | None:
    """Save a procedure entry (``services.offline.record``): its id, ``KEPT_ON_PC`` when the
    server cannot be reached and it waits on this PC, None when refused (reason shown)."""
    from ebp_logger.store.services import offline

    saved = attempt(lambda: offline.record(actor, what, session_id, **args), on_error)
    if saved is None:
        return None
    return KEPT_ON_PC if saved.on_pc else saved.entry_id


def saved_text(entry_id: int, at: datetime) -> str:
    """ "Saved 10:05", or, for an entry waiting on this PC, saying so: never "saved" for
    what the server does not have yet."""
    if entry_id == KEPT_ON_PC:
        return LiveSupportText.tr("Kept on this PC {time} (server unreachable)").format(
            time=clock_time(at)
        )
    return LiveSupportText.tr("Saved {time}").format(time=clock_time(at))


def saved_kind(entry_id: int) -> str:
    """The feedback's colour: amber for an entry that waits on this PC."""
    return "warn" if entry_id == KEPT_ON_PC else "ok"


def kept_summary(session_id: int, most: int = 4) -> str:
    """The newest entries waiting on this PC, in a line: "Waiting: 10:05 BP 118/76 · …"."""
    from ebp_logger.clinical.enums import EventKind
    from ebp_logger.clinical.stop_reasons import StopReason
    from ebp_logger.gui.formatting import ml_number
    from ebp_logger.store.services import offline

    lang = label_lang()
    items = []
    for e in offline.kept_entries(session_id)[-most:]:
        a = e.args
        if e.kind == "vitals":
            parts = [LiveSupportText.tr("BP {bp}").format(bp=a["bp"])] if a.get("bp") else []
            parts += [f"SpO2 {a['spo2']} %"] if a.get("spo2") else []
            parts += (
                [LiveSupportText.tr("HR {v}").format(v=a["heart_rate"])]
                if a.get("heart_rate")
                else []
            )
            what = " ".join(parts) or LiveSupportText.tr("vitals")
        elif e.kind == "injection":
            what = f"+{ml_number(float(str(a['amount_ml']).replace(',', '.')))} ml"
        elif e.kind == "event":
            what = EventKind(a["kind"]).label(lang)
        else:
            what = LiveSupportText.tr("STOP: {reason}").format(
                reason=StopReason(a["reason"]).label(lang)
            )
        items.append(f"{clock_time(offline.kept_at(e))} {what}")
    if not items:
        return ""
    return LiveSupportText.tr("Waiting: {items}").format(items=" · ".join(items))
