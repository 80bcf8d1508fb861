"""Every department setting, editable: built from the fields of ``AppSettings`` and their
metadata, so a setting added later appears here without GUI work. Checked by the same
:func:`ebp_logger.store.settings.parse` as the command line; a refused value is marked at its
field with the allowed range, and what was typed stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.errors import EbpError, ValidationError
from ebp_logger.gui import prompts
from ebp_logger.gui.messages import core_text, explain
from ebp_logger.gui.messages import ui_language as current_lang
from ebp_logger.gui.settings_labels import SettingsText
from ebp_logger.gui.style import set_invalid, set_kind
from ebp_logger.store.audit import Actor


class SettingsPanel(QWidget):
    saved = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] = {}
        self.setObjectName("settingsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._build()
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        """One group box per settings group, one row per setting (built once; a language
        change retranslates the same widgets in place)."""
        from ebp_logger.store import settings

        inner = QWidget()
        inner.setObjectName("settingsInner")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 8, 6, 0)  # room for the first group's title
        self.specs = {s.name: s for s in settings.specs()}
        self.boxes: dict[str, QGroupBox] = {}
        self.browse: dict[str, QPushButton] = {}
        by_group: dict[str, list[settings.SettingSpec]] = {}
        for spec in self.specs.values():
            by_group.setdefault(spec.group, []).append(spec)
        order = list(settings.GROUPS) + sorted(set(by_group) - set(settings.GROUPS))
        for group in order:
            if group not in by_group:
                continue
            box = QGroupBox(inner)
            box.setObjectName(f"settingsGroup_{group}")
            self.boxes[group] = box
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in by_group[group]:
                self._add_row(form, box, spec)
            column.addWidget(box)
        column.addStretch(1)
        self.scroll.setWidget(inner)
        self._retranslate()

    def _add_row(self, form: QFormLayout, box: QWidget, spec) -> None:
        if spec.kind == "bool":
            editor: QWidget = QCheckBox(box)
        elif spec.kind == "choice":
            editor = QComboBox(box)
            for value in spec.metadata["choices"]:
                editor.addItem("", value)
        else:
            editor = QLineEdit(box)
        editor.setObjectName(f"setting_{spec.name}")
        self.editors[spec.name] = editor
        row = QHBoxLayout()
        row.addWidget(editor, 1)
        unit = spec.metadata.get("unit")
        if unit:
            row.addWidget(QLabel(unit, box))
        if spec.kind == "path" and "folder" in spec.name:
            browse = QPushButton(box)
            browse.setObjectName(f"browse_{spec.name}")
            browse.clicked.connect(
                lambda _checked=False, e=editor, n=spec.name: prompts.choose_folder(
                    self, e, self._label(n)
                )
            )
            self.browse[spec.name] = browse
            row.addWidget(browse)
        error = QLabel(box)
        error.setObjectName(f"error_{spec.name}")
        error.setWordWrap(True)
        set_kind(error, "error")
        error.hide()
        self.errors[spec.name] = error
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addLayout(row)
        cell.addWidget(error)
        if spec.kind == "bool":
            form.addRow(cell)
        else:
            label = QLabel(box)
            label.setBuddy(editor)
            label.setWordWrap(True)
            self.labels[spec.name] = label
            form.addRow(label, cell)

    def _label(self, name: str) -> str:
        return SettingsText.label(name, self.specs[name].metadata, current_lang())

    def _retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save the department settings"))
        self.message.setAccessibleName(self.tr("Settings message"))
        for group, box in self.boxes.items():
            box.setTitle(SettingsText.group(group))
        for name, spec in self.specs.items():
            text = self._label(name)
            allowed = core_text(spec.allowed)
            editor = self.editors[name]
            editor.setAccessibleName(text)
            editor.setToolTip(allowed)
            if isinstance(editor, QCheckBox):
                editor.setText(text)
            elif isinstance(editor, QComboBox):
                for i in range(editor.count()):
                    editor.setItemText(i, SettingsText.choice(name, editor.itemData(i)))
            elif spec.kind not in ("text", "path"):  # a range or a format worth seeing empty
                editor.setPlaceholderText(allowed)
            if name in self.labels:
                self.labels[name].setText(text)
        for button in self.browse.values():
            button.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the same widgets: typed input and marks stay
        super().changeEvent(event)

    # -- values -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the stored settings; any message and marks go."""
        from dataclasses import asdict

        from ebp_logger.store import settings

        for name, value in asdict(settings.load()).items():
            if name in self.editors:
                self._show_value(name, value)
                self._loaded[name] = self.typed(name)
        self._clear_marks()
        self.message.setText("")

    def _show_value(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(self._as_text(value))
            editor.setCursorPosition(0)

    @staticmethod
    def _number(value: Any) -> str:
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return text.replace(".", ",") if current_lang() == "da" else text

    def _as_text(self, value: Any) -> str:
        if value is None:  # an optional setting left empty
            return ""
        if isinstance(value, (tuple, list)):
            sep = "; " if any(isinstance(v, float) for v in value) else ", "
            return sep.join(self._number(v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}={self._number(v)}" for k, v in value.items())
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self._number(value)
        return str(value)

    def typed(self, name: str) -> Any:
        """What the editor of ``name`` holds now (text as typed)."""
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text()

    def changes(self) -> dict[str, Any]:
        return {n: self.typed(n) for n in self.editors if self.typed(n) != self._loaded.get(n)}

    # -- saving -------------------------------------------------------------------------------
    def _clear_marks(self) -> None:
        for name, error in self.errors.items():
            error.hide()
            error.setText("")
            set_invalid(self.editors[name], False)

    def _mark(self, exc: ValidationError) -> bool:
        name = exc.field
        if name not in self.editors:
            return False
        text = getattr(exc, "local_message", None)
        self.errors[name].setText(core_text(text) if text is not None else explain(exc))
        self.errors[name].show()
        set_invalid(self.editors[name], True)
        return True

    def _fail(self, marked: list[str]) -> None:
        first = self.editors[marked[0]]
        self.message.setText(
            self.tr(
                "Not saved: %n setting(s) need a different value (marked in red).", "", len(marked)
            )
        )
        set_kind(self.message, "error")
        self.scroll.ensureWidgetVisible(first, 20, 40)
        first.setFocus()

    def save(self) -> bool:
        """Check every change, then save them together (each audited); True when saved."""
        from ebp_logger.store import settings

        self._clear_marks()
        changes = self.changes()
        if not changes:
            self.message.setText(self.tr("Nothing changed."))
            set_kind(self.message, "muted")
            return True
        marked = []
        for name, raw in changes.items():
            try:
                settings.parse(name, raw)
            except ValidationError as exc:
                if self._mark(exc):
                    marked.append(name)
        if marked:
            self._fail(marked)
            return False
        try:
            settings.save(self.actor, **changes)
        except ValidationError as exc:  # settings that do not fit together
            if self._mark(exc):
                self._fail([exc.field])
                return False
            self.message.setText(explain(exc))
            set_kind(self.message, "error")
            return False
        except EbpError as exc:
            self.message.setText(explain(exc))
            set_kind(self.message, "error")
            return False
        self.refresh()
        self.message.setText(self.tr("✓ Settings saved."))
        set_kind(self.message, "ok")
        self.saved.emit()
        return True
