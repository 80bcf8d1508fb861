"""Sizes and colours shared by all screens: readable at arm's length, large touch targets."""

BASE_POINT_SIZE = 13
BIG_POINT_SIZE = 20
HUGE_POINT_SIZE = 32
TOUCH_TARGET_PX = 48

COLOR_OK = "#1b7f3b"
COLOR_WARN = "#b26a00"
COLOR_ALARM = "#c62828"
COLOR_MUTED = "#5f6b7a"
COLOR_DEVICE = "#1565c0"

# Trend plot pens (colour-blind safe pairs, distinct dash for BP).
PLOT_COLORS = {
    "spo2": "#1565c0",
    "heart_rate": "#2e7d32",
    "systolic": "#c62828",
    "diastolic": "#ef6c00",
    "volume": "#6a1b9a",
}

STYLESHEET = f"""
QWidget {{ font-size: {BASE_POINT_SIZE}pt; }}
QPushButton {{ min-height: {TOUCH_TARGET_PX}px; padding: 4px 14px; }}
QLineEdit, QComboBox, QSpinBox, QDateTimeEdit {{ min-height: 40px; }}
*:focus {{ outline: 2px solid #1565c0; }}
QLineEdit:focus, QComboBox:focus, QPushButton:focus {{ border: 2px solid #1565c0; }}
"""
