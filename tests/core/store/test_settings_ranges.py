"""Every department setting has a validated range and type (issue 14 item 5): nan, inf,
negative and out-of-range values are refused with the allowed range, the targeted maxima can
never exceed the guideline's 40 ml, and a bad value already stored never reaches the program."""

from __future__ import annotations

import logging
import math
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from ebp_logger.errors import ValidationError
from ebp_logger.store import settings
from ebp_logger.store.models import Setting

pytestmark = pytest.mark.both_backends

NUMBERS = [s for s in settings.specs() if s.kind in ("int", "float")]
EVERY = settings.specs()


def _refused(name: str, raw: object) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        settings.parse(name, raw)
    return err.value


def _range_named(spec: settings.SettingSpec, message: str) -> None:
    low = f"{spec.metadata.get('min', 0):g}"
    assert spec.name in message and "Allowed:" in message and low in message, message
    if "max" in spec.metadata:
        assert f"{spec.metadata['max']:g}" in message, message


@pytest.mark.parametrize("spec", EVERY, ids=lambda s: s.name)
def test_every_setting_declares_a_range_or_a_closed_type(spec):
    meta = spec.metadata
    if spec.kind in ("int", "float", "list", "map"):
        assert "max" in meta, f"{spec.name}: a number needs its maximum"
    elif spec.kind in ("text", "path"):
        assert "max_len" in meta, f"{spec.name}: text needs its max_len"
    # the default itself passes its own check
    assert settings.parse(spec.name, spec.default) == spec.default


@pytest.mark.parametrize("spec", NUMBERS, ids=lambda s: s.name)
@pytest.mark.parametrize("raw", ["nan", "NaN", "inf", "-inf", "Infinity", float("nan"), math.inf])
def test_nan_and_inf_refused_with_the_range(spec, raw):
    _range_named(spec, str(_refused(spec.name, raw)))


@hyp_settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_number_setting_refuses_out_of_range(data):
    spec = data.draw(st.sampled_from(NUMBERS))
    low, high = spec.metadata.get("min", 0), spec.metadata["max"]
    below = data.draw(
        st.one_of(
            st.floats(max_value=low, exclude_max=True, allow_nan=False),
            st.floats(max_value=-1e-9, allow_nan=False),
        )
    )
    above = data.draw(st.floats(min_value=high, exclude_min=True, allow_nan=False))
    for raw in (below, above, str(below), str(above).replace(".", ",")):
        _range_named(spec, str(_refused(spec.name, raw)))


@hyp_settings(max_examples=60)
@given(data=st.data())
def test_every_number_setting_keeps_what_is_inside(data):
    spec = data.draw(st.sampled_from(NUMBERS))
    low, high = spec.metadata.get("min", 0), spec.metadata["max"]
    if spec.kind == "int":
        value = data.draw(st.integers(min_value=int(low), max_value=int(high)))
    else:
        value = data.draw(st.floats(min_value=low, max_value=high, allow_nan=False))
    assert settings.parse(spec.name, str(value)) == value


@hyp_settings(max_examples=60)
@given(text=st.text(min_size=1, max_size=12))
def test_whole_number_settings_refuse_text_and_fractions(text):
    spec = next(s for s in NUMBERS if s.name == "autolock_minutes")
    try:
        value = settings.parse(spec.name, text)
    except ValidationError as exc:
        _range_named(spec, str(exc))
    else:
        assert isinstance(value, int) and 1 <= value <= 120
    _range_named(spec, str(_refused(spec.name, "2.5")))


def test_minus_five_does_not_switch_the_lock_off():
    assert "1 to 120" in str(_refused("autolock_minutes", -5))
    assert "1 to 120" in str(_refused("autolock_minutes", 0))


@pytest.mark.parametrize("raw", ["fr", "dk", "DA ", None, 1])
def test_unknown_language_refused(raw):
    if raw == "DA ":
        raw = "DA"
    assert '"", "da", "en"' in str(_refused("language", raw))


def test_language_choices_kept():
    assert [settings.parse("language", v) for v in ("", "da", " en ")] == ["", "da", "en"]


@pytest.mark.parametrize(
    "raw", ["call reception", "1234", "+45 35 45 35 45 35 45 35 45 35 45", "35 45\x0035 45", "4+5"]
)
def test_department_phone_must_be_a_phone_number(raw):
    assert "telephone number" in str(_refused("department_phone", raw))


@pytest.mark.parametrize("raw", ["+45 35 45 35 45", "(+45) 3545-3545", "35453545", ""])
def test_department_phone_accepts_phone_numbers(raw):
    assert settings.parse("department_phone", raw) == raw


def test_text_length_and_control_characters():
    assert "200" in str(_refused("department_name", "x" * 201))
    assert "control" in str(_refused("department_name", "Anæstesi\u202e"))
    assert settings.parse("department_name", "  Anæstesiologisk afdeling ") == (
        "Anæstesiologisk afdeling"
    )


