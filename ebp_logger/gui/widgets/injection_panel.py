"""Injected volume: quick buttons and a typed amount, the running total large and always in
view with what may still go in. The service refuses anything past the maximum; the panel shows
why and keeps the typed amount. A targeted patch counts blood and fibrin glue apart."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clinical.enums import Component, PatchType
from ebp_logger.clinical.volume import remaining_ml
from ebp_logger.clock import utcnow
from ebp_logger.gui import style
from ebp_logger.gui.formatting import ml_number
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.widgets.actor_bound import ActorBound
from ebp_logger.store.audit import Actor
from ebp_logger.store.services import procedure

# Convenience amounts for the buttons (not clinical limits; the limits are in clinical/).
QUICK_ML = {PatchType.NON_TARGETED: (2, 5, 10), PatchType.TARGETED: (0.5, 1, 2)}
QUICK_KEYS = ("F9", "F10", "F11")
AMOUNT_KEY = "Alt+M"
GLUE_KEY = "Alt+G"
VOLUME_COLOR = style.PLOT_COLORS["volume"]


class InjectionPanel(ActorBound, QWidget):
    """``injection_saved(id)`` after the service committed an amount."""

    injection_saved = Signal(int)

    def __init__(
        self, actor: Actor, session_id: int, patch_type: PatchType, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._session_id = session_id
        self._patch_type = PatchType(patch_type)
        self._lang = ls.label_lang()
        self._limits = procedure.volume_limits()
        self._components = (
            (Component.BLOOD,)
            if self._patch_type is PatchType.NON_TARGETED
            else (Component.BLOOD, Component.FIBRIN_GLUE)
        )
        self._component = Component.BLOOD
        self._build()
        self._connect_signals()
        self.show_totals({}, stopped=False)

    def _build(self) -> None:
        self.setStyleSheet(ls.FIELD_STYLES)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Injected volume"), styleSheet="font-weight: bold;")
        outer.addWidget(title)

        self.component_group = QButtonGroup(self)
        self.totals: dict[Component, QLabel] = {}
        self.remaining: dict[Component, QLabel] = {}
        totals_row = QHBoxLayout()
        single = len(self._components) == 1
        for comp in self._components:
            # One component: the total with what is left beside it (one line less height).
            box = QHBoxLayout() if single else QVBoxLayout()
            if not single:
                choose = QPushButton(comp.label(self._lang), checkable=True)
                choose.setObjectName(f"choose_{comp.code}")
                self.component_group.addButton(choose)
                choose.setChecked(comp is self._component)
                choose.setProperty("component", comp.code)
                box.addWidget(choose)
            total = QLabel(objectName=f"total_{comp.code}")
            size = 40 if single else 30
            total.setStyleSheet(f"font-size: {size}pt; font-weight: bold; color: {VOLUME_COLOR};")
            left = QLabel(objectName=f"remaining_{comp.code}", wordWrap=True)
            left.setStyleSheet(f"font-size: {style.BASE_POINT_SIZE + 1}pt;")
            left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            box.addWidget(total)
            box.addWidget(left, 1)
            self.totals[comp] = total
            self.remaining[comp] = left
            totals_row.addLayout(box)
        outer.addLayout(totals_row)

        quick = QGridLayout()
        quick.setHorizontalSpacing(6)
        self.quick_buttons: list[QPushButton] = []
        for i, (amount, key) in enumerate(zip(QUICK_ML[self._patch_type], QUICK_KEYS, strict=True)):
            button = QPushButton(f"+{ml_number(amount)} ml\n{key}", objectName=f"quick_{i}")
            button.setProperty("amount", amount)
            button.setMinimumHeight(60)  # two lines of large text, unclipped
            button.setStyleSheet(
                f"font-size: {style.BIG_POINT_SIZE - 4}pt; font-weight: bold; min-height: 56px;"
                " padding: 2px 4px;"
            )  # a style sheet min-height wins over setMinimumHeight
            button.setFocusPolicy(
                Qt.FocusPolicy.TabFocus
            )  # a click leaves the keyboard where it was
            self.quick_buttons.append(button)
            quick.addWidget(button, 0, i)
        outer.addLayout(quick)

        typed = QHBoxLayout()
        self.amount_edit = QLineEdit(objectName="amount_edit", placeholderText=self.tr("ml"))
        self.amount_edit.setStyleSheet(f"font-size: {style.BIG_POINT_SIZE - 2}pt;")
        self.amount_edit.setFixedHeight(46)
        self.amount_edit.setMinimumWidth(80)
        self.amount_edit.setToolTip(
            self.tr("Type an amount in ml and press Enter ({key})").format(key=AMOUNT_KEY)
        )
        self.add_button = QPushButton(self.tr("Add ml  ⏎"), objectName="add_amount")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard stays in the field
        typed.addWidget(self.amount_edit, 1)
        typed.addWidget(self.add_button)
        outer.addLayout(typed)
        self.message = QLabel(objectName="injection_message")
        ls.reserve_lines(self.message, 2)
        outer.addWidget(self.message)

    def _connect_signals(self) -> None:
        for button in self.quick_buttons:
            button.clicked.connect(self._on_quick_button_clicked)
        for button, key in zip(self.quick_buttons, QUICK_KEYS, strict=True):
            self._shortcut(key, button.click)
        self._shortcut(AMOUNT_KEY, self.focus_amount)
        if len(self._components) > 1:
            self._shortcut(GLUE_KEY, self._on_glue_key_activated)
            self.component_group.buttonClicked.connect(self._on_component_group_clicked)
        self.amount_edit.returnPressed.connect(self._on_amount_return_pressed)
        self.add_button.clicked.connect(self._on_amount_return_pressed)
        self.amount_edit.textEdited.connect(self._on_amount_text_edited)

    def _shortcut(self, key: str, slot) -> None:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)

    # --- public ---------------------------------------------------------------------------

    @property
    def component(self) -> Component:
        return self._component

    def select_component(self, component: Component) -> None:
        self._component = Component(component)
        for button in self.component_group.buttons():
            button.setChecked(button.property("component") == self._component.code)

    def focus_amount(self) -> None:
        self.amount_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.amount_edit.selectAll()

    def show_totals(self, totals: Mapping[Component, float], stopped: bool) -> None:
        """The totals read from the database, plus what waits on this PC (server unreachable):
        the maximum counts both."""
        from ebp_logger.store.services import offline

        self._shown_totals, self._shown_stopped = dict(totals), stopped
        kept = offline.kept_ml(self._session_id)
        if kept:
            totals = {c: totals.get(c, 0.0) + kept.get(c.value, 0.0) for c in self._components}
        """What went in (from the database), what may still go in, and whether injection is over."""
        for comp in self._components:
            so_far = totals.get(comp, 0.0)
            left = remaining_ml(self._patch_type, comp, totals, self._limits)
            maximum = self._limits.max_ml(self._patch_type, comp) or 0.0
            self.totals[comp].setText(f"{ml_number(so_far)} ml")
            text = self.tr("of {max} ml · {left} ml left").format(
                max=ml_number(maximum), left=ml_number(left)
            )
            # Beside the total (one component) the two facts stand one above the other.
            self.remaining[comp].setText(
                text.replace(" · ", "\n") if len(self._components) == 1 else text
            )
        for w in (*self.quick_buttons, self.amount_edit, self.add_button):
            w.setEnabled(not stopped)
        for button in self.component_group.buttons():
            button.setEnabled(not stopped)
        if stopped:
            ls.feedback(self.message, self.tr("Injection stopped: no more volume."), "warn")

    def add(self, amount: object) -> int | None:
        """Record ``amount`` ml of the chosen component; None (and the reason shown) if refused."""
        comp = self._component
        inj_id = ls.save_entry(
            self._actor,
            "injection",
            self._session_id,
            self._on_add_failed,
            amount_ml=amount,
            component=comp.code,
        )
        if inj_id is None:
            return None
        what = comp.label(self._lang).lower() if len(self._components) > 1 else ""
        ml = float(str(amount).replace(",", "."))
        if inj_id == ls.KEPT_ON_PC:
            self.show_totals(self._shown_totals, self._shown_stopped)
        text = ls.saved_text(inj_id, utcnow()) + f" · +{ml_number(ml)} ml"
        ls.feedback(self.message, f"{text} {what}".strip(), ls.saved_kind(inj_id))
        self.injection_saved.emit(inj_id)
        return inj_id

    # --- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_quick_button_clicked(self) -> None:
        self.add(self.sender().property("amount"))

    @Slot()
    def _on_amount_return_pressed(self) -> None:
        text = self.amount_edit.text().strip()
        if not text:
            self._on_add_failed(self.tr("Type an amount in ml, e.g. 5 or 2,5."), None)
            return
        if self.add(text) is None:
            ls.set_state(self.amount_edit, ls.REFUSED)  # the typed amount stays, marked
        else:
            ls.set_state(self.amount_edit, ls.NORMAL)
            self.amount_edit.clear()

    @Slot()
    def _on_amount_text_edited(self, _text: str) -> None:
        ls.set_state(self.amount_edit, ls.NORMAL)

    @Slot()
    def _on_glue_key_activated(self) -> None:
        other = Component.FIBRIN_GLUE if self._component is Component.BLOOD else Component.BLOOD
        self.select_component(other)

    @Slot()
    def _on_component_group_clicked(self, button: QPushButton) -> None:
        self.select_component(Component(button.property("component")))

    def _on_add_failed(self, message: str, _exc: BaseException | None) -> None:
        ls.feedback(self.message, self.tr("Not saved: ") + message, "error")
