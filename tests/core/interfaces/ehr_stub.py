"""An EHR for the tests: an MLLP server built on python-hl7 (``hl7.mllp``) that acknowledges
MDM messages, refuses chosen ones, drops connections, goes away and comes back.

It keeps every frame it read and recognises a repeat by its control id (MSH-10) and document
number (TXA-12), as a hospital's interface engine would."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field

from hl7.mllp import start_hl7_server


@dataclass
class Received:
    control_id: str
    event: str
    document: str
    parent: str
    acked: str = ""  # the code answered, "" when the connection was dropped instead


@dataclass
class EhrStub:
    port: int = 0
    refuse: dict[str, str] = field(default_factory=dict)  # control id -> AE | AR
    drop_next: int = 0  # this many frames are answered by closing the connection
    frames: list[Received] = field(default_factory=list)
    hold_at: int = 0  # after the ACK of this many messages: set ``held``, wait for ``release``
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        if not self.port:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                self.port = s.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._server = None
        self._writers: set = set()

    # -- what arrived ----------------------------------------------------------------------
    def accepted(self) -> list[Received]:
        """Frames answered AA, repeats (same control id) counted once, in arrival order."""
        seen, out = set(), []
        for r in self.frames:
            if r.acked == "AA" and r.control_id not in seen:
                seen.add(r.control_id)
                out.append(r)
        return out

    def repeats(self) -> list[str]:
        ids = [r.control_id for r in self.frames if r.acked == "AA"]
        return [i for i in set(ids) if ids.count(i) > 1]

    # -- up and down -----------------------------------------------------------------------
    def start(self) -> EhrStub:
        async def up():
            self._server = await start_hl7_server(
                self._client, "127.0.0.1", self.port, limit=16 * 1024 * 1024, encoding="utf-8"
            )

        asyncio.run_coroutine_threadsafe(up(), self._loop).result(10)
        return self

    def stop(self) -> None:
        """Go away: stop listening and cut every open connection."""

        async def down():
            if self._server is not None:
                self._server.close()
                for w in list(self._writers):
                    w.close()
                await self._server.wait_closed()
                self._server = None

        asyncio.run_coroutine_threadsafe(down(), self._loop).result(10)

    def close(self) -> None:
        self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _client(self, reader, writer) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    msg = await reader.readmessage()
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                txa = msg.segment("TXA")
                got = Received(
                    str(msg.segment("MSH")[10]),
                    str(msg["MSH.F9.R1.C2"]),
                    str(txa[12]),
                    str(txa[13]),
                )
                self.frames.append(got)
                if self.drop_next > 0:
                    self.drop_next -= 1
                    writer.close()
                    return
                if self.held.is_set() and not self.release.is_set():  # nothing more is ACKed
                    await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
                code = self.refuse.get(got.control_id, "AA")
                got.acked = code
                writer.writemessage(msg.create_ack(ack_code=code, application="EHR"))
                await writer.drain()
                if self.hold_at and sum(1 for f in self.frames if f.acked) == self.hold_at:
                    self.held.set()
                    await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        finally:
            self._writers.discard(writer)
            writer.close()
