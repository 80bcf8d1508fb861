"""The pre-procedure safety checklist, as data, and the check of its answers.

Answers are plain strings keyed by item: "yes"/"no" for yes/no items (Danish "ja"/"nej" are
read too), a choice code, ISO 8601 text for a time, free text otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ebp_logger.clinical.labels import Label, normalise_lang
from ebp_logger.clock import as_utc
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import _

Kind = Literal["yes_no", "datetime", "text", "choice"]
YES = "yes"
NO = "no"
_YES_NO = {"yes": YES, "ja": YES, "y": YES, "j": YES, "no": NO, "nej": NO, "n": NO}


@dataclass(frozen=True)
class ChecklistChoice:
    code: str
    label_da: str
    label_en: str

    def label(self, lang: str | None = "en") -> str:
        return self.label_da if normalise_lang(lang) == "da" else self.label_en


@dataclass(frozen=True)
class ChecklistItemDef:
    """One question. ``safe_answer``: the answer that lets the procedure go ahead (None: any).
    ``blocking``: an other answer blocks the start; otherwise it is shown as a caution.
    ``applies_if``: (key, answer) — the item is asked only when that earlier item has that
    answer. ``unsafe``: what to say when the answer is not the safe one. ``source``: why the
    item is there."""

    key: str
    label_da: str
    label_en: str
    kind: Kind
    required: bool = True
    safe_answer: str | None = None
    help: Label | None = None
    choices: tuple[ChecklistChoice, ...] = ()
    blocking: bool = True
    applies_if: tuple[str, str] | None = None
    unsafe: Label | None = None
    source: str = ""

    def label(self, lang: str | None = "en") -> str:
        return self.label_da if normalise_lang(lang) == "da" else self.label_en

    def help_text(self, lang: str | None = "en") -> str:
        return self.help.text(lang) if self.help else ""

    def applies(self, answers: Mapping[str, str]) -> bool:
        """Whether the item is asked, given the other answers."""
        if self.applies_if is None:
            return True
        key, wanted = self.applies_if
        return normalise_answer(answers.get(key, "")) == wanted


def normalise_answer(answer: str | None) -> str:
    """Trimmed; yes/no words mapped to "yes"/"no"; other text kept as typed."""
    text = (answer or "").strip()
    return _YES_NO.get(text.casefold(), text)


def _yes_no(
    key: str,
    da: str,
    en: str,
    *,
    safe: str | None,
    source: str,
    blocking: bool = True,
    applies_if: tuple[str, str] | None = None,
    unsafe: Label | None = None,
    help: Label | None = None,
) -> ChecklistItemDef:
    return ChecklistItemDef(
        key=key,
        label_da=da,
        label_en=en,
        kind="yes_no",
        safe_answer=safe,
        blocking=blocking,
        applies_if=applies_if,
        unsafe=unsafe,
        help=help,
        source=source,
    )


# docs/clinical-rules.md "The procedure" (ref 32): SpO2 and 3-lead ECG continuously, BP every 5 minutes.
_MONITORING = 'docs/clinical-rules.md "The procedure" (ref 32)'
# docs/clinical-rules.md "The case report": anticoagulant treatment at the time (the
# case patient took dabigatran 150 mg twice daily), a safety check before any epidural puncture.
_ANTICOAGULANT = 'docs/clinical-rules.md "The case report"'
# Consent, coagulation, fever and allergies: docs/clinical-rules.md is silent; ordinary safety practice
# before a neuraxial puncture. The clinician judges; the app only makes sure it was asked.
_PRACTICE = "docs/clinical-rules.md silent: general safety practice"

DEFAULT_CHECKLIST: tuple[ChecklistItemDef, ...] = (
    _yes_no(
        "referral_neurologist",
        "Henvisning fra speciallæge i neurologi foreligger",
        "A referral from a neurology specialist is present",
        safe=YES,
        source='docs/clinical-rules.md "Who does what"',
        unsafe=Label(
            en="There is no referral from a neurology specialist (the guideline asks that a "
            "neurologist refers the patient for EBP)",
            da="Der foreligger ingen henvisning fra speciallæge i neurologi (referenceprogrammet "
            "anbefaler, at en neurolog henviser til EBP)",
        ),
    ),
    _yes_no(
        "consent",
        "Patienten har givet informeret samtykke",
        "The patient has given informed consent",
        safe=YES,
        source=_PRACTICE,
        unsafe=Label(
            en="Informed consent has not been given",
            da="Der er ikke givet informeret samtykke",
        ),
    ),
    _yes_no(
        "anticoagulant",
        "Får patienten blodfortyndende medicin (antikoagulans eller trombocythæmmer)?",
        "Does the patient take anticoagulant or antiplatelet medication?",
        safe=NO,
        blocking=False,
        source=_ANTICOAGULANT,
        help=Label(
            en="A safety check before any epidural puncture. Example: dabigatran 150 mg "
            "twice daily.",
            da="Sikkerhedstjek før enhver epidural punktur. Eksempel: dabigatran 150 mg "
            "× 2 dagligt.",
        ),
        unsafe=Label(
            en="The patient takes anticoagulant or antiplatelet medication: confirm the pause "
            "before the epidural puncture",
            da="Patienten får blodfortyndende medicin: bekræft pauseringen før den epidurale "
            "punktur",
        ),
    ),
    ChecklistItemDef(
        key="anticoagulant_drug",
        label_da="Præparat og dosis",
        label_en="Drug and dose",
        kind="text",
        applies_if=("anticoagulant", YES),
        source=_ANTICOAGULANT,
        help=Label(
            en="E.g. dabigatran 150 mg twice daily", da="F.eks. dabigatran 150 mg × 2 dagligt"
        ),
    ),
    ChecklistItemDef(
        key="anticoagulant_last_dose",
        label_da="Tidspunkt for seneste dosis",
        label_en="Time of the last dose",
        kind="datetime",
        applies_if=("anticoagulant", YES),
        source=_ANTICOAGULANT,
    ),
    _yes_no(
        "anticoagulant_cleared",
        "Anæstesiologen har vurderet pauseringen som tilstrækkelig til epidural punktur",
        "The anaesthesiologist has judged the pause adequate for an epidural puncture",
        safe=YES,
        applies_if=("anticoagulant", YES),
        source=_ANTICOAGULANT,
        # docs/clinical-rules.md is silent on pause times: the judgement stays with the clinician.
        help=Label(
            en="The guideline gives no pause times; follow local guidance.",
            da="Referenceprogrammet angiver ingen pauseringstider; følg lokal instruks.",
        ),
        unsafe=Label(
            en="The pause of the anticoagulant or antiplatelet medication has not been judged "
            "adequate",
            da="Pauseringen af den blodfortyndende medicin er ikke vurderet som tilstrækkelig",
        ),
    ),
    ChecklistItemDef(
        key="coagulation_tests",
        label_da="Koagulationstal (når relevant)",
        label_en="Coagulation tests (when relevant)",
        kind="choice",
        choices=(
            ChecklistChoice("normal", "Normale", "Normal"),
            ChecklistChoice("abnormal", "Afvigende", "Abnormal"),
            ChecklistChoice("not_relevant", "Ikke relevant", "Not relevant"),
        ),
        source=_PRACTICE,
    ),
    _yes_no(
        "coagulation_cleared",
        "Anæstesiologen har vurderet de afvigende koagulationstal og godkendt proceduren",
        "The anaesthesiologist has reviewed the abnormal coagulation tests and approved the "
        "procedure",
        safe=YES,
        applies_if=("coagulation_tests", "abnormal"),
        source=_PRACTICE,
        unsafe=Label(
            en="Abnormal coagulation tests have not been approved by the anaesthesiologist",
            da="Afvigende koagulationstal er ikke godkendt af anæstesiologen",
        ),
    ),
    _yes_no(
        "fever_infection",
        "Har patienten feber eller tegn på infektion (også ved indstiksstedet)?",
        "Does the patient have fever or signs of infection (also at the puncture site)?",
        safe=NO,
        blocking=False,
        source=_PRACTICE,
        # docs/clinical-rules.md "The procedure": infection is a very rare complication (ref 31).
        help=Label(
            en="Infection is a very rare complication of an EBP.",
            da="Infektion er en meget sjælden komplikation til EBP.",
        ),
        unsafe=Label(
            en="Fever or infection: the anaesthesiologist must judge whether to proceed",
            da="Feber eller infektion: anæstesiologen skal vurdere, om proceduren kan gennemføres",
        ),
    ),
    _yes_no(
        "fever_cleared",
        "Anæstesiologen har vurderet, at proceduren kan gennemføres trods feber/infektion",
        "The anaesthesiologist has judged that the procedure can go ahead despite the "
        "fever/infection",
        safe=YES,
        applies_if=("fever_infection", YES),
        source=_PRACTICE,
        unsafe=Label(
            en="Fever or infection: the procedure has not been approved by the anaesthesiologist",
            da="Feber eller infektion: proceduren er ikke godkendt af anæstesiologen",
        ),
    ),
    _yes_no(
        "allergies",
        "Har patienten allergier?",
        "Does the patient have allergies?",
        safe=None,
        source=_PRACTICE,
    ),
    ChecklistItemDef(
        key="allergies_text",
        label_da="Hvilke allergier?",
        label_en="Which allergies?",
        kind="text",
        applies_if=("allergies", YES),
        source=_PRACTICE,
    ),
    _yes_no(
        "monitoring_spo2",
        "Pulsoximetri (SpO2) er tilsluttet",
        "Pulse oximetry (SpO2) is attached",
        safe=YES,
        source=_MONITORING,
        unsafe=Label(
            en="SpO2 monitoring is not attached (required continuously during the procedure)",
            da="Pulsoximetri (SpO2) er ikke tilsluttet (kræves kontinuerligt under proceduren)",
        ),
    ),
    _yes_no(
        "monitoring_ecg",
        "3-punkts EKG er tilsluttet",
        "3-lead ECG is attached",
        safe=YES,
        source=_MONITORING,
        unsafe=Label(
            en="The 3-lead ECG is not attached (required continuously during the procedure)",
            da="3-punkts EKG er ikke tilsluttet (kræves kontinuerligt under proceduren)",
        ),
    ),
    _yes_no(
        "monitoring_bp",
        "Blodtryksmanchet er tilsluttet (måling hvert 5. minut)",
        "The blood pressure cuff is attached (a reading every 5 minutes)",
        safe=YES,
        source=_MONITORING,
        unsafe=Label(
            en="The blood pressure cuff is not attached (a reading is required every 5 minutes)",
            da="Blodtryksmanchetten er ikke tilsluttet (blodtryk skal måles hvert 5. minut)",
        ),
    ),
)


def applicable_items(
    defs: Sequence[ChecklistItemDef], answers: Mapping[str, str]
) -> list[ChecklistItemDef]:
    """The items to show now, given the answers so far (follow-up questions appear on "yes")."""
    return [d for d in defs if d.applies(answers)]


def _format_problem(item: ChecklistItemDef, answer: str, lang: str) -> str | None:
    """A message when the answer does not fit the item's kind, else None."""
    da = lang == "da"
    if item.kind == "yes_no" and answer not in (YES, NO):
        return (
            f"{item.label(lang)}: svar ja eller nej"
            if da
            else f"{item.label(lang)}: answer yes or no"
        )
    if item.kind == "choice" and answer not in {c.code for c in item.choices}:
        options = ", ".join(c.label(lang) for c in item.choices)
        return (
            f"{item.label(lang)}: vælg én af {options}"
            if da
            else f"{item.label(lang)}: choose one of {options}"
        )
    return None


