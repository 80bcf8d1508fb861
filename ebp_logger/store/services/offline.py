"""The procedure room never stops: entries while the department server is unreachable.

The live screen saves vitals, injected volume, events and the stop reason through ``record``.
On a database file that is the service itself. On a department server every entry carries an
idempotency key, written in the entry's own transaction (``EntryKey``). When the server cannot
be reached, the entry is checked here as the service would check it (the values, the plausible
ranges and the 40 ml maximum, from what this PC last read) and kept on the PC
(``offline_file``) with the time it was taken; the screen says how many entries wait. While
entries of a session wait, its new entries wait behind them, so they arrive in order.

``deliver`` sends what waits, oldest first, each exactly once: an entry whose key the server
already has (its first attempt did commit, though the answer was lost) is not written again.
Each late entry is audited as delivered late, with when it was kept and on which PC. An entry
the server refuses on delivery (the session was ended on another PC meanwhile) stays in the
file as refused, with the reason, for the doctor to see: nothing is dropped.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import Component, PatchType, VitalSource
from ebp_logger.clinical.labels import parse_enum
from ebp_logger.clinical.limits import VolumeLimits
from ebp_logger.clinical.stop_reasons import StopReason, validate_stop
from ebp_logger.clinical.volume import check_injection
from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError, ServerUnreachable, StateError
from ebp_logger.i18n import _
from ebp_logger.store import audit, offline_file
from ebp_logger.store.audit import Actor
from ebp_logger.store.backends import workstation_name
from ebp_logger.store.database import db, on_server, redact_url, write
from ebp_logger.store.fields import format_utc, parse_utc
from ebp_logger.store.models import EntryKey, StopRecord
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.services import entries, procedure
from ebp_logger.store.services.sessions import totals_tenths

# The service function of each kind, looked up when called (so the service is the one place).
KINDS: dict[str, str] = {
    "vitals": "record_vitals",
    "injection": "record_injection",
    "event": "record_event",
    "stop": "record_stop",
}
TIME_ARG = {"vitals": "taken_at", "injection": "given_at", "event": "at", "stop": "at"}
TABLES = {"vitals": "vital", "injection": "injection", "event": "event", "stop": "stop_record"}
# After a failed attempt the server is not tried again for a while: each try can take the
# connection timeout, and the screen must answer at once. The listener says when it is back.
RETRY_AFTER_S = 10.0


@dataclass(frozen=True)
class Saved:
    entry_id: int | None  # None: kept on this PC
    kept: int = 0  # entries of all sessions waiting on this PC (0 when saved on the server)

    @property
    def on_pc(self) -> bool:
        return self.entry_id is None


@dataclass
class Delivery:
    delivered: int = 0
    refused: list[str] = field(default_factory=list)
    waiting: int = 0
    reached: bool = True


@dataclass
class _Known:
    """What this PC last read of a session in progress (for the offline checks)."""

    patch_type: str
    totals_tenths: dict[str, int]
    stopped: bool


_state: dict[str, Any] = {"file": None, "down_until": 0.0, "limits": None, "ranges": None}
_known: dict[int, _Known] = {}


def start(folder: Path, url: str) -> int:
    """Keep entries for the server at ``url`` in ``folder`` (the PC's data folder); returns
    how many wait from an earlier run (deliver them)."""
    stop()
    _state["file"] = offline_file.OfflineFile(
        Path(folder) / offline_file.FILE_NAME, redact_url(url).split("?", 1)[0]
    )
    _remember_settings()
    return waiting()


def stop() -> None:
    found = _state["file"]
    if found is not None:
        found.close()
    _state.update(file=None, down_until=0.0)
    _known.clear()


def kept_entries(session_id: int | None = None) -> list[offline_file.KeptEntry]:
    """The entries waiting on this PC, oldest first (for the screen to list)."""
    found = _state["file"]
    return found.pending(session_id) if found is not None else []


def kept_at(entry: offline_file.KeptEntry) -> datetime:
    """When the entry was taken (its own time, not when it was kept)."""
    stamp = entry.args.get(TIME_ARG[entry.kind])
    return parse_utc(stamp) if stamp else parse_utc(entry.kept_at)


def waiting(session_id: int | None = None) -> int:
    found = _state["file"]
    return len(found.pending(session_id)) if found is not None else 0


def plausible_ranges() -> Any:
    """The department's plausible ranges; while the server is away, the last ones read."""
    try:
        return procedure.plausible_ranges()
    except Exception as exc:
        if not _lost(exc) or _state["ranges"] is None:
            raise
        return _state["ranges"]


def kept_ml(session_id: int) -> dict[str, float]:
    """Millilitres per component waiting on this PC for the session (shown in the totals)."""
    out: dict[str, float] = {}
    for e in _state["file"].pending(session_id) if _state["file"] is not None else []:
        if e.kind == "injection":
            c = e.args.get("component", Component.BLOOD.value)
            out[c] = out.get(c, 0.0) + validation.volume_ml(e.args["amount_ml"])
    return out


def server_back() -> None:
    """The listener reached the server again: the next entry tries it at once."""
    _state["down_until"] = 0.0


def record(actor: Actor, what: str, session_id: int, **args: Any) -> Saved:
    """Save one procedure entry (``what``: vitals, injection, event, stop) with the service's
    own keyword arguments; on a server that cannot be reached, keep it on this PC."""
    kind = what
    service = _service(kind)
    kept_file = _state["file"]
    if kept_file is None or not on_server():
        return Saved(service(actor, session_id, **args))
    args.setdefault(TIME_ARG[kind], utcnow())  # the time it was taken, whenever it arrives
    key = uuid.uuid4().hex
    if not kept_file.pending(session_id) and time.monotonic() >= _state["down_until"]:
        try:
            entry_id = _write_keyed(actor, kind, session_id, key, args, kept_at=None)
            _note_written(session_id, kind, args)
            return Saved(entry_id)
        except Exception as exc:
            if not _lost(exc):
                raise
            _state["down_until"] = time.monotonic() + RETRY_AFTER_S
    _check_here(actor, kind, session_id, args)
    kept_file.keep(key, session_id, kind, _actor_dict(actor), _stored_args(args))
    return Saved(None, waiting())


def deliver() -> Delivery:
    """Send the entries waiting on this PC, oldest first; stops at the first sign that the
    server is still unreachable (they wait for the next try)."""
    report = Delivery()
    kept_file = _state["file"]
    if kept_file is None:
        return report
    for entry in _queue(kept_file):
        args = _loaded_args(entry.kind, entry.args)
        try:
            entry_id = _write_keyed(
                Actor(**entry.actor), entry.kind, entry.session_id, entry.key, args, entry.kept_at
            )
        except Exception as exc:
            if _lost(exc):
                report.reached = False
                break
            if not isinstance(exc, EbpError):
                raise
            kept_file.settle(entry.key, "refused", detail=str(exc))
            report.refused.append(str(exc))
            continue
        kept_file.settle(entry.key, "delivered", entry_id)
        report.delivered += 1
    if report.reached:
        server_back()
        _remember_settings()
    report.waiting = waiting()
    return report


def _queue(kept_file: offline_file.OfflineFile) -> Iterator[offline_file.KeptEntry]:
    """Waiting entries, oldest first, including those kept while delivering (the screen
    keeps entries behind the ones still waiting, so they are picked up here)."""
    seen: set[str] = set()
    while True:
        batch = [e for e in kept_file.pending() if e.key not in seen]
        if not batch:
            return
        for entry in batch:
            seen.add(entry.key)
            yield entry


def _write_keyed(
    actor: Actor, kind: str, session_id: int, key: str, args: dict[str, Any], kept_at: str | None
) -> int:
    """The entry and its key in one transaction; the entry already there when the key is."""
    with write():
        done = EntryKey.get_or_none(EntryKey.key == key)
        if done is not None:
            return done.entry_id
        entry_id = _service(kind)(actor, session_id, **args)
        EntryKey.insert(
            key=key,
            entry_table=TABLES[kind],
            entry_id=entry_id,
            kept_at=parse_utc(kept_at) if kept_at else None,
            delivered_at=utcnow(),
            workstation=workstation_name(),
        ).execute()
        if kept_at:
            audit.record_event(
                actor,
                "delivered_late",
                table=TABLES[kind],
                detail={
                    "row_id": entry_id,
                    "session_id": session_id,
                    "kept_at": kept_at,
                    "workstation": workstation_name(),
                    "key": key,
                },
            )
    return entry_id


def _service(kind: str) -> Callable[..., int]:
    return getattr(procedure, KINDS[kind])


def _lost(exc: BaseException) -> bool:
    if isinstance(exc, ServerUnreachable):
        return True
    return isinstance(exc, peewee.DatabaseError | EbpError) and db.obj.lost(exc)


# -- the checks made on the PC while the server is away -----------------------------------


def _remember_settings() -> None:
    try:
        _state["limits"] = procedure.volume_limits()
        _state["ranges"] = procedure.plausible_ranges()
    except Exception as exc:  # noqa: BLE001 - offline at start: the defaults' checks
        if not _lost(exc):
            raise


def remember_session(session_id: int) -> None:
    """Read the session's patch type, totals and stop, so its entries can be checked on the PC
    if the network goes (a program without the live screen, which hands them in: ``know``)."""
    if _state["file"] is None or not on_server():
        return
    try:
        row = entries.session_row(session_id)
        stopped = entries.current(StopRecord, session_id).exists()
        _known[session_id] = _Known(row.patch_type, totals_tenths(session_id), stopped)
    except Exception as exc:  # noqa: BLE001 - already gone: known stays as it was
        if not _lost(exc):
            raise


def know(session_id: int, patch_type: str, totals_ml: dict[str, float], stopped: bool) -> None:
    """What the live screen read of the session (no query of its own)."""
    if _state["file"] is not None:
        tenths = {c: round(ml * 10) for c, ml in totals_ml.items()}
        _known[session_id] = _Known(patch_type, tenths, stopped)


def _note_written(session_id: int, kind: str, args: dict[str, Any]) -> None:
    """An entry the server took, added to what is known (rather than read back)."""
    known = _known.get(session_id)
    if known is None:
        return
    if kind == "injection":
        comp = args.get("component", Component.BLOOD.value)
        amount = round(validation.volume_ml(args["amount_ml"]) * 10)
        known.totals_tenths[comp] = known.totals_tenths.get(comp, 0) + amount
    elif kind == "stop":
        known.stopped = True


def _check_here(actor: Actor, kind: str, session_id: int, args: dict[str, Any]) -> None:
    """What the service would refuse, refused here too, from what this PC knows."""
    require(actor, Action.RECORD_PROCEDURE)
    known = _known.get(session_id)
    if known is None:
        raise ServerUnreachable(
            _(
                "The department server cannot be reached, and this PC has not read this "
                "procedure yet, so the entry cannot be checked here. Nothing was saved; your "
                "input is kept."
            )
        )
    kept = _kept_here(session_id)
    if kind == "vitals":
        values = procedure.vitals_values(
            args.get("bp"),
            args.get("spo2"),
            args.get("heart_rate"),
            args.get("rhythm"),
            args.get("source", VitalSource.MANUAL.value),
        )
        if _state["ranges"] is not None:
            procedure.check_plausible(
                values,
                args.get("source", VitalSource.MANUAL.value),
                bool(args.get("confirmed_implausible")),
                lambda: _state["ranges"],
            )
    elif kind == "event":
        procedure.event_fields(args.get("kind", ""), args.get("level", ""), args.get("note", ""))
    elif kind in ("injection", "stop"):
        if known.stopped or any(e.kind == "stop" for e in kept):
            raise StateError(_("Injection was stopped; no more volume can be added."))
    if kind == "injection":
        amount = validation.volume_ml(args.get("amount_ml"))
        comp = parse_enum(Component, args.get("component", Component.BLOOD.value), "component")
        totals = {k: v / 10 for k, v in known.totals_tenths.items()}
        for c, ml in kept_ml(session_id).items():
            totals[c] = totals.get(c, 0.0) + ml
        check_injection(
            PatchType(known.patch_type),
            comp,
            amount,
            {Component(k): v for k, v in totals.items()},
            _state["limits"] or VolumeLimits(),  # never read: the guideline's own maxima
        )
    if kind == "stop":
        reason = parse_enum(StopReason, args.get("reason", ""), "stop_reason")
        validate_stop(reason, args.get("text", ""))


def _kept_here(session_id: int) -> list[offline_file.KeptEntry]:
    return _state["file"].pending(session_id)


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {
        "user_id": actor.user_id,
        "username": actor.username,
        "role": actor.role,
        "full_name": actor.full_name,
    }


def _stored_args(args: dict[str, Any]) -> dict[str, Any]:
    return {k: format_utc(v) if isinstance(v, datetime) else v for k, v in args.items()}


def _loaded_args(kind: str, args: dict[str, Any]) -> dict[str, Any]:
    out = dict(args)
    if out.get(TIME_ARG[kind]):
        out[TIME_ARG[kind]] = parse_utc(out[TIME_ARG[kind]])
    return out
