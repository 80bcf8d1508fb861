"""The core's messages reach a Danish screen in Danish (issue 15 item 12).

Every user-facing error the core raises is marked for translation, every marked message has
a Danish text in the catalogue (a message added later without one fails here), and real
refusals raised by the core render in Danish. After adding core messages:
``python installers/dev/update_core_messages.py``, translate, run it again.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import ebp_logger
from ebp_logger.errors import EbpError, ValidationError, message_in
from ebp_logger.i18n import Msg, _, catalogue, render

TOP = Path(__file__).resolve().parents[2]
PACKAGE = TOP / "ebp_logger"
SCRIPT = TOP / "installers" / "dev" / "update_core_messages.py"
# The command line speaks English only (its own messages, for administrators' scripts).
ENGLISH_ONLY = {"cli.py", "selftest.py", "__main__.py"}


def _script():
    spec = importlib.util.spec_from_file_location("update_core_messages", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_core_messages", module)
    spec.loader.exec_module(module)
    return module


def _core_files() -> list[Path]:
    out = []
    for p in sorted(PACKAGE.rglob("*.py")):
        rel = p.relative_to(PACKAGE)
        if "gui" in rel.parts or rel.name in ENGLISH_ONLY or rel.name.startswith("cli_"):
            continue
        out.append(p)
    return out


def _error_classes() -> dict[str, type]:
    """Every user-facing error class of the core (EbpError and all its subclasses)."""
    for info in pkgutil.walk_packages(ebp_logger.__path__, "ebp_logger."):
        if ".gui" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    found, todo = {}, [EbpError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _is_marked(node: ast.expr) -> bool:
    """``_("…")`` or ``_("…").format(…)``."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name) and func.id == "_":
        return True
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "format"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "_"
    )


def _literal_text(node: ast.expr) -> bool:
    """English written straight into the raise: a string, an f-string or text glued on."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return " " in node.value.strip()  # words; a code such as "format.months" is no text
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return False


def _unmarked_raises() -> list[str]:
    classes = _error_classes()
    validation = {n for n, c in classes.items() if issubclass(c, ValidationError)}
    bad = []
    for path in _core_files():
        src = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(src)):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in classes:
                continue
            args = list(node.exc.args)
            # ValidationError(field, message, allowed): the field is a code, not shown
            texts = args[1:3] if name in validation else args
            texts += [k.value for k in node.exc.keywords if k.arg in ("message", "allowed")]
            for arg in texts:
                if _literal_text(arg) and not _is_marked(arg):
                    where = f"{path.relative_to(TOP)}:{node.lineno}"
                    bad.append(f"{where}: {ast.get_source_segment(src, arg)}")
    return bad


def test_every_user_facing_raise_is_marked():
    """A raise of an EbpError (any subclass) whose text is not marked with _() would reach a
    Danish screen in English."""
    assert _unmarked_raises() == []


def test_the_marker_is_never_shadowed():
    """``_`` as a throwaway name in a function that also marks messages breaks the marking."""
    bad = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            body = list(ast.walk(fn))
            # a comprehension's "for _ in" has its own scope: harmless
            own_scope = {
                id(t) for c in body if isinstance(c, ast.comprehension) for t in ast.walk(c.target)
            }
            calls = any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
                for n in body
            )
            stores = any(
                isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                for n in body
                if id(n) not in own_scope
            )
            if calls and stores:
                bad.append(f"{path.relative_to(TOP)}:{fn.lineno} {fn.name}")
    assert bad == []


def test_catalogue_fresh_translated_and_compiled():
    """The Danish .po holds every marked message, each translated with the same placeholders,
    and the .mo matches it (the script's --check)."""
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_marked_message_has_a_danish_text():
    template = _script().extract()
    da = catalogue("da")
    missing = [m.id for m in template if m.id and not da.gettext(m.id).strip()]
    missing += [m.id for m in template if m.id and da.gettext(m.id) is m.id]
    assert len(template) > 150
    assert missing == []


def _raise(fn, *args, **kw) -> EbpError:
    with pytest.raises(EbpError) as err:
        fn(*args, **kw)
    return err.value


def _danish(exc: EbpError) -> str:
    text = message_in(exc, "da")
    assert isinstance(exc.args[0], Msg), f"not marked: {exc}"
    assert text != str(exc), f"no Danish for: {exc}"
    for english in ("Allowed:", " is not ", " must ", " the ", " cannot "):
        assert english not in text, f"English left in {text!r}"
    return text


def test_clinical_refusals_in_danish():
    from ebp_logger.clinical import cpr, levels, response, stop_reasons, validation, volume
    from ebp_logger.clinical.enums import Component, PatchType

    cases = [
        (cpr.parse_cpr, "12"),
        (cpr.parse_cpr, ""),
        (cpr.parse_cpr, "320171-1003"),
        (levels.parse_level, "X9"),
        (levels.parse_level, "L3-L5"),
        (validation.blood_pressure, "abc"),
        (validation.blood_pressure, "80/120"),
        (validation.spo2, "101"),
        (validation.heart_rate, "7,5"),
        (validation.volume_ml, "0"),
        (validation.volume_ml, "2,55"),
        (volume.check_amount, "nan"),
        (validation.nrs, "11"),
        (response.reduction, 11, 2),
        (stop_reasons.validate_stop, "other", ""),
    ]
    texts = [_danish(_raise(fn, *args)) for fn, *args in cases]
    assert "Tilladt" in texts[0] and "cifre" in texts[0]
    over = _raise(
        volume.check_injection, PatchType.NON_TARGETED, Component.BLOOD, 23.5, {Component.BLOOD: 17}
    )
    text = _danish(over)
    assert "17 + 23,5 ml ville give 40,5 ml" in text and "højst 23 ml" in text, text
    glue = _raise(volume.check_injection, PatchType.NON_TARGETED, Component.FIBRIN_GLUE, 1, {})
    assert "autologt blod" in _danish(glue).lower()


def test_store_refusals_in_danish(actors, live_session, clock):
    from ebp_logger.store import settings
    from ebp_logger.store.services import procedure, sessions, users

    admin, doctor, nurse = actors
    cases = [
        _raise(settings.save, admin, autolock_minutes="-5"),
        _raise(settings.save, admin, language="fr"),
        _raise(settings.save, nurse, autolock_minutes=5),  # permission
        _raise(procedure.record_injection, doctor, live_session, 41),
        _raise(procedure.record_vitals, doctor, live_session),
        _raise(users.authenticate, "nobody", "x"),
        _raise(sessions.abandon, doctor, live_session, "changed mind"),
        _raise(users.create_user, admin, "x y", "A", "nurse", "longenough1"),
    ]
    texts = [_danish(exc) for exc in cases]
    assert "et helt tal fra 1 til 120" in texts[0]
    assert "rollen" in texts[2] and "ændre indstillinger" in texts[2], texts[2]
    assert texts[5] == "Forkert brugernavn eller adgangskode."


def test_floats_in_danish_messages_take_a_decimal_comma():
    msg = _("{value} ml").format(value=2.5)
    assert str(msg) == "2.5 ml" and render(msg, "da") == "2,5 ml"
    assert render(2.0, "da") == "2"


def test_a_missing_translation_falls_back_to_english():
    msg = _("A message nobody translated: {n}").format(n=3)
    assert render(msg, "da") == "A message nobody translated: 3"
