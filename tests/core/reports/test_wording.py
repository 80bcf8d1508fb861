"""The discharge wording files: both load; a broken one is refused naming file and key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.reports import wording
from ebp_logger.reports.wording import SCHEMA, WordingError, load_wording, load_wording_file


@pytest.fixture(params=["da", "en"])
def shipped(request) -> tuple[str, Path]:
    return request.param, wording.wording_path(request.param)


def _broken(tmp_path: Path, source: Path, pattern: str, replacement: str) -> Path:
    text = source.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert count == 1, pattern
    target = tmp_path / source.name
    target.write_text(changed, encoding="utf-8")
    return target


def test_shipped_files_have_every_key(shipped):
    lang, path = shipped
    w = load_wording_file(path, lang)
    for section, keys in SCHEMA.items():
        for key in keys:
            assert w.raw(section, key).strip()
    assert len(w.months) == 12


def test_one_text_per_warning_sign_comes_from_the_clinical_code():
    assert set(SCHEMA["warning_signs"]) == {s.code for s in WarningSign}


def test_numbers_are_filled_from_the_clinical_limits():
    da, en = load_wording("da"), load_wording("en")
    assert "2,5 kg" in da.text("restrictions", "text")
    assert "2.5 kg" in en.text("restrictions", "text")
    assert "2–4 uger" in da.text("follow_up", "text")
    assert "2–4 weeks" in en.text("follow_up", "text")


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "discharge_da.ini"
    with pytest.raises(WordingError) as err:
        load_wording_file(path, "da")
    assert str(path) in str(err.value)
    assert "missing" in str(err.value)


def test_missing_key_names_file_and_key(tmp_path, shipped):
    lang, source = shipped
    path = _broken(tmp_path, source, r"^fever = .*\n", "")
    with pytest.raises(WordingError) as err:
        load_wording_file(path, lang)
    message = str(err.value)
    assert str(path) in message
    assert "[warning_signs] fever" in message
    assert err.value.key == "warning_signs.fever"


def test_empty_text_is_refused(tmp_path):
    path = _broken(tmp_path, wording.wording_path("da"), r"^seizure = .*$", "seizure =")
    with pytest.raises(WordingError, match=r"\[warning_signs\] seizure is empty"):
        load_wording_file(path, "da")


def test_misspelt_placeholder_names_key_and_placeholder(tmp_path):
    path = _broken(
        tmp_path, wording.wording_path("en"), r"^(text = .*)\{lift_kg\}", r"\1{lift_kgs}"
    )
    with pytest.raises(WordingError) as err:
        load_wording_file(path, "en")
    message = str(err.value)
    assert "[restrictions] text" in message and "{lift_kgs}" in message
    assert "{lift_kg}" in message  # the allowed ones are listed


def test_number_typed_in_instead_of_placeholder_is_refused(tmp_path):
    path = _broken(tmp_path, wording.wording_path("da"), r"^(text = .*)\{lift_kg\}", r"\g<1>3")
    with pytest.raises(WordingError, match=r"\[restrictions\] text must contain \{lift_kg\}"):
        load_wording_file(path, "da")


def test_broken_brace_is_refused(tmp_path):
    path = _broken(tmp_path, wording.wording_path("da"), r"^(call = .*)\{phone\}", r"\1{phone")
    with pytest.raises(WordingError, match=r"\[warning\] call has a broken"):
        load_wording_file(path, "da")


def test_syntax_error_names_the_file(tmp_path):
    path = _broken(tmp_path, wording.wording_path("da"), r"^\[expect\]$", "[expect")
    with pytest.raises(WordingError) as err:
        load_wording_file(path, "da")
    assert str(path) in str(err.value) and "cannot be read" in str(err.value)


def test_not_utf8_is_refused(tmp_path):
    path = tmp_path / "discharge_da.ini"
    path.write_bytes(
        wording.wording_path("da").read_text(encoding="utf-8").encode("latin-1", "replace")
    )
    with pytest.raises(WordingError, match="not UTF-8"):
        load_wording_file(path, "da")


def test_month_list_is_checked(tmp_path):
    path = _broken(tmp_path, wording.wording_path("en"), r"^months = .*$", "months = Jan, Feb")
    with pytest.raises(WordingError, match=r"\[format\] months must list 12"):
        load_wording_file(path, "en")


def test_edited_file_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "discharge_en.ini"
    path.write_text(wording.wording_path("en").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(wording, "wording_path", lambda lang: path)
    assert load_wording("en").raw("page", "title") == "After your blood patch"
    text = path.read_text(encoding="utf-8").replace(
        "title = After your blood patch", "title = After the blood patch treatment"
    )
    path.write_text(text, encoding="utf-8")
    assert load_wording("en").raw("page", "title") == "After the blood patch treatment"