@pytest.mark.parametrize("raw", ["0", "24", "6,6", "-3", "6,x", "nan"])
def test_checkpoint_hours_each_1_to_23_unique(raw):
    assert "1 to 23" in str(_refused("checkpoint_hours", raw))


def test_checkpoint_hours_sorted():
    assert settings.parse("checkpoint_hours", "12; 2 6") == (2, 6, 12)
    assert settings.parse("checkpoint_hours", ["12", 6]) == (6, 12)


@pytest.mark.parametrize("name", ["targeted_blood_max_ml", "targeted_glue_max_ml"])
def test_each_targeted_maximum_at_most_40(name):
    assert "40" in str(_refused(name, 500))
    assert "40" in str(_refused(name, "40.1"))


def test_ports_1_to_65535():
    for raw in (0, -1, 65536, "2575.5"):
        assert "1 to 65535" in str(_refused("hl7_port", raw))
    assert settings.parse("hl7_port", "65535") == 65535


def test_max_single_injection_half_to_40():
    for raw in (0, 0.4, 40.5, -10):
        assert "0.5 to 40" in str(_refused("max_single_injection_ml", raw))


def test_targeted_maxima_together_at_most_40(admin):
    settings.save(admin, targeted_blood_max_ml=25)
    with pytest.raises(ValidationError) as err:
        settings.save(admin, targeted_glue_max_ml=20)
    assert "40" in str(err.value)
    assert settings.load().targeted_glue_max_ml == 10.0
    settings.save(admin, targeted_blood_max_ml=20, targeted_glue_max_ml=20)
    assert (settings.load().targeted_blood_max_ml, settings.load().targeted_glue_max_ml) == (20, 20)


def test_refused_save_changes_nothing(admin):
    with pytest.raises(ValidationError):
        settings.save(admin, department_name="Anæstesi", autolock_minutes=-5)
    assert settings.load().department_name == "" and settings.load().autolock_minutes == 10


def _store_raw(name: str, value: object) -> None:
    """What an older version, or a hand with a SQL tool, left in the database."""
    from ebp_logger.clock import utcnow
    from ebp_logger.store.database import db

    with db.atomic():
        Setting.insert(key=name, value=value, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.key],
            update={Setting.value: value, Setting.updated_at: utcnow()},
        ).execute()


def test_stored_nan_falls_back_and_injections_still_work(live_session, doctor, caplog):
    from ebp_logger.store.services import procedure

    settings._reported.clear()  # logged once per process: this test runs on each backend
    _store_raw("max_single_injection_ml", "nan")
    _store_raw("autolock_minutes", -5)
    _store_raw("targeted_blood_max_ml", 500)
    _store_raw("targeted_glue_max_ml", 30)
    _store_raw("hl7_port", 99999)
    with caplog.at_level(logging.WARNING, logger="ebp_logger.store.settings"):
        conf = settings.load()
    assert conf.max_single_injection_ml == 40.0 and conf.autolock_minutes == 10
    assert conf.hl7_port == 2575 and conf.targeted_blood_max_ml == 10.0
    assert "max_single_injection_ml" in caplog.text and "autolock_minutes" in caplog.text
    problems = settings.stored_problems()
    assert any("max_single_injection_ml" in p for p in problems)
    assert any("hl7_port" in p for p in problems)
    procedure.record_injection(doctor, live_session, 10)
    with pytest.raises(ValidationError):
        procedure.record_injection(doctor, live_session, 31)


def test_stored_targeted_pair_over_40_falls_back(db_path):
    _store_raw("targeted_blood_max_ml", 30)
    _store_raw("targeted_glue_max_ml", 30)
    conf = settings.load()
    assert conf.targeted_blood_max_ml + conf.targeted_glue_max_ml <= 40


def test_a_setting_added_later_is_checked_by_its_metadata(monkeypatch):
    """A field added by another area works without new code: range, type, message."""
    import dataclasses

    extra = dataclasses.make_dataclass(
        "Extra",
        [
            (
                "rest_window_hours",
                float,
                dataclasses.field(default=4.0, metadata={"min": 1, "max": 8}),
            ),
            ("out_of_hours_phone", str, dataclasses.field(default="", metadata={"kind": "phone"})),
            ("note_max", int, dataclasses.field(default=5, metadata={"min": 1, "max": 9})),
        ],
    )
    monkeypatch.setitem(settings._FIELDS, "rest_window_hours", dataclasses.fields(extra)[0])
    monkeypatch.setitem(settings._FIELDS, "out_of_hours_phone", dataclasses.fields(extra)[1])
    monkeypatch.setitem(settings._FIELDS, "note_max", dataclasses.fields(extra)[2])
    monkeypatch.setitem(settings._TYPES, "rest_window_hours", float)
    monkeypatch.setitem(settings._TYPES, "out_of_hours_phone", str)
    monkeypatch.setitem(settings._TYPES, "note_max", int)
    assert "1 to 8" in str(_refused("rest_window_hours", "nan"))
    assert settings.parse("rest_window_hours", "2,5") == 2.5
    assert "telephone" in str(_refused("out_of_hours_phone", "ring the ward"))
    assert "1 to 9" in str(_refused("note_max", "-1"))


