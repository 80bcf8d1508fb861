"""The page every EBP Logger PDF shares: header with department (and logo), the patient's
name, CPR and date on every page, a footer with "page X of Y"; paragraph styles and tables.

Use it for any report::

    decor = PageDecor(title="Outcome report", department=conf.department_name, ...)
    st = make_styles(9)
    pdf_bytes = build_pdf([Paragraph("…", st.body), data_table(rows, widths, st)], decor, st)

Built-in Helvetica is used on purpose: it renders æ, ø and å, needs no font files, and text
extracts back exactly (tests read the PDFs with pypdf).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ebp_logger import __version__
from ebp_logger.clinical.labels import normalise_lang
from ebp_logger.clock import to_local

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa3ad")
ZEBRA = colors.HexColor("#f1f3f5")
HEAD_FILL = colors.HexColor("#dde3ea")
ALERT = colors.HexColor("#b3261e")
MARGIN = 16 * mm
_BUILD_LOCK = threading.Lock()  # rl_config is global: one build changes it at a time


# Characters the built-in fonts cannot draw, written as ones they can.
_UNDRAWABLE = str.maketrans(
    "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089", "0123456789"
)


def esc(text: object) -> str:
    """Plain text made safe for a Paragraph (which reads a little XML)."""
    return escape("" if text is None else str(text).translate(_UNDRAWABLE))


def fmt_datetime(value: datetime | None, lang: str) -> str:
    """Local date and time for records: 23.11.2026 14:05 (da) or 2026-11-23 14:05 (en)."""
    if value is None:
        return ""
    local = to_local(value)
    if normalise_lang(lang) == "da":
        return local.strftime("%d.%m.%Y %H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def fmt_number(value: float | None, lang: str) -> str:
    """12.5 → "12,5" in Danish; whole numbers without decimals."""
    if value is None:
        return ""
    text = f"{value:g}"
    return text.replace(".", ",") if normalise_lang(lang) == "da" else text


@dataclass(frozen=True)
class Styles:
    """Paragraph styles derived from one base size (10 for a record, 13 for a patient)."""

    base: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle


def make_styles(base: float = 10) -> Styles:
    def style(name: str, size: float, font: str = FONT, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.3)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, alignment=TA_LEFT, **kw)

    cell = base * 0.9
    return Styles(
        base=base,
        title=style("title", base * 1.75, FONT_BOLD, leading=base * 2.1, spaceAfter=base * 0.2),
        subtitle=style("subtitle", base, textColor=MUTED, spaceAfter=base * 0.6),
        h1=style("h1", base * 1.35, FONT_BOLD, spaceBefore=base * 0.9, spaceAfter=base * 0.35),
        h2=style("h2", base * 1.1, FONT_BOLD, spaceBefore=base * 0.6, spaceAfter=base * 0.25),
        body=style("body", base, leading=base * 1.38, spaceAfter=base * 0.3),
        bold=style("bold", base, FONT_BOLD, leading=base * 1.38, spaceAfter=base * 0.3),
        small=style("small", base * 0.8, textColor=MUTED),
        note=style(
            "note", base * 0.85, textColor=MUTED, spaceBefore=base * 0.2, spaceAfter=base * 0.4
        ),
        cell=style("cell", cell, leading=cell * 1.2),
        cell_bold=style("cell_bold", cell, FONT_BOLD, leading=cell * 1.2),
        bullet=style(
            "bullet",
            base,
            leading=base * 1.32,
            leftIndent=base * 1.3,
            bulletIndent=base * 0.2,
            spaceAfter=base * 0.15,
        ),
    )


@dataclass(frozen=True)
class PageDecor:
    """What is printed on every page around the content.

    ``identity``: (label, value) pairs, e.g. name, CPR and date; a value of None prints a
    line to write on (the blank paper form). ``page_of`` is a pattern with {page} and {pages}.
    """

    title: str
    department: str = ""
    department_detail: str = ""
    logo: str | Path | None = None
    identity: Sequence[tuple[str, str | None]] = ()
    footer: str = ""
    page_of: str = "Page {page} of {pages}"
    author: str = field(default=f"EBP Logger {__version__}")


def readable_logo(path: str | Path | None) -> ImageReader | None:
    """The logo image, or None when it is unset, missing or not an image (never fatal)."""
    if not path:
        return None
    try:
        return ImageReader(str(path))
    except Exception:  # noqa: BLE001 - a broken logo must not stop a discharge sheet
        return None


class _DecoratedCanvas(Canvas):
    """Keeps each page until the end so the header/footer can say "page X of Y"."""

    def __init__(self, *args: Any, decor: PageDecor, base: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._base = base
        self._logo = readable_logo(decor.logo)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_decor(number, total)
            super().showPage()
        super().save()

    def _draw_decor(self, number: int, total: int) -> None:
        d, base = self._decor, self._base
        width, height = self._pagesize
        top = height - MARGIN * 0.7
        left, right = MARGIN, width - MARGIN
        head = min(base, 12)
        self.saveState()
        text_x = left
        if self._logo is not None:  # letterhead: logo at the left, two text lines high
            box = head * 2.3
            self.drawImage(
                self._logo,
                left,
                top - box,
                width=box * 3,
                height=box,
                preserveAspectRatio=True,
                anchor="w",
                mask="auto",
            )
            iw, ih = self._logo.getSize()
            text_x = left + min(box * 3, box * iw / max(ih, 1)) + 3 * mm
        self.setFillColor(INK)
        self.setFont(FONT_BOLD, head)
        self.drawString(text_x, top - head, d.department or "")
        self.setFillColor(MUTED)
        self.drawRightString(right, top - head, d.title)
        self.setFont(FONT, head * 0.8)
        self.drawString(text_x, top - head * 2.1, d.department_detail or "")
        # The patient's identity on every page, so a loose page still says whose it is.
        y = top - head * 3.5
        self.setStrokeColor(RULE)
        self.setLineWidth(0.8)
        self.line(left, y + head * 0.9, right, y + head * 0.9)
        x = left
        ident = min(base * 1.05, 13)
        for label, value in _fitted_identity(d.identity, right - left, ident):
            self.setFont(FONT, ident * 0.85)
            self.setFillColor(MUTED)
            self.drawString(x, y - ident * 0.4, f"{label}:")
            x += self.stringWidth(f"{label}: ", FONT, ident * 0.85)
            self.setFillColor(INK)
            self.setFont(FONT_BOLD, ident)
            if value is None:  # blank form: a line to write on
                self.line(x, y - ident * 0.55, x + 45 * mm, y - ident * 0.55)
                x += 50 * mm
            else:
                self.drawString(x, y - ident * 0.4, value)
                x += self.stringWidth(value, FONT_BOLD, ident) + 8 * mm
        self.line(left, y - ident * 1.1, right, y - ident * 1.1)
        # Footer.
        foot = min(base * 0.8, 9)
        self.setFont(FONT, foot)
        self.setFillColor(MUTED)
        self.drawString(left, MARGIN * 0.55, d.footer)
        self.setFont(FONT_BOLD, foot * 1.1)
        self.setFillColor(INK)
        self.drawRightString(right, MARGIN * 0.55, d.page_of.format(page=number, pages=total))
        self.restoreState()


def _elide(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _fitted_identity(
    identity: Sequence[tuple[str, str | None]], width: float, size: float
) -> list[tuple[str, str | None]]:
    """The identity line fitted to the page: a very long value (a name) is shortened so the
    CPR number and the date after it stay on every page (the record's body has it in full)."""
    label_w = sum(stringWidth(f"{label}: ", FONT, size * 0.85) for label, _ in identity)
    widths = [
        50 * mm if v is None else stringWidth(v, FONT_BOLD, size) + 8 * mm for _, v in identity
    ]
    excess = label_w + sum(widths) - width
    if excess <= 0:
        return list(identity)
    widest = max(range(len(identity)), key=lambda i: widths[i])
    label, value = identity[widest]
    if value is None:
        return list(identity)
    room = max(widths[widest] - 8 * mm - excess, 20 * mm)
    out = list(identity)
    out[widest] = (label, _elide(value, FONT_BOLD, size, room))
    return out


def header_height(base: float) -> float:
    """Room the decorated header takes above the content frame."""
    head = min(base, 12)
    ident = min(base * 1.05, 13)
    return MARGIN * 0.7 + head * 3.5 + ident * 1.1 + 4 * mm


def build_pdf(
    story: list[Flowable],
    decor: PageDecor,
    styles: Styles,
    *,
    wide: bool = False,
    target: io.BufferedIOBase | None = None,
) -> bytes:
    """Lay out ``story`` on A4 (landscape when ``wide``) with the standard page decor.

    Returns the PDF bytes (also written to ``target`` when given).
    """
    buf = io.BytesIO()
    pagesize = landscape(A4) if wide else A4
    top = header_height(styles.base)
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=MARGIN,
        title=decor.title,
        author=decor.author,
        creator=decor.author,
        invariant=True,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - top - MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def maker(*args: Any, **kwargs: Any) -> _DecoratedCanvas:
        return _DecoratedCanvas(*args, decor=decor, base=styles.base, **kwargs)

    with _BUILD_LOCK:
        # Compressed streams stay binary: ASCII85 (7-bit safety no reader needs) costs a
        # third of the build time when reportlab's C accelerator is missing.
        saved_a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            doc.build(list(story), canvasmaker=maker)
        finally:
            rl_config.useA85 = saved_a85
    data = buf.getvalue()
    if target is not None:
        target.write(data)
    return data


def content_height(styles: Styles, wide: bool = False) -> float:
    """Height of the content frame on a page with the standard decor."""
    height = landscape(A4)[1] if wide else A4[1]
    return height - header_height(styles.base) - MARGIN


def story_height(story: Sequence[Flowable], width: float) -> float:
    """Height the flowables take stacked at ``width`` (to choose a size that fits a page)."""
    total = 0.0
    for f in story:
        if isinstance(f, KeepTogether):  # a container: measure what it holds
            total += story_height(f._content, width)
        else:
            total += f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def content_width(wide: bool = False) -> float:
    width = landscape(A4)[0] if wide else A4[0]
    return width - 2 * MARGIN


_CELL_PADDING = 3.0


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float] | None,
    styles: Styles,
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Sequence[tuple] = (),
    row_height: float | None = None,
    bold_columns: Sequence[int] = (),
) -> Table:
    """A table; the header rows (bold, shaded) repeat on every page.

    Text that fits its column on one line is drawn as a plain string (fast); longer text
    becomes a wrapping Paragraph. ``row_height`` fixes the height of the body rows (room for
    handwriting); ``bold_columns`` are label columns.
    """
    size = styles.cell.fontSize
    bold_cols = set(bold_columns)

    def cell(value: object, r: int, c: int) -> object:
        if isinstance(value, Flowable):
            return value
        text = "" if value is None else str(value).translate(_UNDRAWABLE)
        bold = r < header_rows or c in bold_cols
        if widths is not None and "\n" not in text:
            room = widths[c] - 2 * _CELL_PADDING
            if stringWidth(text, FONT_BOLD if bold else FONT, size) <= room:
                return text
        return Paragraph(esc(text), styles.cell_bold if bold else styles.cell)

    data = [[cell(v, r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL))
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD))
    for c in bold_cols:
        commands.append(("FONTNAME", (c, 0), (c, -1), FONT_BOLD))
    if zebra:
        for r in range(header_rows + 1, len(data), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    commands.extend(extra)
    heights = None
    if row_height is not None:  # room to write by hand (the blank form)
        heights = [None] * header_rows + [row_height] * (len(data) - header_rows)
    # splitInRow: one row taller than what is left of a page (a long name or note) is split
    # inside the row instead of failing the whole document with a LayoutError.
    table = Table(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=header_rows,
        hAlign="LEFT",
        splitByRow=1,
        splitInRow=1,
    )
    table.setStyle(TableStyle(commands))
    return table


def pairs_table(
    pairs: Sequence[tuple[str, object]], styles: Styles, *, label_width: float = 33 * mm
) -> Table:
    """Label/value pairs in two side-by-side column pairs (labels bold), filled top-down."""
    half = (len(pairs) + 1) // 2
    left, right = list(pairs[:half]), list(pairs[half:])
    right += [("", "")] * (half - len(right))
    rows = [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=True)]
    half_width = content_width() / 2
    widths = [label_width, half_width - label_width] * 2
    return data_table(rows, widths, styles, header_rows=0, zebra=False, bold_columns=(0, 2))


