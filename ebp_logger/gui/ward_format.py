"""How the ward screens word times, due scores and score changes (in the UI language), and the
message line and Save / Cancel row every ward dialog ends with."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ebp_logger.clinical.enums import ScoreTimepoint
from ebp_logger.clock import as_utc, to_local, utcnow
from ebp_logger.gui import style
from ebp_logger.gui.translations import TextContext
from ebp_logger.store.services.worklist import DuePoint, DueState, ScoreChange, WorklistRow


class WardText(TextContext):
    """This module's texts (their translation context)."""


def hours_minutes(span: timedelta) -> str:
    """ "23 h 05 min"; "45 min" under an hour. Negative spans count as 0."""
    minutes = max(int(span.total_seconds() // 60), 0)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return WardText.tr("{h} h {m:02d} min").format(h=hours, m=minutes)
    return WardText.tr("{m} min").format(m=minutes)


def local_hm(value: datetime | None) -> str:
    """Today's time as 14:05; another day as 22.11. 14:05."""
    if value is None:
        return ""
    local = to_local(value)
    if local.date() == to_local(utcnow()).date():
        return f"{local:%H:%M}"
    return f"{local:%d.%m. %H:%M}"


def point_label(point: DuePoint | None) -> str:
    if point is None:
        return WardText.tr("24-hour score recorded")
    if point.timepoint == ScoreTimepoint.H24.value:
        return WardText.tr("24-hour score")
    return WardText.tr("Checkpoint at {h:g} h").format(h=point.hours)


def due_text(row: WorklistRow) -> str:
    """ "Overdue 1 h 05 min (15:00)", "Due soon: in 56 min (16:56)", "Due now (16:56)",
    "In 5 h 10 min (21:00)", "Done"."""
    if row.next_due is None:
        return WardText.tr("Done")
    left = timedelta(seconds=row.seconds_to_due or 0)
    at = local_hm(row.next_due.due_at)
    if row.state is DueState.OVERDUE:
        return WardText.tr("Overdue {span} ({at})").format(at=at, span=hours_minutes(-left))
    if left < timedelta(minutes=1):
        return WardText.tr("Due now ({at})").format(at=at)
    if row.state is DueState.DUE_SOON:
        return WardText.tr("Due soon: in {span} ({at})").format(at=at, span=hours_minutes(left))
    return WardText.tr("In {span} ({at})").format(at=at, span=hours_minutes(left))


def state_label(state: DueState) -> str:
    return {
        DueState.UPCOMING: WardText.tr("Later"),
        DueState.DUE_SOON: WardText.tr("Due soon"),
        DueState.OVERDUE: WardText.tr("Overdue"),
        DueState.DONE: WardText.tr("Done"),
    }[state]


def percent_text(fraction: float | None) -> str:
    if fraction is None:
        return ""
    pct = round(100 * fraction)
    if pct >= 0:
        return WardText.tr("{p} % lower").format(p=pct)
    return WardText.tr("{p} % higher").format(p=-pct)


def change_text(change: ScoreChange | None) -> str:
    """ "Standing 8 → 4 (50 % lower): good response"; empty without a baseline."""
    if change is None:
        return ""
    text = WardText.tr("Standing {b} → {a}").format(b=change.baseline_standing, a=change.standing)
    pct = percent_text(change.standing_reduction)
    if pct:
        text += f" ({pct})"
    if change.good_response is True:
        text += WardText.tr(": good response")
    elif change.good_response is None:
        text += WardText.tr(": no change can be judged (standing score 0 before)")
    return text


def set_now(edit: QDateTimeEdit) -> None:
    """Put the current local time in ``edit`` and forbid times in the future."""
    now = QDateTime.fromSecsSinceEpoch(int(utcnow().timestamp()))
    edit.setMaximumDateTime(now.addSecs(120))  # the core allows 2 minutes of clock skew
    edit.setDateTime(now)


def edit_time(edit: QDateTimeEdit) -> datetime:
    """The time in ``edit`` as aware UTC."""
    secs = edit.dateTime().toSecsSinceEpoch()
    return as_utc(datetime.fromtimestamp(secs, tz=timezone.utc))


def finish_dialog(
    layout: QVBoxLayout, name: str, save_text: str
) -> tuple[QLabel, QDialogButtonBox, QPushButton]:
    """Add the message line (refusals show there; nothing typed is cleared) and the button row
    with a primary Save and a Cancel. Returns (message, buttons, save button)."""
    message = QLabel(objectName=f"{name}_message", wordWrap=True)
    layout.addWidget(message)
    buttons = QDialogButtonBox()
    save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    style.set_kind(save, "primary")
    save.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    return message, buttons, save
