"""The administrator's start page: the users, every department setting (generated from the
settings' fields, checked as the command line checks them) and the doors to user management
and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ebp_logger.gui.forms.ui_admin_home import Ui_AdminHomeScreen
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.style import COLOR_MUTED
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.settings_panel import SettingsPanel
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
        self.settings_panel = SettingsPanel(actor, self.ui.settingsBox)
        self.ui.settingsLayout.addWidget(self.settings_panel)
        # the settings take the room; the users' table stays readable beside them
        self.ui.columns.setStretch(0, 2)
        self.ui.columns.setStretch(1, 3)
        self._connect_signals()
        self.refresh()
        self.setFocusProxy(self.ui.manageUsersButton)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.settings_panel.actor = actor

    def _connect_signals(self) -> None:
        self.ui.manageUsersButton.clicked.connect(self.user_admin_requested)
        self.ui.auditButton.clicked.connect(self.audit_requested)
        self.ui.outcomesButton.clicked.connect(self.outcomes_requested)
        self.ui.interfacesButton.clicked.connect(self.interfaces_requested)
        self.settings_panel.saved.connect(self.settings_saved)

    def refresh(self) -> None:
        from ebp_logger.store.services import users

        self.users_model.set_rows(users.list_users())
        if not self.settings_panel.changes():  # typed, unsaved values stay
            self.settings_panel.refresh()