def _parse_time(answer: str) -> datetime | None:
    try:
        # Python 3.10's fromisoformat does not read a trailing "Z".
        text = answer[:-1] + "+00:00" if answer.endswith(("Z", "z")) else answer
        return as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def check_answers(
    defs: Sequence[ChecklistItemDef],
    answers: Mapping[str, str],
    lang: str = "en",
    now: datetime | None = None,
) -> list[str]:
    """The problems that block the start, in plain language (empty list: all clear).

    Unanswered required items, answers of the wrong form, times in the future (when ``now``
    is given) and unsafe answers of blocking items.
    """
    lang = normalise_lang(lang)
    da = lang == "da"
    problems: list[str] = []
    for item in defs:
        if not item.applies(answers):
            continue
        answer = normalise_answer(answers.get(item.key))
        if not answer:
            if item.required:
                problems.append(
                    f"Ikke besvaret: {item.label(lang)}"
                    if da
                    else f"Not answered: {item.label(lang)}"
                )
            continue
        wrong = _format_problem(item, answer, lang)
        if wrong:
            problems.append(wrong)
            continue
        if item.kind == "datetime":
            when = _parse_time(answer)
            if when is None:
                problems.append(
                    f"{item.label(lang)}: ugyldigt tidspunkt"
                    if da
                    else f"{item.label(lang)}: not a valid date and time"
                )
                continue
            if now is not None and when > as_utc(now):
                problems.append(
                    f"{item.label(lang)}: tidspunktet ligger i fremtiden"
                    if da
                    else f"{item.label(lang)}: the time is in the future"
                )
                continue
        if item.blocking and item.safe_answer is not None and answer != item.safe_answer:
            problems.append(item.unsafe.text(lang) if item.unsafe else item.label(lang))
    return problems


