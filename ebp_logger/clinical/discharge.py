"""The advice of the discharge sheet that carries the guideline's numbers (docs/clinical-rules.md
"After the procedure"), built from the constants so text and rules cannot drift apart.
The warning signs themselves are in warning_signs.py."""

from __future__ import annotations

from ebp_logger.clinical.labels import Label
from ebp_logger.clinical.limits import FOLLOW_UP_WINDOW, LIFT_LIMIT_KG, RESTRICTION_PERIOD


def _weeks(days: int) -> int:
    return days // 7


def _kg(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "da" else text


_RESTRICT_WEEKS = _weeks(RESTRICTION_PERIOD.days)
_FU_FROM, _FU_TO = (_weeks(w.days) for w in FOLLOW_UP_WINDOW)

# docs/clinical-rules.md "After the procedure": patients are advised to *minimise* ("minimere")
# heavy lifting (more than 2.5 kg) and hard physical activity for 2 weeks — not a ban.
LIFTING_ADVICE = Label(
    en=f"Keep heavy lifting (more than {_kg(LIFT_LIMIT_KG, 'en')} kg) and hard physical "
    f"activity to a minimum for {_RESTRICT_WEEKS} weeks after the blood patch.",
    da=f"Begræns tunge løft (mere end {_kg(LIFT_LIMIT_KG, 'da')} kg) og hård fysisk aktivitet "
    f"mest muligt i {_RESTRICT_WEEKS} uger efter blodpatchen.",
)

# docs/clinical-rules.md "After the procedure": a doctor's follow-up 2–4 weeks after the EBP.
FOLLOW_UP_ADVICE = Label(
    en=f"A doctor will contact you {_FU_FROM}–{_FU_TO} weeks after the blood patch to judge "
    "the effect.",
    da=f"En læge kontakter dig {_FU_FROM}–{_FU_TO} uger efter blodpatchen for at vurdere effekten.",
)

# docs/clinical-rules.md "After the procedure": seek emergency medical help at once for these signs.
EMERGENCY_HEADING = Label(
    en="Seek emergency medical help at once if you get:",
    da="Søg akut lægehjælp med det samme, hvis du får:",
)

# docs/clinical-rules.md "After the procedure": rebound high pressure — patients should report it.
REPORT_HEADING = Label(
    en="Contact the department or your doctor if you get:",
    da="Kontakt afdelingen eller din læge, hvis du får:",
)

# docs/clinical-rules.md "The procedure": common side effects.
SIDE_EFFECTS_HEADING = Label(
    en="Common side effects:",
    da="Almindelige bivirkninger:",
)
