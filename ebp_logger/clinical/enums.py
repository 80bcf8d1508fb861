"""The coded choices of an EBP record. Values are stable lowercase codes kept in the database:
never rename a value, only its labels."""

from __future__ import annotations

from ebp_logger.clinical.labels import LabelledEnum


class Indication(LabelledEnum):
    """Why the patch is given. docs/clinical-rules.md "Background": PLPH and SIH."""

    SIH = (
        "sih",
        "Spontaneous intracranial hypotension (SIH)",
        "Spontan intrakraniel hypotension (SIH)",
    )
    PLPH = ("plph", "Post-lumbar-puncture headache (PLPH)", "Postlumbalpunktur hovedpine (PLPH)")
    OTHER = ("other", "Other", "Andet")


class PatchType(LabelledEnum):
    """docs/clinical-rules.md "The procedure" and "Targeted EBP"."""

    NON_TARGETED = ("non_targeted", "Non-targeted EBP", "Ikke-målrettet EBP")
    TARGETED = ("targeted", "Targeted EBP (CT-guided)", "Målrettet EBP (CT-vejledt)")


class Component(LabelledEnum):
    """What is injected. docs/clinical-rules.md "Targeted EBP": blood plus fibrin glue."""

    BLOOD = ("blood", "Autologous blood", "Autologt blod")
    FIBRIN_GLUE = ("fibrin_glue", "Fibrin glue", "Fibrinlim")


class Sex(LabelledEnum):
    MALE = ("male", "Male", "Mand")
    FEMALE = ("female", "Female", "Kvinde")


class Role(LabelledEnum):
    """Who signs in. docs/clinical-rules.md "Who does what" (administrator: the app's own housekeeping)."""

    ANAESTHESIOLOGIST = ("anaesthesiologist", "Anaesthesiologist", "Anæstesiolog")
    NURSE = ("nurse", "Nurse", "Sygeplejerske")
    ADMINISTRATOR = ("administrator", "Administrator", "Administrator")


class EventKind(LabelledEnum):
    """Timestamped events on the procedure timeline."""

    NEEDLE_IN = ("needle_in", "Needle in", "Nål indført")
    LOSS_OF_RESISTANCE = ("loss_of_resistance", "Loss of resistance", "Tab af modstand")
    BLOOD_DRAWN = ("blood_drawn", "Blood drawn", "Blod udtaget")
    DURAL_PUNCTURE = ("dural_puncture", "Dural puncture", "Durapunktur")
    PARAESTHESIA = ("paraesthesia", "Paraesthesia", "Paræstesi")
    VASOVAGAL = ("vasovagal", "Vasovagal reaction", "Vasovagal reaktion")
    NOTE = ("note", "Note", "Notat")
    BP_OVERDUE = ("bp_overdue", "Blood pressure overdue", "Blodtryksmåling forsinket")
    BP_MISSED = ("bp_missed", "Blood pressure reading missed", "Blodtryksmåling mangler")

    @property
    def is_complication(self) -> bool:
        """Events that are complications of the puncture, listed as such on the record."""
        return self in _COMPLICATIONS

    @property
    def is_automatic(self) -> bool:
        """Written by the app's blood-pressure timer rather than typed by a user."""
        return self in (EventKind.BP_OVERDUE, EventKind.BP_MISSED)


_COMPLICATIONS = frozenset({EventKind.DURAL_PUNCTURE, EventKind.PARAESTHESIA, EventKind.VASOVAGAL})


class ScoreTimepoint(LabelledEnum):
    """When a headache score is taken. docs/clinical-rules.md "The procedure": before and 24 h after;
    "After the procedure": follow-up 2–4 weeks. CHECKPOINT: any extra score during the rest."""

    BASELINE = ("baseline", "Before the procedure", "Før proceduren")
    CHECKPOINT = ("checkpoint", "During the rest", "Under hvilen")
    H24 = ("h24", "24 hours after", "24 timer efter")
    FOLLOW_UP = ("follow_up", "Follow-up (2–4 weeks)", "Opfølgning (2–4 uger)")


class FollowUpEffect(LabelledEnum):
    """The doctor's judgement at follow-up. docs/clinical-rules.md "Repeat treatment and referral rules"."""

    NONE = ("none", "No effect", "Ingen effekt")
    TEMPORARY = ("temporary", "Good but temporary effect", "God, men midlertidig effekt")
    LASTING = ("lasting", "Lasting effect", "Varig effekt")


class FollowUpDecision(LabelledEnum):
    """What happens next. docs/clinical-rules.md "Background" (the treatment ladder)."""

    NOTHING_MORE = ("nothing_more", "No further treatment", "Ingen yderligere behandling")
    REPEAT_EBP = ("repeat_ebp", "Repeat EBP", "Gentag EBP")
    TARGETED_EBP = ("targeted_ebp", "Refer for targeted EBP", "Henvis til targeted EBP")
    REFER_CENTRE = (
        "refer_centre",
        "Refer to a highly specialised centre",
        "Henvis til højt specialiseret funktion",
    )
    SURGERY = ("surgery", "Refer for surgery", "Henvis til kirurgisk behandling")


class VitalSource(LabelledEnum):
    MANUAL = ("manual", "Entered by hand", "Indtastet manuelt")
    DEVICE = ("device", "From the monitor", "Fra monitoren")


class SessionStatus(LabelledEnum):
    """Where a session stands. docs/clinical-rules.md "The procedure": the procedure, then 24 h supine."""

    SETUP = ("setup", "Preparing", "Forberedelse")
    IN_PROGRESS = ("in_progress", "Procedure in progress", "Procedure i gang")
    SUPINE_REST = ("supine_rest", "Lying flat (supine rest)", "Hvile i vandret leje")
    DISCHARGED = ("discharged", "Discharged", "Udskrevet")
    ABANDONED = ("abandoned", "Abandoned", "Afbrudt")


class EcgRhythm(LabelledEnum):
    """A short rhythm list for the 3-lead ECG (docs/clinical-rules.md "The procedure", ref 32)."""

    SINUS = ("sinus", "Sinus rhythm", "Sinusrytme")
    SINUS_BRADYCARDIA = ("sinus_bradycardia", "Sinus bradycardia", "Sinusbradykardi")
    SINUS_TACHYCARDIA = ("sinus_tachycardia", "Sinus tachycardia", "Sinustakykardi")
    ATRIAL_FIBRILLATION = ("atrial_fibrillation", "Atrial fibrillation", "Atrieflimren")
    OTHER = ("other", "Other rhythm", "Anden rytme")
