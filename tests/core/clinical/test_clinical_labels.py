"""Every labelled choice has a stable code and Danish and English labels."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import ebp_logger.clinical as clinical
from ebp_logger.clinical.enums import EventKind, Indication, SessionStatus
from ebp_logger.clinical.labels import Label, LabelledEnum, choices, normalise_lang, parse_enum
from ebp_logger.errors import ValidationError


def _all_labelled_enums() -> list[type[LabelledEnum]]:
    found: dict[str, type[LabelledEnum]] = {}
    for info in pkgutil.iter_modules(clinical.__path__):
        module = importlib.import_module(f"ebp_logger.clinical.{info.name}")
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, LabelledEnum)
                and obj is not LabelledEnum
                and len(obj)
            ):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


ENUMS = _all_labelled_enums()


def test_the_enums_were_found() -> None:
    names = {e.__name__ for e in ENUMS}
    assert {"StopReason", "WarningSign", "BernSign", "EventKind", "EcgRhythm"} <= names


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_both_labels_and_a_stable_code(enum_cls: type[LabelledEnum]) -> None:
    codes = [m.value for m in enum_cls]
    assert len(codes) == len(set(codes)), "codes must be unique"
    for member in enum_cls:
        assert re.fullmatch(r"[a-z0-9_]+", member.value), member
        assert member.label("da").strip() and member.label("en").strip()
        assert member.label("da") == member.labels.da
        assert str(member) == member.value == member.code
        assert f"{member}" == member.value


def test_unknown_language_falls_back_to_english() -> None:
    assert Indication.OTHER.label("de") == "Other"
    assert Indication.OTHER.label(None) == "Other"
    assert Indication.OTHER.label("da_DK") == "Andet"
    assert normalise_lang("EN-gb") == "en"


def test_danish_labels_use_danish_letters() -> None:
    from ebp_logger.clinical.stop_reasons import StopReason

    assert StopReason.INCREASED_HEADACHE.label("da") == "Øget hovedpine"
    assert StopReason.RADICULAR_PAIN.label("da").startswith("Radikulære smerter")
    assert StopReason.BACK_PAIN.label("da") == "Rygsmerter"


def test_enum_compares_with_its_code_as_stored_in_the_database() -> None:
    assert SessionStatus("in_progress") is SessionStatus.IN_PROGRESS
    assert EventKind.NOTE == "note"


def test_parse_enum_accepts_code_name_and_labels() -> None:
    assert parse_enum(Indication, "plph", "indication") is Indication.PLPH
    assert parse_enum(Indication, "PLPH", "indication") is Indication.PLPH
    assert parse_enum(Indication, " andet ", "indication") is Indication.OTHER
    with pytest.raises(ValidationError) as err:
        parse_enum(Indication, "migraine", "indication")
    assert err.value.field == "indication" and "sih" in err.value.allowed


def test_choices_keep_declaration_order() -> None:
    assert choices(Indication, "da")[0] == ("sih", "Spontan intrakraniel hypotension (SIH)")


def test_complications() -> None:
    assert {k for k in EventKind if k.is_complication} == {
        EventKind.DURAL_PUNCTURE,
        EventKind.PARAESTHESIA,
        EventKind.VASOVAGAL,
    }


def test_label_needs_both_texts() -> None:
    with pytest.raises(ValueError):
        Label(en="x", da=" ")
