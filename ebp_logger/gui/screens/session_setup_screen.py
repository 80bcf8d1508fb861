"""Session set-up: indication, referral, patch type (targeted asks the leak level), the attempt
number with the repeat/referral advice, the safety checklist, the baseline headache score and,
optionally, symptoms and the Bern score. "Start procedure" opens only when nothing blocks.

Step 1 creates the session (so a crash later finds it in set-up and reopens it here); every
answer after that is saved as it is given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from ebp_logger.clinical.bern import BERN_MAX_POINTS, BernSign, bern_score
from ebp_logger.clinical.checklist import cautions
from ebp_logger.clinical.enums import Indication, PatchType, ScoreTimepoint, SessionStatus
from ebp_logger.clinical.levels import LEVELS
from ebp_logger.clinical.symptoms import AccompanyingSymptom, HeadacheFeature, Trigger
from ebp_logger.errors import EbpError, ValidationError
from ebp_logger.gui import messages, prompts
from ebp_logger.gui.formatting import local_time
from ebp_logger.gui.forms.ui_session_setup import Ui_SessionSetupScreen
from ebp_logger.gui.messages import explain
from ebp_logger.gui.style import set_invalid, set_kind
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.checklist_panel import ChecklistPanel, ChecklistRow
from ebp_logger.gui.widgets.enter_filter import enter_clicks, on_enter
from ebp_logger.gui.widgets.scroll_column import make_scrollable
from ebp_logger.store.audit import Actor
from ebp_logger.store.records import ScoreRecord, SessionRecord

SETUP_CHANGE_REASON = "changed during set-up"


def _checkable_item(text: str, parent: QListWidget) -> QListWidgetItem:
    item = QListWidgetItem(text, parent)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def _checked(items: dict[str, QListWidgetItem]) -> list[str]:
    return [code for code, item in items.items() if item.checkState() == Qt.CheckState.Checked]


def _set_checked(items: dict[str, QListWidgetItem], codes) -> None:
    for code, item in items.items():
        item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)


class SessionSetupScreen(QWidget):
    back_requested = Signal(int)  # patient id
    procedure_started = Signal(int)  # session id
    session_abandoned = Signal(int)  # patient id

    def __init__(
        self,
        actor: Actor,
        patient_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if patient_id is None and session_id is None:
            raise ValueError("SessionSetupScreen needs a patient or a session")
        self.actor = actor
        self.ui = Ui_SessionSetupScreen()
        self.ui.setupUi(self)
        # On a small screen the details column scrolls rather than making the window too tall.
        self.left_scroll = make_scrollable(self.ui.leftColumn, "setup_left_scroll")
        self._lang = current_lang()
        self.session: SessionRecord | None = None
        self._baseline: ScoreRecord | None = None
        self._symptom_items: dict[str, QListWidgetItem] = {}
        self._bern_items: dict[str, QListWidgetItem] = {}
        self._fill_choices()
        self._build_symptoms()
        self._build_bern()
        self.checklist = ChecklistPanel(actor, None, self._lang, self.ui.checklistHost)
        self.ui.checklistHostLayout.addWidget(self.checklist)
        ui_ = self.ui
        self.ui.checklistScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.checklistHost.setAutoFillBackground(False)  # white like its box
        # Column widths follow the 4:5:3 stretch only, so they do not jump as content changes.
        for box in (ui_.sessionBox, ui_.baselineBox, ui_.checklistBox, ui_.optionalBox):
            policy = box.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            box.setSizePolicy(policy)
        # Long labels must not widen the column the checklist needs.
        for combo in (self.ui.indicationCombo, self.ui.patchTypeCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self._start_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self._start_shortcut_enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        self._connect_signals()
        self._show_message("")
        if session_id is not None:
            self._load_session(session_id)
            patient_id = self.session.patient.id
        self.patient_id: int = patient_id
        self._load_patient()
        if self.session is None:
            self._default_indication()
        self._update_state()
        self.setFocusProxy(self.ui.indicationCombo)

    # -- construction -------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        for member in Indication:
            # The short name first, so a narrow field still shows what was chosen.
            text = member.label(self._lang)
            if member is not Indication.OTHER:
                text = f"{member.value.upper()} · {text}"
            self.ui.indicationCombo.addItem(text, member.value)
        for member in PatchType:
            self.ui.patchTypeCombo.addItem(member.label(self._lang), member.value)
        self.ui.leakLevelCombo.addItem("")
        self.ui.leakLevelCombo.addItems(list(LEVELS))
        self.ui.leakLevelCombo.lineEdit().setPlaceholderText(self.tr("e.g. T2–T3"))

    def _build_symptoms(self) -> None:
        groups = (
            (self.tr("Headache"), HeadacheFeature),
            (self.tr("Accompanying symptoms"), AccompanyingSymptom),
            (self.tr("Possible trigger"), Trigger),
        )
        for title, enum in groups:
            heading = QListWidgetItem(title, self.ui.symptomsList)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for member in enum:
                self._symptom_items[member.value] = _checkable_item(
                    member.label(self._lang), self.ui.symptomsList
                )

    def _build_bern(self) -> None:
        for sign in BernSign:
            text = self.tr("%1 (%2 points)").replace("%1", sign.label(self._lang))
            self._bern_items[sign.value] = _checkable_item(
                text.replace("%2", str(sign.points)), self.ui.bernList
            )

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self._on_back_clicked)
        ui.abandonButton.clicked.connect(self._on_abandon_clicked)
        ui.indicationCombo.currentIndexChanged.connect(self._on_header_edited)
        ui.patchTypeCombo.currentIndexChanged.connect(self._on_header_edited)
        ui.leakLevelCombo.currentTextChanged.connect(self._on_header_edited)
        for edit in (ui.indicationText, ui.neurologistEdit, ui.roomBedEdit):
            edit.textEdited.connect(self._on_header_edited)
            edit.returnPressed.connect(self.focusNextChild)
        ui.roomBedEdit.returnPressed.disconnect()
        ui.roomBedEdit.returnPressed.connect(self._on_save_session_clicked)
        on_enter(ui.indicationCombo, self.focusNextChild)
        on_enter(ui.patchTypeCombo, self.focusNextChild)
        ui.saveSessionButton.clicked.connect(self._on_save_session_clicked)
        self.checklist.answers_changed.connect(self._on_checklist_answered)
        on_enter(ui.lyingSpin, ui.standingSpin.setFocus)
        on_enter(ui.standingSpin, self._on_save_score_clicked)
        ui.saveScoreButton.clicked.connect(self._on_save_score_clicked)
        ui.saveSymptomsButton.clicked.connect(self._on_save_symptoms_clicked)
        ui.saveBernButton.clicked.connect(self._on_save_bern_clicked)
        ui.bernList.itemChanged.connect(self._update_bern_result)
        ui.startButton.clicked.connect(self._on_start_clicked)
        enter_clicks(ui.startButton)
        self._start_shortcut.activated.connect(self._on_start_clicked)
        self._start_shortcut_enter.activated.connect(self._on_start_clicked)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.checklist.set_actor(actor)

    # -- loading ------------------------------------------------------------------------------
    def _load_patient(self) -> None:
        from ebp_logger.store.services import patients, sessions

        patient = self.session.patient if self.session else patients.get_patient(self.patient_id)
        self.ui.patientLabel.setText(f"{patient.name}  ·  {patient.cpr_display}")
        advice = sessions.advise_attempt(self.patient_id)
        number = self.session.attempt_number if self.session else advice.attempt_number
        self.ui.attemptLabel.setText(
            self.tr("EBP no. %1 for this patient").replace("%1", str(number))
        )
        notes = [a.text(self._lang) for a in advice.warnings]
        if advice.refer_prompt:
            notes.append(
                self.tr(
                    "Referral: consider referring the patient to a highly specialised centre "
                    "before another non-targeted EBP."
                )
            )
        self.ui.adviceLabel.setText("\n\n".join(notes))
        self.ui.adviceLabel.setVisible(bool(notes))
        set_kind(self.ui.adviceLabel, "alarm" if advice.too_soon else "warning")

    def _default_indication(self) -> None:
        """A repeat patch is usually for the same reason: start from the last one's indication
        (the list's first entry only for a first EBP)."""
        from ebp_logger.store.services import queries

        earlier = queries.patient_sessions(self.patient_id)
        if earlier:
            index = self.ui.indicationCombo.findData(earlier[-1].indication)
            if index >= 0:
                self.ui.indicationCombo.setCurrentIndex(index)

    def _load_session(self, session_id: int) -> None:
        """Reopen a session in set-up exactly as it was left."""
        from ebp_logger.store.services import imaging, queries

        detail = queries.session_detail(session_id)
        s = detail.session
        if s.status != SessionStatus.SETUP.value:
            raise EbpError(self.tr("This session is no longer in set-up."))
        self.session = s
        self._baseline = detail.score(ScoreTimepoint.BASELINE.value)
        ui = self.ui
        for combo, value in ((ui.indicationCombo, s.indication), (ui.patchTypeCombo, s.patch_type)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        ui.indicationText.setText(s.indication_text)
        ui.neurologistEdit.setText(s.referring_neurologist)
        ui.leakLevelCombo.setCurrentText(s.leak_level)
        ui.roomBedEdit.setText(s.room_bed)
        _set_checked(self._symptom_items, s.symptoms)
        _set_checked(self._bern_items, imaging.current_bern(session_id))
        self.checklist.set_session(session_id)
        self._show_baseline()

    # -- header (step 1) ----------------------------------------------------------------------
    def _header_values(self) -> dict[str, object]:
        ui = self.ui
        targeted = ui.patchTypeCombo.currentData() == PatchType.TARGETED.value
        other = ui.indicationCombo.currentData() == Indication.OTHER.value
        return {
            "indication": ui.indicationCombo.currentData(),
            "indication_text": ui.indicationText.text().strip() if other else "",
            "referring_neurologist": ui.neurologistEdit.text().strip(),
            "patch_type": ui.patchTypeCombo.currentData(),
            "leak_level": ui.leakLevelCombo.currentText().strip() if targeted else "",
            "room_bed": ui.roomBedEdit.text().strip(),
        }

    def _header_changes(self) -> dict[str, object]:
        """Fields that differ from the saved session (a level compares in its saved form)."""
        from ebp_logger.clinical.levels import parse_level

        if self.session is None:
            return self._header_values()
        changes = {}
        for key, value in self._header_values().items():
            saved = getattr(self.session, key)
            if key == "leak_level" and value:
                try:
                    value_cmp = parse_level(str(value))
                except ValidationError:
                    value_cmp = value
            else:
                value_cmp = value
            if value_cmp != saved:
                changes[key] = value
        return changes

    def _on_header_edited(self, *_args) -> None:
        for widget in (self.ui.indicationText, self.ui.leakLevelCombo):
            set_invalid(widget, False)
        self._update_state()

    def _save_header(self) -> bool:
        """Create the session, or save changed details; False (message shown) when refused."""
        from ebp_logger.store.services import queries, sessions

        changes = self._header_changes()
        try:
            if self.session is None:
                symptoms = _checked(self._symptom_items)
                session_id = sessions.create_session(
                    self.actor, self.patient_id, symptoms=symptoms, **changes
                )
                self.checklist.set_session(session_id)
            elif changes:
                session_id = self.session.id
                sessions.correct_session(self.actor, session_id, SETUP_CHANGE_REASON, **changes)
            else:
                return True
            self.session = queries.get_session(session_id)
        except ValidationError as exc:
            self._show_message(explain(exc))
            widget = {
                "indication_text": self.ui.indicationText,
                "leak_level": self.ui.leakLevelCombo,
                "level": self.ui.leakLevelCombo,
            }.get(exc.field)
            if widget is not None:
                set_invalid(widget, True)
                widget.setFocus()
            return False
        except EbpError as exc:
            self._show_message(explain(exc))
            return False
        self._show_message("")
        self.ui.leakLevelCombo.setCurrentText(self.session.leak_level)
        return True

    def _on_save_session_clicked(self) -> None:
        created = self.session is None
        if not self._save_header():
            return
        self._update_state()
        if created:
            chain = self.checklist.focus_chain()
            if chain:
                chain[0].setFocus()

    # -- checklist (step 2) -------------------------------------------------------------------
    def _on_checklist_answered(self) -> None:
        self._update_state()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.ui.checklistHost.isAncestorOf(new):
            # After the answer re-laid out the rows (next turn of the event loop), the whole
            # question row comes into view with room below it, not half of its field.
            QTimer.singleShot(0, self, lambda: self._show_in_checklist(new))

    def _show_in_checklist(self, widget: QWidget) -> None:
        try:
            if not widget.isVisible() or QApplication.focusWidget() is not widget:
                return
        except RuntimeError:  # the row was rebuilt meanwhile
            return
        row = widget
        while row.parentWidget() is not None and not isinstance(row, ChecklistRow):
            row = row.parentWidget()
        target = row if isinstance(row, ChecklistRow) else widget
        self.ui.checklistScroll.ensureWidgetVisible(target, 10, 60)

    # -- baseline score (step 3) --------------------------------------------------------------
    def _show_baseline(self) -> None:
        b = self._baseline
        if b is None:
            self.ui.scoreStatus.setText(self.tr("Not recorded yet."))
            set_kind(self.ui.scoreStatus, "muted")
            self.ui.saveScoreButton.setText(self.tr("Sa&ve score"))
            return
        self.ui.lyingSpin.setValue(b.lying)
        self.ui.standingSpin.setValue(b.standing)
        self.ui.scoreStatus.setText(
            self.tr("✓ Saved %1: lying %2, standing %3")
            .replace("%1", local_time(b.taken_at))
            .replace("%2", str(b.lying))
            .replace("%3", str(b.standing))
        )
        set_kind(self.ui.scoreStatus, "ok")
        self.ui.saveScoreButton.setText(self.tr("Correct score…"))

    def _on_save_score_clicked(self) -> None:
        from ebp_logger.store.services import queries, ward

        if self.session is None:
            self._show_message(self.tr("Save the session details (step 1) first."))
            return
        for spin in (self.ui.lyingSpin, self.ui.standingSpin):
            typed = spin.out_of_range_text()
            set_invalid(spin, bool(typed))
            if typed:  # refused as typed, never read as another number
                self.ui.scoreStatus.setText(
                    self.tr("%1 is not a score: the scale runs from %2.")
                    .replace("%1", typed)
                    .replace("%2", spin.range_text())
                )
                set_kind(self.ui.scoreStatus, "error")
                spin.setFocus()
                return
        lying, standing = self.ui.lyingSpin.value(), self.ui.standingSpin.value()
        if lying < 0 or standing < 0:
            self.ui.scoreStatus.setText(self.tr("Enter both scores, lying and standing (0–10)."))
            set_kind(self.ui.scoreStatus, "error")
            (self.ui.lyingSpin if lying < 0 else self.ui.standingSpin).setFocus()
            return
        try:
            if self._baseline is None:
                ward.record_score(self.actor, self.session.id, "baseline", lying, standing)
            elif (lying, standing) != (self._baseline.lying, self._baseline.standing):
                reason = prompts.ask_reason(
                    self,
                    self.tr("Correct the baseline score"),
                    self.tr("Why is the score corrected?"),
                )
                if reason is None:
                    return
                ward.correct_score(self.actor, self._baseline.meta.id, lying, standing, reason)
        except EbpError as exc:
            self.ui.scoreStatus.setText(explain(exc))
            set_kind(self.ui.scoreStatus, "error")
            return
        self._baseline = queries.session_detail(self.session.id).score(
            ScoreTimepoint.BASELINE.value
        )
        self._show_baseline()
        self._update_state()
        if self.ui.startButton.isEnabled():
            self.ui.startButton.setFocus()

    # -- optional: symptoms and Bern score ----------------------------------------------------
    def _on_save_symptoms_clicked(self) -> None:
        from ebp_logger.store.services import queries, sessions

        chosen = _checked(self._symptom_items)
        if self.session is None:
            self.ui.symptomsStatus.setText(self.tr("Saved with the session details (step 1)."))
            return
        try:
            if sorted(chosen) != sorted(self.session.symptoms):
                sessions.correct_session(
                    self.actor, self.session.id, "symptoms recorded during set-up", symptoms=chosen
                )
                self.session = queries.get_session(self.session.id)
        except EbpError as exc:
            self.ui.symptomsStatus.setText(explain(exc))
            return
        self.ui.symptomsStatus.setText(self.tr("✓ Symptoms saved."))

    def _checked_bern(self) -> list[str]:
        return _checked(self._bern_items)

    def _update_bern_result(self, *_args) -> None:
        result = bern_score(self._checked_bern())
        self.ui.bernResultLabel.setText(
            self.tr("Bern score %1 of %3: %2")
            .replace("%1", str(result.points))
            .replace("%3", str(BERN_MAX_POINTS))
            .replace("%2", result.band.label(self._lang))
        )

    def _on_save_bern_clicked(self) -> None:
        from ebp_logger.store.services import imaging

        if self.session is None:
            self.ui.bernStatus.setText(self.tr("Save the session details (step 1) first."))
            return
        try:
            imaging.record_bern(self.actor, self.session.id, self._checked_bern())
        except EbpError as exc:
            self.ui.bernStatus.setText(explain(exc))
            return
        self.ui.bernStatus.setText(self.tr("✓ Bern score saved."))

    # -- state, start, leave ------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.ui.sessionMessage.setText(text)
        self.ui.sessionMessage.setVisible(bool(text))

    def _update_state(self) -> None:
        from ebp_logger.store.services import checklist

        ui = self.ui
        other = ui.indicationCombo.currentData() == Indication.OTHER.value
        targeted = ui.patchTypeCombo.currentData() == PatchType.TARGETED.value
        for widget in (ui.indicationText, ui.indicationTextLabel):
            widget.setVisible(other)
        for widget in (ui.leakLevelCombo, ui.leakLevelLabel):
            widget.setVisible(targeted)
        created = self.session is not None
        dirty = bool(self._header_changes()) if created else True
        ui.saveSessionButton.setEnabled(dirty)
        ui.saveSessionButton.setText(
            self.tr("&Continue to the checklist")
            if not created
            else (self.tr("Save &changes") if dirty else self.tr("✓ Details saved"))
        )
        ui.titleLabel.setText(
            self.tr("EBP session: set-up") if created else self.tr("New EBP session")
        )
        ui.baselineBox.setEnabled(created)
        ui.abandonButton.setVisible(created)
        self._update_bern_result()
        if not created:
            problems: list[str] = []
            self._show_problems(
                self.tr("Step 1: choose the indication and patch type, then Continue."), "muted"
            )
        else:
            problems = checklist.blocking_problems(self.session.id, self._lang)
            self._describe_problems(problems)
        ui.startButton.setEnabled(created and not problems)
        self._update_tab_order()

    def _describe_problems(self, problems: list[str]) -> None:
        rows = self.checklist.ordered_rows()
        unanswered = [r for r in rows if r.item.required and not r.saved]
        unsafe = [
            r
            for r in rows
            if r.saved and r.item.blocking and r.item.safe_answer not in (None, r.saved)
        ]
        if not problems:
            from ebp_logger.store.services import checklist

            lines = [self.tr("✓ Checklist complete: the procedure may start.")]
            notes = cautions(checklist.definitions(), self.checklist.answers(), self._lang)
            lines += ["⚠ " + n for n in notes]
            if self._baseline is None:
                lines.append(
                    "⚠ " + self.tr("The headache score before the procedure is not recorded yet.")
                )
            self._show_problems("\n".join(lines), "warning" if len(lines) > 1 else "ok")
            return
        lines = []
        if unanswered:
            # Answered of asked: a count that only rises while the user works (a "yes" that
            # asks follow-up questions adds to the total, never to what is left to do).
            asked = [r for r in rows if r.item.required]
            lines.append(
                self.tr("Checklist: %1 of %2 questions answered.")
                .replace("%1", str(len(asked) - len(unanswered)))
                .replace("%2", str(len(asked)))
            )
        lines += ["⛔ " + r.unsafe_text() for r in unsafe]
        if not lines:  # answers of the wrong form: the service's own wording
            lines = problems
        self._show_problems("\n".join(lines), "error")

    def _show_problems(self, text: str, kind: str) -> None:
        self.ui.problemsLabel.setText(text)
        set_kind(self.ui.problemsLabel, kind)

    def _update_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.indicationCombo,
            ui.indicationText,
            ui.neurologistEdit,
            ui.patchTypeCombo,
            ui.leakLevelCombo,
            ui.roomBedEdit,
            ui.saveSessionButton,
            *self.checklist.focus_chain(),
            ui.lyingSpin,
            ui.standingSpin,
            ui.saveScoreButton,
            ui.startButton,
            ui.optionalTabs,
            ui.symptomsList,
            ui.saveSymptomsButton,
            ui.bernList,
            ui.saveBernButton,
            ui.backButton,
            ui.abandonButton,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _on_start_clicked(self) -> None:
        from ebp_logger.store.services import checklist, sessions

        if self.session is None:
            self._show_message(self.tr("Save the session details (step 1) first."))
            return
        if not self._save_header():
            return
        problems = checklist.blocking_problems(self.session.id, self._lang)
        if problems:
            self._update_state()
            return
        if self._baseline is None and not prompts.confirm(
            self,
            self.tr("No headache score before the procedure"),
            self.tr(
                "The headache score lying and standing before the procedure is not recorded. "
                "It cannot be added once the procedure has started. Start anyway?"
            ),
            self.tr("Start without it"),
            self.tr("Record it first"),
            warning=True,
        ):
            self.ui.lyingSpin.setFocus()
            return
        try:
            sessions.start_procedure(self.actor, self.session.id)
        except EbpError as exc:
            messages.show_error(self, exc, self.tr("The procedure did not start"))
            self._update_state()
            return
        self.procedure_started.emit(self.session.id)

    def _on_back_clicked(self) -> None:
        self.back_requested.emit(self.patient_id)

    def _on_abandon_clicked(self) -> None:
        from ebp_logger.store.services import sessions

        if self.session is None:
            self.back_requested.emit(self.patient_id)
            return
        reason = prompts.ask_reason(
            self,
            self.tr("Abandon this session"),
            self.tr("The session is kept with the reason. Why is it abandoned?"),
        )
        if reason is None:
            return
        try:
            sessions.abandon(self.actor, self.session.id, reason)
        except EbpError as exc:
            messages.show_error(self, exc, self.tr("Not abandoned"))
            return
        self.session_abandoned.emit(self.patient_id)
