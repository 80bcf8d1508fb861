"""A PDF shown inside the app, printed through the system print dialog, or saved to a file.

QtPdf is not part of PySide6-Essentials, so pages are rendered with pdfium (pypdfium2) to
images: on screen at a readable size, for the printer at the printer's own resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ebp_logger.gui import style
from ebp_logger.gui.messages import show_error

SCREEN_DPI = 110  # a page about as wide as it is on paper on an ordinary monitor
# Pages go to the printer as images; 300 dpi keeps text crisp while an A4 page stays ~25 MB
# (at a printer's native 1200 dpi it would be ~400 MB and take many seconds).
PRINT_DPI = 300
PAGE_GAP_PX = 12


def render_page(document, index: int, dpi: float) -> QImage:
    """One page as an owned QImage at ``dpi``."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        try:
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            ).copy()  # copy: the bitmap's memory goes when it is closed
        finally:
            bitmap.close()
    finally:
        page.close()
    return image


class PdfPreviewDialog(QDialog):
    """Shows a PDF's pages; Print, Save as… and Close.

    ``before_output(kind)`` ("print" or "export"), when given, is called before the PDF leaves
    the app, e.g. to log the access; if it raises, nothing is printed or saved and the user is
    told why. ``printed`` and ``saved`` (with the path) report what was done.
    """

    printed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        pdf_bytes_or_path: bytes | str | Path,
        title: str,
        parent: QWidget | None = None,
        *,
        before_output: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._before_output = before_output
        import pypdfium2 as pdfium  # lazy: loaded when the first PDF is shown

        if isinstance(pdf_bytes_or_path, bytes | bytearray):
            self.pdf_bytes = bytes(pdf_bytes_or_path)
            self._suggested = f"{title}.pdf"
        else:
            path = Path(pdf_bytes_or_path)
            self.pdf_bytes = path.read_bytes()
            self._suggested = path.name
        self._document = pdfium.PdfDocument(self.pdf_bytes)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.page_labels: list[QLabel] = []
        self._build()
        self._connect_signals()
        self._show_pages()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #7a818a; }")
        self.pages_widget = QWidget()
        self.pages_widget.setStyleSheet("background: #7a818a;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(PAGE_GAP_PX)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages_widget)

        self.info_label = QLabel(self)
        self.info_label.setStyleSheet(f"color: {style.COLOR_MUTED};")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)

    def _show_pages(self) -> None:
        count = len(self._document)
        for index in range(count):
            label = QLabel(self.pages_widget)
            label.setPixmap(QPixmap.fromImage(render_page(self._document, index, SCREEN_DPI)))
            label.setAccessibleName(
                self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
            )
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        pages = self.tr("1 page") if count == 1 else self.tr("%1 pages").replace("%1", str(count))
        self.info_label.setText(pages)

    @property
    def page_count(self) -> int:
        return len(self._document)

    # --- printing and saving --------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page (or the chosen range) at the printer's resolution, capped at
        PRINT_DPI."""
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        if printer.resolution() > PRINT_DPI:
            printer.setResolution(PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started."))
        try:
            dpi = printer.resolution()
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = render_page(self._document, number - 1, dpi)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x(), area.y(), size.width(), size.height())
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_to(self, path: str | Path) -> Path:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        target.write_bytes(self.pdf_bytes)
        return target

    def _allow(self, kind: str) -> None:
        if self._before_output is not None:
            self._before_output(kind)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._allow("print")
            self.print_to(printer)
        except Exception as exc:  # noqa: BLE001 - told to the user
            show_error(self, exc, self.tr("Not printed"))
            return
        self.printed.emit()

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path.home() / self._suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            self._allow("export")
            saved = self.save_to(path)
        except Exception as exc:  # noqa: BLE001 - told to the user
            show_error(self, exc, self.tr("Not saved"))
            return
        self.saved.emit(str(saved))
