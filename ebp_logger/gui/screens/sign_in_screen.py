"""Sign in: user name and password. A failure says why and keeps the typed user name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ebp_logger.errors import EbpError
from ebp_logger.gui.forms.ui_sign_in import Ui_SignInScreen
from ebp_logger.gui.messages import explain
from ebp_logger.gui.style import set_kind

if TYPE_CHECKING:
    from ebp_logger.store.audit import Actor


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while the password is checked (Argon2 takes a moment on purpose)."""
    from PySide6.QtCore import Qt  # here, not at import: the Qt namespace costs start-up time

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def submit_credentials(
    owner: QWidget, ui, show_message: Callable[[str], None], check: Callable[[str, str], Actor]
) -> Actor | None:
    """The sign-in and unlock forms alike (``ui`` has ``username`` and ``password``): the
    service checks and audits; a refusal is shown, the user name kept, the password cleared."""
    username = ui.username.text().strip()
    if not username:
        show_message(QCoreApplication.translate("SignInScreen", "Type your user name."))
        ui.username.setFocus()
        return None
    try:
        with busy_cursor():
            actor = check(username, ui.password.text())
    except EbpError as exc:
        show_message(explain(exc))
        ui.password.clear()
        ui.password.setFocus()
        return None
    ui.password.clear()
    return actor


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInScreen()
        self.ui.setupUi(self)
        self.waiting = False
        self._submit_when_ready = False
        self.set_hint(hint)
        self.set_department("")
        self._show_message("")
        self._connect_signals()
        self.setFocusProxy(self.ui.username)

    def _connect_signals(self) -> None:
        self.ui.username.returnPressed.connect(self._on_username_return)
        self.ui.password.returnPressed.connect(self._on_sign_in_clicked)
        self.ui.signInButton.clicked.connect(self._on_sign_in_clicked)

    def set_hint(self, hint: str) -> None:
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))

    def set_department(self, name: str) -> None:
        self.ui.departmentLabel.setText(name)
        self.ui.departmentLabel.setVisible(bool(name))

    def set_waiting(self, waiting: bool) -> None:
        """While the database is checked: typing goes on, signing in waits for the check."""
        self.waiting = waiting
        self.ui.signInButton.setEnabled(not waiting)
        if waiting:
            self._show_message(self.tr("Checking the database…"), "muted")
        else:
            self._show_message("")
            if self._submit_when_ready:
                self._submit_when_ready = False
                self._on_sign_in_clicked()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _show_message(self, text: str, kind: str = "error") -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        set_kind(self.ui.messageLabel, kind)

    def reset(self, username: str = "") -> None:
        """Back to an empty form (after sign-out), optionally with a user name filled in."""
        self.ui.username.setText(username)
        self.ui.password.clear()
        self._show_message("")
        (self.ui.password if username else self.ui.username).setFocus()

    def _on_username_return(self) -> None:
        if self.ui.password.text():
            self._on_sign_in_clicked()
        else:
            self.ui.password.setFocus()

    def _on_sign_in_clicked(self) -> None:
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        if self.waiting:
            self._submit_when_ready = bool(username and password)
            return
        if not password and username:
            self._show_message(self.tr("Type your password."))
            self.ui.password.setFocus()
            return
        from ebp_logger.store.services import users

        actor = submit_credentials(self, self.ui, self._show_message, users.authenticate)
        if actor is not None:
            self._show_message("")
            self.signed_in.emit(actor)