def cautions(
    defs: Sequence[ChecklistItemDef], answers: Mapping[str, str], lang: str = "en"
) -> list[str]:
    """Non-blocking notes: answers of non-blocking items that differ from the safe answer."""
    notes: list[str] = []
    for item in defs:
        if item.blocking or item.safe_answer is None or not item.applies(answers):
            continue
        answer = normalise_answer(answers.get(item.key))
        if answer and answer != item.safe_answer:
            notes.append(item.unsafe.text(lang) if item.unsafe else item.label(lang))
    return notes


# --- The anticoagulant's last dose ---------------------------------------------------------
# docs/clinical-rules.md "Background" (the case report: anticoagulant treatment is a safety
# check before any epidural puncture). The guideline gives no intervals between a drug's last
# dose and the puncture; a department may set its own (AppSettings.anticoagulant_min_hours,
# "drug=hours; drug=hours"), empty by default, and the judgement stays with the anaesthesiologist.
LAST_DOSE_KEY = "anticoagulant_last_dose"
DRUG_KEY = "anticoagulant_drug"


def parse_min_intervals(text: str) -> dict[str, float]:
    """``"dabigatran=48; rivaroxaban=24"`` → ``{"dabigatran": 48.0, "rivaroxaban": 24.0}``.

    Drug names are matched case-insensitively; ValidationError names a malformed pair."""
    out: dict[str, float] = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        name, sep, hours = part.partition("=")
        try:
            value = float(hours.strip().replace(",", "."))
        except ValueError:
            value = -1.0
        if not sep or not name.strip() or not 0 < value <= 24 * 14:
            raise ValidationError(
                "anticoagulant_min_hours",
                _("»{part}« is not a drug and its minimum hours").format(part=part.strip()),
                _("drug=hours pairs separated by ';', e.g. dabigatran=48; rivaroxaban=24"),
            )
        out[name.strip().lower()] = value
    return out


