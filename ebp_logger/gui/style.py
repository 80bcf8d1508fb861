"""Sizes and colours shared by all screens: readable at arm's length, large touch targets.

Widgets pick a look with the dynamic property ``kind`` (set in the .ui forms or with
:func:`set_kind`), e.g. ``kind="primary"`` on the main button of a screen.
"""

from __future__ import annotations

BASE_POINT_SIZE = 13
BIG_POINT_SIZE = 20
HUGE_POINT_SIZE = 32
TOUCH_TARGET_PX = 48

COLOR_OK = "#1b7f3b"
COLOR_WARN = "#b26a00"
COLOR_ALARM = "#c62828"
COLOR_MUTED = "#5f6b7a"
COLOR_DEVICE = "#1565c0"

COLOR_TEXT = "#1c2733"
COLOR_WINDOW = "#eef1f5"
COLOR_CARD = "#ffffff"
COLOR_BORDER = "#b9c3cf"
COLOR_PRIMARY = "#1565c0"
COLOR_PRIMARY_DARK = "#0d47a1"
COLOR_HEADER = "#12355b"
# Keyboard focus: orange on white and on blue alike, never confused with the blue of a selection.
COLOR_FOCUS = "#f57c00"

# Trend plot pens (colour-blind safe pairs, distinct dash for BP).
PLOT_COLORS = {
    "spo2": "#1565c0",
    "heart_rate": "#2e7d32",
    "systolic": "#c62828",
    "diastolic": "#ef6c00",
    "volume": "#6a1b9a",
}

