"""The real listener (``ebp-logger hl7-listen`` in a subprocess) and python-hl7's real client."""

from __future__ import annotations

import socket
import struct
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from ebp_logger.devices.listener import ALL_INTERFACES, LOOPBACK, bind_host
from ebp_logger.store.models import DeviceMessage, Vital
from ebp_logger.store.verify import verify
from tests.core.devices.conftest import (
    FS_CR,
    ROOT,
    SAMPLE,
    VT,
    MllpClient,
    ack_code,
    minutes_ago,
    monitor_message,
    msa,
    run_mllp_send,
)

pytestmark = pytest.mark.both_backends


def test_the_shared_sample_through_mllp_send_lands_in_the_session(live_session, listener):
    (reply,) = run_mllp_send(SAMPLE, listener.port)
    assert msa(reply)[1:3] == ["AA", "PM-000451"]
    rows = Vital.select().where(Vital.session == live_session).order_by(Vital.taken_at)
    assert [(v.heart_rate, v.spo2, v.systolic, v.diastolic, v.mean) for v in rows] == [
        (None, None, 126, 78, 94),
        (68, 97, None, None, None),
    ]
    assert all(v.source == "device" for v in rows)
    assert any("PM-000451 AA stored" in line for line in _wait_lines(listener, 1))


def test_several_framed_messages_from_one_file(live_session, listener, tmp_path):
    texts = [monitor_message(f"F{i}", minutes_ago(10 - i), hr=60 + i) for i in range(3)]
    path = tmp_path / "three.hl7"
    path.write_bytes(b"".join(t.encode() + b"\x1c" for t in texts))  # mllp_send's file format
    replies = run_mllp_send(path, listener.port, loose=False)
    assert [msa(r)[1:3] for r in replies] == [["AA", "F0"], ["AA", "F1"], ["AA", "F2"]]
    assert sorted(v.heart_rate for v in Vital.select()) == [60, 61, 62]