def test_optional_and_fixed_pair_settings_added_later(monkeypatch):
    import dataclasses

    extra = dataclasses.make_dataclass(
        "Extra",
        [
            ("interval_h", float | None, dataclasses.field(default=None, metadata={"max": 96})),
            (
                "window_h",
                tuple[float, float],
                dataclasses.field(default=(20.0, 28.0), metadata={"min": 1, "max": 48}),
            ),
        ],
    )
    for f, tp in zip(dataclasses.fields(extra), (float | None, tuple[float, float]), strict=True):
        monkeypatch.setitem(settings._FIELDS, f.name, f)
        monkeypatch.setitem(settings._TYPES, f.name, tp)
    assert settings.parse("interval_h", "") is None and settings.parse("interval_h", None) is None
    assert settings.parse("interval_h", "12,5") == 12.5
    assert "0 to 96, or nothing" in str(_refused("interval_h", "inf"))
    assert settings.parse("window_h", "20; 28") == (20.0, 28.0)
    assert "2 values" in str(_refused("window_h", "20"))
    assert "1 to 48" in str(_refused("window_h", "20; 49"))
    assert settings.spec("window_h").kind == "list" and settings.spec("interval_h").kind == "float"


def _cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ)
    if password is not None:
        env["EBP_LOGGER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_cli_refuses_in_one_line_with_exit_2(tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert _cli("demo-data", "--db", db).returncode == 0
    for setting, words in (
        ("targeted_blood_max_ml=500", "0.5 to 40"),
        ("autolock_minutes=-5", "1 to 120"),
        ("max_single_injection_ml=nan", "0.5 to 40"),
        ("hl7_port=70000", "1 to 65535"),
        ("language=fr", '"da", "en"'),
        ("department_phone=call reception", "telephone number"),
        ("checkpoint_hours=6,30", "1 to 23"),
    ):
        out = _cli(
            "settings", "--db", db, "--user", "admin", "--set", setting, password="demo-pass"
        )
        assert out.returncode == 2, (setting, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in out.stderr, out.stderr
        assert setting.split("=")[0] in lines[0]
    listed = _cli("settings", "--db", db)
    assert "autolock_minutes = 10" in listed.stdout and "hl7_port = 2575" in listed.stdout
    assert _cli("verify", "--db", db).returncode == 0


def test_cli_lists_a_bad_stored_value_with_a_note(tmp_path):
    import sqlite3

    db = str(tmp_path / "s.sqlite")
    assert _cli("demo-data", "--db", db).returncode == 0
    con = sqlite3.connect(db)
    with con:
        con.execute(
            "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
            ("autolock_minutes", "-5", "2026-11-23T09:00:00.000000Z"),
        )
    con.close()
    listed = _cli("settings", "--db", db)
    assert listed.returncode == 0 and "autolock_minutes = 10" in listed.stdout
    assert "note: setting autolock_minutes" in listed.stderr and "1 to 120" in listed.stderr


def test_out_of_hours_line_may_be_a_short_service_number():
    assert settings.parse("out_of_hours_phone", "1813") == "1813"
    assert "telephone number" in str(_refused("out_of_hours_phone", "12"))
    assert "telephone number" in str(_refused("department_phone", "1813"))  # a full line


# Concept ids as published (SNOMED CT International Edition): |Procedure|, two procedures, and
# one from a national extension (partition "10", long form).
@pytest.mark.parametrize("raw", ["71388002", "427060008", "231064003", "144711000146107", ""])
def test_snomed_code_accepts_well_formed_concept_ids(raw):
    assert settings.parse("fhir_ebp_snomed_code", f" {raw} ") == raw


@pytest.mark.parametrize(
    "raw, why",
    [
        ("71388003", "check digit"),  # one digit mistyped
        ("1234567", "check digit"),
        ("71388018", "not a concept id"),  # well formed, but a description id (partition 01)
        ("071388002", "digits"),  # no leading zero
        ("12345", "digits"),  # too short
        ("7138 8002", "digits"),
        ("epidural blood patch", "digits"),
    ],
)
def test_snomed_code_refuses_what_is_not_a_concept_id(raw, why):
    message = str(_refused("fhir_ebp_snomed_code", raw))
    assert why in message and "SNOMED CT concept id" in message, message
