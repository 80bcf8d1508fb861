"""Why an injection stopped. The guideline's three stop criteria come first."""

from __future__ import annotations

from ebp_logger.clinical.labels import LabelledEnum, parse_enum
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

FIELD = "stop_reason"


class StopReason(LabelledEnum):
    """``source`` says where each reason comes from; ``from_guideline`` marks the three stop
    criteria of docs/clinical-rules.md "The procedure"."""

    # docs/clinical-rules.md "The procedure": injection must stop at increased headache, radicular pain
    # (pain radiating to the legs) or back pain.
    INCREASED_HEADACHE = ("increased_headache", "Increased headache", "Øget hovedpine", "guideline")
    RADICULAR_PAIN = (
        "radicular_pain",
        "Radicular pain (radiating to the legs)",
        "Radikulære smerter (udstråling til benene)",
        "guideline",
    )
    BACK_PAIN = ("back_pain", "Back pain", "Rygsmerter", "guideline")
    # docs/clinical-rules.md "The procedure": up to 40 ml; reaching the maximum ends the injection.
    MAX_VOLUME = ("max_volume", "Maximum volume reached", "Maksimal volumen nået", "volume limit")
    PATIENT_REQUEST = ("patient_request", "Patient's request", "Patientens ønske", "practice")
    # docs/clinical-rules.md "The case report": a first patch failed (poor cooperation).
    POOR_COOPERATION = (
        "poor_cooperation",
        "Patient could not cooperate",
        "Patienten kunne ikke samarbejde",
        "case report",
    )
    VASOVAGAL_HYPOTENSION = (
        "vasovagal_hypotension",
        "Vasovagal reaction / low blood pressure",
        "Vasovagal reaktion / blodtryksfald",
        "practice",
    )
    DURAL_PUNCTURE = ("dural_puncture", "Dural puncture", "Durapunktur", "practice")
    TECHNICAL_FAILURE = (
        "technical_failure",
        "Technical failure (epidural space not found)",
        "Teknisk svigt (epiduralrummet ikke fundet)",
        "practice",
    )
    OTHER = ("other", "Other reason (describe)", "Anden årsag (beskriv)", "practice")

    def __init__(self, code: str, en: str, da: str, source: str) -> None:
        self.source = source

    @property
    def from_guideline(self) -> bool:
        """One of the guideline's own three stop criteria."""
        return self.source == "guideline"

    @property
    def requires_text(self) -> bool:
        """OTHER means nothing without a description."""
        return self is StopReason.OTHER

    @property
    def abandons_patch(self) -> bool:
        """The patch did not get done for a non-clinical or technical reason (a failed attempt,
        as in the case report), rather than ending because the epidural space was full."""
        return self in (
            StopReason.POOR_COOPERATION,
            StopReason.TECHNICAL_FAILURE,
            StopReason.DURAL_PUNCTURE,
        )


GUIDELINE_STOP_REASONS: tuple[StopReason, ...] = tuple(r for r in StopReason if r.from_guideline)

# Free text is for a clinician's note; a limit keeps a pasted document out of the record.
# The guideline is silent; the number is a plain design choice.
MAX_TEXT_LENGTH = 500


def validate_stop(reason: StopReason | str, text: str | None = None) -> str:
    """The cleaned free text for a stop (may be empty), or ValidationError.

    ``reason`` may be a StopReason or its code. OTHER needs a description.
    """
    member = parse_enum(StopReason, reason, FIELD)
    cleaned = (text or "").strip()
    if member.requires_text and not cleaned:
        raise ValidationError(
            "stop_text",
            _("Describe the reason when the stop reason is 'Other'"),
            _("a short description"),
        )
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            "stop_text",
            _("The description is {length} characters long").format(length=len(cleaned)),
            _("at most {count} characters").format(count=MAX_TEXT_LENGTH),
        )
    return cleaned
