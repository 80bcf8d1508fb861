"""The guideline's numbers, and the settings for what it leaves open.

Constants carry a pointer to their docs/clinical-rules.md section. Where the guideline is silent the value
is a field of a frozen settings dataclass with a default, so a site can change it without the
code pretending it is a clinical rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from ebp_logger.clinical.enums import Component, PatchType

# --- Volumes ---------------------------------------------------------------------------------

# docs/clinical-rules.md "The procedure": "as much blood as possible, up to 40 ml autologous blood".
GUIDELINE_NON_TARGETED_MAX_ML = 40.0
# docs/clinical-rules.md "The procedure": "typically 20–40 ml".
GUIDELINE_NON_TARGETED_TYPICAL_ML = (20.0, 40.0)
# docs/clinical-rules.md "Targeted EBP": "usually about 2–4 ml autologous blood plus 2–4 ml fibrin glue".
GUIDELINE_TARGETED_TYPICAL_ML = (2.0, 4.0)

# Volumes are logged to 0.1 ml. The guideline is silent on resolution; 0.1 ml is what a
# syringe can be read to, and it keeps sums exact (see volume.py).
VOLUME_DECIMALS = 1


@dataclass(frozen=True)
class VolumeLimits:
    """Volume settings. Defaults follow the guideline where it speaks."""

    # docs/clinical-rules.md "The procedure": up to 40 ml. A site may set it lower, never higher.
    non_targeted_max_ml: float = GUIDELINE_NON_TARGETED_MAX_ML
    # docs/clinical-rules.md "The procedure": typically 20–40 ml (a hint, not a limit).
    non_targeted_typical: tuple[float, float] = GUIDELINE_NON_TARGETED_TYPICAL_ML
    # docs/clinical-rules.md "Targeted EBP": about 2–4 ml blood and 2–4 ml fibrin glue (hints).
    targeted_blood_typical: tuple[float, float] = GUIDELINE_TARGETED_TYPICAL_ML
    targeted_glue_typical: tuple[float, float] = GUIDELINE_TARGETED_TYPICAL_ML
    # docs/clinical-rules.md is silent on a hard maximum for a targeted patch ("usually about 2–4 ml").
    # A setting, not a rule: the default catches typing slips while leaving room above "usually".
    targeted_blood_max_ml: float = 10.0
    targeted_glue_max_ml: float = 10.0
    # docs/clinical-rules.md is silent on the size of one injection. A setting; the default never refuses
    # what the total allows for a non-targeted patch.
    max_single_injection_ml: float = GUIDELINE_NON_TARGETED_MAX_ML

    def __post_init__(self) -> None:
        maxima = (
            self.non_targeted_max_ml,
            self.targeted_blood_max_ml,
            self.targeted_glue_max_ml,
            self.max_single_injection_ml,
        )
        if not all(math.isfinite(v) and v > 0 for v in maxima):
            raise ValueError("volume maxima must be positive, finite numbers of ml")
        if self.non_targeted_max_ml > GUIDELINE_NON_TARGETED_MAX_ML:
            # docs/clinical-rules.md "The procedure": up to 40 ml; a setting may not exceed the guideline.
            raise ValueError(
                f"non_targeted_max_ml may not exceed the guideline's {GUIDELINE_NON_TARGETED_MAX_ML:g} ml"
            )
        for low, high in (
            self.non_targeted_typical,
            self.targeted_blood_typical,
            self.targeted_glue_typical,
        ):
            if not 0 <= low <= high:
                raise ValueError("a typical range must be (low, high) with 0 <= low <= high")

    def max_ml(self, patch_type: PatchType, component: Component) -> float | None:
        """The total allowed for ``component`` in this patch type; None when it is not used."""
        if patch_type is PatchType.NON_TARGETED:
            # docs/clinical-rules.md "The procedure": a non-targeted patch is autologous blood only.
            return self.non_targeted_max_ml if component is Component.BLOOD else None
        if component is Component.BLOOD:
            return self.targeted_blood_max_ml
        return self.targeted_glue_max_ml

    def typical_ml(self, patch_type: PatchType, component: Component) -> tuple[float, float] | None:
        """The usual total range (for a hint), or None when the component is not used."""
        if patch_type is PatchType.NON_TARGETED:
            return self.non_targeted_typical if component is Component.BLOOD else None
        if component is Component.BLOOD:
            return self.targeted_blood_typical
        return self.targeted_glue_typical


DEFAULT_VOLUME_LIMITS = VolumeLimits()

# --- Times -----------------------------------------------------------------------------------

# docs/clinical-rules.md "The procedure": blood pressure every 5 minutes (ref 32).
BP_INTERVAL = timedelta(minutes=5)
# docs/clinical-rules.md "The procedure": lie flat as much as possible for up to 24 h.
SUPINE_REST = timedelta(hours=24)
# docs/clinical-rules.md "The procedure": headache scored before and 24 h after.
SCORE_AFTER = timedelta(hours=24)
# docs/clinical-rules.md "After the procedure": a doctor's follow-up 2–4 weeks after the EBP.
FOLLOW_UP_WINDOW = (timedelta(weeks=2), timedelta(weeks=4))
# docs/clinical-rules.md "Repeat treatment and referral rules": repeat at the earliest 2 weeks after.
REPEAT_MIN_INTERVAL = timedelta(weeks=2)
# docs/clinical-rules.md "After the procedure": no heavy lifting / hard activity for 2 weeks.
RESTRICTION_PERIOD = timedelta(weeks=2)
# docs/clinical-rules.md "After the procedure": "heavy lifting (more than 2.5 kg)".
LIFT_LIMIT_KG = 2.5
# docs/clinical-rules.md "Targeted EBP": "ideally within 3 months" (taken as 90 days; the guideline does
# not say from which day it counts, so callers pass the date they mean, e.g. the diagnosis).
TARGETED_IDEAL_WITHIN = timedelta(days=90)

# --- Outcome and referral --------------------------------------------------------------------

# docs/clinical-rules.md "Outcome figures": good response = headache reduced by at least 50 %.
GOOD_RESPONSE_REDUCTION = 0.5
# docs/clinical-rules.md "Repeat treatment and referral rules": a patient who does not respond to "1–2"
# non-targeted EBPs should be referred to a highly specialised centre. The app prompts from the
# first failed patch and makes the referral firm at this count.
REFER_AFTER_FAILED_NON_TARGETED = 2

# --- Scales ----------------------------------------------------------------------------------

# docs/clinical-rules.md "The procedure" asks for headache intensity lying and standing but names no
# scale; the app uses the 0–10 numeric rating scale (NRS), whose ends are its definition.
NRS_MIN = 0
NRS_MAX = 10
