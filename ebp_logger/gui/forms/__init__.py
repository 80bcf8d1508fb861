"""Generated from ui/*.ui by installers/dev/compile_ui.py — do not edit."""
