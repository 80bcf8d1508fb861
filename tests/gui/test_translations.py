"""Danish and English: every GUI text is in the Qt Linguist sources, translated, compiled, and
shown. After changing a GUI text: ``python installers/dev/update_translations.py``, translate
what it reports unfinished (pyside6-linguist resources/translations/ebp_logger_da.ts), run it
again."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

TOP = Path(__file__).resolve().parents[2]
SCRIPT = TOP / "installers" / "dev" / "update_translations.py"


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


ut = _script()

# %1..%9 and %n (Qt), {name} / {0} / {m:02d} (str.format): the code fills these in.
_PLACEHOLDER = re.compile(r"%\d|%n|\{[^{}]*\}")


def _messages(lang: str):
    return ut.read_messages(ut.ts_path(lang))


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else None


def test_sources_are_fresh_and_compiled():
    """lupdate would add or drop nothing, nothing is unfinished, and each .qm matches its .ts."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ut.LANGS)
def test_every_message_is_translated(lang):
    messages = _messages(lang)
    assert len(messages) > 500  # the whole GUI, not a stub file
    todo = [(m.context, m.source) for m in messages if not m.finished]
    assert not todo, f"untranslated in {lang}: {todo}"


def test_every_text_has_a_context():
    """A message lupdate could not place in a class (e.g. ``tr = self.tr; tr("…")``) would
    never be found at run time, where the class name is the context."""
    assert not [m.source for m in _messages("da") if not m.context]


def test_english_shows_the_source_text():
    changed = [
        (m.source, m.forms[0]) for m in _messages("en") if not m.numerus and m.forms[0] != m.source
    ]
    assert not changed


@pytest.mark.parametrize("lang", ut.LANGS)
def test_placeholders_survive_translation(lang):
    wrong = []
    for m in _messages(lang):
        wanted = Counter(_PLACEHOLDER.findall(m.source))
        for form in m.forms:
            have = Counter(_PLACEHOLDER.findall(form))
            if m.numerus:  # a singular form may spell out "1" instead of %n
                have["%n"] = wanted["%n"]
            if have != wanted:
                wrong.append((m.context, m.source, form))
    assert not wrong


def test_danish_mnemonics_are_kept_and_unique_per_screen():
    """Alt+letter works in Danish as in English, and no two texts of one screen or dialog
    (one context) share a letter."""
    danish = _messages("da")
    lost = [
        (m.context, m.source)
        for m in danish
        if bool(_mnemonic(m.source)) != bool(_mnemonic(m.forms[0]))
    ]
    assert not lost
    letters = Counter((m.context, _mnemonic(m.forms[0])) for m in danish if _mnemonic(m.forms[0]))
    assert not [key for key, n in letters.items() if n > 1]


# Qt calls that put text on screen; a literal with words in one of them was not wrapped in tr().
_TEXT_CALLS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setWindowTitle",
    "setTitle",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setWhatsThis",
    "setTabText",
    "addTab",
    "addItem",
    "addItems",
    "addButton",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "showMessage",
    "information",
    "warning",
    "critical",
    "question",
}
_TEXT_KEYWORDS = {"text", "title", "placeholderText", "toolTip", "windowTitle", "statusTip"}
# Words that read the same in Danish and English (units, abbreviations, key names).
_SAME_IN_BOTH = {"ml", "mmhg", "spo2", "cpr", "ebp", "pdf", "hl7", "esc", "ctrl", "alt", "enter"}
_LOGGERS = {"log", "logger", "logging"}