def test_the_simulator_feeds_the_listener(live_session, listener):
    r = subprocess.run(
        [sys.executable, "-m", "ebp_logger", "simulate-monitor", "--port", str(listener.port)]
        + ["--patient", "120571-1003", "--rate", "0", "--count", "4", "--speed", "1000"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("-> AA") == 4
    assert "NIBP" in r.stdout.splitlines()[0]
    rows = list(Vital.select().where(Vital.session == live_session))
    assert rows and all(v.source == "device" for v in rows)
    assert any(v.systolic for v in rows)


def test_garbage_half_frames_and_hostile_input_leave_it_running(live_session, listener):
    c = MllpClient(listener.port)
    c.send_raw(b"hello\r\n" + FS_CR)  # an end block without a start block
    assert ack_code(c.read_reply()) == "AR"
    assert ack_code(c.exchange(b"")) == "AR"  # an empty frame
    assert ack_code(c.exchange(b"\xff\xfe\x00MSH|")) == "AR"  # not UTF-8
    c.send_raw(
        b"noise before the frame" + VT + monitor_message("N1", minutes_ago(5)).encode() + FS_CR
    )
    assert msa(c.read_reply())[1:3] == ["AA", "N1"]  # noise between frames is ignored
    c.send_raw(VT + b"MSH|" + b"A" * 400_000 + FS_CR)  # over the size cap: skipped, one AR
    reply = c.read_reply()
    assert ack_code(reply) == "AR" and "too large" in reply
    assert ack_code(c.exchange(monitor_message("N2", minutes_ago(4)))) == "AA"
    c.close()

    half = MllpClient(listener.port)  # half a frame, then the client goes away
    half.send_raw(VT + monitor_message("H1", minutes_ago(3)).encode()[:120])
    half.close()
    reset = MllpClient(listener.port)  # a reset in the middle of a frame
    reset.send_raw(VT + b"MSH|^~\\&|")
    reset.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    reset.close()

    again = MllpClient(listener.port)
    assert msa(again.exchange(SAMPLE.read_text().replace("\n", "\r")))[1] == "AA"
    again.close()
    assert listener.alive()
    assert DeviceMessage.select().where(DeviceMessage.control_id == "H1").count() == 0
    assert {v.device_ref for v in Vital.select()} == {"N1", "N2", "PM-000451"}
    assert verify().ok


def test_out_of_range_values_get_ae_and_are_not_stored(live_session, listener):
    c = MllpClient(listener.port)
    reply = c.exchange(monitor_message("R1", minutes_ago(2), hr=300))
    c.close()
    code, cid, text = msa(reply)[1:4]
    assert (code, cid) == ("AE", "R1") and "heart_rate" in text
    assert listener.stop() == 0  # a clean stop writes the pending rejections
    assert Vital.select().count() == 0
    assert DeviceMessage.get(DeviceMessage.control_id == "R1").status == "rejected"


def test_bind_host_is_loopback_unless_allowed():
    assert bind_host(False) == LOOPBACK and bind_host(True) == ALL_INTERFACES


def test_cli_refuses_a_bad_cpr_in_one_line():
    r = subprocess.run(
        [sys.executable, "-m", "ebp_logger", "simulate-monitor", "--port", "1", "--patient", "12"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr


def _wait_lines(listener, n: int, timeout: float = 10.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while len(listener.lines) < n and time.monotonic() < deadline:
        time.sleep(0.05)
    return listener.lines


def _outcome(cid: str):
    from ebp_logger.clock import utcnow
    from ebp_logger.devices.listener import Outcome

    return Outcome(utcnow(), "127.0.0.1:1", "AA", cid, "stored", "")


def test_console_lines_come_in_batches_in_order_and_all_by_the_end():
    from ebp_logger.devices.listener import ConsoleLines

    writes: list[str] = []
    console = ConsoleLines(writes.append)
    for i in range(500):
        console.add(_outcome(f"C{i}"))
    console.close()
    lines = "\n".join(writes).splitlines()
    assert [line.split()[2] for line in lines] == [f"C{i}" for i in range(500)]
    assert len(writes) < 500  # batched, not a write per line


def test_a_stuck_console_never_blocks_the_listener(monkeypatch):
    import threading

    from ebp_logger.devices import listener as listener_mod

    monkeypatch.setattr(listener_mod, "MAX_CONSOLE_BACKLOG", 50)
    released = threading.Event()
    writes: list[str] = []

    def stuck(text: str) -> None:  # a pipe nobody reads
        released.wait(30)
        writes.append(text)

    console = listener_mod.ConsoleLines(stuck)
    for i in range(1000):  # returns at once although nothing can be written
        console.add(_outcome(f"S{i}"))
    released.set()
    console.close()
    text = "\n".join(writes)
    assert "S999" in text and "line(s) not shown: the console did not keep up" in text


def test_a_failing_console_is_survived():
    import threading

    from ebp_logger.devices.listener import ConsoleLines

    calls: list[str] = []
    failed = threading.Event()

    def broken(text: str) -> None:
        calls.append(text)
        if not failed.is_set():
            failed.set()
            raise BrokenPipeError("the console went away")

    console = ConsoleLines(broken)
    console.add(_outcome("B1"))
    assert failed.wait(30)  # the console's own thread wrote, and failed
    console.add(_outcome("B2"))
    console.close()
    assert "B1" in calls[0] and "B2" in calls[-1]


class InProcessListener:
    """The listener on an event loop in a thread of this process, so a test can break its
    store. Its loop thread has its own database connection, as in the app."""

    def __init__(self) -> None:
        import asyncio
        import threading

        from ebp_logger.devices.listener import Hl7Listener

        self.outcomes: list = []
        self._ready = threading.Event()
        self.listener = Hl7Listener("127.0.0.1", 0, on_message=self.outcomes.append)

        async def main() -> None:
            self.loop = asyncio.get_running_loop()
            self.stop_event = asyncio.Event()
            await self.listener.start()
            self._ready.set()
            await self.listener.serve(self.stop_event)

        self.thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
        self.thread.start()
        assert self._ready.wait(30)
        self.port = self.listener.port

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(30)


def test_a_failed_commit_is_answered_ar_never_aa_and_the_next_message_is_kept(
    live_session, clock, monkeypatch
):
    from ebp_logger.errors import StorageError
    from ebp_logger.store.services import devices

    real = devices.store_messages

    def disk_full(items, **kwargs):
        return [StorageError("The disk is full: nothing was saved.")] * len(items)

    monkeypatch.setattr(devices, "store_messages", disk_full)
    lis = InProcessListener()
    try:
        c = MllpClient(lis.port)
        text = monitor_message("D1", clock.advance(minutes=5))  # the fake clock: in the past
        clock.advance(minutes=1)
        code, cid, why = msa(c.exchange(text))[1:4]
        assert (code, cid) == ("AR", "D1") and "disk is full" in why
        monkeypatch.setattr(devices, "store_messages", real)
        assert msa(c.exchange(text))[1] == "AA"  # the retry
        c.close()
    finally:
        lis.stop()
    assert [o.ack_code for o in lis.outcomes] == ["AR", "AA"]
    assert [v.device_ref for v in Vital.select()] == ["D1"]


def test_messages_from_several_connections_share_commits(live_session, clock, monkeypatch):
    from ebp_logger.store.services import devices

    sizes: list[int] = []
    real = devices.store_messages

    def counting(items, **kwargs):
        sizes.append(len(items))
        return real(items, **kwargs)

    monkeypatch.setattr(devices, "store_messages", counting)
    lis = InProcessListener()
    replies: list[str] = []
    clock.advance(minutes=300)
    frames = [
        b"".join(
            VT
            + monitor_message(
                f"S{k}-{i}", clock.now - timedelta(minutes=200 - k * 40 - i / 60), hr=60 + i
            ).encode()
            + FS_CR
            for i in range(30)
        )
        for k in range(4)
    ]
    clients = [MllpClient(lis.port) for _ in range(4)]
    try:
        for c, data in zip(clients, frames, strict=True):  # every connection has all its frames
            c.send_raw(data)  # waiting: the listener answers each in turn
        for c in clients:
            replies += [msa(c.read_reply())[1] for _ in range(30)]
            c.close()
    finally:
        lis.stop()
    assert replies == ["AA"] * 120
    assert sum(sizes) == 120 and max(sizes) > 1  # commits carried several messages
    assert Vital.select().count() == 120 and verify().ok
