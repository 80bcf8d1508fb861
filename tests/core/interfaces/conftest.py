"""Helpers for the hospital-interface tests: the real ADT listener in a subprocess, ADT
messages as a hospital sends them, python-hl7's ``mllp_send``."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
VT, FS_CR = b"\x0b", b"\x1c\r"
ADMIN_PASSWORD = "admin-pass"  # tests/conftest.py create_staff()


class AdtListenerProcess:
    """``ebp-logger adt-listen --port 0 --user admin`` in a subprocess."""

    def __init__(self, db: Path) -> None:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            PYTHONUNBUFFERED="1",
            EBP_LOGGER_PASSWORD=ADMIN_PASSWORD,
        )
        cmd = [sys.executable, "-m", "ebp_logger", "adt-listen", "--db", str(db)]
        self.proc = subprocess.Popen(
            cmd + ["--port", "0", "--user", "admin"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
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
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            code = self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._reader.join(timeout=5)
        return code


@pytest.fixture
def adt_listener(actors, db_path):
    proc = AdtListenerProcess(db_path)
    yield proc
    proc.stop()


def adt_message(
    event: str,
    control_id: str,
    cpr: str,
    *,
    name: str = "Hansen^Jens Peter",
    address: str = "Nørregade 1^^Aarhus C^^8000^DK",
    phone: str = "+4512345678",
    location: str = "ANA^12^3",
    hospital_number: str = "H0001",
    retired_cpr: str = "",
    cpr_marked: bool = True,
) -> str:
    """An ADT message as a Danish hospital sends it: PID-3 repeats (hospital number ~ CPR)."""
    structure = {"A40": "ADT_A39", "A03": "ADT_A03", "A11": "ADT_A09"}.get(event, "ADT_A01")
    cpr_cx = f"{cpr}^^^CPR^NNDNK" if cpr_marked else cpr
    pid3 = f"{hospital_number}^^^HOSP^MR~{cpr_cx}" if hospital_number else cpr_cx
    segments = [
        f"MSH|^~\\&|EPIC|RH|EBPLOGGER|ANAE|20261205081500||ADT^{event}^{structure}|{control_id}|P|2.5",
        f"EVN|{event}|20261205081500",
        f"PID|1||{pid3}||{name}||19700101|M|||{address}||{phone}",
    ]
    if retired_cpr:
        segments.append(f"MRG|{retired_cpr}^^^CPR^NNDNK")
    segments.append(f"PV1|1|I|{location}")
    return "\r".join(segments)


def run_mllp_send(texts: list[str], port: int, tmp_path: Path) -> list[str]:
    """python-hl7's own client (``mllp_send``) sends the messages from a file; its replies."""
    path = tmp_path / f"adt-{len(list(tmp_path.iterdir()))}.hl7"
    path.write_bytes(b"".join(t.encode("utf-8") + b"\x1c" for t in texts))
    exe = Path(sys.executable).with_name("mllp_send")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "hl7.client"]
    cmd += ["--file", str(path), "--port", str(port), "127.0.0.1"]
    out = subprocess.run(cmd, capture_output=True, timeout=60, check=True).stdout
    frames = [f for f in out.split(FS_CR) if VT in f]
    return [f.split(VT, 1)[1].decode("utf-8") for f in frames]


def msa(reply: str) -> list[str]:
    seg = next(s for s in reply.split("\r") if s.startswith("MSA|"))
    return seg.split("|")
