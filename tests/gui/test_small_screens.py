"""Every screen is fully usable on the smallest ward laptop screens (1366×768 and 1280×800)
without moving the window: the window does not demand more than the screen, and each primary
action lies inside the window's visible area (inside every parent that could clip it; inside a
scroll area only once scrolled to, as a user would)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.gui.shell_helpers import make_window

SIZES = ((1366, 768), (1280, 800))
# A maximised window on such a screen loses a title bar and a task bar (about 70 px).
DESKTOP_PX = 70


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _visible_rect(window: QWidget, widget: QWidget) -> QRect:
    """The widget's rectangle in window coordinates, cut by every parent on the way up."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _scroll_to(widget: QWidget) -> None:
    """Scroll every scroll area holding the widget so that it shows (what a user does)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    _settle()


def check_reachable(window: QWidget, widgets: dict[str, QWidget], where: str) -> None:
    _settle()
    problems = []
    for name, widget in widgets.items():
        if not widget.isVisible():
            problems.append(f"{name}: hidden")
            continue
        _scroll_to(widget)
        full = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        shown = _visible_rect(window, widget)
        # A table may be scrolled inside, but its frame, heading and first rows must show.
        if shown != full:
            problems.append(
                f"{name}: at {full.getRect()}, visible only {shown.getRect()} "
                f"of window {window.width()}x{window.height()}"
            )
    assert not problems, f"{where}: " + "; ".join(problems)


def check_fits(window: QWidget, size: tuple[int, int], where: str) -> None:
    _settle()
    width, height = size
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height - DESKTOP_PX, (
        f"{where}: the window demands {hint.width()}x{hint.height()}, "
        f"more than a {width}x{height} screen gives it"
    )
    assert window.size().toTuple() == size, f"{where}: the window grew to {window.size()}"


@pytest.fixture
def demo(tmp_path, qapp):
    """A demo database (sessions in every state, relative to now), the app styled as run."""
    from ebp_logger.gui.app import make_application
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services.demo import create_demo

    make_application()
    open_database(tmp_path / "demo.sqlite")
    yield create_demo()
    close_database()


def _sign_in(window, username: str) -> None:
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    screen = window.sign_in_screen
    screen.ui.username.setText(username)
    screen.ui.password.setText(DEMO_PASSWORD)
    screen.ui.signInButton.click()
    _settle()
    assert window.actor is not None and window.actor.username == username


def _open(window, size, where: str, widgets) -> None:
    window.resize(*size)
    _settle()
    check_fits(window, size, where)
    check_reachable(window, widgets(), where)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_and_shows_its_actions(qtbot, demo, size):
    from ebp_logger.store.models import Patient

    window = make_window(qtbot, demo=True)
    window.resize(*size)
    header = window.ui
    try:
        sign = window.sign_in_screen
        _open(
            window,
            size,
            "sign-in",
            lambda: {"username": sign.ui.username, "sign in": sign.ui.signInButton},
        )

        _sign_in(window, "doctor")
        home = window.current_page
        _open(
            window,
            size,
            "home",
            lambda: {
                "search": home.ui.searchEdit,
                "new patient": home.ui.newPatientButton,
                "resume": home.ui.resumeButton,
                "lying flat": home.ui.restTable,
                "sign out": header.signOutButton,
            },
        )

        first = Patient.select().order_by(Patient.id).first()
        window.open_patient(patient_id=first.id)
        patient = window.current_page
        _open(
            window,
            size,
            "patient",
            lambda: {
                "sessions": patient.ui.sessionsTable,
                "new EBP": patient.ui.newSessionButton,
                "back": patient.ui.backButton,
            },
        )

        window.open_setup(patient_id=first.id)
        setup = window.current_page
        _open(
            window,
            size,
            "set-up",
            lambda: {
                "save session": setup.ui.saveSessionButton,
                "save score": setup.ui.saveScoreButton,
                "checklist": setup.ui.checklistScroll,
                "start": setup.ui.startButton,
                "back": setup.ui.backButton,
            },
        )

        window.resume_session(demo["in_progress"])
        live = window.current_page
        live._timer.stop()
        live.countdown.beep = lambda: None
        _open(
            window,
            size,
            "live procedure",
            lambda: {
                "BP": live.vitals.bp_edit,
                "save vitals": live.vitals.save_button,
                "needle in": live.events.buttons[next(iter(live.events.buttons))],
                "note": live.events.note_edit,
                "+10 ml F11": live.injection.quick_buttons[-1],
                "ml": live.injection.amount_edit,
                "Add ml": live.injection.add_button,
                "STOP": live.stop_button,
                "entries table": live.table,
                "correct": live.correct_button,
                "void": live.void_button,
                "BP countdown": live.countdown,
                "close": live.close_button,
                "sign out": header.signOutButton,
            },
        )
        assert live.table.height() >= 100, "the entries table shows at least three rows"

        from ebp_logger.store.services import procedure

        procedure.record_stop(window.actor, demo["in_progress"], "radicular_pain")
        live.reload()
        _open(window, size, "live, stopped", lambda: {"end": live.end_button})
        live.end_button.click()
        summary = live.summary
        _open(
            window,
            size,
            "summary",
            lambda: {
                "confirm end of procedure": summary.confirm_button,
                "back": summary.back_button,
                "sign out": header.signOutButton,
            },
        )

        window.go_home()
        window.open_outcomes()
        outcomes = window.current_page
        _open(
            window,
            size,
            "outcomes",
            lambda: {"figures": outcomes.figures_table, "PDF": outcomes.pdf_button},
        )

        window._close_procedure_pages()
        window.go_home()
        window.sign_out()
        _sign_in(window, "nurse")
        ward = window.current_page
        _open(
            window,
            size,
            "worklist",
            lambda: {
                "due": ward.due_table,
                "score": ward.score_button,
                "warning signs": ward.observe_button,
                "end rest": ward.end_rest_button,
                "sign out": header.signOutButton,
            },
        )

        window.sign_out()
        _sign_in(window, "admin")
        admin = window.current_page
        _open(
            window,
            size,
            "admin home",
            lambda: {
                "users": admin.ui.manageUsersButton,
                "audit": admin.ui.auditButton,
                "save settings": admin.settings_panel.save_button,
                "sign out": header.signOutButton,
            },
        )
    finally:
        window.idle.stop()
        window._close_procedure_pages()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_run_fits(qtbot, tmp_path, size):
    from ebp_logger.gui.app import make_application
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    make_application()
    open_database(tmp_path / "empty.sqlite")
    try:
        window = make_window(qtbot)
        page = window.current_page
        _open(
            window,
            size,
            "first run",
            lambda: {
                "department": page.ui.departmentName,
                "password": page.ui.adminPassword,
                "create": page.ui.createButton,
            },
        )
        window.idle.stop()
    finally:
        close_database()
