"""First run on a department's PC: point it at the department server instead of a file of its
own. The connection is tested before anything is saved, off the UI thread (a server that does
not answer takes up to the connect timeout); the URL is kept for this PC and the password goes
into PostgreSQL's own password file (0600), never into a setting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.errors import ValidationError
from ebp_logger.gui.messages import core_text, explain
from ebp_logger.gui.style import set_invalid
from ebp_logger.gui.workers import ReadJob


class ServerDialog(QDialog):
    """``chosen(url)`` once the server answered and the choice is saved; then it closes.
    ``tested(ok)`` when a connection test has its answer."""

    chosen = Signal(str)
    tested = Signal(bool)

    def __init__(self, folder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._tested = ""  # the URL that answered, with the password typed then
        self._trying: tuple[str, str] | None = None  # (URL, password) until the answer comes
        self.setWindowTitle(self.tr("Department server"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every PC of the department keeps its records on one PostgreSQL server. Enter "
                "what IT gave you, test the connection, then save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(placeholderText=self.tr("e.g. db.hospital.local"))
        self.port = QLineEdit("5432")
        self.database = QLineEdit("ebp")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for label, edit in (
            (self.tr("&Server"), self.host),
            (self.tr("&Port"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User"), self.user),
            (self.tr("Pass&word"), self.password),
        ):
            form.addRow(label, edit)
            edit.textEdited.connect(self._on_edited)
        layout.addLayout(form)
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.save_button = QPushButton(self.tr("&Save and use this server"))
        self.save_button.setEnabled(False)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        self._fields = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
        }

    def _url(self) -> str:
        from ebp_logger.store.workstation import server_url

        return server_url(
            self.host.text(), self.port.text(), self.database.text(), self.user.text()
        )

    @Slot()
    def _on_edited(self, *_: object) -> None:
        self._tested = ""
        self.save_button.setEnabled(False)
        for edit in self._fields.values():
            set_invalid(edit, False)

    @Slot()
    def test(self) -> bool:
        """Try what is typed on a pool thread (``tested`` brings the answer, shown below; the
        input stays). False when the details are refused before any connection is tried."""
        from ebp_logger.store.workstation import check_server

        if self._trying:
            return False
        try:
            url = self._url()
        except ValidationError as exc:
            set_invalid(self._fields.get(exc.field, self.host), True)
            self._show(explain(exc), ok=False)
            return False
        password = self.password.text()
        self._trying = (url, password)
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), ok=True)
        job = ReadJob(lambda _progress: check_server(url, password))
        job.setAutoDelete(True)  # the pool owns it, as PdfJob: it outlives a closed dialog
        job.signals.finished.connect(self._on_answer)
        job.signals.failed.connect(self._on_answer)
        QThreadPool.globalInstance().start(job)
        return True

    def _typed(self) -> tuple[str, str] | None:
        try:
            return self._url(), self.password.text()
        except ValidationError:
            return None

    @Slot(object)
    def _on_answer(self, problem: object) -> None:
        tried, self._trying = self._trying, None
        self.test_button.setEnabled(True)
        if tried is None or self._typed() != tried:
            self._show(
                self.tr("The details were changed while the server was tried: test again."),
                ok=False,
            )
            self.tested.emit(False)
            return
        if problem:
            self._show(core_text(problem), ok=False)
            self.tested.emit(False)
            return
        self._tested = tried[0]
        self.save_button.setEnabled(True)
        self._show(self.tr("The server answers and is ready. Save to use it on this PC."), True)
        self.tested.emit(True)

    @Slot()
    def save(self) -> None:
        from urllib.parse import urlsplit

        from ebp_logger.store.workstation import save_server, store_password

        if not self._tested:
            return
        parts = urlsplit(self._tested)
        try:
            if self.password.text():
                store_password(
                    parts.hostname,
                    parts.port,
                    parts.path.lstrip("/"),
                    parts.username,
                    self.password.text(),
                )
            save_server(self._folder, self._tested)
        except OSError as exc:
            self._show(explain(exc), ok=False)
            return
        self.chosen.emit(self._tested)
        self.accept()

    def _show(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", "ok" if ok else "error")
        self.message.style().polish(self.message)
