"""Registry export: the guideline's registry list as CSV (for a spreadsheet) or JSON, pseudonymised
by default (no CPR number, name or birth date), with the data dictionary written beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.clock import to_local, utcnow
from ebp_logger.gui import prompts
from ebp_logger.gui import ward_format as wf
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.gui.workers import ReadJob
from ebp_logger.store.audit import Actor


class RegistryExportDialog(QDialog):
    """``exported(paths)`` with the files written; the dialog then closes."""

    exported = Signal(list)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.setWindowTitle(self.tr("Registry export"))
        self.setModal(True)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One row per patch with the guideline's registry items: sex, age, comorbidity, "
                "medication, symptom onset, possible cause, headache scores, imaging (Bern "
                "score), treatment and result, earlier illnesses."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.csv_radio = QRadioButton(self.tr("CSV (spreadsheet)"), objectName="reg_csv")
        self.json_radio = QRadioButton(self.tr("JSON"), objectName="reg_json")
        self.csv_radio.setChecked(True)
        for radio in (self.csv_radio, self.json_radio):
            self.format_group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        self.pseudo_box = QCheckBox(
            self.tr("Pseudonymise: leave out CPR number, name and birth date"),
            objectName="reg_pseudonymise",
        )
        self.pseudo_box.setChecked(True)
        layout.addWidget(self.pseudo_box)
        self.dictionary_box = QCheckBox(
            self.tr("Also write the data dictionary (Markdown) beside the file"),
            objectName="reg_dictionary",
        )
        self.dictionary_box.setChecked(True)
        layout.addWidget(self.dictionary_box)
        row = QHBoxLayout()
        stamp = f"{to_local(utcnow()):%Y%m%d}"
        self.path_edit = QLineEdit(
            str(Path.home() / f"ebp-registry-{stamp}.csv"), objectName="reg_path"
        )
        self.browse_button = QPushButton(self.tr("Choose…"), objectName="reg_browse")
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.message, self.buttons, self.export_button = wf.finish_dialog(
            layout, "reg", self.tr("Export")
        )
        self.setMinimumWidth(720)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.csv_radio.toggled.connect(self._on_format_toggled)

    def fmt(self) -> str:
        return "csv" if self.csv_radio.isChecked() else "json"

    @Slot()
    def accept(self) -> None:
        """Write through the registry service; on refusal the choices stay."""
        from ebp_logger.store import registry

        path = Path(self.path_edit.text().strip()).expanduser()
        if path.exists() and not prompts.confirm(
            self,
            self.tr("Registry export"),
            self.tr("%1 exists. Replace it?").replace("%1", str(path)),
            self.tr("Replace"),
            self.tr("Keep it"),
        ):
            return
        actor, fmt = self._actor, self.fmt()
        pseudo, dictionary = self.pseudo_box.isChecked(), self.dictionary_box.isChecked()
        # Decades of patches take a while: written on a pool thread behind a progress bar.
        job = ReadJob(
            lambda progress: registry.export_to_file(
                actor, path, fmt, pseudo, dictionary=dictionary, progress=progress
            )
        )
        self._job = job
        bar = QProgressDialog(self.tr("Exporting the patches…"), self.tr("Cancel"), 0, 0, self)
        bar.setWindowTitle(self.tr("Registry export"))
        bar.setMinimumDuration(300)
        bar.canceled.connect(job.cancel)
        job.signals.progress.connect(
            lambda done, total: (bar.setMaximum(total), bar.setValue(done))
        )
        job.signals.finished.connect(lambda written: self._on_job_done(bar, written))
        job.signals.failed.connect(lambda text: self._on_job_done(bar, None, text))
        job.signals.cancelled.connect(
            lambda: self._on_job_done(bar, None, self.tr("cancelled before the end"))
        )
        self.export_button.setEnabled(False)
        QThreadPool.globalInstance().start(job)

    def _on_job_done(self, bar: QProgressDialog, written: list | None, error: str = "") -> None:
        bar.reset()
        bar.deleteLater()
        self._job = None
        self.export_button.setEnabled(True)
        if written is None:
            ls.feedback(self.message, self.tr("Not exported: ") + error, "error")
            return
        self.exported.emit([str(p) for p in written])
        super().accept()

    def _on_browse_clicked(self) -> None:
        filt = self.tr("CSV files (*.csv)") if self.fmt() == "csv" else self.tr("JSON (*.json)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Registry export"), self.path_edit.text(), filt
        )
        if path:
            self.path_edit.setText(path)
            self._on_format_toggled()

    def _on_format_toggled(self) -> None:
        """Keep the file name's ending in step with the chosen format."""
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() in (".csv", ".json", ""):
            self.path_edit.setText(str(path.with_suffix("." + self.fmt())))
