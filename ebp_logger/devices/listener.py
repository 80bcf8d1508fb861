"""The HL7 v2 / MLLP receiver: python-hl7's asyncio server, one ACK per frame.

For each frame: read → parse → map → store (committed) → ACK. ``AA`` is written only after
``store_messages`` returned, i.e. after the commit; a store failure answers ``AR`` (the
sender may retry), a message that cannot be used ``AE``/``AR`` with the reason in MSA-3.
Refused messages are recorded as rejected in batches, within a quarter of a second: their NAK
promises nothing was stored as vitals, and garbage must not cost a disk flush per frame.

Frames are cut here rather than with python-hl7's ``readmessage``: that call parses inside the
reader (an unparseable frame would lose its raw bytes and control id), and after an oversized
frame it cannot tell the frame's tail from a new one, so one frame could earn two NAKs. Here a
frame is everything up to ``<FS><CR>``; bytes before the last ``<VT>`` are noise between frames
(ignored, as MLLP says); a frame over ``max_frame`` bytes is skipped to its end and answered
once with ``AR``. Garbage, half frames, disconnects and resets end at most that connection.

Writes run on the event loop's thread, messages that arrive together under one commit
(``GroupCommit``); the loop itself runs in the CLI's main thread or in the GUI's own QThread
(peewee keeps one connection per thread, opened on first use with the database's pragmas).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hl7.mllp import start_hl7_server

from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import EbpError
from ebp_logger.hl7 import ack, pcd01
from ebp_logger.store import settings
from ebp_logger.store.database import db
from ebp_logger.store.services import devices

log = logging.getLogger(__name__)

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c\x0d"
LOOPBACK = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"
# PCD-01 messages are a few kB; a gateway batch rarely tens of kB. Above this is not a monitor.
MAX_FRAME = 256 * 1024
KEEP_OF_OVERSIZED = 4096  # bytes of an oversized frame kept with its rejection
SETTINGS_REFRESH_S = 10.0
REJECT_BATCH = 200  # refused messages recorded together, at most this many ...
REJECT_FLUSH_S = 0.25  # ... or after this long
MAX_PENDING_REJECTIONS = 10_000  # kept in memory while the database refuses writes
CONSOLE_FLUSH_S = 0.1  # the console's lines are written this often ...
MAX_CONSOLE_BACKLOG = 10_000  # ... and at most this many wait


@dataclass(frozen=True)
class Outcome:
    """One frame handled: what was answered and why (for the CLI line and the GUI)."""

    received_at: datetime
    peer: str
    ack_code: str
    control_id: str
    status: str  # stored | quarantined | rejected | duplicate | error
    text: str
    message_id: int | None = None
    session_id: int | None = None
    vitals: int = 0


def bind_host(bind_all: bool) -> str:
    return ALL_INTERFACES if bind_all else LOOPBACK


class GroupCommit:
    """Stores messages on the event loop's own thread, several under one commit.

    When other connections are open, a message to store waits for one more turn of the loop,
    so that their frames which arrived meanwhile join it; then all are stored in one
    transaction (``devices.store_messages``: each in a savepoint of its own, one commit, one
    disk flush) and each waiting connection gets its result only after that commit returned.
    A message from the only connection is stored at once.

    Why on the loop's thread: handing each message to a database thread and back cost more
    CPU than all the reading of it (thread wake-ups, the GIL changing hands a dozen times per
    message). The price is that the loop waits while the disk flushes; every connection's
    writes would wait for that same disk anyway, and the GUI runs the loop on a thread of its
    own. peewee keeps one connection per thread: this is the loop thread's.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, match_bed: Callable[[], bool]) -> None:
        self._loop = loop
        self._match_bed = match_bed
        self._pending: list[tuple[asyncio.Future, tuple]] = []

    def store(
        self, raw: str, parsed: pcd01.Pcd01Message, found: list, *, alone: bool
    ) -> asyncio.Future[devices.StoreResult]:
        """The future holds the message's result after the commit, or why it was not stored.
        ``alone``: no other connection is open, so no other frame can join this one."""
        future = self._loop.create_future()
        self._pending.append((future, (raw, parsed, found)))
        if alone:
            self.flush()
        elif len(self._pending) == 1:  # one more turn: the loop reads the other sockets first
            self._loop.call_soon(self._loop.call_soon, self.flush)
        return future

    def flush(self) -> None:
        """Store what is waiting, now."""
        group, self._pending = self._pending, []
        if not group:
            return
        try:
            results = devices.store_messages([job for _, job in group], match_bed=self._match_bed())
        except Exception as exc:  # never leave a connection waiting for an answer
            log.exception("storing %d message(s) failed", len(group))
            results = [exc] * len(group)
        for (future, _), result in zip(group, results, strict=True):
            if future.done():  # the connection went away meanwhile
                continue
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)


