"""The ADT receiver: the hospital's patient feed over MLLP, on a port of its own.

Built on the same footing as the monitor listener (``devices.listener``): python-hl7's asyncio
server, frames cut at ``<FS><CR>``, one ACK per frame, ``AA`` only after the commit, garbage
and disconnects end at most that connection, loopback unless the administrator allows more.
It shares that module's pieces by calling them (host choice, console lines); the reading is
python-hl7's (``hl7.adt``), the acknowledgement hl7apy's (``hl7.hl7v2``).

ADT traffic is a few messages a minute, so each is applied in its own transaction on the
event loop's thread (peewee keeps one connection per thread).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from hl7.mllp import start_hl7_server

from ebp_logger.clock import utcnow
from ebp_logger.devices.listener import (
    END_BLOCK,
    START_BLOCK,
    Outcome,
    bind_host,
    serve_until_signalled,
)
from ebp_logger.errors import EbpError
from ebp_logger.hl7 import adt, hl7v2
from ebp_logger.store import settings
from ebp_logger.store.database import db
from ebp_logger.store.services import adt as adt_service

log = logging.getLogger(__name__)

MAX_FRAME = 256 * 1024  # an ADT message is a few kB
KEEP_OF_OVERSIZED = 4096


class AdtListener:
    """An MLLP server for ADT on ``host:port`` (port 0 picks a free one)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 2576,
        *,
        on_message: Callable[[Outcome], None] | None = None,
        max_frame: int = MAX_FRAME,
    ) -> None:
        self.host = host
        self.port = port
        self.max_frame = max_frame
        self.on_message = on_message
        self.frames = 0
        self._server: asyncio.AbstractServer | None = None
        self._conf = settings.AppSettings()

    async def start(self) -> int:
        self._conf = settings.load()
        self._server = await start_hl7_server(
            self._serve_client, self.host, self.port, limit=self.max_frame, encoding="utf-8"
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def serve(self, stop: asyncio.Event) -> None:
        if self._server is None:
            await self.start()
        try:
            await stop.wait()
        finally:
            assert self._server is not None
            self._server.close()
            await self._server.wait_closed()
            if not db.is_closed():
                db.close()

    async def _serve_client(self, reader: asyncio.StreamReader, writer) -> None:
        peer = _peer(writer)
        try:
            while True:
                try:
                    block = await reader.readuntil(END_BLOCK)
                except asyncio.LimitOverrunError as exc:
                    reply = await self._skip_oversized(reader, exc.consumed, peer)
                except asyncio.IncompleteReadError:
                    return
                else:
                    reply = self._handle_block(block, peer)
                writer.writeblock(reply)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            return
        except Exception:  # never let one connection take the listener down
            log.exception("ADT connection from %s failed", peer)
        finally:
            writer.close()

    async def _skip_oversized(
        self, reader: asyncio.StreamReader, consumed: int, peer: str
    ) -> bytes:
        head, size = b"", 0
        while True:
            chunk = await reader.readexactly(consumed)
            head += chunk[: max(0, KEEP_OF_OVERSIZED - len(head))]
            size += len(chunk)
            try:
                size += len(await reader.readuntil(END_BLOCK))
                break
            except asyncio.LimitOverrunError as exc:
                consumed = exc.consumed
        start = head.find(START_BLOCK)
        text = head[start + 1 :].decode("utf-8", "replace") if start >= 0 else ""
        refused = adt.AdtRefused(
            hl7v2.AR,
            f"message too large ({size} bytes; at most {self.max_frame})",
            hl7v2.ERR_APPLICATION,
            adt.salvage_header(text),
        )
        return self._answer(f"{text}\n[... {size} bytes in all, not kept]", refused, peer)

    def _handle_block(self, block: bytes, peer: str) -> bytes:
        start = block.rfind(START_BLOCK)
        if start < 0:
            junk = block[: -len(END_BLOCK)].decode("utf-8", "replace")
            refused = adt.AdtRefused(
                hl7v2.AR,
                "no MLLP start block (<VT>) before the frame end",
                hl7v2.ERR_SEGMENT_SEQUENCE,
                hl7v2.Header(),
            )
            return self._answer(junk, refused, peer)
        raw = (
            block[start + 1 : -len(END_BLOCK)].decode("utf-8", "replace").replace("\x00", "\ufffd")
        )
        try:
            parsed: adt.AdtEvent | adt.AdtRefused = adt.parse(raw)
        except adt.AdtRefused as exc:
            parsed = exc
        except Exception as exc:  # a reader bug must not become a crash or a silent loss
            log.exception("unreadable ADT frame from %s", peer)
            parsed = adt.AdtRefused(
                hl7v2.AR,
                f"unreadable ({type(exc).__name__})",
                hl7v2.ERR_APPLICATION,
                adt.salvage_header(raw),
            )
        return self._answer(raw, parsed, peer)

    def _answer(self, raw: str, parsed: adt.AdtEvent | adt.AdtRefused, peer: str) -> bytes:
        """Apply (committed) or keep the refusal, then build the ACK from what the store said."""
        self.frames += 1
        header = parsed.header
        try:
            if isinstance(parsed, adt.AdtRefused):
                result = adt_service.store_rejected(raw, parsed)
            else:
                result = adt_service.apply(raw, parsed)
            code, text, error, status = result.ack_code, result.text, result.error, result.status
            message_id = result.message_id
        except EbpError as exc:  # StorageError: nothing was saved; the sender may retry
            code, text, error, status = (
                hl7v2.AR,
                f"not stored: {exc}",
                hl7v2.ERR_APPLICATION,
                "error",
            )
            message_id = None
        except Exception as exc:
            log.exception("applying an ADT message from %s failed", peer)
            code, text = hl7v2.AR, f"not stored: internal error ({type(exc).__name__})"
            error, status, message_id = hl7v2.ERR_APPLICATION, "error", None
        if self.on_message is not None:
            try:
                self.on_message(
                    Outcome(utcnow(), peer, code, header.control_id, status, text, message_id)
                )
            except Exception:
                log.exception("on_message callback failed")
        ack = hl7v2.build_ack(
            code,
            header,
            text,
            error,
            application=self._conf.hl7_sending_application,
            facility=self._conf.hl7_sending_facility,
        )
        return ack.encode("utf-8")


def _peer(writer) -> str:
    try:
        host, port = writer.get_extra_info("peername")[:2]
        return f"{host}:{port}"
    except Exception:
        return "?"


def listen_forever(port: int | None, bind_all: bool, out: Callable[[str], None]) -> int:
    """``ebp-logger adt-listen``: serve until SIGINT/SIGTERM, one line per message."""
    conf = settings.load()
    host = bind_host(bind_all or conf.adt_bind_all)
    port = conf.adt_port if port is None else port
    return serve_until_signalled(AdtListener, host, port, "hospital ADT (MLLP)", out)


class AdtListenerThread(threading.Thread):
    """The ADT listener on a thread of its own (its own event loop and database connection),
    for the app: started when ``adt_enabled`` is on, stopped when the app ends."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(name="adt-listener", daemon=True)
        self.listener = AdtListener(host, port)
        self.error: str = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self.started = threading.Event()

    def run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop_event = asyncio.Event()
            try:
                await self.listener.start()
            except OSError as exc:
                self.error = f"Cannot listen on {self.listener.host}:{self.listener.port}: {exc}"
                log.warning("%s", self.error)
                return
            finally:
                self.started.set()
            await self.listener.serve(self._stop_event)

        try:
            asyncio.run(main())
        except Exception:
            log.exception("the ADT listener stopped")
        finally:
            self.started.set()

    def stop(self, timeout: float = 5.0) -> None:
        if self._loop is not None and self._stop_event is not None:
            self._loop.call_soon_threadsafe(self._stop_event.set)
        self.join(timeout)


def start_thread_if_enabled() -> AdtListenerThread | None:
    """For the app: the listener thread when the department switched the ADT feed on."""
    conf = settings.load()
    if not conf.adt_enabled:
        return None
    thread = AdtListenerThread(bind_host(conf.adt_bind_all), conf.adt_port)
    thread.start()
    return thread
