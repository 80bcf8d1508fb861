"""Warning signs and expected side effects (docs/clinical-rules.md "After the procedure").

The labels are clinical wording for staff (the nurse's observation dialog, the doctor's panel,
reports); the patient's own words for the discharge sheet are in the wording files
(resources/wording/discharge_*.ini), one text per sign.
"""

from __future__ import annotations

from enum import Enum

from ebp_logger.clinical.labels import Label, LabelledEnum


class WarningSource(str, Enum):
    """Where a warning sign comes from (for traceability, not shown to patients)."""

    # docs/clinical-rules.md "After the procedure": the emergency list of the discharge sheet.
    DISCHARGE_LIST = "discharge_list"
    # docs/clinical-rules.md "After the procedure": rebound high intracranial pressure (refs 40, 41).
    REBOUND_REFS_40_41 = "rebound_refs_40_41"
    # docs/clinical-rules.md "After the procedure": cerebral venous thrombosis in the case report.
    CASE_REPORT_CVT = "case_report_cvt"


class WarningSign(LabelledEnum):
    """A sign the patient should act on. ``emergency``: seek emergency help at once;
    otherwise: contact the department / own doctor."""

    NEW_SEVERE_BACK_PAIN = (
        "new_severe_back_pain",
        "New severe back pain",
        "Nyopståede svære rygsmerter",
        WarningSource.DISCHARGE_LIST,
    )
    NEW_SEVERE_LEG_PAIN = (
        "new_severe_leg_pain",
        "New severe leg pain",
        "Nyopståede svære smerter i benene",
        WarningSource.DISCHARGE_LIST,
    )
    LEG_WEAKNESS_OR_SENSORY_CHANGE = (
        "leg_weakness_or_sensory_change",
        "Reduced strength or changed sensation in the legs",
        "Nedsat kraft eller ændret følesans i benene",
        WarningSource.DISCHARGE_LIST,
    )
    INCONTINENCE = (
        "incontinence",
        "Urinary or faecal incontinence",
        "Urin- eller fækal inkontinens",
        WarningSource.DISCHARGE_LIST,
    )
    URINARY_RETENTION = (
        "urinary_retention",
        "Urinary retention",
        "Urinretention",
        WarningSource.DISCHARGE_LIST,
    )
    SEVERE_NAUSEA = (
        "severe_nausea",
        "Severe nausea",
        "Svær kvalme",
        WarningSource.DISCHARGE_LIST,
    )
    FEVER = ("fever", "Fever", "Feber", WarningSource.DISCHARGE_LIST)
    SEIZURE = ("seizure", "Seizure", "Krampeanfald", WarningSource.CASE_REPORT_CVT)
    DROWSINESS_OR_CONFUSION = (
        "drowsiness_or_confusion",
        "Increasing drowsiness or confusion",
        "Tiltagende sløvhed eller konfusion",
        WarningSource.CASE_REPORT_CVT,
    )
    NEW_DIFFERENT_HEADACHE_OR_VISION = (
        "new_different_headache_or_vision",
        "New, different headache or visual disturbance",
        "Ny, anderledes hovedpine eller synsforstyrrelse",
        WarningSource.REBOUND_REFS_40_41,
    )

    def __init__(self, code: str, en: str, da: str, source: WarningSource) -> None:
        self.source = source

    @property
    def emergency(self) -> bool:
        """Seek emergency help at once (docs/clinical-rules.md "After the procedure"): the discharge list
        and the case report's signs. Rebound signs are to be reported, not an emergency."""
        return self.source is not WarningSource.REBOUND_REFS_40_41


EMERGENCY_SIGNS: tuple[WarningSign, ...] = tuple(s for s in WarningSign if s.emergency)
REPORT_SIGNS: tuple[WarningSign, ...] = tuple(s for s in WarningSign if not s.emergency)


class ExpectedSideEffect(LabelledEnum):
    """docs/clinical-rules.md "The procedure": common side effects, usually gone within a couple of days."""

    LOCAL_BACK_PAIN = (
        "local_back_pain",
        "Pain in the back where the needle went in",
        "Smerter i ryggen ved indstiksstedet",
    )
    RADICULAR_LEG_PAIN = (
        "radicular_leg_pain",
        "Pain radiating down the legs",
        "Smerter, der stråler ud i benene",
    )


EXPECTED_SIDE_EFFECTS: tuple[ExpectedSideEffect, ...] = tuple(ExpectedSideEffect)

# docs/clinical-rules.md "The procedure": "often fade by themselves within a
# couple of days" (the Danish source: "ofte fortager sig spontant indenfor et par dage").
SIDE_EFFECTS_NOTE = Label(
    en="These are common and often fade by themselves within a couple of days.",
    da="Det er almindeligt og fortager sig ofte af sig selv inden for et par dage.",
)
