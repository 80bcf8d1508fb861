"""The locked screen: an opaque layer over the window. The screens beneath keep running (timers,
alarms, typed input); the same or another user unlocks with a password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ebp_logger.gui.forms.ui_lock_overlay import Ui_LockOverlay

if TYPE_CHECKING:
    from ebp_logger.store.audit import Actor


class LockOverlay(QWidget):
    unlocked = Signal(object)  # Actor who unlocked (the same or another user)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_LockOverlay()
        self.ui.setupUi(self)
        self.setProperty("kind", "lock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.locked_by: Actor | None = None
        self._show_message("")
        self._connect_signals()
        parent.installEventFilter(self)  # follow the parent's size
        self.hide()

    def _connect_signals(self) -> None:
        self.ui.username.returnPressed.connect(self.ui.password.setFocus)
        self.ui.password.returnPressed.connect(self._on_unlock_clicked)
        self.ui.unlockButton.clicked.connect(self._on_unlock_clicked)

    def lock(self, actor: Actor, activity: str = "") -> None:
        """Cover the window; ``activity`` says what keeps running underneath."""
        self.locked_by = actor
        who = actor.full_name or actor.username
        self.ui.infoLabel.setText(self.tr("Locked by %1. Sign in to continue.").replace("%1", who))
        self.ui.activityLabel.setText(activity)
        self.ui.activityLabel.setVisible(bool(activity))
        self.ui.username.setText(actor.username)
        self.ui.password.clear()
        self._show_message("")
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.ui.password.setFocus()

    @property
    def is_locked(self) -> bool:
        return self.isVisible()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _on_unlock_clicked(self) -> None:
        from ebp_logger.gui.screens.sign_in_screen import submit_credentials
        from ebp_logger.store.services import users

        actor = submit_credentials(
            self,
            self.ui,
            self._show_message,
            lambda username, password: users.unlock(username, password, self.locked_by),
        )
        if actor is not None:
            self.hide()
            self.unlocked.emit(actor)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
