"""The bulk reads' shortcuts change nothing but the time: a record built field by field in one
step is the record its own constructor makes, and the garbage collector comes back as it was."""

from __future__ import annotations

import dataclasses
import gc
from datetime import datetime, timezone

import pytest

from ebp_logger.store import reads
from ebp_logger.store.records import EntryMeta, PatientRecord, ScoreRecord, builder

AT = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def _meta() -> EntryMeta:
    return EntryMeta(7, AT, "Test User", False, None, None, 9, None, None, None)


def test_a_built_record_is_the_constructed_one():
    meta = builder(EntryMeta)(*dataclasses.astuple(_meta()))
    assert meta == _meta() and hash(meta) == hash(_meta()) and repr(meta) == repr(_meta())
    score = builder(ScoreRecord)(meta, AT, "baseline", 3, 8)
    assert score == ScoreRecord(_meta(), AT, "baseline", 3, 8)
    assert score.meta.current is False and score.meta.state == "corrected"
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.standing = 1  # type: ignore[misc]


def test_a_builder_wants_every_field():
    values = (1, "0101401000", "Åse", AT.date(), "female", True, "da", "", "", "")
    with pytest.raises(ValueError):
        builder(PatientRecord)(*values)  # the interface fields left out
    full = builder(PatientRecord)(*values, "typed", "", "", "", None)
    assert full == PatientRecord(*values)


def test_a_class_whose_init_does_more_is_refused():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            assert self.x >= 0

    with pytest.raises(TypeError):
        builder(Checked)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_comes_back_as_it_was(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with reads.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), reads.gc_paused():
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
