"""ebp-logger discharge-sheet / procedure-record / blank-form."""

from __future__ import annotations

import pytest

from ebp_logger.cli import run
from ebp_logger.store.models import Audit

from .conftest import pdf_text


@pytest.fixture
def cli_db(report_db, monkeypatch):
    from ebp_logger.store.database import close_database

    close_database()  # the command opens it itself
    monkeypatch.setenv("EBP_LOGGER_PASSWORD", "doc-pass1")  # tests/conftest.create_staff
    return report_db


USER = ["--user", "doc"]


def test_discharge_sheet_in_the_patients_language(cli_db, tmp_path):
    out = tmp_path / "sheet.pdf"
    assert (
        run(
            [
                "discharge-sheet",
                "--db",
                str(cli_db.path),
                "--session",
                str(cli_db.english),
                "-o",
                str(out),
                *USER,
            ]
        )
        == 0
    )
    assert "Seek emergency medical help" in pdf_text(out.read_bytes())
    assert (
        run(
            [
                "discharge-sheet",
                "--db",
                str(cli_db.path),
                "--session",
                str(cli_db.english),
                "--lang",
                "da",
                "-o",
                str(out),
                *USER,
            ]
        )
        == 0
    )
    assert "Søg akut lægehjælp" in pdf_text(out.read_bytes())


def test_procedure_record_is_logged_as_an_export(cli_db, tmp_path):
    from ebp_logger.store.opening import open_database

    out = tmp_path / "record.pdf"
    args = ["procedure-record", "--db", str(cli_db.path), "--session", str(cli_db.danish), *USER]
    assert run([*args, "--lang", "en", "-o", str(out)]) == 0
    assert "Procedure record" in pdf_text(out.read_bytes())
    open_database(cli_db.path)
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert (last.action, last.table, last.session_id) == ("export", "access", cli_db.danish)
    assert last.new["document"] == "procedure_record" and last.username == "doc"


def test_blank_form_needs_no_database(tmp_path):
    out = tmp_path / "form.pdf"
    assert run(["blank-form", "-o", str(out), "--lang", "en"]) == 0
    assert "Paper record" in pdf_text(out.read_bytes())


def test_bad_arguments_exit_2_with_a_reason(cli_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    db = str(cli_db.path)
    assert run(["discharge-sheet", "--db", db, "--session", "999", "-o", str(out), *USER]) == 2
    assert "No session 999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run(["discharge-sheet", "--db", db, "--session", "1", "--lang", "de", "-o", str(out)])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not out.exists()