def _flat_text(node: ast.AST) -> str:
    """The literal text of an argument; anything computed (tr() calls, values) is a space."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr | ast.BinOp | ast.List | ast.Tuple):
        return "".join(_flat_text(child) for child in ast.iter_child_nodes(node))
    return " "


def _literal_words(node: ast.AST) -> list[str]:
    text = re.sub(r"<[^>]*>|&\w+;", " ", _flat_text(node))  # markup is not text
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w.lower() not in _SAME_IN_BOTH]


def _untranslated_literals(source: str) -> list[tuple[int, str]]:
    found = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        receiver = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
        if name not in _TEXT_CALLS or receiver in _LOGGERS:
            continue
        args = call.args[:1] if name == "addItem" else call.args  # addItem(text, data)
        args = [*args, *(k.value for k in call.keywords if k.arg in _TEXT_KEYWORDS)]
        if name == "setLabel":
            args = args[1:]
        for arg in args:
            words = _literal_words(arg)
            if words:
                found.append((call.lineno, " ".join(words)))
    return found


def test_no_gui_text_bypasses_tr():
    """A text typed straight into a Qt call never reaches the .ts files: wrap it in
    self.tr() (or a TextContext's tr() outside a class)."""
    gui = TOP / "ebp_logger" / "gui"
    found = [
        f"{path.relative_to(TOP)}:{line}: {words}"
        for path in sorted(gui.rglob("*.py"))
        if "forms" not in path.parts
        for line, words in _untranslated_literals(path.read_text(encoding="utf-8"))
    ]
    assert not found


def test_the_literal_guard_sees_a_bare_text():
    source = "def f(b, log):\n    b.setText('Save now')\n    log.warning('not shown %s', 1)\n"
    assert _untranslated_literals(source) == [(2, "Save now")]
    assert _untranslated_literals("b.setText(self.tr('Save now') + ' ml')") == []


# --- at run time --------------------------------------------------------------------------


@pytest.fixture
def english_after(qapp, monkeypatch):
    """Leaves the application as the other tests expect it: English texts, the old locale."""
    from ebp_logger.gui.translations import install_translators

    monkeypatch.delenv("EBP_LOGGER_LANG", raising=False)
    before = QLocale()
    yield install_translators
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_language_choice_environment_over_setting_over_system(monkeypatch):
    from ebp_logger.gui.ui_language import ENV_VAR, resolve_lang

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("da_DK")))
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_lang("") == "da"
    assert resolve_lang("en") == "en"
    monkeypatch.setenv(ENV_VAR, "en")
    assert resolve_lang("da") == "en"
    monkeypatch.setenv(ENV_VAR, "da_DK.UTF-8")
    assert resolve_lang("") == "da"


def test_the_sign_in_screen_switches_to_danish_and_back(main_window, qtbot, qapp, english_after):
    """Shown widgets follow a changed language (the LanguageChange event reaches them through
    the event loop)."""
    ui = main_window.sign_in_screen.ui
    assert ui.signInButton.text() == "Sign in"
    assert english_after(qapp, "da") == "da"
    qtbot.waitUntil(lambda: ui.signInButton.text() == "Log ind")
    assert ui.usernameLabel.text() == "&Brugernavn"
    assert ui.passwordLabel.text() == "Adgangs&kode"
    assert main_window.ui.lockButton.text() == "Lås"
    english_after(qapp, "en")
    qtbot.waitUntil(lambda: ui.signInButton.text() == "Sign in")


def test_screens_built_in_danish(qtbot, gui_db, qapp, english_after):
    from PySide6.QtWidgets import QDialogButtonBox

    from ebp_logger.gui.formatting import full_datetime, ml_text
    from tests.gui.shell_helpers import make_window, sign_in

    english_after(qapp, "da")
    window = make_window(qtbot)
    try:
        sign_in(window, "doc")
        home = window.current_page.ui
        assert home.newPatientButton.text() == "&Ny patient…"
        assert home.inProgressBox.title() == "Igangværende forløb"
        headers = home.inProgressTable.model()
        texts = [
            headers.headerData(i, Qt.Orientation.Horizontal) for i in range(headers.columnCount())
        ]
        assert "Operatør" in texts and "Blod" in texts
        # Qt's own buttons in Danish, Cancel in the app's spelling
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == ["Annullér", "Gem"]
        # decimal comma and Danish dates
        assert ml_text(2.5) == "2,5 ml" and ml_text(40.0) == "40 ml"
        assert full_datetime(datetime(2026, 11, 23, 9, 15).astimezone()) == "23.11.2026 09:15"
    finally:
        window.idle.stop()
        window._close_procedure_pages()
