"""User administration: the users with role, state and lockout; create a user, deactivate or
reactivate one (never delete: their name stays on every record), reset a password (which also
lifts a lockout). Every change goes through the users service, which checks the role and
audits it; a refusal is shown under the form and nothing typed is cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clock import to_local, utcnow
from ebp_logger.gui import prompts, style
from ebp_logger.gui.messages import explain
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.tables import prepare_table, selected_record
from ebp_logger.store.audit import Actor
from ebp_logger.store.permissions import ROLE_LABELS, ROLES
from ebp_logger.store.records import UserRecord


class UserAdminDialog(QDialog):
    """``users_changed`` after any change was saved."""

    users_changed = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._lang = current_lang()
        self.setWindowTitle(self.tr("Users"))
        self.resize(1180, 760)
        self._build()
        self._connect_signals()
        self.refresh()

    # --- layout -----------------------------------------------------------------------------

    def _role(self, role: str) -> str:
        return ROLE_LABELS.get(role, {}).get(self._lang, role)

    def _state(self, u: UserRecord) -> str:
        from ebp_logger.store.services import users

        if not u.active:
            return self.tr("deactivated")
        _, until = users.lockout_state(u.id)
        if until is not None and until > utcnow():
            return self.tr("locked until %1").replace("%1", f"{to_local(until):%H:%M}")
        return self.tr("active")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda u: u.full_name),
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Role"), lambda u: self._role(u.role)),
                Column(
                    self.tr("State"),
                    self._state,
                    lambda u: None if u.active else style.COLOR_MUTED,
                ),
            ],
            self,
        )
        self.table = QTableView(objectName="users_table")
        prepare_table(self.table, self.model)
        self.table.setMinimumHeight(220)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Deactivate"), objectName="users_toggle")
        self.toggle_button.setEnabled(False)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.reset_group = QGroupBox(self.tr("Reset the selected user's password"))
        reset = QFormLayout(self.reset_group)
        self.reset_password = QLineEdit(objectName="users_reset_password")
        self.reset_repeat = QLineEdit(objectName="users_reset_repeat")
        for edit in (self.reset_password, self.reset_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_button = QPushButton(self.tr("Reset password"), objectName="users_reset")
        reset.addRow(self.tr("New password"), self.reset_password)
        reset.addRow(self.tr("Repeat it"), self.reset_repeat)
        reset.addRow("", self.reset_button)
        self.reset_group.setEnabled(False)

        self.new_group = QGroupBox(self.tr("New user"))
        form = QFormLayout(self.new_group)
        self.new_username = QLineEdit(objectName="users_new_username")
        self.new_full_name = QLineEdit(objectName="users_new_full_name")
        self.new_role = QComboBox(objectName="users_new_role")
        for role in ROLES:
            self.new_role.addItem(self._role(role), role)
        self.new_password = QLineEdit(objectName="users_new_password")
        self.new_repeat = QLineEdit(objectName="users_new_repeat")
        for edit in (self.new_password, self.new_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("Create user"), objectName="users_create")
        style.set_kind(self.create_button, "primary")
        form.addRow(self.tr("User name"), self.new_username)
        form.addRow(self.tr("Full name (shown on records)"), self.new_full_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.tr("Password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.new_repeat)
        form.addRow("", self.create_button)
        forms = QHBoxLayout()  # side by side, so the list keeps its room
        forms.addWidget(self.new_group, 3)
        forms.addWidget(self.reset_group, 2)
        forms.setAlignment(self.reset_group, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(forms)

        self.message = QLabel(objectName="users_message", wordWrap=True)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), objectName="users_close")
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.close_button.clicked.connect(self.accept)

    # --- state --------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        from ebp_logger.store.services import users

        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(users.list_users())
        if keep is not None:
            for row, u in enumerate(self.model.records()):
                if u.id == keep:
                    self.table.selectRow(row)
                    break
        self._on_selection_changed()

    def selected(self) -> UserRecord | None:
        return selected_record(self.table)

    def _on_selection_changed(self, *_: object) -> None:
        u = self.selected()
        self.toggle_button.setEnabled(u is not None)
        self.reset_group.setEnabled(u is not None and u.active)
        if u is not None:
            self.toggle_button.setText(self.tr("Deactivate") if u.active else self.tr("Reactivate"))
            self.reset_group.setTitle(
                self.tr("Reset the password of %1").replace("%1", u.full_name)
            )

    def _done(self, text: str, user_id: int | None = None) -> None:
        ls.feedback(self.message, text, "ok")
        self.refresh(user_id)
        self.users_changed.emit()

    def _refused(self, exc: BaseException) -> None:
        ls.feedback(self.message, explain(exc), "error")

    # --- actions ------------------------------------------------------------------------------

    def _on_toggle_clicked(self) -> None:
        from ebp_logger.store.services import users

        u = self.selected()
        if u is None:
            return
        if u.active:
            reason = prompts.ask_reason(
                self,
                self.tr("Deactivate user"),
                self.tr("Why is %1 deactivated? (The user is kept on every record.)").replace(
                    "%1", u.full_name
                ),
            )
            if reason is None:
                return
        else:
            if not prompts.confirm(
                self,
                self.tr("Reactivate user"),
                self.tr("Let %1 sign in again?").replace("%1", u.full_name),
                self.tr("Reactivate"),
                self.tr("Cancel"),
            ):
                return
            reason = ""
        try:
            users.set_active(self._actor, u.id, not u.active, reason=reason)
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the event loop
            self._refused(exc)
            return
        text = self.tr("%1 deactivated.") if u.active else self.tr("%1 can sign in again.")
        self._done(text.replace("%1", u.full_name), u.id)

    def _on_reset_clicked(self) -> None:
        from ebp_logger.store.services import users

        u = self.selected()
        if u is None:
            return
        if self.reset_password.text() != self.reset_repeat.text():
            ls.feedback(self.message, self.tr("The two passwords differ."), "error")
            return
        try:
            users.reset_password(self._actor, u.id, self.reset_password.text())
        except Exception as exc:  # noqa: BLE001
            self._refused(exc)
            return
        self.reset_password.clear()
        self.reset_repeat.clear()
        self._done(self.tr("New password set for %1.").replace("%1", u.full_name), u.id)

    def _on_create_clicked(self) -> None:
        from ebp_logger.store.services import users

        if self.new_password.text() != self.new_repeat.text():
            ls.feedback(self.message, self.tr("The two passwords differ."), "error")
            return
        try:
            rec = users.create_user(
                self._actor,
                self.new_username.text(),
                self.new_full_name.text(),
                self.new_role.currentData(),
                self.new_password.text(),
            )
        except Exception as exc:  # noqa: BLE001
            self._refused(exc)
            return
        for edit in (self.new_username, self.new_full_name, self.new_password, self.new_repeat):
            edit.clear()
        self._done(self.tr("%1 created.").replace("%1", rec.full_name), rec.id)