class _Stack:
    """Flowables laid out top-down at one width: wrapped once, drawn at their offsets."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        self.items = list(items)
        self.placed: list[tuple[Flowable, float, float]] = []  # (flowable, top offset, height)

    def wrap(self, width: float) -> float:
        self.placed, y = [], 0.0
        last = len(self.items) - 1
        for i, f in enumerate(self.items):
            y += f.getSpaceBefore() if i else 0.0
            h = f.wrap(width, 100_000)[1]
            self.placed.append((f, y, h))
            y += h + (f.getSpaceAfter() if i < last else 0.0)
        return y

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        for f, offset, h in self.placed:
            f.drawOn(canv, x, top - offset - h)


class Boxed(Flowable):
    """Content inside a frame (the discharge sheet's warning panel); kept on one page.
    Cheaper than a one-cell table, which wraps its content several times."""

    def __init__(
        self, content: Sequence[Flowable], border: colors.Color, line: float, padding: float
    ) -> None:
        super().__init__()
        self.stack = _Stack(content)
        self.border, self.line, self.padding = border, line, padding

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = self.stack.wrap(avail_width - 2 * self.padding)
        self.width, self.height = avail_width, inner + 1.6 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        self.stack.draw(self.canv, self.padding, self.height - 0.6 * self.padding)
        self.canv.setStrokeColor(self.border)
        self.canv.setLineWidth(self.line)
        self.canv.rect(0, 0, self.width, self.height)


class Columns(Flowable):
    """Flowables side by side in equal columns, top-aligned; kept on one page."""

    def __init__(
        self, cells: Sequence[Sequence[Flowable]], width: float | None, gap: float
    ) -> None:
        super().__init__()
        self.stacks = [_Stack(c) for c in cells]
        self.fixed_width, self.gap = width, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.fixed_width or avail_width
        col = column_width(len(self.stacks), width=self.width, gap=self.gap)
        self.height = max((s.wrap(col) for s in self.stacks), default=0.0)
        return self.width, self.height

    def draw(self) -> None:
        col = column_width(len(self.stacks), width=self.width, gap=self.gap)
        for i, stack in enumerate(self.stacks):
            stack.draw(self.canv, i * (col + self.gap), self.height)


def boxed(
    content: list[Flowable], *, border: colors.Color = INK, width: float = 1.5, padding: float = 8
) -> Flowable:
    """Flowables inside one framed box."""
    return Boxed(content, border, width, padding)


def columns(
    cells: Sequence[list[Flowable]], *, width: float | None = None, gap: float = 6 * mm
) -> Flowable:
    """Flowables side by side in equal columns (``width`` in all; default: what is available)."""
    return Columns(cells, width, gap)


def balanced(blocks: Sequence[list[Flowable]], width: float) -> list[list[Flowable]]:
    """Split ``blocks`` (kept in order) into two columns of ``width`` with the least height."""
    heights = [
        sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in block)
        for block in blocks
    ]
    total = sum(heights)
    best, best_height, above = 0, total, 0.0
    for k in range(1, len(blocks) + 1):
        above += heights[k - 1]
        tallest = max(above, total - above)
        if tallest < best_height:
            best, best_height = k, tallest
    return [[f for b in blocks[:best] for f in b], [f for b in blocks[best:] for f in b]]


def column_width(count: int, *, width: float | None = None, gap: float = 6 * mm) -> float:
    total = width or content_width()
    return (total - gap * (count - 1)) / count


def section(heading: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    """A heading kept on the same page as the first thing under it."""
    head = Paragraph(esc(heading), styles.h1)
    if not body:
        return [head]
    return [KeepTogether([head, body[0]]), *body[1:]]


class WriteLine(Flowable):
    """A line to write on, ``width`` wide, with room above it for handwriting."""

    def __init__(self, width: float, height: float = 7 * mm) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.setStrokeColor(MUTED)
        self.canv.line(0, 1, self.width, 1)


class ChoiceBoxes(Flowable):
    """Labels each with an empty box to tick, flowing onto more lines when needed."""

    def __init__(self, labels: Sequence[str], size: float = 9, box: float = 3.4 * mm) -> None:
        super().__init__()
        self.labels = list(labels)
        self.size = size
        self.box = box
        self._placed: list[tuple[float, int, str]] = []  # (x, line, label)
        self._lines = 1

    def _item_width(self, label: str) -> float:
        return self.box + 1.5 * mm + stringWidth(label, FONT, self.size) + 5 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._placed, x, line = [], 0.0, 0
        for label in self.labels:
            w = self._item_width(label)
            if x and x + w > avail_width:
                x, line = 0.0, line + 1
            self._placed.append((x, line, label))
            x += w
        self._lines = line + 1
        self.width = avail_width
        self.height = self._lines * self.size * 1.7
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        pitch = self.size * 1.7
        c.setLineWidth(0.9)
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.setFont(FONT, self.size)
        for x, line, label in self._placed:
            y = self.height - (line + 1) * pitch + pitch * 0.25
            c.rect(x, y, self.box, self.box)
            c.drawString(x + self.box + 1.5 * mm, y + self.box * 0.15, label)