def min_interval_for(drug: str, intervals: Mapping[str, float]) -> tuple[str, float] | None:
    """The department's minimum interval whose drug name appears in the typed drug text
    (the longest name wins, so "apixaban" is not matched by a shorter alias)."""
    text = (drug or "").lower()
    hits = [(name, hours) for name, hours in intervals.items() if name and name in text]
    return max(hits, key=lambda h: len(h[0])) if hits else None


def hours_since(last_dose: datetime, now: datetime) -> float:
    return (as_utc(now) - as_utc(last_dose)).total_seconds() / 3600


def last_dose_note(
    answers: Mapping[str, str], intervals: Mapping[str, float], now: datetime, lang: str = "en"
) -> tuple[str, bool]:
    """What the set-up screen says about the saved last dose: the interval since it, and
    whether it lies inside the department's minimum interval for the drug (``True``: flag it).
    ("", False) while no valid time is saved."""
    when = _parse_time(normalise_answer(answers.get(LAST_DOSE_KEY)))
    if when is None:
        return "", False
    hours = hours_since(when, now)
    da = normalise_lang(lang) == "da"
    shown = f"{hours:.1f}".replace(".", ",") if da else f"{hours:.1f}"
    text = f"{shown} timer siden seneste dosis" if da else f"{shown} h since the last dose"
    rule = min_interval_for(answers.get(DRUG_KEY, ""), intervals)
    if rule is None:
        return text, False
    name, minimum = rule
    if hours >= minimum:
        suffix = (
            f" (afdelingens minimum for {name}: {minimum:g} timer)"
            if da
            else f" (the department's minimum for {name}: {minimum:g} h)"
        )
        return text + suffix, False
    flag = (
        f" – INDEN FOR afdelingens minimum for {name} ({minimum:g} timer)"
        if da
        else f" – INSIDE the department's minimum interval for {name} ({minimum:g} h)"
    )
    return text + flag, True
