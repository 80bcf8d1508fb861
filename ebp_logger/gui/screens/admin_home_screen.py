"""The administrator's start page: the users, the department's details and safety settings,
and the doors to user management and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ebp_logger.errors import EbpError
from ebp_logger.gui import prompts
from ebp_logger.gui.forms.ui_admin_home import Ui_AdminHomeScreen
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.style import COLOR_MUTED, set_kind
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.tables import prepare_table
from ebp_logger.store.audit import Actor
from ebp_logger.store.permissions import ROLE_LABELS


class AdminHomeScreen(QWidget):
    user_admin_requested = Signal()
    audit_requested = Signal()
    outcomes_requested = Signal()
    interfaces_requested = Signal()
    settings_saved = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.ui = Ui_AdminHomeScreen()
        self.ui.setupUi(self)
        lang = current_lang()
        self.users_model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda u: u.full_name),
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Role"), lambda u: ROLE_LABELS.get(u.role, {}).get(lang, u.role)),
                Column(
                    self.tr("Active"),
                    lambda u: self.tr("yes") if u.active else self.tr("deactivated"),
                    lambda u: None if u.active else COLOR_MUTED,
                ),
            ],
            self,
        )
        prepare_table(self.ui.usersTable, self.users_model)
        self._connect_signals()
        self.refresh()
        self.setFocusProxy(self.ui.manageUsersButton)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor

    def _connect_signals(self) -> None:
        self.ui.manageUsersButton.clicked.connect(self.user_admin_requested)
        self.ui.auditButton.clicked.connect(self.audit_requested)
        self.ui.outcomesButton.clicked.connect(self.outcomes_requested)
        self.ui.interfacesButton.clicked.connect(self.interfaces_requested)
        self.ui.browseButton.clicked.connect(self._on_browse_clicked)
        self.ui.saveSettingsButton.clicked.connect(self._on_save_settings_clicked)

    def refresh(self) -> None:
        from ebp_logger.store import settings
        from ebp_logger.store.services import users

        self.users_model.set_rows(users.list_users())
        conf = settings.load()
        self.ui.departmentName.setText(conf.department_name)
        self.ui.departmentAddress.setText(conf.department_address)
        self.ui.departmentPhone.setText(conf.department_phone)
        self.ui.autolockSpin.setValue(conf.autolock_minutes)
        self.ui.backupFolder.setText(conf.backup_folder)
        self.ui.settingsMessage.setText("")

    def _on_browse_clicked(self) -> None:
        prompts.choose_folder(self, self.ui.backupFolder, self.tr("Folder for backups"))

    def _on_save_settings_clicked(self) -> None:
        from ebp_logger.store import settings

        try:
            settings.save(
                self.actor,
                department_name=self.ui.departmentName.text().strip(),
                department_address=self.ui.departmentAddress.text().strip(),
                department_phone=self.ui.departmentPhone.text().strip(),
                autolock_minutes=self.ui.autolockSpin.value(),
                backup_folder=self.ui.backupFolder.text().strip(),
            )
        except EbpError as exc:
            self.ui.settingsMessage.setText(str(exc))
            set_kind(self.ui.settingsMessage, "error")
            return
        self.ui.settingsMessage.setText(self.tr("✓ Settings saved."))
        set_kind(self.ui.settingsMessage, "ok")
        self.settings_saved.emit()
