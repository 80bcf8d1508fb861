"""Delivering the outbox: one message at a time, oldest first, over MLLP to the hospital's
interface engine; the answer is recorded before the next message goes.

- AA: sent. AR/AE: failed with the reason (the administrator sees it and may resend); the
  next message goes on.
- No answer (refused, dropped, timed out, garbage): the same message is tried again after a
  pause that doubles each time up to ``ehr_retry_max_s``; nothing later overtakes it.
- A crash or kill between the receiver's ACK and our record of it means that message is sent
  once more: it carries the same control id (MSH-10) and document number (TXA-12), so the
  receiver recognises the repeat. Nothing is ever dropped.

``Sender`` is a thread (the GUI starts it when the interface is on; it never blocks the GUI:
the PDF is built and the socket waits here). ``deliver_pending`` is one pass for the command
line; ``serve_forever`` the loop for ``ebp-logger outbox --serve``.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable

import hl7

from ebp_logger.hl7 import hl7v2
from ebp_logger.interfaces import documents
from ebp_logger.store import settings
from ebp_logger.store.database import db
from ebp_logger.store.services import outbox

log = logging.getLogger(__name__)

VT, FS_CR = b"\x0b", b"\x1c\r"
MAX_REPLY = 64 * 1024
POLL_S = 5.0  # how often the outbox is looked at when nothing waits
FIRST_RETRY_S = 1.0


class NoAnswer(Exception):
    """The receiver did not answer with an acknowledgement."""


def exchange(host: str, port: int, text: str, timeout: float) -> str:
    """Send one message framed for MLLP and return the acknowledgement's text."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(VT + text.encode("utf-8") + FS_CR)
        buf = b""
        while FS_CR not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                raise NoAnswer("the connection was closed before an acknowledgement came")
            buf += chunk
            if len(buf) > MAX_REPLY:
                raise NoAnswer("the answer is too long for an acknowledgement")
    frame = buf.split(FS_CR, 1)[0]
    return frame[frame.rfind(VT) + 1 :].decode("utf-8", "replace")


def read_ack(reply: str, control_id: str) -> tuple[str, str]:
    """(MSA-1, reason) of an acknowledgement for ``control_id``; NoAnswer when it is none."""
    try:
        msg = hl7.parse(reply.replace("\n", "\r"))
        code = str(msg.segment("MSA")[1]).strip().upper()
        about = str(msg.segment("MSA")[2]).strip()
    except Exception as exc:
        raise NoAnswer(f"the answer is not an HL7 acknowledgement ({type(exc).__name__})") from exc
    if code in ("CA", "CE", "CR"):  # enhanced mode: commit codes mean the same here
        code = "A" + code[1]
    if code not in (hl7v2.AA, hl7v2.AE, hl7v2.AR):
        raise NoAnswer(f"unknown acknowledgement code {code!r}")
    if about != control_id:
        raise NoAnswer(f"the acknowledgement is for {about!r}, not {control_id!r}")
    text = ""
    try:
        text = str(msg.segment("MSA")[3])
        err = msg.segment("ERR")
        text = text or str(err[8]) or str(err[3])
    except (KeyError, IndexError):
        pass
    return code, text


def send_one(conf: settings.AppSettings) -> tuple[outbox.OutboxRecord | None, bool]:
    """Send the oldest pending message once: (its record after the attempt, answered?).
    (None, True) when nothing waits."""
    row = outbox.next_pending()
    if row is None:
        return None, True
    try:
        reply = exchange(conf.ehr_host, conf.ehr_port, row.hl7_text, conf.ehr_timeout_s)
        code, text = read_ack(reply, row.control_id)
    except (OSError, NoAnswer) as exc:
        why = str(exc) if isinstance(exc, NoAnswer) else f"no connection: {exc}"
        return outbox.record_attempt(row.id, None, why), False
    return outbox.record_attempt(row.id, code, text), True


def deliver_pending(out: Callable[[str], None] = print) -> int:
    """One pass: queue what changed, then send pending messages in order until none is left
    or the receiver does not answer. Returns how many were acknowledged AA."""
    documents.scan()
    conf = settings.load()
    sent = 0
    while True:
        record, answered = send_one(conf)
        if record is None:
            return sent
        out(
            f"{record.id} MDM^{record.event} {record.document_number}: {record.status} "
            f"{record.ack_code or ''} {record.ack_text}".rstrip()
        )
        if not answered:
            return sent
        sent += record.status == outbox.SENT


class Sender(threading.Thread):
    """The outbox delivered in the background until ``stop()``; backoff on no answer."""

    def __init__(self, *, poll_s: float = POLL_S, first_retry_s: float = FIRST_RETRY_S) -> None:
        super().__init__(name="ehr-sender", daemon=True)
        self.poll_s = poll_s
        self.first_retry_s = first_retry_s
        self._stop_event = threading.Event()
        self.attempts = 0

    def stop(self, timeout: float | None = 10) -> None:
        self._stop_event.set()
        self.join(timeout)

    def run(self) -> None:
        try:
            serve_forever(self._stop_event, self.poll_s, self.first_retry_s, self)
        finally:
            if not db.is_closed():
                db.close()  # this thread's own connection


def serve_forever(
    stop: threading.Event,
    poll_s: float = POLL_S,
    first_retry_s: float = FIRST_RETRY_S,
    counter: Sender | None = None,
    out: Callable[[str], None] | None = None,
) -> None:
    delay = first_retry_s
    while not stop.is_set():
        try:
            documents.scan()
            conf = settings.load()
            record, answered = send_one(conf)
        except Exception:  # a database or PDF problem: log it, try again later
            log.exception("the outbox could not be served")
            stop.wait(poll_s)
            continue
        if counter is not None and record is not None:
            counter.attempts += 1
        if record is not None and out is not None:
            out(
                f"{record.id} MDM^{record.event} {record.document_number}: {record.status} "
                f"{record.ack_code or ''} {record.ack_text}".rstrip()
            )
        if record is None:
            delay = first_retry_s
            stop.wait(poll_s)
        elif answered:
            delay = first_retry_s  # next message at once
        else:
            stop.wait(delay)
            delay = min(delay * 2, max(first_retry_s, conf.ehr_retry_max_s))
