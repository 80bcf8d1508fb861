"""The application frame: a header (who is signed in, the time, Home, Lock, Sign out), a red
banner when the database is read-only, and one page at a time in a stack.

Pages come and go as the user navigates, except live procedure screens: they stay alive (timers
and typed input intact) until the procedure ends, the screen is closed or the user signs out,
so going Home during a procedure and reopening it returns to the very same screen.
Screens owned by other modules (procedure, worklist, user admin, audit viewer) are imported
when first needed; a missing one shows a plain placeholder instead of stopping the app.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from ebp_logger.errors import EbpError
from ebp_logger.gui.forms.ui_main_window import Ui_MainWindow
from ebp_logger.gui.idle_watcher import IdleWatcher
from ebp_logger.gui.messages import explain
from ebp_logger.store.permissions import ADMINISTRATOR, ANAESTHESIOLOGIST, NURSE, ROLE_LABELS

if TYPE_CHECKING:
    from ebp_logger.gui.widgets.lock_overlay import LockOverlay
    from ebp_logger.store.audit import Actor

# The store (peewee, the clinical rules) is imported where first used, not here: the window
# is shown while the database is still being checked on a worker thread (see app.py).
# SessionStatus codes, without importing the clinical package.
_SETUP, _IN_PROGRESS = "setup", "in_progress"

log = logging.getLogger(__name__)


def _prompts():
    """The question module, loaded when first needed (QMessageBox is not for the first paint)."""
    from ebp_logger.gui import prompts

    return prompts


def _messages():
    from ebp_logger.gui import messages

    return messages


class MessagePage(QWidget):
    """A page that only says why no screen can be shown (the database cannot be read, it has
    no users, a role without a start page). Every screen is imported for real: a screen that
    fails to import is an error, never a quiet stand-in."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setProperty("kind", "warning")
        layout.addWidget(self.label)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    signed_in = Signal(object)  # Actor
    signed_out = Signal()
    page_changed = Signal(object)  # the page now shown

    def __init__(
        self,
        problems: Sequence[str] = (),
        readonly: bool | None = None,
        hint: str = "",
        demo: bool = False,
        pending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``pending``: the database is still being opened elsewhere (app.py); the sign-in
        screen waits until ``store_opened`` is called. Otherwise the database is open now."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.pending = pending
        if readonly is None and not pending:
            from ebp_logger.store.database import is_readonly

            readonly = is_readonly()
        self.readonly = bool(readonly)
        self.demo = demo
        self._hint = hint
        self._page: QWidget | None = None
        self._procedure_pages: dict[int, QWidget] = {}
        self._focus_before_lock: QWidget | None = None
        self.idle = IdleWatcher(self)
        self._lock_overlay: LockOverlay | None = None  # built on first lock
        self.sign_in_screen = None
        self.device_listener = None  # the monitor listener, when the department enabled it
        self.ehr_sender = None  # delivers the outbox to the hospital's record, when enabled
        self.adt_listener = None  # the hospital's patient feed, when enabled
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._shortcuts: list[QShortcut] = []  # made at the first sign-in (see _on_signed_in)
        # The department's name may be long: it gives way rather than widening the window.
        self.ui.departmentLabel.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.ui.headerLayout.setStretchFactor(self.ui.departmentLabel, 1)
        self._connect_signals()
        self._show_banner(problems)
        self._update_header()
        self._tick()
        self._clock.start()
        if pending:
            self.show_sign_in()
            self.sign_in_screen.set_waiting(True)
        else:
            self._start()
            self._start_device_listener()
            self._start_hospital_interfaces()
            self._start_daily_backups()

    def store_opened(self, problems: Sequence[str] = (), readonly: bool = False) -> None:
        """The database is open (after ``pending``): banner, then first run or sign-in."""
        self.pending = False
        self.readonly = readonly
        self._show_banner(problems)
        self._update_header()
        self._start()
        self._start_device_listener()
        self._start_hospital_interfaces()
        self._start_daily_backups()
        if self.sign_in_screen is not None:
            self.sign_in_screen.set_waiting(False)

    def _start_device_listener(self) -> None:
        """The HL7 monitor listener (another module), when enabled and this window may write;
        its connection dot goes in the header."""
        if self.readonly or self.device_listener is not None:
            return
        from ebp_logger.store import settings

        try:
            if not settings.load().hl7_enabled:
                return
        except Exception:  # unreadable settings: no listener, the banner says why
            return
        from ebp_logger.gui.device_listener import DeviceListener
        from ebp_logger.gui.widgets.connection_indicator import ConnectionIndicator

        self.device_listener = DeviceListener(self)
        self.device_listener.listener_failed.connect(
            lambda why: log.warning("monitor listener stopped: %s", why)
        )
        indicator = ConnectionIndicator(self.ui.header)
        indicator.connect_listener(self.device_listener)
        index = self.ui.headerLayout.indexOf(self.ui.userLabel)
        self.ui.headerLayout.insertWidget(index, indicator)
        self.device_listener.start()

    def _start_hospital_interfaces(self) -> None:
        """The hospital interfaces that are switched on: the outbox sender and the ADT listener
        (plain threads with their own database connections: PDFs are built and sockets wait
        there, never here)."""
        if self.readonly or self.ehr_sender is not None or self.adt_listener is not None:
            return
        try:
            from ebp_logger.interfaces.sender import Sender
            from ebp_logger.store import settings

            if settings.load().ehr_enabled:
                self.ehr_sender = Sender()
                self.ehr_sender.start()
        except Exception:  # no sender: the outbox keeps everything for later
            log.exception("the outbox sender could not start")
        try:  # the ADT feed in, on a thread of its own (its own loop and connection)
            from ebp_logger.interfaces.adt_listener import start_thread_if_enabled

            self.adt_listener = start_thread_if_enabled()
        except Exception:
            log.exception("the ADT listener could not start")

    def listen_to_server(self, url: str) -> None:
        """On a department server: other rooms' writes show at once, and a lost connection
        says so in the banner until it is back."""
        from ebp_logger.gui.change_feed import ChangeFeed
        from ebp_logger.paths import data_dir
        from ebp_logger.store.services import offline

        offline.start(data_dir(), url)  # entries kept from an earlier run go on reconnecting
        self._delivery = None
        feed = ChangeFeed.instance()
        feed.server_reachable.connect(self._show_server_state)
        feed.listen_to_server(url)

    def _deliver_kept(self) -> None:
        """Send what waits on this PC (a pool thread); then every screen re-reads."""
        from PySide6.QtCore import QThreadPool

        from ebp_logger.gui.workers import ReadJob
        from ebp_logger.store.services import offline

        if self._delivery is not None or not offline.waiting():
            return
        self._delivery = ReadJob(lambda _progress: offline.deliver())
        self._delivery.signals.finished.connect(self._on_delivered)
        self._delivery.signals.failed.connect(lambda _why: self._on_delivered(None))
        QThreadPool.globalInstance().start(self._delivery)

    def _on_delivered(self, report: object) -> None:
        """Every screen re-reads; an entry the server refused on delivery is said, with why
        (it stays in this PC's file, nothing is dropped)."""
        from ebp_logger.gui.change_feed import ChangeFeed
        from ebp_logger.store.services import offline

        self._delivery = None
        ChangeFeed.instance().poll()
        if isinstance(report, offline.Delivery) and report.refused:
            self.ui.bannerLabel.setText(
                self.tr(
                    "The server refused %n entries kept on this PC; they stay in this PC's file. ",
                    "",
                    len(report.refused),
                )
                + report.refused[0]
            )
            self.ui.bannerLabel.show()

    def _show_server_state(self, reachable: bool) -> None:
        if reachable:
            from ebp_logger.store.services import offline

            offline.server_back()
            self._deliver_kept()
            self._show_banner(self._problems)
            return
        self.ui.bannerLabel.setText(
            self.tr(
                "The department server cannot be reached. The procedure screen keeps its "
                "entries on this PC and sends them when the server is back; elsewhere nothing "
                "can be saved until then, and what you type stays on the screen."
            )
        )
        self.ui.bannerLabel.show()

    def shutdown(self) -> None:
        """Before the application ends: stop timers, the monitor listener and live screens."""
        from ebp_logger.gui.change_feed import ChangeFeed

        if ChangeFeed._instance is not None:
            ChangeFeed._instance.stop_listening()
        from ebp_logger.store.services import offline

        offline.stop()
        self.idle.stop()
        if self.ehr_sender is not None:
            self.ehr_sender.stop(timeout=5)
            self.ehr_sender = None
        if self.adt_listener is not None:
            self.adt_listener.stop()
            self.adt_listener = None
        if self.device_listener is not None:
            self.device_listener.stop()
            self.device_listener = None

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        if self.sign_in_screen is not None:
            self.sign_in_screen.set_hint(hint)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_header()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.homeButton.clicked.connect(self.go_home)
        self.ui.lockButton.clicked.connect(lambda: self.lock("manual"))
        self.ui.signOutButton.clicked.connect(self.sign_out)
        self._clock.timeout.connect(self._tick)
        self.idle.timed_out.connect(lambda: self.lock("idle"))

    # -- frame --------------------------------------------------------------------------------
    def _show_banner(self, problems: Sequence[str]) -> None:
        self._problems = list(problems)
        if not self.readonly and not problems:
            self.ui.bannerLabel.hide()
            return
        text = self.tr("READ-ONLY: nothing can be saved in this window.")
        if problems:
            shown = list(problems[:3])
            if len(problems) > 3:
                shown.append(self.tr("… and %n more problem(s).", "", len(problems) - 3))
            text += " " + " ".join(shown)
        self.ui.bannerLabel.setText(text)
        self.ui.bannerLabel.show()

    def banner_text(self) -> str:
        return self.ui.bannerLabel.text() if self.ui.bannerLabel.isVisible() else ""

    def _department(self) -> str:
        if self.pending:
            return ""
        from ebp_logger.store import settings

        try:
            return settings.load().department_name
        except Exception:  # a damaged file: the banner says so; the header stays up
            return ""

    def _update_header(self) -> None:
        actor = self.actor
        signed_in = actor is not None
        for widget in (
            self.ui.userLabel,
            self.ui.homeButton,
            self.ui.lockButton,
            self.ui.signOutButton,
        ):
            widget.setVisible(signed_in)
        department = self._department()
        if self.demo:
            department = self.tr("DEMO DATABASE (throw-away)")
        self.ui.departmentLabel.setText(department)
        title = self.tr("EBP Logger")
        self.setWindowTitle(f"{title} — {department}" if department else title)
        if self.sign_in_screen is not None and not self.demo:
            self.sign_in_screen.set_department(department)
        if signed_in:
            from ebp_logger.gui.ui_language import current_lang

            role = ROLE_LABELS.get(actor.role, {}).get(current_lang(), actor.role)
            self.ui.userLabel.setText(f"{actor.full_name or actor.username}  ·  {role}")

    def _tick(self) -> None:
        self.ui.clockLabel.setText(QDateTime.currentDateTime().toString("HH:mm"))

    # -- start, sign in, sign out --------------------------------------------------------------
    def _start(self) -> None:
        from ebp_logger.store.services import users

        try:
            has_users = users.has_users()
        except EbpError as exc:
            self._show_page(MessagePage(explain(exc)))
            return
        except Exception as exc:  # an unreadable file must still show a window, not a trace
            self._show_page(MessagePage(self.tr("The database cannot be read: ") + str(exc)))
            return
        if has_users:
            if self.sign_in_screen is None or self._page is not self.sign_in_screen:
                self.show_sign_in()  # (when already shown, what was typed meanwhile stays)
        elif self.readonly:
            self._show_page(MessagePage(self.tr("This database has no users and is read-only.")))
        else:
            from ebp_logger.gui.screens.first_run_screen import FirstRunScreen

            page = FirstRunScreen()
            page.completed.connect(self.show_sign_in)
            page.server_chosen.connect(self.use_server)
            self._show_page(page)

    def use_server(self, url: str) -> None:
        """First run chose the department server: open it in place of the new file, checked
        on a worker thread as at start-up (``StoreOpener``)."""
        from ebp_logger.gui.store_opener import StoreOpener
        from ebp_logger.store.database import close_database

        close_database()  # this thread's connection to the new file

        def opened(store) -> None:
            self._server_opener = None
            self.readonly = store.readonly
            self.store_opened(store.problems, store.readonly)
            self.listen_to_server(url)

        self._server_opener = StoreOpener(url)
        self._server_opener.opened.connect(opened)
        self._server_opener.start()

    def show_sign_in(self, username: str = "") -> None:
        from ebp_logger.gui.screens.sign_in_screen import SignInScreen

        if self.sign_in_screen is None:
            self.sign_in_screen = SignInScreen(self._hint)
            self.sign_in_screen.signed_in.connect(self._on_signed_in)
            self.ui.pages.addWidget(self.sign_in_screen)
        self.sign_in_screen.reset(username)
        self._update_header()
        self._show_page(self.sign_in_screen)

    def _make_shortcuts(self) -> None:
        """Ctrl+L locks, Alt+Home goes home. Made once somebody signs in: Qt's key and focus
        enums cost start-up time the sign-in screen does not need."""
        if self._shortcuts:
            return
        from PySide6.QtCore import Qt

        for keys, slot in (("Ctrl+L", lambda: self.lock("manual")), ("Alt+Home", self.go_home)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        # Header buttons are reached by Tab but do not take the focus from a field on a click.
        for button in (self.ui.homeButton, self.ui.lockButton, self.ui.signOutButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _on_signed_in(self, actor: Actor) -> None:
        self._make_shortcuts()
        self.actor = actor
        self._update_header()
        self._start_idle_watch()
        self.go_home()
        self.signed_in.emit(actor)
        if actor.role == ANAESTHESIOLOGIST:
            QTimer.singleShot(0, self.offer_resume)

    def _start_idle_watch(self) -> None:
        from ebp_logger.store import settings

        try:
            minutes = settings.load().autolock_minutes
        except Exception:  # unreadable settings: lock after the default time
            minutes = settings.AppSettings().autolock_minutes
        self.idle.start(minutes)

    def sign_out(self) -> None:
        if self.actor is None:
            return
        if self._procedure_pages and not _prompts().confirm(
            self,
            self.tr("Sign out during a procedure?"),
            self.tr(
                "A procedure screen is open. Signing out closes it; the session stays in "
                "progress and can be reopened from the start page. Sign out?"
            ),
            self.tr("Sign out"),
            self.tr("Stay signed in"),
            warning=True,
        ):
            return
        username = self.actor.username
        self._close_procedure_pages()
        self.idle.stop()
        if not self.readonly:
            from ebp_logger.store.services import users

            try:
                users.sign_out(self.actor)
            except EbpError as exc:  # the sign-out itself goes on; the log keeps why
                log.warning("sign-out not audited: %s", exc)
        self.actor = None
        self.show_sign_in()
        self.signed_out.emit()
        log.info("%s signed out", username)

    # -- navigation ---------------------------------------------------------------------------
    @property
    def current_page(self) -> QWidget | None:
        return self._page

    def _show_page(self, page: QWidget) -> None:
        """Show ``page``; the page it replaces is deleted unless it must live on."""
        old = self._page
        if self.ui.pages.indexOf(page) < 0:
            self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        self._page = page
        if old is not None and old is not page and self._is_transient(old):
            self.ui.pages.removeWidget(old)
            old.deleteLater()
        page.setFocus()
        self.page_changed.emit(page)

    def _is_transient(self, page: QWidget) -> bool:
        return page is not self.sign_in_screen and page not in self._procedure_pages.values()

    def go_home(self) -> None:
        if self.actor is None:
            return
        role = self.actor.role
        if role == ANAESTHESIOLOGIST:
            from ebp_logger.gui.screens.home_screen import HomeScreen

            page = HomeScreen(self.actor)
            page.patient_requested.connect(lambda pid: self.open_patient(patient_id=pid))
            page.find_patient_requested.connect(lambda text: self.open_patient(query=text))
            page.register_patient_requested.connect(lambda: self.open_patient())
            page.session_resume_requested.connect(self.resume_session)
            page.outcomes_requested.connect(self.open_outcomes)
        elif role == NURSE:
            page = self._external_page(
                "ebp_logger.gui.screens.worklist_screen",
                "WorklistScreen",
                self.tr("The ward worklist"),
            )
            if hasattr(page, "session_requested"):
                page.session_requested.connect(self._open_session_patient)
        elif role == ADMINISTRATOR:
            from ebp_logger.gui.screens.admin_home_screen import AdminHomeScreen

            page = AdminHomeScreen(self.actor)
            page.user_admin_requested.connect(self.open_user_admin)
            page.audit_requested.connect(lambda: self.open_audit_viewer())
            page.settings_saved.connect(self._on_settings_saved)
            page.outcomes_requested.connect(self.open_outcomes)
            page.interfaces_requested.connect(self.open_interfaces)
        else:
            page = MessagePage(self.tr("No start page for this role."))
        self._show_page(page)

    def _external_page(self, module: str, name: str, what: str, *args) -> QWidget:
        cls = getattr(importlib.import_module(module), name)
        return cls(self.actor, *args)

    def open_patient(self, patient_id: int | None = None, query: str = "") -> None:
        from ebp_logger.gui.screens.patient_screen import PatientScreen

        page = PatientScreen(self.actor, patient_id=patient_id, query=query)
        page.back_requested.connect(self.go_home)
        page.session_setup_requested.connect(lambda pid: self.open_setup(patient_id=pid))
        page.session_resume_requested.connect(self.resume_session)
        page.audit_requested.connect(lambda pid: self.open_audit_viewer(patient_id=pid))
        self._show_page(page)

    def _open_session_patient(self, session_id: int) -> None:
        """The patient of a session and their EBPs (the ward's "open" from the worklist)."""
        from ebp_logger.store.services import queries

        try:
            patient_id = queries.get_session(session_id).patient.id
        except EbpError as exc:
            _messages().show_error(self, exc, self.tr("Could not open the session"))
            return
        self.open_patient(patient_id=patient_id)

    def open_outcomes(self) -> None:
        self._show_page(
            self._external_page(
                "ebp_logger.gui.screens.outcome_screen",
                "OutcomeScreen",
                self.tr("The outcome overview"),
            )
        )

    def open_setup(self, patient_id: int | None = None, session_id: int | None = None) -> None:
        from ebp_logger.gui.screens.session_setup_screen import SessionSetupScreen

        try:
            page = SessionSetupScreen(self.actor, patient_id=patient_id, session_id=session_id)
        except EbpError as exc:
            _messages().show_error(self, exc, self.tr("Could not open the set-up"))
            return
        page.back_requested.connect(lambda pid: self.open_patient(patient_id=pid))
        page.session_abandoned.connect(lambda pid: self.open_patient(patient_id=pid))
        page.procedure_started.connect(self.open_procedure)
        self._show_page(page)

    def open_procedure(self, session_id: int) -> None:
        """The live screen of a started session: the same one if it is still open."""
        page = self._procedure_pages.get(session_id)
        if page is None:
            from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

            try:
                page = ProcedureScreen(self.actor, session_id)
            except EbpError as exc:
                _messages().show_error(self, exc, self.tr("Could not open the procedure"))
                return
            page.procedure_ended.connect(self._on_procedure_ended)
            page.closed.connect(lambda sid=session_id: self._on_procedure_closed(sid))
            self._procedure_pages[session_id] = page
        self._show_page(page)

    def _on_procedure_ended(self, session_id: int) -> None:
        self._drop_procedure_page(session_id)
        self._start_backup(session_id)
        self.go_home()

    # -- automatic backups (off the UI thread; a failure is shown, the work goes on) -----------
    def _start_daily_backups(self) -> None:
        if self.readonly:
            return
        self._start_backup(None)
        if getattr(self, "_backup_timer", None) is None:
            self._backup_timer = QTimer(self)
            self._backup_timer.setInterval(60 * 60 * 1000)  # hourly look: is the daily one due?
            self._backup_timer.timeout.connect(lambda: self._start_backup(None))
            self._backup_timer.start()

    def _start_backup(self, session_id: int | None) -> None:
        if self.readonly:
            return
        from PySide6.QtCore import QThreadPool

        from ebp_logger.gui.workers import BackupJob

        job = BackupJob(session_id)
        job.signals.failed.connect(self._on_backup_failed)
        QThreadPool.globalInstance().start(job)

    def _on_backup_failed(self, message: str) -> None:
        _messages().show_error(self, EbpError(message), self.tr("Automatic backup failed"))

    def _on_procedure_closed(self, session_id: int) -> None:
        self._drop_procedure_page(session_id)
        self.go_home()

    def _drop_procedure_page(self, session_id: int) -> None:
        page = self._procedure_pages.pop(session_id, None)
        if page is not None and page is not self._page:
            self.ui.pages.removeWidget(page)
            page.deleteLater()
        # the page on show is deleted by _show_page once it is replaced (it is transient now)

    def _close_procedure_pages(self) -> None:
        for session_id in list(self._procedure_pages):
            self._drop_procedure_page(session_id)

    def procedure_page(self, session_id: int) -> QWidget | None:
        return self._procedure_pages.get(session_id)

    def resume_session(self, session_id: int) -> None:
        """Reopen a session where it was: set-up, or the live procedure."""
        from ebp_logger.store.services import queries

        try:
            session = queries.get_session(session_id)
        except EbpError as exc:
            _messages().show_error(self, exc, self.tr("Could not open the session"))
            return
        if session.status == _SETUP:
            self.open_setup(session_id=session_id)
        elif session.status == _IN_PROGRESS:
            self.open_procedure(session_id)
        else:
            self.open_patient(patient_id=session.patient.id)

    def offer_resume(self) -> bool:
        """After a crash or sign-out: offer this user's unfinished session. True if reopened."""
        from ebp_logger.gui.formatting import local_datetime, status_label
        from ebp_logger.gui.ui_language import current_lang
        from ebp_logger.store.services import queries

        if self.actor is None:
            return False
        mine = [s for s in queries.in_progress() if s.operator_id == self.actor.user_id]
        mine = [s for s in mine if s.id not in self._procedure_pages]
        if not mine:
            return False
        # A started procedure first, then the newest.
        mine.sort(key=lambda s: (s.status == _IN_PROGRESS, s.created_at))
        session = mine[-1]
        lang = current_lang()
        text = (
            self.tr("You have a session that was not finished:\n\n%1 (CPR %2)\n%3 since %4.")
            .replace("%1", session.patient.name)
            .replace("%2", session.patient.cpr_display)
            .replace("%3", status_label(session.status, lang))
            .replace("%4", local_datetime(session.started_at or session.created_at))
        )
        if queries.unacknowledged_warnings() and hasattr(self._page, "point_at_unfinished"):
            # A dialog would lie over the warning panel: the offer goes in the home screen's own
            # list of sessions in progress, selected, so Enter reopens it.
            self._page.point_at_unfinished(
                session.id,
                " ".join(text.split()) + " " + self.tr("Enter reopens it."),
            )
            return False
        text += "\n\n" + self.tr("Reopen it where it was?")
        if len(mine) > 1:
            text += "\n" + self.tr(
                "Your other open sessions are listed under Sessions in progress."
            )
        if not _prompts().confirm(
            self,
            self.tr("Unfinished session"),
            text,
            self.tr("Reopen"),
            self.tr("Not now"),
        ):
            return False
        self.resume_session(session.id)
        return True

    # -- dialogs of other modules -------------------------------------------------------------
    def open_user_admin(self) -> None:
        self._open_dialog(
            "ebp_logger.gui.dialogs.user_admin_dialog", "UserAdminDialog", self.tr("User admin")
        )
        if hasattr(self._page, "refresh"):
            self._page.refresh()

    def open_interfaces(self) -> None:
        self._open_dialog(
            "ebp_logger.gui.dialogs.interfaces_dialog",
            "InterfacesDialog",
            self.tr("Hospital interfaces"),
        )

    def open_audit_viewer(self, patient_id: int | None = None, session_id: int | None = None):
        self._open_dialog(
            "ebp_logger.gui.dialogs.audit_viewer_dialog",
            "AuditViewerDialog",
            self.tr("The audit viewer"),
            patient_id=patient_id,
            session_id=session_id,
        )

    def _open_dialog(self, module: str, name: str, what: str, **kwargs) -> None:
        cls = getattr(importlib.import_module(module), name)
        dialog = cls(self.actor, **kwargs)
        dialog.setParent(self, dialog.windowFlags())
        dialog.exec()
        dialog.deleteLater()

    def _on_settings_saved(self) -> None:
        self._update_header()
        self._start_idle_watch()

    # -- lock ---------------------------------------------------------------------------------
    @property
    def lock_overlay(self) -> LockOverlay:
        if self._lock_overlay is None:
            from ebp_logger.gui.widgets.lock_overlay import LockOverlay

            self._lock_overlay = LockOverlay(self.ui.central)
            self._lock_overlay.unlocked.connect(self._on_unlocked)
        return self._lock_overlay

    @property
    def is_locked(self) -> bool:
        return self._lock_overlay is not None and self._lock_overlay.is_locked

    def lock(self, why: str = "manual") -> None:
        """Cover the window; everything beneath keeps running and keeps what was typed."""
        from ebp_logger.store.services import users

        if self.actor is None or self.is_locked:
            return
        try:
            users.lock_screen(self.actor, why)
        except EbpError as exc:  # the lock itself must never fail on an audit problem
            log.warning("lock not audited: %s", exc)
        self._focus_before_lock = self.focusWidget()
        self.ui.pages.setEnabled(False)
        self.ui.header.setEnabled(False)
        activity = ""
        if self._procedure_pages:
            activity = self.tr(
                "A procedure is in progress: its timers and alarms keep running while locked."
            )
        self.lock_overlay.lock(self.actor, activity)

    def _on_unlocked(self, actor: Actor) -> None:
        previous = self.actor
        self.ui.pages.setEnabled(True)
        self.ui.header.setEnabled(True)
        if previous is not None and actor.user_id != previous.user_id:
            self._switch_user(actor)
        else:
            self.actor = actor
            focus = self._focus_before_lock
            if focus is not None:
                focus.setFocus()
        self._focus_before_lock = None
        self.idle.poke()

    def _switch_user(self, actor: Actor) -> None:
        """Another user unlocked: they continue from here (same role) or start at their home."""
        previous = self.actor
        self.actor = actor
        self._update_header()
        self._start_idle_watch()
        if previous is not None and previous.role == actor.role:
            pages = [self._page, *self._procedure_pages.values()]
            for page in pages:
                if page is not None and hasattr(page, "set_actor"):
                    page.set_actor(actor)
            stale = [
                sid for sid, page in self._procedure_pages.items() if not hasattr(page, "set_actor")
            ]
            current = next(
                (sid for sid, page in self._procedure_pages.items() if page is self._page), None
            )
            for sid in stale:  # rebuilt so that entries are recorded under the new user
                self._drop_procedure_page(sid)
            if current in stale:
                self.open_procedure(current)
            elif self._page is not None and not hasattr(self._page, "set_actor"):
                self.go_home()
            elif self._focus_before_lock is not None:
                self._focus_before_lock.setFocus()
        else:
            self._close_procedure_pages()
            self.go_home()
        self.signed_in.emit(actor)
