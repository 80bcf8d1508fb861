"""Find a patient by CPR number or name, or register one (birth date and sex read from the CPR
number as it is typed; a modulus-11 failure is confirmable). Shows the patient's EBPs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clinical.enums import SessionStatus, Sex
from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import EbpError, ValidationError
from ebp_logger.gui import messages, prompts
from ebp_logger.gui.formatting import (
    full_datetime,
    indication_short,
    patch_label,
    status_label,
    volume_text,
)
from ebp_logger.gui.forms.ui_patient import Ui_PatientScreen
from ebp_logger.gui.messages import explain
from ebp_logger.gui.models.record_table_model import Column, RecordTableModel
from ebp_logger.gui.style import set_invalid, set_kind
from ebp_logger.gui.ui_language import current_lang
from ebp_logger.gui.widgets.tables import prepare_table, selected_record
from ebp_logger.store.audit import Actor
from ebp_logger.store.permissions import Action, allowed
from ebp_logger.store.records import PatientRecord, SessionRecord

OPEN_STATUSES = (SessionStatus.SETUP.value, SessionStatus.IN_PROGRESS.value)
REGISTER_PAGE, PATIENT_PAGE = 0, 1


def _sex_label(code: str, lang: str) -> str:
    try:
        return Sex(code).label(lang)
    except ValueError:
        return code


class PatientScreen(QWidget):
    back_requested = Signal()
    session_setup_requested = Signal(int)  # patient id: set up a new session
    session_resume_requested = Signal(int)  # session id
    audit_requested = Signal(int)  # patient id

    def __init__(
        self,
        actor: Actor,
        patient_id: int | None = None,
        query: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.ui = Ui_PatientScreen()
        self.ui.setupUi(self)
        self._lang = current_lang()
        self._patient: PatientRecord | None = None
        self._open_session: SessionRecord | None = None
        self.ui.languageCombo.addItem(self.tr("Danish"), "da")
        self.ui.languageCombo.addItem(self.tr("English"), "en")
        self._build_models()
        self._connect_signals()
        self._apply_permissions()
        self._show_register_message("")
        self._update_derived()
        if patient_id is not None:
            self.show_patient(patient_id)
        elif query:
            self.ui.searchEdit.setText(query)
            self._on_search_submitted()
        else:
            self.ui.detailStack.setCurrentIndex(REGISTER_PAGE)
            self.setFocusProxy(self.ui.cprEdit)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self._apply_permissions()

    def _may(self, action: Action) -> bool:
        return allowed(self.actor.role, action)

    def _apply_permissions(self) -> None:
        """Offer only what this role may do (the services refuse the rest anyway)."""
        self.ui.registerNewButton.setVisible(self._may(Action.REGISTER_PATIENT))
        self.ui.auditButton.setVisible(self._may(Action.VIEW_AUDIT))
        self.ui.newSessionButton.setVisible(self._may(Action.SET_UP_SESSION))

    @property
    def patient(self) -> PatientRecord | None:
        return self._patient

    def _build_models(self) -> None:
        lang = self._lang
        self.results_model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("CPR"), lambda p: p.cpr_display),
                Column(self.tr("Sex"), lambda p: _sex_label(p.sex, lang)),
                Column(self.tr("From"), self._source_label),
            ],
            self,
        )
        self.sessions_model = RecordTableModel(
            [
                Column(self.tr("Date"), lambda s: full_datetime(s.started_at or s.created_at)),
                Column(self.tr("No."), lambda s: str(s.attempt_number)),
                Column(self.tr("Indication"), lambda s: indication_short(s, lang)),
                Column(self.tr("Patch"), lambda s: patch_label(s.patch_type, lang)),
                Column(self.tr("Status"), lambda s: status_label(s.status, lang)),
                Column(self.tr("Volume"), volume_text),
                Column(self.tr("Operator"), lambda s: s.operator),
            ],
            self,
        )
        prepare_table(self.ui.resultsTable, self.results_model)
        prepare_table(self.ui.sessionsTable, self.sessions_model)

    def _source_label(self, p: PatientRecord) -> str:
        """Where the patient came from: the hospital's ADT feed or typed here (downtime)."""
        if p.merged_into is not None:
            return self.tr("Merged (ADT)")
        return self.tr("ADT") if p.source == "adt" else self.tr("Typed")

    def _connect_signals(self) -> None:
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.searchEdit.returnPressed.connect(self._on_search_submitted)
        self.ui.searchButton.clicked.connect(self._on_search_submitted)
        self.ui.resultsTable.activated.connect(self._on_result_activated)
        self.ui.registerNewButton.clicked.connect(self._on_register_new_clicked)
        self.ui.cprEdit.textChanged.connect(self._update_derived)
        self.ui.cprEdit.returnPressed.connect(self.ui.nameEdit.setFocus)
        self.ui.nameEdit.returnPressed.connect(self._on_register_clicked)
        self.ui.nameEdit.textEdited.connect(lambda _t: set_invalid(self.ui.nameEdit, False))
        self.ui.registerButton.clicked.connect(self._on_register_clicked)
        self.ui.newSessionButton.clicked.connect(self._on_new_session_clicked)
        self.ui.resumeButton.clicked.connect(self._on_resume_clicked)
        self.ui.sessionsTable.activated.connect(self._on_session_activated)
        self.ui.auditButton.clicked.connect(self._on_audit_clicked)

    # -- search -------------------------------------------------------------------------------
    def _on_search_submitted(self) -> None:
        from ebp_logger.store.services import patients

        text = self.ui.searchEdit.text().strip()
        found = patients.find_patients(text) if text else []
        self.results_model.set_rows(found)
        if not text:
            self.ui.resultsHint.setText("")
        elif found:
            self.ui.resultsHint.setText(self.tr("Enter or double-click opens the patient."))
            self.ui.resultsTable.selectRow(0)
        else:
            self.ui.resultsHint.setText(
                self.tr("No patient matches “%1”. Register the patient on the right.").replace(
                    "%1", text
                )
            )
        if len(found) == 1:
            self.show_patient(found[0].id)
        elif not found and text:
            self._start_registration(text)
        elif found:
            self.ui.resultsTable.setFocus()

    def _on_result_activated(self) -> None:
        record = selected_record(self.ui.resultsTable)
        if record is not None:
            self.show_patient(record.id)

    def _on_register_new_clicked(self) -> None:
        self._start_registration(self.ui.searchEdit.text().strip())

    def _start_registration(self, text: str) -> None:
        """The registration form, filled from what was searched (a CPR number or a name)."""
        if not self._may(Action.REGISTER_PATIENT):
            return
        self._patient = None
        self.ui.titleLabel.setText(self.tr("Register a patient"))
        digits = text.replace("-", "").replace(" ", "")
        if digits.isdigit():
            self.ui.cprEdit.setText(text)
            self.ui.nameEdit.clear()
        elif text:
            self.ui.nameEdit.setText(text)
        self.ui.detailStack.setCurrentIndex(REGISTER_PAGE)
        self._show_register_message("")
        self.setFocusProxy(self.ui.cprEdit)
        (self.ui.nameEdit if digits.isdigit() and len(digits) == 10 else self.ui.cprEdit).setFocus()

    # -- registration -------------------------------------------------------------------------
    def _show_register_message(self, text: str) -> None:
        self.ui.registerMessage.setText(text)
        self.ui.registerMessage.setVisible(bool(text))

    def _update_derived(self) -> None:
        """Birth date, sex and the modulus-11 result, live while the CPR number is typed."""
        from ebp_logger.store.services import patients

        text = self.ui.cprEdit.text().strip()
        set_invalid(self.ui.cprEdit, False)
        self.ui.registerButton.setText(self.tr("Re&gister patient"))
        digits = sum(c.isdigit() for c in text)
        if digits < 10:
            self.ui.derivedLabel.setText(
                self.tr("Birth date and sex appear when all 10 digits are typed.")
                if text
                else self.tr("Type the 10 digits, with or without the dash.")
            )
            set_kind(self.ui.derivedLabel, "muted")
            return
        try:
            info = parse_cpr(text, to_local(utcnow()).date())
        except ValidationError as exc:
            self.ui.derivedLabel.setText(explain(exc))
            set_kind(self.ui.derivedLabel, "error")
            return
        lines = [
            self.tr("Born %1 (age %2) · %3")
            .replace("%1", f"{info.birth_date:%d.%m.%Y}")
            .replace("%2", str(info.age_on(to_local(utcnow()).date())))
            .replace("%3", info.sex.label(self._lang))
        ]
        kind = "ok"
        if not info.mod11_ok:
            lines.append(
                self.tr(
                    "Fails the modulus-11 check. Numbers issued since 2007 may; check it "
                    "against the health card. You will be asked to confirm."
                )
            )
            kind = "warning"
        existing = patients.get_by_cpr(info.digits)
        if existing is not None:
            lines.append(self.tr("Already registered: %1").replace("%1", existing.name))
            kind = "warning"
            self.ui.registerButton.setText(self.tr("&Open the registered patient"))
        self.ui.derivedLabel.setText("\n".join(lines))
        set_kind(self.ui.derivedLabel, kind)

    def _on_register_clicked(self) -> None:
        from ebp_logger.store.services import patients

        cpr = self.ui.cprEdit.text().strip()
        existing = patients.get_by_cpr(cpr) if cpr else None
        if existing is not None:
            self.show_patient(existing.id)
            return
        kwargs = {"language": self.ui.languageCombo.currentData()}
        try:
            try:
                record = patients.register_patient(
                    self.actor, cpr, self.ui.nameEdit.text(), **kwargs
                )
            except patients.Mod11Unconfirmed as exc:
                if not prompts.confirm(
                    self,
                    self.tr("Confirm the CPR number"),
                    explain(exc),
                    self.tr("Register as typed"),
                    self.tr("Go back and check"),
                    warning=True,
                ):
                    self.ui.cprEdit.setFocus()
                    return
                record = patients.register_patient(
                    self.actor, cpr, self.ui.nameEdit.text(), confirm_mod11=True, **kwargs
                )
        except ValidationError as exc:
            self._show_register_message(explain(exc))
            field = {"cpr": self.ui.cprEdit, "name": self.ui.nameEdit}.get(exc.field)
            if field is not None:
                set_invalid(field, True)
                field.setFocus()
            return
        except EbpError as exc:
            self._show_register_message(explain(exc))
            return
        self._show_register_message("")
        self.show_patient(record.id)

    # -- the patient --------------------------------------------------------------------------
    def show_patient(self, patient_id: int) -> None:
        from ebp_logger.store.services import patients, queries, sessions

        try:
            patient = patients.get_patient(patient_id)
            history = queries.patient_sessions(patient_id)
            advice = sessions.advise_attempt(patient_id)
        except EbpError as exc:
            messages.show_error(self, exc, self.tr("Could not open the patient"))
            return
        self._patient = patient
        self.ui.titleLabel.setText(self.tr("Patient"))
        self.ui.patientName.setText(patient.name)
        info = parse_cpr(patient.cpr_display, to_local(utcnow()).date())
        text = (
            self.tr("CPR %1 · born %2 (age %3) · %4")
            .replace("%1", patient.cpr_display)
            .replace("%2", f"{patient.birth_date:%d.%m.%Y}")
            .replace("%3", str(info.age_on(to_local(utcnow()).date())))
            .replace("%4", _sex_label(patient.sex, self._lang))
        )
        if patient.source == "adt":  # the hospital's register vouches for the number
            text += "\n" + self.tr("From the hospital's patient register (ADT).")
            if patient.location:
                where = " ".join(p for p in patient.location.split("^") if p)
                text += " " + self.tr("Now at %1.").replace("%1", where)
        elif patient.mod11_confirmed:
            text += "\n" + self.tr("CPR number confirmed by hand (fails the modulus-11 check).")
        if patient.merged_into is not None:
            text += "\n" + self.tr(
                "Merged into another patient by the hospital; the sessions are there."
            )
        self.ui.patientInfo.setText(text)
        self.sessions_model.set_rows(list(reversed(history)))
        open_sessions = [s for s in history if s.status in OPEN_STATUSES]
        self._open_session = open_sessions[-1] if open_sessions else None
        self.ui.resumeButton.setVisible(
            self._open_session is not None and self._may(Action.RECORD_PROCEDURE)
        )
        self.ui.newSessionButton.setEnabled(self._open_session is None)
        notes = [a.text(self._lang) for a in advice.warnings]
        if self._open_session is not None:
            notes.insert(
                0,
                self.tr("A session is open (%1): reopen it rather than starting another.").replace(
                    "%1", status_label(self._open_session.status, self._lang).lower()
                ),
            )
        self.ui.adviceLabel.setText("\n".join(notes))
        self.ui.adviceLabel.setVisible(bool(notes))
        set_kind(self.ui.adviceLabel, "alarm" if advice.too_soon else "warning")
        self.ui.detailStack.setCurrentIndex(PATIENT_PAGE)
        focus = self.ui.resumeButton if self.ui.resumeButton.isVisibleTo(self) else None
        focus = focus or (
            self.ui.newSessionButton if self._may(Action.SET_UP_SESSION) else self.ui.sessionsTable
        )
        self.setFocusProxy(focus)
        focus.setFocus()

    def _on_new_session_clicked(self) -> None:
        if self._patient is not None:
            self.session_setup_requested.emit(self._patient.id)

    def _on_resume_clicked(self) -> None:
        if self._open_session is not None:
            self.session_resume_requested.emit(self._open_session.id)

    def _on_audit_clicked(self) -> None:
        if self._patient is not None:
            self.audit_requested.emit(self._patient.id)

    def _on_session_activated(self) -> None:
        record = selected_record(self.ui.sessionsTable)
        if (
            record is not None
            and record.status in OPEN_STATUSES
            and self._may(Action.RECORD_PROCEDURE)
        ):
            self.session_resume_requested.emit(record.id)