class Hl7Listener:
    """An MLLP server on ``host:port`` (port 0 picks a free one; see ``port`` after start).

    Frames are read, parsed and stored on the event loop, in arrival order; messages of several
    connections that arrive together share one commit (``GroupCommit``). Each connection gets
    its ACK only after its own commit returned.
    """

    def __init__(
        self,
        host: str = LOOPBACK,
        port: int = 2575,
        *,
        on_message: Callable[[Outcome], None] | None = None,
        max_frame: int = MAX_FRAME,
    ) -> None:
        self.host = host
        self.port = port
        self.max_frame = max_frame
        self.on_message = on_message
        self.frames = 0
        self.half_frames = 0
        self.connections = 0  # open now
        self._server: asyncio.AbstractServer | None = None
        self._group: GroupCommit | None = None
        self._match_bed = False
        self._settings_read_at = float("-inf")
        self._rejected: list[tuple[str, pcd01.Pcd01Message | pcd01.MalformedMessage, object]] = []
        self._flush_handle: asyncio.TimerHandle | None = None

    async def start(self) -> int:
        self._server = await start_hl7_server(
            self._serve_client,
            self.host,
            self.port,
            limit=self.max_frame,
            encoding="utf-8",
        )
        self._group = GroupCommit(asyncio.get_running_loop(), self._bed_matching)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def serve(self, stop: asyncio.Event) -> None:
        """Run until ``stop`` is set; then stop accepting, record what is pending, close."""
        if self._server is None:
            await self.start()
        try:
            await stop.wait()
        finally:
            self.close()
            self.flush_rejections()
            assert self._group is not None and self._server is not None
            self._group.flush()
            _close_connection()
            await self._server.wait_closed()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    # --- one connection ------------------------------------------------------------------------

    async def _serve_client(self, reader: asyncio.StreamReader, writer) -> None:
        peer = _peer(writer)
        self.connections += 1
        try:
            while True:
                try:
                    block = await reader.readuntil(END_BLOCK)
                except asyncio.LimitOverrunError as exc:
                    reply = await self._skip_oversized(reader, exc.consumed, peer)
                except asyncio.IncompleteReadError as exc:
                    if exc.partial.strip():
                        self.half_frames += 1
                        log.info("%s closed the connection inside a frame", peer)
                    return
                else:
                    reply = await self._handle_block(block, peer)
                writer.writeblock(reply)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            return  # the client went away; nothing it sent unanswered was stored as AA
        except Exception:  # never let one connection take the listener down
            log.exception("connection from %s failed", peer)
        finally:
            self.connections -= 1
            writer.close()

    async def _skip_oversized(
        self, reader: asyncio.StreamReader, consumed: int, peer: str
    ) -> bytes:
        """Drop an oversized frame up to its end; answer it once with AR."""
        head = b""
        size = 0
        while True:
            chunk = await reader.readexactly(consumed)
            if len(head) < KEEP_OF_OVERSIZED:
                head += chunk[: KEEP_OF_OVERSIZED - len(head)]
            size += len(chunk)
            try:
                tail = await reader.readuntil(END_BLOCK)
                size += len(tail)
                break
            except asyncio.LimitOverrunError as exc:
                consumed = exc.consumed
        start = head.find(START_BLOCK)
        text = head[start + 1 :].decode("utf-8", "replace") if start >= 0 else ""
        reason = f"message too large ({size} bytes; at most {self.max_frame})"
        refused = pcd01.MalformedMessage(reason, pcd01.salvage_header(text), pcd01.ERR_APPLICATION)
        return await self._answer(f"{text}\n[... {size} bytes in all, not kept]", refused, peer)

    async def _handle_block(self, block: bytes, peer: str) -> bytes:
        start = block.rfind(START_BLOCK)
        if start < 0:
            junk = block[: -len(END_BLOCK)].decode("utf-8", "replace")
            why = pcd01.MalformedMessage("no MLLP start block (<VT>) before the frame end")
            return await self._answer(junk, why, peer)
        body = block[start + 1 : -len(END_BLOCK)]
        raw = body.decode("utf-8", "replace").replace("\x00", "\ufffd")
        try:
            parsed: pcd01.Pcd01Message | pcd01.MalformedMessage = pcd01.parse(pcd01.decode(body))
        except pcd01.MalformedMessage as exc:
            parsed = exc
        except Exception as exc:  # a reader bug must not become a crash or a silent loss
            log.exception("unreadable frame from %s", peer)
            parsed = pcd01.MalformedMessage(
                f"unreadable ({type(exc).__name__})", pcd01.salvage_header(raw)
            )
        return await self._answer(raw, parsed, peer)

    async def _answer(
        self, raw: str, parsed: pcd01.Pcd01Message | pcd01.MalformedMessage, peer: str
    ) -> bytes:
        """Store (committed, perhaps with other connections' messages), then build the ACK from
        what the store said."""
        self.frames += 1
        header = parsed.header
        try:
            assessed = devices.assess(parsed)
            refused = assessed[1]
            if refused is not None:
                self._queue_rejection(raw, parsed, refused)
                code, text, error = refused.ack_code, refused.text, refused.error
                outcome = Outcome(utcnow(), peer, code, header.control_id, "rejected", text)
            else:
                assert self._group is not None and isinstance(parsed, pcd01.Pcd01Message)
                alone = self.connections == 1
                result = await self._group.store(raw, parsed, assessed[0], alone=alone)
                code, text, error = result.ack_code, result.text, result.error
                outcome = Outcome(
                    utcnow(),
                    peer,
                    code,
                    header.control_id,
                    result.status,
                    text,
                    result.message_id,
                    result.session_id,
                    len(result.vital_ids),
                )
        except EbpError as exc:  # StorageError: nothing was saved; the sender may retry
            code, text, error = ack.AR, f"not stored: {exc}", ack.ERR_APPLICATION
            outcome = Outcome(utcnow(), peer, code, header.control_id, "error", text)
        except Exception as exc:
            log.exception("storing a message from %s failed", peer)
            code, text, error = ack.AR, f"not stored: internal error ({exc})", ack.ERR_APPLICATION
            outcome = Outcome(utcnow(), peer, code, header.control_id, "error", text)
        if self.on_message is not None:
            try:
                self.on_message(outcome)
            except Exception:
                log.exception("on_message callback failed")
        return ack.build_ack(code, header, text, error).encode("utf-8")

    def _bed_matching(self) -> bool:
        """The department's bed-matching setting, re-read every few seconds (not per message)."""
        now = time.monotonic()
        if now - self._settings_read_at > SETTINGS_REFRESH_S:
            try:
                self._match_bed = settings.load().hl7_match_bed
                self._settings_read_at = now
            except Exception:
                log.exception("reading settings failed; bed matching stays %s", self._match_bed)
        return self._match_bed

    # --- refused messages are kept in batches ------------------------------------------------

    def _queue_rejection(
        self, raw: str, parsed: pcd01.Pcd01Message | pcd01.MalformedMessage, why: devices.Refusal
    ) -> None:
        """A refused message is recorded within ``REJECT_FLUSH_S`` (its NAK promised nothing
        was stored as vitals), so garbage costs no disk flush per frame. AA never waits here."""
        self._rejected.append((raw, parsed, why))
        if len(self._rejected) >= REJECT_BATCH:
            self.flush_rejections()
        elif self._flush_handle is None:
            loop = asyncio.get_running_loop()
            self._flush_handle = loop.call_later(REJECT_FLUSH_S, self.flush_rejections)

    def flush_rejections(self) -> None:
        """Record the pending rejections now (one transaction); kept for a retry if that fails."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        items, self._rejected = self._rejected, []
        if not items:
            return
        try:
            devices.store_rejected(items)
        except Exception:
            log.exception("keeping %d rejected message(s) failed; retrying", len(items))
            self._requeue(items)

    def _requeue(self, items: list) -> None:
        self._rejected = (items + self._rejected)[-MAX_PENDING_REJECTIONS:]
        if self._flush_handle is None:
            loop = asyncio.get_running_loop()
            self._flush_handle = loop.call_later(REJECT_FLUSH_S * 4, self.flush_rejections)


def _close_connection() -> None:
    """The database thread's own connection (peewee keeps one per thread)."""
    if not db.is_closed():
        db.close()


