"""Sign in: user name and password. A failure says why and keeps the typed user name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ebp_logger.errors import EbpError
from ebp_logger.gui.forms.ui_sign_in import Ui_SignInScreen


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while the password is checked (Argon2 takes a moment on purpose)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInScreen()
        self.ui.setupUi(self)
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self._show_message("")
        self._load_department()
        self._connect_signals()
        self.setFocusProxy(self.ui.username)

    def _connect_signals(self) -> None:
        self.ui.username.returnPressed.connect(self._on_username_return)
        self.ui.password.returnPressed.connect(self._on_sign_in_clicked)
        self.ui.signInButton.clicked.connect(self._on_sign_in_clicked)

    def _load_department(self) -> None:
        try:
            from ebp_logger.store import settings

            name = settings.load().department_name
        except Exception:  # a damaged file must not keep anyone from signing in to read
            name = ""
        self.ui.departmentLabel.setText(name)
        self.ui.departmentLabel.setVisible(bool(name))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

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
        if not username:
            self._show_message(self.tr("Type your user name."))
            self.ui.username.setFocus()
            return
        if not password:
            self._show_message(self.tr("Type your password."))
            self.ui.password.setFocus()
            return
        from ebp_logger.store.services import users

        try:
            with busy_cursor():
                actor = users.authenticate(username, password)
        except EbpError as exc:
            self._show_message(str(exc))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self.ui.password.clear()
        self._show_message("")
        self.signed_in.emit(actor)