STYLESHEET = f"""
QWidget {{ font-size: {BASE_POINT_SIZE}pt; color: {COLOR_TEXT}; }}
QToolTip {{ color: {COLOR_TEXT}; background: #fffde7; border: 1px solid {COLOR_BORDER}; }}

QGroupBox {{
    background: {COLOR_CARD}; border: 1px solid {COLOR_BORDER}; border-radius: 8px;
    margin-top: 1.5em; padding: 10px 8px 8px 8px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 12px; padding: 0 6px;
    color: {COLOR_HEADER};
}}
QGroupBox > QWidget, QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; }}
QGroupBox[kind="card"] {{ margin-top: 0; padding: 0; }}
QGroupBox[kind="alarm"] {{ background: #fdecea; border: 3px solid {COLOR_ALARM}; }}
QGroupBox[kind="alarm"]::title {{ color: {COLOR_ALARM}; }}

QPushButton {{
    min-height: {TOUCH_TARGET_PX - 6}px; padding: 4px 16px; border: 1px solid #8a97a8;
    border-radius: 6px; background: #ffffff;
}}
QPushButton:hover {{ background: #e8eef6; }}
QPushButton:pressed {{ background: #d0dcea; }}
QPushButton:checked {{ background: {COLOR_PRIMARY}; color: white; border-color: {COLOR_PRIMARY_DARK}; }}
QPushButton:disabled {{ color: #98a3af; background: #f1f3f5; border-color: #d5dbe2; }}
/* Every kind looks the same when it cannot be used: grey, never its active colour. */
QPushButton[kind="primary"] {{
    background: {COLOR_PRIMARY}; color: white; border-color: {COLOR_PRIMARY_DARK};
    font-weight: bold;
}}
QPushButton[kind="primary"]:hover {{ background: #1e74d6; }}
QPushButton[kind="primary"]:disabled, QPushButton[kind="go"]:disabled,
QPushButton[kind="danger"]:disabled {{
    color: #98a3af; background: #f1f3f5; border: 1px dashed #c3cbd5; font-weight: normal;
}}
QPushButton[kind="go"] {{
    background: {COLOR_OK}; color: white; border-color: #0f5a28; font-weight: bold;
    font-size: {BIG_POINT_SIZE - 2}pt; min-height: 58px; padding: 4px 28px;
}}
QPushButton[kind="go"]:hover {{ background: #23914a; }}
QPushButton[kind="danger"] {{
    background: {COLOR_ALARM}; color: white; border-color: #8e1c1c; font-weight: bold;
}}
QPushButton[kind="header"] {{
    background: transparent; color: white; border: 1px solid #7fa6d1; min-height: 34px;
    padding: 2px 14px;
}}
QPushButton[kind="header"]:hover {{ background: #1d4a7a; }}
QPushButton[kind="answer"] {{ min-width: 72px; }}
QPushButton[kind="answer"]:checked {{ background: {COLOR_PRIMARY}; color: white; }}

QLineEdit, QComboBox, QSpinBox, QDateTimeEdit, QDateEdit {{
    min-height: 38px; padding: 1px 8px; border: 1px solid #8a97a8; border-radius: 4px;
    background: white;
}}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled {{ background: #f1f3f5; color: #7b8794; }}
QLineEdit[invalid="true"] {{ border: 2px solid {COLOR_ALARM}; background: #fdecea; }}
QSpinBox {{ min-width: 70px; }}
QSpinBox[kind="score"] {{ font-size: {BIG_POINT_SIZE}pt; font-weight: bold; min-width: 80px; }}

QPushButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateTimeEdit:focus,
QDateEdit:focus, QTableView:focus, QListView:focus, QTabBar::tab:focus {{
    border: 3px solid {COLOR_FOCUS};
}}
QCheckBox:focus, QRadioButton:focus {{
    background: #fff3e0; border: 2px solid {COLOR_FOCUS}; border-radius: 4px;
}}
QCheckBox {{ padding: 4px; spacing: 10px; }}
QCheckBox::indicator {{ width: 22px; height: 22px; }}

QTableView {{
    background: white; alternate-background-color: #f5f8fb; gridline-color: #dde3ea;
    selection-background-color: {COLOR_PRIMARY}; selection-color: white;
    border: 1px solid {COLOR_BORDER};
}}
QHeaderView::section {{
    background: #e3e9f0; padding: 6px; border: none; border-bottom: 1px solid {COLOR_BORDER};
    font-weight: bold;
}}
QTabWidget::pane {{ border: 1px solid {COLOR_BORDER}; border-radius: 4px; }}
QTabBar::tab {{ padding: 8px 14px; border: 1px solid {COLOR_BORDER}; background: #e3e9f0; }}
QTabBar::tab:selected {{ background: white; font-weight: bold; }}
QScrollArea, QScrollArea > QWidget#qt_scrollarea_viewport {{ background: transparent; }}
QListView {{ background: white; border: 1px solid {COLOR_BORDER}; }}
QListView::item {{ padding: 4px 2px; }}
QListView::indicator {{ width: 22px; height: 22px; }}

QLabel[kind="title"] {{ font-size: {BIG_POINT_SIZE}pt; font-weight: bold; color: {COLOR_HEADER}; }}
QLabel[kind="section"] {{ font-weight: bold; color: {COLOR_HEADER}; margin-top: 6px; }}
QLabel[kind="patient"] {{
    font-size: {BIG_POINT_SIZE - 4}pt; font-weight: bold; padding: 4px 12px;
    background: #e3edf9; border-radius: 6px;
}}
QLabel[kind="strong"] {{ font-weight: bold; }}
QLabel[kind="muted"] {{ color: {COLOR_MUTED}; }}
QLabel[kind="error"] {{ color: {COLOR_ALARM}; font-weight: bold; }}
QLabel[kind="ok"] {{ color: {COLOR_OK}; font-weight: bold; }}
QLabel[kind="warning"] {{
    color: #6b3f00; background: #fff4e0; border: 1px solid #e0a040; border-radius: 6px;
    padding: 8px;
}}
QLabel[kind="alarm"] {{
    color: white; background: {COLOR_ALARM}; border-radius: 6px; padding: 8px; font-weight: bold;
}}
QLabel[kind="hint"] {{
    color: #4a3300; background: #fff4e0; border: 1px solid #e0a040; border-radius: 6px;
    padding: 8px;
}}
QLabel[kind="banner"] {{
    color: white; background: {COLOR_ALARM}; font-weight: bold;
    font-size: {BASE_POINT_SIZE + 2}pt; padding: 10px 16px;
}}
QFrame[kind="header"] {{ background: {COLOR_HEADER}; }}
QFrame[kind="header"] QLabel {{ color: white; }}
QLabel[kind="header-title"] {{ font-weight: bold; font-size: {BASE_POINT_SIZE + 3}pt; }}
QLabel[kind="header-user"] {{ font-weight: bold; }}
QLabel[kind="header-clock"] {{
    font-size: {BASE_POINT_SIZE + 5}pt; font-weight: bold; padding: 0 10px;
}}
QFrame[kind="bottom-bar"] {{
    background: {COLOR_CARD}; border: 1px solid {COLOR_BORDER}; border-radius: 8px;
}}
QWidget[kind="lock"] {{ background: {COLOR_HEADER}; }}
QWidget[kind="checklist-row"] {{ border-bottom: 1px solid #e3e9f0; }}
"""


def stylesheet() -> str:
    """The application style sheet with the paths of its images filled in."""
    from ebp_logger.paths import resource_path

    arrow = resource_path("icons", "ui", "arrow-down.svg").as_posix()
    up = resource_path("icons", "ui", "arrow-up.svg").as_posix()
    return (
        STYLESHEET
        + f"""
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 30px; border-left: 1px solid {COLOR_BORDER};
}}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url("{up}"); width: 12px; height: 8px; }}
QSpinBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 8px; }}
QComboBox::drop-down, QDateTimeEdit::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 34px;
    border: none; border-left: 1px solid {COLOR_BORDER};
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow, QDateEdit::down-arrow {{
    image: url("{arrow}"); width: 14px; height: 9px;
}}
"""
    )


def _restyle(widget) -> None:
    """Re-read the style sheet for ``widget`` after a property changed. (unpolish/polish
    would miss padding and borders; setting the widget's own sheet again recomputes all.)"""
    if not widget.window().isVisible():
        return  # not polished yet: the first show reads the property
    widget.setStyleSheet(widget.styleSheet() or "/* kind */")
    widget.updateGeometry()


def set_kind(widget, kind: str) -> None:
    """Change a widget's look at run time (the style sheet reads ``kind``)."""
    if widget.property("kind") == kind:
        return
    widget.setProperty("kind", kind)
    _restyle(widget)


def set_invalid(widget, invalid: bool) -> None:
    """Red frame on an input whose value was refused; cleared when corrected."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    _restyle(widget)