def _peer(writer) -> str:
    try:
        host, port = writer.get_extra_info("peername")[:2]
        return f"{host}:{port}"
    except Exception:
        return "?"


class ConsoleLines:
    """The console's line per message, written by a thread of its own, a batch at a time.

    Printing each line costs a system call, and a pipe nobody reads fills up and blocks the
    writer: neither may slow down or stall the listener. Lines wait here at most
    ``CONSOLE_FLUSH_S``; a console that does not keep up loses its oldest lines (counted in a
    note), never a message: what matters is in the database."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self._out = out
        self._pending: deque[Outcome] = deque()
        self._not_shown = 0
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hl7-console", daemon=True)
        self._thread.start()

    def add(self, outcome: Outcome) -> None:
        if len(self._pending) >= MAX_CONSOLE_BACKLOG:
            with contextlib.suppress(IndexError):
                self._pending.popleft()
                self._not_shown += 1
        self._pending.append(outcome)

    def close(self) -> None:
        """Write what is pending and stop the thread."""
        self._closing.set()
        self._thread.join()
        self._flush()

    def _run(self) -> None:
        while not self._closing.wait(CONSOLE_FLUSH_S):
            self._flush()

    def _flush(self) -> None:
        try:
            self._write_pending()
        except Exception:  # a closed console must not end the listener
            log.exception("writing to the console failed")

    def _write_pending(self) -> None:
        lines = []
        while self._pending:
            lines.append(describe(self._pending.popleft()))
        if self._not_shown:
            lines.append(f"({self._not_shown} line(s) not shown: the console did not keep up)")
            self._not_shown = 0
        if lines:
            self._out("\n".join(lines))


def describe(o: Outcome) -> str:
    """One line per message for the console."""
    where = f" session {o.session_id}, {o.vitals} vital row(s)" if o.session_id else ""
    text = f" — {o.text}" if o.text else ""
    return (
        f"{to_local(o.received_at):%H:%M:%S} {o.peer} {o.control_id or '-'} "
        f"{o.ack_code} {o.status}{where}{text}"
    )


def listen_forever(port: int | None, bind_all: bool, out: Callable[[str], None]) -> int:
    """``ebp-logger hl7-listen``: serve until SIGINT/SIGTERM, one line per message."""
    conf = settings.load()
    host = bind_host(bind_all or conf.hl7_bind_all)
    port = conf.hl7_port if port is None else port

    async def main() -> int:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C interrupts instead
                pass
        console = ConsoleLines(out)
        listener = Hl7Listener(host, port, on_message=console.add)
        try:
            try:
                bound = await listener.start()
            except OSError as exc:
                raise EbpError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}") from None
            out(f"Listening for HL7 v2 (MLLP) on {host}:{bound}; Ctrl+C stops.")
            await listener.serve(stop)
        finally:
            console.close()
        out(f"Stopped after {listener.frames} message(s).")
        return 0

    try:
        return asyncio.run(main())
    except KeyboardInterrupt:
        out("Stopped.")
        return 0
