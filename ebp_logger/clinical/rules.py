"""Repeat and referral advice before a new EBP (docs/clinical-rules.md "Repeat treatment and referral
rules"). Advice only: the anaesthesiologist decides; nothing here refuses a patch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ebp_logger.clinical.enums import FollowUpEffect, PatchType
from ebp_logger.clinical.labels import LabelledEnum, normalise_lang
from ebp_logger.clinical.limits import REFER_AFTER_FAILED_NON_TARGETED
from ebp_logger.clinical.schedule import earliest_repeat as _earliest_repeat
from ebp_logger.clock import as_utc, to_local


class Severity(LabelledEnum):
    INFO = ("info", "Information", "Information")
    WARNING = ("warning", "Warning", "Advarsel")
    STRONG = ("strong", "Strong recommendation", "Kraftig anbefaling")


@dataclass(frozen=True)
class Advice:
    code: str
    severity: Severity
    text_da: str
    text_en: str

    def text(self, lang: str | None = "en") -> str:
        return self.text_da if normalise_lang(lang) == "da" else self.text_en


@dataclass(frozen=True)
class PriorPatch:
    """An earlier EBP of the same patient. ``effect`` is None until the follow-up has judged it.
    ``abandoned``: the attempt was given up (e.g. poor cooperation, as in the case report)."""

    performed_at: datetime
    patch_type: PatchType
    effect: FollowUpEffect | None = None
    abandoned: bool = False


@dataclass(frozen=True)
class AttemptAdvice:
    attempt_number: int  # this new attempt's number, counting abandoned ones too
    warnings: tuple[Advice, ...]
    refer_prompt: bool  # at least one non-targeted patch had no effect
    too_soon: bool  # the last patch given was under 2 weeks ago
    earliest_repeat: datetime | None  # 2 weeks after the last patch given
    failed_non_targeted: int = 0  # non-targeted patches judged to have had no effect

    @property
    def refer_firmly(self) -> bool:
        """The failed count has reached the firm referral point."""
        return self.failed_non_targeted >= REFER_AFTER_FAILED_NON_TARGETED


def _when(dt: datetime, lang: str) -> str:
    local = to_local(dt)
    return f"{local:%d.%m.%Y kl. %H:%M}" if lang == "da" else f"{local:%Y-%m-%d %H:%M}"


def assess_new_attempt(history: Sequence[PriorPatch], now: datetime) -> AttemptAdvice:
    """Advice for a new EBP given the patient's earlier ones (any order)."""
    now = as_utc(now)
    ordered = sorted(history, key=lambda p: as_utc(p.performed_at))
    given = [p for p in ordered if not p.abandoned]
    advice: list[Advice] = []

    earliest: datetime | None = None
    too_soon = False
    if given:
        last = given[-1]
        last_at = as_utc(last.performed_at)
        # docs/clinical-rules.md "Repeat treatment and referral rules": at the earliest 2 weeks after.
        earliest = _earliest_repeat(last_at)
        too_soon = now < earliest
        if too_soon:
            advice.append(
                Advice(
                    code="too_soon",
                    severity=Severity.WARNING,
                    text_en=(
                        f"The last EBP was given {_when(last_at, 'en')}. The guideline advises "
                        f"repeating at the earliest 2 weeks later: {_when(earliest, 'en')}."
                    ),
                    text_da=(
                        f"Seneste EBP blev givet {_when(last_at, 'da')}. Referenceprogrammet "
                        f"anbefaler at gentage tidligst 2 uger efter: {_when(earliest, 'da')}."
                    ),
                )
            )
        if last.effect is None:
            advice.append(
                Advice(
                    code="effect_unknown",
                    severity=Severity.INFO,
                    text_en=(
                        "The effect of the last EBP has not been recorded yet "
                        "(the follow-up is 2–4 weeks after the EBP)."
                    ),
                    text_da=(
                        "Effekten af seneste EBP er endnu ikke registreret "
                        "(opfølgning sker 2–4 uger efter EBP)."
                    ),
                )
            )
        elif last.effect is FollowUpEffect.TEMPORARY:
            advice.append(
                Advice(
                    code="temporary_effect",
                    severity=Severity.INFO,
                    text_en=(
                        "The last EBP had a good but temporary effect: it may be repeated, "
                        "at the earliest 2 weeks after the last."
                    ),
                    text_da=(
                        "Seneste EBP havde god, men midlertidig effekt: den kan gentages "
                        "tidligst 2 uger efter den seneste."
                    ),
                )
            )

    failed = sum(
        1
        for p in given
        if p.patch_type is PatchType.NON_TARGETED and p.effect is FollowUpEffect.NONE
    )
    # docs/clinical-rules.md "Repeat treatment and referral rules": no effect after the first or second
    # EBP → investigate the leak site; no response to 1–2 non-targeted EBPs → refer to a highly
    # specialised centre. Prompt from the first, firm from REFER_AFTER_FAILED_NON_TARGETED.
    if failed >= REFER_AFTER_FAILED_NON_TARGETED:
        advice.append(
            Advice(
                code="refer_centre",
                severity=Severity.STRONG,
                text_en=(
                    f"{failed} non-targeted EBPs have had no effect: refer to a highly "
                    "specialised centre for further investigation and treatment "
                    "(targeted EBP and/or surgery)."
                ),
                text_da=(
                    f"{failed} non-targeted EBP'er har ikke haft effekt: henvis til højt "
                    "specialiseret funktion til videre udredning og behandling "
                    "(targeted EBP og/eller kirurgi)."
                ),
            )
        )
    elif failed >= 1:
        advice.append(
            Advice(
                code="no_effect_investigate",
                severity=Severity.WARNING,
                text_en=(
                    "A non-targeted EBP has had no effect. Consider investigating the leak site "
                    "for targeted EBP and/or surgery; after 1–2 non-targeted EBPs without effect "
                    "the patient should be referred to a highly specialised centre."
                ),
                text_da=(
                    "En non-targeted EBP har ikke haft effekt. Overvej udredning for lækagens "
                    "lokalisation med henblik på targeted EBP og/eller kirurgi; efter 1–2 "
                    "non-targeted EBP'er uden effekt bør patienten henvises til højt "
                    "specialiseret funktion."
                ),
            )
        )

    abandoned = len(ordered) - len(given)
    if abandoned:
        advice.append(
            Advice(
                code="abandoned_before",
                severity=Severity.INFO,
                text_en=f"{abandoned} earlier attempt(s) were abandoned before a patch was given.",
                text_da=f"{abandoned} tidligere forsøg blev afbrudt, før der blev givet en patch.",
            )
        )

    return AttemptAdvice(
        attempt_number=len(ordered) + 1,
        warnings=tuple(advice),
        refer_prompt=failed >= 1,
        too_soon=too_soon,
        earliest_repeat=earliest,
        failed_non_targeted=failed,
    )
