"""First run: where the records are kept (this PC, or the department's server), the
department's details, the first administrator and the backup folder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ebp_logger.errors import EbpError, ValidationError
from ebp_logger.gui import prompts
from ebp_logger.gui.forms.ui_first_run import Ui_FirstRunScreen
from ebp_logger.gui.messages import explain
from ebp_logger.gui.style import set_invalid


class FirstRunScreen(QWidget):
    completed = Signal(str)  # the administrator's user name
    server_chosen = Signal(str)  # this PC now keeps its records on that department server

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunScreen()
        self.ui.setupUi(self)
        self._add_server_choice()
        self._show_message("")
        self._connect_signals()
        self.setFocusProxy(self.ui.departmentName)

    def _add_server_choice(self) -> None:
        """On a file: "this PC only" is what the form below sets up; a department with
        several PCs chooses its server instead (tested before it is saved)."""
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

        from ebp_logger.store.database import on_server

        if on_server():
            return
        row = QHBoxLayout()
        label = QLabel(
            self.tr(
                "The records are kept on this PC only. A department whose procedure room, "
                "ward and clinic share the records uses its server instead."
            )
        )
        label.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Use a &department server…"))
        self.server_button.clicked.connect(self._on_server_clicked)
        row.addWidget(label, 1)
        row.addWidget(self.server_button)
        self.ui.pageLayout.insertLayout(2, row)

    def _on_server_clicked(self) -> None:
        from ebp_logger.gui.dialogs.server_dialog import ServerDialog
        from ebp_logger.paths import data_dir

        dialog = ServerDialog(data_dir(), self)
        dialog.chosen.connect(self.server_chosen)
        dialog.open()

    def _connect_signals(self) -> None:
        self.ui.browseButton.clicked.connect(self._on_browse_clicked)
        self.ui.createButton.clicked.connect(self._on_create_clicked)
        for edit in self._inputs().values():
            edit.returnPressed.connect(self.focusNextChild)
            edit.textEdited.connect(lambda _text, e=edit: set_invalid(e, False))
        self.ui.adminRepeat.returnPressed.disconnect()
        self.ui.adminRepeat.returnPressed.connect(self._on_create_clicked)

    def _inputs(self) -> dict[str, QLineEdit]:
        """Input per field name the services use in their ValidationError."""
        return {
            "department_name": self.ui.departmentName,
            "department_address": self.ui.departmentAddress,
            "department_phone": self.ui.departmentPhone,
            "backup_folder": self.ui.backupFolder,
            "full_name": self.ui.adminFullName,
            "username": self.ui.adminUsername,
            "password": self.ui.adminPassword,
            "repeat": self.ui.adminRepeat,
        }

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _refuse(self, field: str, text: str) -> None:
        self._show_message(text)
        edit = self._inputs().get(field)
        if edit is not None:
            set_invalid(edit, True)
            edit.setFocus()

    def _on_browse_clicked(self) -> None:
        prompts.choose_folder(self, self.ui.backupFolder, self.tr("Folder for backups"))

    def _on_create_clicked(self) -> None:
        from ebp_logger.store import settings
        from ebp_logger.store.services import users

        if not self.ui.departmentName.text().strip():
            self._refuse("department_name", self.tr("Enter the department's name."))
            return
        if self.ui.adminPassword.text() != self.ui.adminRepeat.text():
            self._refuse("repeat", self.tr("The two passwords differ. Type the password again."))
            return
        try:
            # Settings first: once a user exists this screen is never shown again.
            settings.save_first_run(
                department_name=self.ui.departmentName.text().strip(),
                department_address=self.ui.departmentAddress.text().strip(),
                department_phone=self.ui.departmentPhone.text().strip(),
                backup_folder=self.ui.backupFolder.text().strip(),
            )
            admin = users.create_first_administrator(
                self.ui.adminUsername.text(),
                self.ui.adminFullName.text(),
                self.ui.adminPassword.text(),
            )
        except ValidationError as exc:
            self._refuse(exc.field, explain(exc))
            return
        except EbpError as exc:
            self._show_message(explain(exc))
            return
        self._show_message("")
        self.completed.emit(admin.username)
