"""Names of the department settings and their groups on the administrator's screen.

A setting without an entry here still appears: with the ``"label"`` of its metadata
(``{"en": …, "da": …}``), else its field name in words. Add an entry (and its Danish in the .ts)
to give it a proper name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ebp_logger.gui.translations import TextContext

LABELS = {
    "department_name": QT_TRANSLATE_NOOP("SettingsText", "Department name"),
    "department_address": QT_TRANSLATE_NOOP("SettingsText", "Department address"),
    "department_phone": QT_TRANSLATE_NOOP("SettingsText", "Department phone"),
    "department_logo": QT_TRANSLATE_NOOP("SettingsText", "Logo (image file)"),
    "language": QT_TRANSLATE_NOOP("SettingsText", "Language"),
    "targeted_blood_max_ml": QT_TRANSLATE_NOOP("SettingsText", "Targeted patch: most blood"),
    "targeted_glue_max_ml": QT_TRANSLATE_NOOP("SettingsText", "Targeted patch: most fibrin glue"),
    "max_single_injection_ml": QT_TRANSLATE_NOOP("SettingsText", "Most in one injection"),
    "alert_spo2_low": QT_TRANSLATE_NOOP("SettingsText", "SpO2 alert below"),
    "alert_hr_low": QT_TRANSLATE_NOOP("SettingsText", "Heart rate alert below"),
    "alert_hr_high": QT_TRANSLATE_NOOP("SettingsText", "Heart rate alert above"),
    "alert_sbp_low": QT_TRANSLATE_NOOP("SettingsText", "Systolic pressure alert below"),
    "alarm_sound": QT_TRANSLATE_NOOP("SettingsText", "Alarm sound"),
    "autolock_minutes": QT_TRANSLATE_NOOP("SettingsText", "Lock after idle"),
    "lockout_attempts": QT_TRANSLATE_NOOP("SettingsText", "Wrong passwords before lockout"),
    "lockout_minutes": QT_TRANSLATE_NOOP("SettingsText", "Lockout lasts"),
    "backup_folder": QT_TRANSLATE_NOOP("SettingsText", "Backup folder"),
    "backup_keep": QT_TRANSLATE_NOOP("SettingsText", "Backups kept"),
    "hl7_enabled": QT_TRANSLATE_NOOP("SettingsText", "Receive monitor values"),
    "hl7_port": QT_TRANSLATE_NOOP("SettingsText", "Listener port"),
    "hl7_bind_all": QT_TRANSLATE_NOOP("SettingsText", "Accept monitors on other computers"),
    "hl7_match_bed": QT_TRANSLATE_NOOP("SettingsText", "Match monitor values by bed"),
    "checkpoint_hours": QT_TRANSLATE_NOOP(
        "SettingsText", "Score checkpoints (hours after the patch)"
    ),
    "score_due_soon_minutes": QT_TRANSLATE_NOOP("SettingsText", "Show a score as due soon"),
}

GROUP_TITLES = {
    "department": QT_TRANSLATE_NOOP("SettingsText", "Department"),
    "volumes": QT_TRANSLATE_NOOP("SettingsText", "Volume limits"),
    "alerts": QT_TRANSLATE_NOOP("SettingsText", "Alerts"),
    "ward": QT_TRANSLATE_NOOP("SettingsText", "Ward and scores"),
    "security": QT_TRANSLATE_NOOP("SettingsText", "Sign-in and lock"),
    "backup": QT_TRANSLATE_NOOP("SettingsText", "Backups"),
    "monitor": QT_TRANSLATE_NOOP("SettingsText", "Monitor listener (HL7)"),
    "other": QT_TRANSLATE_NOOP("SettingsText", "Other settings"),
}

CHOICE_TEXTS = {
    ("language", ""): QT_TRANSLATE_NOOP("SettingsText", "Follow the system"),
    ("language", "da"): QT_TRANSLATE_NOOP("SettingsText", "Danish"),
    ("language", "en"): QT_TRANSLATE_NOOP("SettingsText", "English"),
}


class SettingsText(TextContext):
    """The translation context of the settings' names."""

    @classmethod
    def label(cls, name: str, metadata: dict, lang: str) -> str:
        if name in LABELS:
            return cls.tr(LABELS[name])
        given = metadata.get("label")
        if isinstance(given, dict):
            return str(given.get(lang) or given.get("en") or name)
        if isinstance(given, str):
            return given
        return name.replace("_", " ").capitalize()

    @classmethod
    def group(cls, group: str) -> str:
        return cls.tr(GROUP_TITLES.get(group, GROUP_TITLES["other"]))

    @classmethod
    def choice(cls, name: str, value: object) -> str:
        key = (name, value)
        return cls.tr(CHOICE_TEXTS[key]) if key in CHOICE_TEXTS else str(value)
