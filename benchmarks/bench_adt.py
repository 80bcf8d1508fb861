"""Hospital interfaces: ADT messages per second through the real listener (commit before ACK),
and the MDM build + send latency for a 24-hour monitored session.

    python benchmarks/bench_adt.py [--n 1000] [--patients 50] [--interval 5] [--dir DIR]

ADT: ``ebp-logger adt-listen`` (a subprocess) takes ``ADT^A08`` updates over loopback MLLP, one
client waiting for each ACK; every message changes the patient (a new address), so each is a
real update: the AdtMessage row, the patient row and their audit rows, committed with
synchronous=FULL before its AA. The floor is raw sqlite3 one-row commits per second on the
same disk, measured in this run. The goal is ≥ 300 messages per second.

MDM: a session with 24 hours of monitor values (one reading every ``--interval`` seconds),
then the procedure record PDF, the MDM^T02 built and strictly validated with hl7apy, queued in
the outbox (one transaction) and sent to an EHR played by python-hl7's MLLP server that ACKs;
the floor is the procedure record PDF alone (the part any document interface must pay).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

GOAL = 300.0
PASSWORD = "bench-pass"


def adt_messages(n: int, patients: int) -> list[bytes]:
    out = []
    for i in range(n):
        day = 1 + (i % patients) % 28
        cpr = f"{day:02d}0170{1000 + i % patients:04d}"
        text = "\r".join(
            [
                f"MSH|^~\\&|EPIC|RH|EBPLOGGER|ANAE|20261205081500||ADT^A08^ADT_A01|B{i:07d}|P|2.5",
                "EVN|A08|20261205081500",
                f"PID|1||H{i % patients:05d}^^^HOSP^MR~{cpr}^^^CPR^NNDNK||Bench^Patient {i % patients}"
                f"||19700101|F|||Vej {i}^^Aarhus^^8000^DK||+4512345678",
                "PV1|1|I|ANA^1^1",
            ]
        )
        out.append(b"\x0b" + text.encode() + b"\x1c\r")
    return out


def run_adt(folder: Path, n: int, patients: int) -> tuple[float, list[float], list[str]]:
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import users

    db = folder / "adt.sqlite"
    open_database(db)
    users.create_first_administrator("admin", "Bench Administrator", PASSWORD)
    close_database()
    env = dict(os.environ, PYTHONPATH=str(ROOT), EBP_LOGGER_PASSWORD=PASSWORD)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ebp_logger", "adt-listen", "--db", str(db), "--port", "0"]
        + ["--user", "admin"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    first = proc.stdout.readline()
    port = int(first.split("127.0.0.1:")[1].split(";")[0])
    threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()
    frames = adt_messages(n, patients)
    sock = socket.create_connection(("127.0.0.1", port))
    latencies, codes, buf = [], [], b""
    t0 = time.perf_counter()
    for frame in frames:
        t = time.perf_counter()
        sock.sendall(frame)
        while b"\x1c\r" not in buf:
            buf += sock.recv(65536)
        reply, buf = buf.split(b"\x1c\r", 1)
        latencies.append((time.perf_counter() - t) * 1000)
        codes.append(reply.split(b"MSA|", 1)[1][:2].decode())
    rate = n / (time.perf_counter() - t0)
    sock.close()
    proc.terminate()
    proc.wait(30)
    return rate, latencies, codes


class Ehr:
    """python-hl7's MLLP server acknowledging every message (the EHR)."""

    def __init__(self) -> None:
        from hl7.mllp import start_hl7_server

        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()

        async def serve(reader, writer):
            try:
                while True:
                    msg = await reader.readmessage()
                    writer.writemessage(msg.create_ack())
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()

        async def up():
            return await start_hl7_server(serve, "127.0.0.1", 0, limit=64 * 1024 * 1024)

        self.server = asyncio.run_coroutine_threadsafe(up(), self.loop).result(10)
        self.port = self.server.sockets[0].getsockname()[1]


