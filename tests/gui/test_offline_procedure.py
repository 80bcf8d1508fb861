"""The live screen when the department server goes away mid-procedure: entries are kept on
this PC and say so (never "saved"), the banner counts them, the running total includes them
and the 40 ml maximum still holds; when the server is back they are delivered and the banner
goes. A real server of the test's own, stopped with ``pg_ctl stop -m immediate``."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from ebp_logger.clinical.enums import Component
from ebp_logger.gui.widgets import live_support as ls
from tests.pg_support import cluster, own_server_with_session

pytestmark = pytest.mark.pg


def enter(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_live_screen_keeps_working_through_an_outage(qtbot, own_server, tmp_path, clock):
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen
    from ebp_logger.store.database import close_database
    from ebp_logger.store.models import Injection, Vital
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import offline

    admin, folder = own_server
    url, doctor, sid = own_server_with_session(admin)
    open_database(url)
    offline.start(tmp_path, url)
    screen = ProcedureScreen(doctor, sid)
    screen._timer.stop()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    try:
        enter(qtbot, screen.vitals.bp_edit, "120/80")
        assert "Saved" in screen.vitals.status_label.text()
        enter(qtbot, screen.injection.amount_edit, "10")

        cluster("crash", str(folder))
        clock.advance(minutes=4)
        enter(qtbot, screen.vitals.bp_edit, "118/76")
        # The BP taken while the server is away restarts the 5-minute countdown all the same.
        assert screen.countdown.tick().due_at == clock.now + timedelta(minutes=5)
        assert "Kept on this PC" in screen.vitals.status_label.text()
        assert "Saved" not in screen.vitals.status_label.text()
        assert screen.vitals.bp_edit.text() == ""  # taken: the field is free for the next
        enter(qtbot, screen.injection.amount_edit, "20")
        assert "Kept on this PC" in screen.injection.message.text()
        assert next(iter(screen.injection.totals.values())).text() == "30 ml"
        assert "2 entries are kept on this PC" in screen.banner.text()
        at = ls.clock_time(clock.now)
        assert f"Waiting: {at} BP 118/76 · {at} +20 ml" in screen.banner.text()
        # The kept entries are rows of the table (amber, "kept on this PC", not correctable
        # yet) and points of the plot, like the others.
        model = screen.table_model
        kept = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).kept]
        assert [model.values_text(r) for r in kept] == ["BP 118/76", "+20 ml autologous blood"]
        row = model.rowCount() - 1
        assert model.index(row, 5).data() == "waiting to be sent"
        assert "Kept on this PC" in model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
        assert not model.row_at(row).changeable
        assert model.index(row, 4).data() == model.index(0, 4).data()  # the same full name
        assert screen.latest["bp"].text() == "118/76"  # the newest BP, though it waits here
        assert screen.plot.point_count()["systolic"] == 2
        assert screen.plot.volume_total(Component.BLOOD) == 30
        enter(qtbot, screen.injection.amount_edit, "15")  # 45 ml: refused here too
        assert "Not saved" in screen.injection.message.text()
        assert screen.injection.amount_edit.text() == "15"  # the typed amount stays

        cluster("start", str(folder))
        report = offline.deliver()
        assert report.delivered == 2 and report.waiting == 0
        screen.reload()
        assert not screen.banner.isVisible()
        assert next(iter(screen.injection.totals.values())).text() == "30 ml"
        rows = [model.row_at(r) for r in range(model.rowCount())]
        assert len(rows) == 4 and not any(r.kept for r in rows)  # delivered: the server's now
        assert screen.plot.point_count()["systolic"] == 2
        assert screen.plot.volume_total(Component.BLOOD) == 30
        assert Vital.select().where(Vital.session == sid).count() == 2
        assert sum(i.tenths_ml for i in Injection.select().where(Injection.session == sid)) == 300
    finally:
        offline.stop()
        close_database()


def test_the_window_delivers_by_itself_when_the_server_is_back(qtbot, own_server, tmp_path):
    """No button: the notification connection reports the server gone and back, and the
    window sends what waits on the PC as soon as it is back."""
    from ebp_logger.gui.change_feed import ChangeFeed
    from ebp_logger.store.database import close_database
    from ebp_logger.store.models import Vital
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import offline
    from tests.gui.shell_helpers import make_window

    admin, folder = own_server
    url, doctor, sid = own_server_with_session(admin)
    open_database(url)
    window = make_window(qtbot, pending=True)
    feed = ChangeFeed.instance()
    try:
        with qtbot.waitSignal(feed.server_reachable, timeout=10_000) as up:
            window.listen_to_server(url)
        assert up.args == [True]
        offline.remember_session(sid)
        with qtbot.waitSignal(feed.server_reachable, timeout=10_000) as gone:
            cluster("crash", str(folder))
        assert gone.args == [False]
        assert "cannot be reached" in window.banner_text()
        kept = offline.record(doctor, "vitals", sid, bp="121/79")
        assert kept.on_pc and offline.waiting() == 1
        cluster("start", str(folder))
        qtbot.waitUntil(lambda: offline.waiting() == 0, timeout=20_000)
        assert Vital.select().where(Vital.session == sid).count() == 1
    finally:
        window.shutdown()
        close_database()


def test_a_refusal_on_delivery_is_said_in_the_banner(qtbot, qapp, db_path):
    from ebp_logger.store.services.offline import Delivery
    from tests.gui.shell_helpers import make_window

    window = make_window(qtbot)
    window._on_delivered(Delivery(delivered=2, refused=["The procedure is not in progress."]))
    assert "The server refused 1 entr" in window.banner_text()  # entry, or entries untranslated
    assert "not in progress" in window.banner_text()
