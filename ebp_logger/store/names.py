"""Patient name search through an index: every word of every name, folded, in its own table.

SQLite's ``LIKE`` folds only ASCII and a Python function in a query forces a scan of every
patient; a folded word table answers "jørgensen", "Jør" or "HANS PETER" by a range on its
primary key (a B-tree, so PostgreSQL serves it the same way). Each word typed must be the start
of some word of the name; digits typed match the CPR number instead (its start, the birth year
or the last four digits), so "jørgensen 39" finds the Jørgensens born in '39.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import peewee

from ebp_logger.store.database import db
from ebp_logger.store.models import Patient, PatientNameWord

_SPLIT = re.compile(r"[^\w]+|_")


def fold(text: str) -> str:
    """Case folded (Æ→æ, Ø→ø, Å→å, ß→ss) and composed, so "Å" typed either way matches."""
    return unicodedata.normalize("NFC", text).casefold()


def words(name: str) -> list[str]:
    """The distinct folded words of a name; "Hans-Peter" gives "hans" and "peter"."""
    return sorted({w for w in _SPLIT.split(fold(name)) if w})


def index_patient(patient_id: int, name: str) -> None:
    """(Re)write one patient's words. Call inside the write that stores the name."""
    PatientNameWord.delete().where(PatientNameWord.patient == patient_id).execute()
    _insert([(w, patient_id) for w in words(name)])


def _insert(rows: list[tuple[str, int]]) -> None:
    for i in range(0, len(rows), 500):
        batch = rows[i : i + 500]
        db.execute_sql(
            'INSERT INTO "patient_name_word" ("word", "patient_id") VALUES '
            + ", ".join("(?, ?)" for _ in batch)
            + " ON CONFLICT DO NOTHING",
            [v for r in batch for v in r],
        )


def reindex_all() -> int:
    """Rebuild the whole index from the patient table (migration step 2, bulk loads)."""
    db.execute_sql('DELETE FROM "patient_name_word"')
    rows = db.execute_sql('SELECT "id", "name" FROM "patient"').fetchall()
    _insert([(w, pid) for pid, name in rows for w in words(name)])
    return len(rows)


def _prefix(column: peewee.Field, text: str) -> peewee.Expression:
    """``column`` starts with ``text``, as a range the primary key index serves."""
    upper = text[:-1] + chr(ord(text[-1]) + 1)
    return (column >= text) & (column < upper)


def _digits(digits: str) -> peewee.Expression:
    cond = _prefix(Patient.cpr, digits)
    if len(digits) == 2:  # a birth year, '39
        cond |= peewee.fn.substr(Patient.cpr, 5, 2) == digits
    elif len(digits) == 4:  # a birth year, 1939, or the CPR number's last four digits
        cond |= (peewee.fn.substr(Patient.cpr, 7, 4) == digits) | (
            (peewee.fn.substr(Patient.cpr, 5, 2) == digits[2:])
            & (peewee.fn.substr(Patient.birth_date, 1, 4) == digits)
        )
    return cond


def search(query: str, limit: int = 50) -> peewee.ModelSelect | None:
    """Patients whose name words start with each word typed and whose CPR number fits each run
    of digits typed (a CPR typed whole, with or without its dash, is one run). None: nothing
    to search for."""
    text = query.strip()
    if not text:
        return None
    joined = text.replace("-", "").replace(" ", "")
    if joined.isdigit():
        # A range, not LIKE (which folds case, so SQLite cannot serve it from the index).
        return Patient.select().where(_prefix(Patient.cpr, joined)).order_by(Patient.cpr)
    q = Patient.select()
    terms: Iterable[str] = (t for t in re.split(r"\s+", text) if t)
    for term in terms:
        plain = term.replace("-", "")
        if plain.isdigit():
            q = q.where(_digits(plain))
            continue
        for w in words(term):
            hit = PatientNameWord.select(PatientNameWord.patient).where(
                _prefix(PatientNameWord.word, w)
            )
            q = q.where(Patient.id.in_(hit))
    return q.order_by(Patient.name, Patient.id).limit(limit)
