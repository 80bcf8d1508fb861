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

Writes run on one database thread of the listener's own, never on the event loop: a write
that waits (another program holds SQLite's lock for up to ``busy_timeout``) holds up only the
messages waiting for that commit, while junk frames and other connections are still read and
answered. Messages that arrive while a commit runs are stored together in the next one
(``GroupCommit``). peewee keeps one connection per thread: that thread's is the listener's.

What one sender can make the listener keep is bounded (``AppSettings``, "monitor listener
trust"): a message over ``hl7_max_message_kb`` is refused (AR) with only its head kept; a
source address over ``hl7_sender_kb_per_minute`` is refused (AR, "send again later") and the
refused frames are counted in one audited note per minute instead of being stored; senders
not on a configured allow-list (MSH-3/MSH-4 names, source addresses) are refused (AR).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hl7.mllp import start_hl7_server

from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import EbpError, StorageError
from ebp_logger.hl7 import ack, pcd01
from ebp_logger.i18n import _
from ebp_logger.store import settings
from ebp_logger.store.database import db
from ebp_logger.store.services import devices
from ebp_logger.store.settings import AppSettings

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
RATE_WINDOW_S = 60.0  # the per-sender allowance (``hl7_sender_kb_per_minute``) is per minute
EXPIRE_EVERY_S = 3600.0  # quarantined texts past their retention are cleared this often


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
    """Stores messages on the listener's database thread, those that wait together under one
    commit.

    When no commit is running a message goes to the database thread at once; messages that
    arrive meanwhile wait and are stored together in the next transaction
    (``devices.store_messages``: each in a savepoint of its own, one commit, one disk flush).
    Each connection gets its result only after that commit returned. The event loop never
    waits for the disk or for SQLite's lock: it keeps reading and answering other frames.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        run: Callable[..., asyncio.Future],
        conf: Callable[[], AppSettings],
    ) -> None:
        self._loop = loop
        self._run = run  # runs a function on the database thread, an awaitable future back
        self._conf = conf
        self._pending: list[tuple[asyncio.Future, tuple]] = []
        self._busy: asyncio.Future | None = None

    def store(
        self, raw: str, parsed: pcd01.Pcd01Message, found: list, *, alone: bool = True
    ) -> asyncio.Future[devices.StoreResult]:
        """The future holds the message's result after the commit, or why it was not stored.
        (``alone`` is kept for callers; waiting messages join the next commit anyway.)"""
        future = self._loop.create_future()
        self._pending.append((future, (raw, parsed, found)))
        self._next()
        return future

    def _next(self) -> None:
        if self._busy is not None or not self._pending:
            return
        group, self._pending = self._pending, []
        conf = self._conf()
        margin = timedelta(minutes=conf.entry_time_margin_minutes)
        jobs = [job for _, job in group]
        self._busy = self._run(_store_group, jobs, conf.hl7_match_bed, margin)
        self._busy.add_done_callback(lambda done: self._finish(group, done))

    def _finish(self, group: list, done: asyncio.Future) -> None:
        self._busy = None
        try:
            results = done.result()
        except BaseException as exc:  # never leave a connection waiting for an answer
            log.error("storing %d message(s) failed: %s", len(group), exc)
            results = [exc] * len(group)
        for (future, _job), result in zip(group, results, strict=True):
            if future.done():  # the connection went away meanwhile
                continue
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)
        self._next()

    async def drain(self) -> None:
        """Wait until everything handed in is committed (or failed)."""
        while self._busy is not None or self._pending:
            if self._busy is None:
                self._next()
            busy = self._busy
            if busy is not None:
                with contextlib.suppress(BaseException):
                    await asyncio.shield(busy)
                await asyncio.sleep(0)  # let ``_finish`` run

    def flush(self) -> None:
        """Kept for callers of the earlier API: start storing what waits (see ``drain``)."""
        self._next()


def _store_group(jobs: list, match_bed: bool, margin: timedelta) -> list:
    """On the database thread: one group commit."""
    return devices.store_messages(jobs, match_bed=match_bed, margin=margin)


class _Allowance:
    """What one source address had kept in the current minute, and what it had refused."""

    __slots__ = ("window", "kept", "refused_frames", "refused_bytes")

    def __init__(self, window: int) -> None:
        self.window = window
        self.kept = 0
        self.refused_frames = 0
        self.refused_bytes = 0


def _names(text: str) -> set[str]:
    return {p.strip().casefold() for p in text.split(",") if p.strip()}


def sender_allowed(conf: AppSettings, host: str, header: pcd01.Header) -> str:
    """Why this sender may not deliver values (the allow-lists in the settings), or ""."""
    names = _names(conf.hl7_allowed_senders)
    if names:
        sent = {
            header.sending_application.split("^")[0].strip().casefold(),
            header.sending_facility.split("^")[0].strip().casefold(),
            header.sender.casefold(),
        } - {""}
        if not sent & names:
            shown = header.sender or "no MSH-3/MSH-4"
            return f"sender '{shown}' is not on the department's list of monitors"
    addresses = [p for p in conf.hl7_allowed_addresses.split(",") if p.strip()]
    if addresses:
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return f"source address '{host}' is not on the department's list"
        for entry in addresses:
            try:
                if ip in ipaddress.ip_network(entry.strip(), strict=False):
                    return ""
            except ValueError:
                continue  # a typo in the setting matches nothing
        return f"source address {host} is not on the department's list"
    return ""


class Hl7Listener:
    """An MLLP server on ``host:port`` (port 0 picks a free one; see ``port`` after start).

    Frames are read and parsed on the event loop, stored on the listener's database thread
    (``GroupCommit``); each connection gets its ACK only after its own commit returned.
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
        self._conf = AppSettings()
        self._settings_read_at = float("-inf")
        self._settings_reading = False
        self._rejected: list[tuple[str, pcd01.Pcd01Message | pcd01.MalformedMessage, object]] = []
        self._flush_handle: asyncio.TimerHandle | None = None
        self._allowances: dict[str, _Allowance] = {}
        self._db: ThreadPoolExecutor | None = None
        self._db_jobs: set[asyncio.Future] = set()
        self._expire_handle: asyncio.TimerHandle | None = None
        self._db_closed = False

    # --- the database thread -------------------------------------------------------------

    def _on_db(self, fn: Callable, *args: object) -> asyncio.Future:
        """Run ``fn`` on the listener's database thread; the loop gets a future back."""
        if self._db is None or self._db_closed:  # a frame read while the listener stops
            raise StorageError(_("The listener is stopping; nothing was saved. Send it again."))
        future = asyncio.get_running_loop().run_in_executor(self._db, fn, *args)
        self._db_jobs.add(future)
        future.add_done_callback(self._db_jobs.discard)
        return future

    def _settings(self) -> AppSettings:
        """The department's settings, re-read on the database thread every few seconds."""
        now = time.monotonic()
        due = now - self._settings_read_at > SETTINGS_REFRESH_S
        if due and not self._settings_reading and self._db is not None and not self._db_closed:
            self._settings_reading = True
            self._on_db(settings.load).add_done_callback(self._settings_read)
        return self._conf

    def _settings_read(self, done: asyncio.Future) -> None:
        self._settings_reading = False
        try:
            self._conf = done.result()
            self._settings_read_at = time.monotonic()
        except Exception as exc:
            log.error("reading settings failed; the last ones stay: %s", exc)

    def _bed_matching(self) -> bool:
        return self._settings().hl7_match_bed

    async def start(self) -> int:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hl7-store")
        loop = asyncio.get_running_loop()
        try:
            self._conf = await self._on_db(settings.load)
            self._settings_read_at = time.monotonic()
        except Exception as exc:
            log.error("reading settings failed; defaults apply: %s", exc)
        self._server = await start_hl7_server(
            self._serve_client,
            self.host,
            self.port,
            limit=self.max_frame,
            encoding="utf-8",
        )
        self._group = GroupCommit(loop, self._on_db, self._settings)
        self.port = self._server.sockets[0].getsockname()[1]
        self._expire_quarantine()
        return self.port

    def _expire_quarantine(self) -> None:
        """Clear quarantined texts past their retention now and every hour."""

        def done(f: asyncio.Future) -> None:
            try:
                n = f.result()
                if n:
                    log.info("cleared the text of %d quarantined message(s)", n)
            except Exception as exc:
                log.error("clearing expired quarantine texts failed: %s", exc)

        self._on_db(devices.expire_quarantine, self._conf.hl7_quarantine_days).add_done_callback(
            done
        )
        loop = asyncio.get_running_loop()
        self._expire_handle = loop.call_later(EXPIRE_EVERY_S, self._expire_quarantine)

    async def serve(self, stop: asyncio.Event) -> None:
        """Run until ``stop`` is set; then stop accepting, record what is pending, close."""
        if self._server is None:
            await self.start()
        try:
            await stop.wait()
        finally:
            self.close()
            if self._expire_handle is not None:
                self._expire_handle.cancel()
            assert self._group is not None and self._server is not None
            await self._group.drain()
            self.flush_rejections()
            self._note_refusals(force=True)
            while self._db_jobs:
                await asyncio.gather(*list(self._db_jobs), return_exceptions=True)
            if self._db is not None:
                self._db_closed = True
                await asyncio.get_running_loop().run_in_executor(self._db, _close_connection)
                self._db.shutdown(wait=True)
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
        return await self._too_large(text, size, self.max_frame, peer)

    async def _too_large(self, head: str, size: int, limit: int, peer: str) -> bytes:
        """AR for a message over the size limit; only its head is kept, with the size."""
        reason = f"message too large ({size} bytes; at most {limit})"
        refused = pcd01.MalformedMessage(reason, pcd01.salvage_header(head), pcd01.ERR_APPLICATION)
        kept = f"{head[:KEEP_OF_OVERSIZED]}\n[... {size} bytes in all, not kept]"
        return await self._answer(kept, refused, peer)

    async def _handle_block(self, block: bytes, peer: str) -> bytes:
        start = block.rfind(START_BLOCK)
        if start < 0:
            junk = block[: -len(END_BLOCK)].decode("utf-8", "replace")
            why = pcd01.MalformedMessage("no MLLP start block (<VT>) before the frame end")
            return await self._answer(junk[:KEEP_OF_OVERSIZED], why, peer)
        body = block[start + 1 : -len(END_BLOCK)]
        limit = self._settings().hl7_max_message_kb * 1024
        if len(body) > limit:
            head = body[:KEEP_OF_OVERSIZED].decode("utf-8", "replace").replace("\x00", "\ufffd")
            return await self._too_large(head, len(body), limit, peer)
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

    def _over_allowance(self, peer: str, size: int) -> str:
        """Why this source address may have nothing more kept this minute, or "" (and then
        ``size`` is counted against its allowance)."""
        host = _host(peer)
        window = int(time.monotonic() // RATE_WINDOW_S)
        allowance = self._allowances.get(host)
        if allowance is None or allowance.window != window:
            self._note_refusals()
            allowance = self._allowances[host] = _Allowance(window)
        limit_kb = self._settings().hl7_sender_kb_per_minute
        if allowance.kept + size > limit_kb * 1024:
            allowance.refused_frames += 1
            allowance.refused_bytes += size
            return (
                f"sender over its limit of {limit_kb} KB a minute; not stored, send it again "
                f"in a minute"
            )
        allowance.kept += size
        return ""

    def _note_refusals(self, force: bool = False) -> None:
        """One audited note per sender for the frames refused over its allowance in a past
        minute (all of them when ``force``); their allowances are forgotten."""
        window = int(time.monotonic() // RATE_WINDOW_S)
        for host, a in list(self._allowances.items()):
            if a.window == window and not force:
                continue
            del self._allowances[host]
            if a.refused_frames and self._db is not None:
                why = f"over {self._conf.hl7_sender_kb_per_minute} KB a minute"
                log.warning("%s: %d frame(s) refused, %s", host, a.refused_frames, why)
                self._on_db(
                    devices.note_refused_frames, host, a.refused_frames, a.refused_bytes, why
                ).add_done_callback(_log_failure)

    async def _answer(
        self, raw: str, parsed: pcd01.Pcd01Message | pcd01.MalformedMessage, peer: str
    ) -> bytes:
        """Store (committed, perhaps with other connections' messages), then build the ACK from
        what the store said."""
        self.frames += 1
        header = parsed.header
        try:
            over = self._over_allowance(peer, len(raw))
            found, refused = ([], None) if over else devices.assess(parsed)
            not_allowed = "" if over else sender_allowed(self._settings(), _host(peer), header)
            if not_allowed:
                refused = devices.Refusal(
                    ack.AR, not_allowed, ack.ERR_APPLICATION, f"not allowed: {not_allowed}"
                )
            if over:  # nothing is kept: the note per minute counts it (``_note_refusals``)
                code, text, error = ack.AR, over, ack.ERR_APPLICATION
                outcome = Outcome(utcnow(), peer, code, header.control_id, "refused", text)
            elif refused is not None:
                self._queue_rejection(raw, parsed, refused)
                code, text, error = refused.ack_code, refused.text, refused.error
                outcome = Outcome(utcnow(), peer, code, header.control_id, "rejected", text)
            else:
                assert self._group is not None and isinstance(parsed, pcd01.Pcd01Message)
                result = await self._group.store(raw, parsed, found)
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
        """Record the pending rejections (one transaction, on the database thread); kept for
        a retry if that fails."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        items, self._rejected = self._rejected, []
        if not items:
            return
        if self._db_closed:  # read while stopping: answered AR/AE, but no thread to keep them
            log.warning("%d refused message(s) not kept: the listener stopped", len(items))
            return

        def done(f: asyncio.Future) -> None:
            try:
                f.result()
            except Exception as exc:
                log.error("keeping %d rejected message(s) failed; retrying: %s", len(items), exc)
                if self._server is not None and self._server.is_serving():
                    self._requeue(items)

        self._on_db(devices.store_rejected, items).add_done_callback(done)

    def _requeue(self, items: list) -> None:
        self._rejected = (items + self._rejected)[-MAX_PENDING_REJECTIONS:]
        if self._flush_handle is None:
            loop = asyncio.get_running_loop()
            self._flush_handle = loop.call_later(REJECT_FLUSH_S * 4, self.flush_rejections)


def _log_failure(f: asyncio.Future) -> None:
    try:
        f.result()
    except Exception as exc:
        log.error("a listener note could not be kept: %s", exc)


def _close_connection() -> None:
    """The database thread's own connection (peewee keeps one per thread)."""
    if not db.is_closed():
        db.close()


def _host(peer: str) -> str:
    return peer.rsplit(":", 1)[0]


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


LISTENER_PROGRAM = "the monitor listener (hl7-listen)"


def open_for_listening(
    db_path: str | Path, *, force: bool = False, sign_in: Callable[[], Any] | None = None
):
    """The command-line listener's start: the writer lock, the window's start-up check and
    the department's setting. Returns the ``WriterLock`` (release it when done); raises
    ``EbpError`` with the reason when the listener may not run.

    - another writer (the window, a second listener) holds the lock: refused, it would write
      behind that one's back and a restore could not tell it runs;
    - the start-up check (``open_checked``: header, quick check, the audit chain's tail) finds
      the file damaged or not writable: refused, an AA would promise values a damaged or
      read-only file cannot keep;
    - ``sign_in`` (the command line's ``--user``) runs once the file is open, so the setting's
      refusal and a forced start are told to, and audited under, the person who asked;
    - ``hl7_enabled`` is off: refused unless ``force`` (service use), which is audited.
    """
    from ebp_logger.store import audit, lockfile
    from ebp_logger.store.backends import is_server
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_checked

    path = str(db_path) if is_server(db_path) else Path(db_path)
    if isinstance(path, Path) and not path.exists():
        raise EbpError(_("No database at {path}.").format(path=path))
    lock = lockfile.acquire_for(path, LISTENER_PROGRAM)
    try:
        readonly, problems = open_checked(path)
        if readonly:
            raise EbpError(
                _(
                    "The database failed the start-up check, so the listener does not accept monitor values into it (ask the administrator to run verify and restore a backup): {detail}"
                ).format(detail=" ".join(problems[:5]))
            )
        actor = sign_in() if sign_in is not None else None
        if not settings.load().hl7_enabled:
            if not force:
                raise EbpError(
                    _(
                        "The monitor listener is switched off in the department settings (hl7_enabled). An administrator switches it on (ebp-logger settings --set hl7_enabled=true), or a service starts it with --force (audited)."
                    )
                )
            audit.record_event(
                actor or audit.Actor.system(),
                "hl7_listen_forced",
                table="setting",
                detail={"setting": "hl7_enabled", "value": False, "via": "command line"},
            )
    except BaseException:
        close_database()
        lock.release()
        raise
    return lock


def listen_forever(port: int | None, bind_all: bool, out: Callable[[str], None]) -> int:
    """``ebp-logger hl7-listen``: serve until SIGINT/SIGTERM, one line per message."""
    conf = settings.load()
    host = bind_host(bind_all or conf.hl7_bind_all)
    port = conf.hl7_port if port is None else port
    return serve_until_signalled(Hl7Listener, host, port, "HL7 v2 (MLLP)", out)


def serve_until_signalled(
    make: Callable[..., Any], host: str, port: int, what: str, out: Callable[[str], None]
) -> int:
    """Run an MLLP listener (``make(host, port, on_message=…)``, with ``start``, ``serve``
    and ``frames``) in the foreground until SIGINT/SIGTERM: the command-line listeners."""

    async def main() -> int:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C interrupts instead
                pass
        console = ConsoleLines(out)
        listener = make(host, port, on_message=console.add)
        try:
            try:
                bound = await listener.start()
            except OSError as exc:
                raise EbpError(
                    _("Cannot listen on {host}:{port}: {error}").format(
                        host=host, port=str(port), error=str(exc.strerror or exc)
                    )
                ) from None
            out(f"Listening for {what} on {host}:{bound}; Ctrl+C stops.")
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
