"""The entries waiting on this PC (``offline``), as records beside the server's: the live
screen shows them as rows and points like the rest, marked as kept, until they are delivered.

Each gets a negative id (``-seq`` of the PC's file): it has no id on the server yet, and a
negative one can never be mistaken for a row there.
"""

from __future__ import annotations

from dataclasses import replace

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import Component, VitalSource
from ebp_logger.store import offline_file
from ebp_logger.store.fields import parse_utc
from ebp_logger.store.records import (
    EntryMeta,
    EventRecord,
    InjectionRecord,
    SessionDetail,
    StopRecordData,
    VitalRecord,
)
from ebp_logger.store.services import offline, procedure


def _meta(entry: offline_file.KeptEntry) -> EntryMeta:
    return EntryMeta(
        id=-entry.seq,
        recorded_at=parse_utc(entry.kept_at),
        recorded_by=str(entry.actor.get("full_name") or entry.actor.get("username", "")),
        entered_from_paper=False,
        supersedes=None,
        correction_reason=None,
        superseded_by=None,
        voided_at=None,
        voided_by=None,
        void_reason=None,
    )


def with_kept(detail: SessionDetail) -> SessionDetail:
    """``detail`` with the session's entries that wait on this PC added (``detail`` itself when
    none wait). The entries were checked when they were kept, so they read back cleanly."""
    kept = offline.kept_entries(detail.session.id)
    if not kept:
        return detail
    vitals, injections, events, stops = [], [], [], []
    s = detail.session
    totals = {Component.BLOOD: s.blood_ml or 0.0, Component.FIBRIN_GLUE: s.glue_ml or 0.0}
    for e in kept:
        a, meta, at = e.args, _meta(e), offline.kept_at(e)
        if e.kind == "vitals":
            source = a.get("source", VitalSource.MANUAL.value)
            values = procedure.vitals_values(
                a.get("bp"), a.get("spo2"), a.get("heart_rate"), a.get("rhythm"), source
            )
            vitals.append(
                VitalRecord(
                    meta,
                    at,
                    source,
                    values.get("spo2"),
                    values.get("heart_rate"),
                    values.get("rhythm"),
                    values.get("systolic"),
                    values.get("diastolic"),
                    values.get("mean"),
                )
            )
        elif e.kind == "injection":
            comp = Component(a.get("component", Component.BLOOD.value))
            ml = validation.volume_ml(a["amount_ml"])
            totals[comp] = totals.get(comp, 0.0) + ml
            injections.append(InjectionRecord(meta, at, comp.value, ml))
        elif e.kind == "event":
            events.append(EventRecord(meta, at, a["kind"], a.get("level", ""), a.get("note", "")))
        else:
            stops.append(
                StopRecordData(
                    meta,
                    at,
                    a["reason"],
                    a.get("text", ""),
                    totals[Component.BLOOD],
                    totals[Component.FIBRIN_GLUE],
                )
            )
    return replace(
        detail,
        vitals=detail.vitals + tuple(vitals),
        injections=detail.injections + tuple(injections),
        events=detail.events + tuple(events),
        stops=detail.stops + tuple(stops),
    )
