"""Helpers for the monitor tests: the real listener in a subprocess, an MLLP client, messages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "oru_r01_pcd01.hl7"
SAMPLE_CPR = "120571-1003"  # PID-3 of the sample; the conftest `patient` has it too
ROOT = Path(__file__).resolve().parents[3]
VT, FS_CR = b"\x0b", b"\x1c\r"


class ListenerProcess:
    """``ebp-logger hl7-listen --port 0`` in a subprocess; its port read from the first line."""

    def __init__(
        self, db: Path, *extra: str, user: str = "admin", password: str = "admin-pass"
    ) -> None:
        # The listener is started by a signed-in user (tests/conftest.create_staff's admin).
        env = dict(
            os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", EBP_LOGGER_PASSWORD=password
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ebp_logger", "hl7-listen", "--db", str(db), "--port", "0"]
            + ["--user", user]
            + list(extra),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
            env=env,
        )
        first = self.proc.stdout.readline()
        if "Listening" not in first:
            self.proc.kill()
            raise RuntimeError(f"listener did not start: {first}{self.proc.stdout.read()}")
        self.port = int(first.split("127.0.0.1:")[1].split(";")[0])
        self.lines: list[str] = []
        # Drain the per-message lines so a full pipe never blocks the listener.
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> int:
        if self.alive():
            self.proc.terminate()
        try:
            code = self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._reader.join(timeout=5)
        return code


def enable_listener(**more: object) -> None:
    """The department's setting the command-line listener respects (``hl7_enabled``), and
    any other settings the test needs before it starts."""
    from ebp_logger.store import settings

    settings.save_first_run(hl7_enabled=True, **more)


@pytest.fixture
def listener(db_path, actors):
    enable_listener()
    proc = ListenerProcess(db_path)
    yield proc
    proc.stop()


class MllpClient:
    """A plain socket client: one frame out, one ACK back (for raw bytes the real client
    cannot send: garbage, half frames, invalid UTF-8)."""

    def __init__(self, port: int, timeout: float = 30.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buffer = b""

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read_reply(self) -> str:
        while FS_CR not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buffer += chunk
        frame, self.buffer = self.buffer.split(FS_CR, 1)
        assert frame.startswith(VT), frame[:40]
        return frame[1:].decode("utf-8")

    def exchange(self, body: bytes | str) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_raw(VT + body + FS_CR)
        return self.read_reply()

    def close(self) -> None:
        self.sock.close()


def ack_code(reply: str) -> str:
    """MSA-1 of an ACK, checked to be a well-formed HL7 ACK on the way."""
    import hl7

    msg = hl7.parse(reply)
    assert str(msg.segment("MSH")[9]).startswith("ACK"), reply
    return str(msg.segment("MSA")[1])


def msa(reply: str) -> list[str]:
    seg = next(s for s in reply.split("\r") if s.startswith("MSA|"))
    return seg.split("|")


def minutes_ago(minutes: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(minutes=minutes)


def monitor_message(
    control_id: str,
    at: datetime,
    hr: int = 72,
    spo2: int = 98,
    bp: tuple[int, int] | None = None,
    cpr: str = "1205711003",
    bed: str = "OP-STUE-2^^2",
) -> str:
    """A PCD-01 message like the simulator's, values chosen by the test."""
    from ebp_logger.devices.simulator import MonitorValues, build_message

    sys_, dia = bp or (120, 80)
    values = MonitorValues(hr, hr, spo2, sys_, dia)
    return build_message(control_id, cpr, bed, at, values, (values, at) if bp else None)


def run_mllp_send(path: Path, port: int, loose: bool = True) -> list[str]:
    """python-hl7's own client (``mllp_send``); returns the replies it printed."""
    exe = Path(sys.executable).with_name("mllp_send")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "hl7.client"]
    cmd += (["--loose"] if loose else []) + ["--file", str(path), "--port", str(port), "127.0.0.1"]
    out = subprocess.run(cmd, capture_output=True, timeout=60, check=True).stdout
    frames = [f for f in out.split(FS_CR) if VT in f]
    return [f.split(VT, 1)[1].decode("utf-8") for f in frames]