def run_mdm(folder: Path, interval: int, rounds: int) -> dict[str, object]:
    from bench_keystrokes import setup

    from ebp_logger import clock
    from ebp_logger.hl7 import hl7v2, mdm
    from ebp_logger.interfaces.sender import send_one
    from ebp_logger.reports.procedure_record import procedure_record_for_session
    from ebp_logger.store import settings
    from ebp_logger.store.database import write
    from ebp_logger.store.services import outbox, procedure, sessions, users, ward

    doc, sid, now = setup(folder / "mdm.sqlite")
    ehr = Ehr()
    admin = users.authenticate("admin", "password1")
    settings.save(admin, ehr_enabled=True, ehr_port=ehr.port)
    start = now["t"]
    readings = 24 * 3600 // interval
    with write():  # one transaction: setting up the data is not what is measured
        for i in range(readings):
            now["t"] = start + timedelta(seconds=i * interval)
            procedure.record_vitals(
                doc,
                sid,
                spo2=95 + i % 5,
                heart_rate=60 + i % 30,
                bp="120/80" if i % (300 // interval or 1) == 0 else None,
                taken_at=now["t"],
                source="device",
            )
    now["t"] = start + timedelta(hours=24, minutes=1)
    procedure.record_stop(doc, sid, "back_pain")
    sessions.end_procedure(doc, sid)
    now["t"] += timedelta(hours=24)  # the 24-hour score counts from 20 to 28 h after the end
    ward.record_score(doc, sid, "h24", 0, 1)
    conf = settings.load()
    pdf_ms, build_ms, queue_ms, send_ms, sizes = [], [], [], [], []
    for r in range(rounds):
        t = time.perf_counter()
        pdf = procedure_record_for_session(sid)
        pdf_ms.append((time.perf_counter() - t) * 1000)
        facts = outbox.facts_for(sid, conf)
        t = time.perf_counter()
        text = mdm.build(facts, mdm.T02, hl7v2.new_control_id(), pdf, conf)
        mdm.validate(text)
        build_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        queued = outbox.queue_document(sid, f"bench round {r}", 10**9 + r, pdf)
        queue_ms.append((time.perf_counter() - t) * 1000)
        sizes.append(queued.size)
        t = time.perf_counter()
        record, answered = send_one(settings.load())
        send_ms.append((time.perf_counter() - t) * 1000)
        assert answered and record is not None and record.status == "sent", record
    clock.set_clock(None)
    return {
        "readings": readings,
        "pdf_ms": pdf_ms,
        "build_ms": build_ms,
        "queue_ms": queue_ms,
        "send_ms": send_ms,
        "size": statistics.median(sizes),
    }


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    from bench_hl7 import raw_commit_rate

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="ADT messages to send")
    ap.add_argument("--patients", type=int, default=50, help="distinct patients they update")
    ap.add_argument("--interval", type=int, default=5, help="seconds between monitor readings")
    ap.add_argument("--rounds", type=int, default=5, help="MDM builds and sends to time")
    ap.add_argument("--dir", help="folder for the databases (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        floor = raw_commit_rate(folder, 1000)
        rate, lat, codes = run_adt(folder, args.n, args.patients)
        ok = codes.count("AA")
        print(f"raw sqlite3 commits (WAL, synchronous=FULL): {floor:8.0f}/s  (floor)")
        print(
            f"ADT^A08 through adt-listen, commit before ACK: {rate:8.0f}/s  "
            f"({rate / floor:.2f} of the floor; goal ≥ {GOAL:.0f}/s: "
            f"{'met' if rate >= GOAL else 'NOT met'}); AA {ok}/{len(codes)}; "
            f"latency p50 {statistics.median(lat):.2f} ms, p99 {_p(lat, 0.99):.2f} ms"
        )
        m = run_mdm(folder, args.interval, args.rounds)
        pdf50 = statistics.median(m["pdf_ms"])
        print(
            f"MDM for a 24 h monitored session ({m['readings']} readings, message "
            f"{m['size'] / 1024:.0f} KiB):"
        )
        print(f"  procedure record PDF alone: p50 {pdf50:7.1f} ms  (floor)")
        for key, label in (
            ("build_ms", "MDM build + hl7apy strict validation"),
            ("queue_ms", "queue (build + outbox commit; the PDF is built first)"),
            ("send_ms", "send over MLLP until the ACK is recorded"),
        ):
            v = m[key]
            print(f"  {label}: p50 {statistics.median(v):7.1f} ms, max {max(v):7.1f} ms")
        total = pdf50 + statistics.median(m["queue_ms"]) + statistics.median(m["send_ms"])
        print(
            f"  end of procedure → document acknowledged: p50 ≈ {total:.0f} ms "
            f"({total / pdf50:.2f} × the PDF alone)"
        )


if __name__ == "__main__":
    main()
