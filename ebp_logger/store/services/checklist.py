"""The pre-procedure checklist: definitions kept as data (a department adapts them), answers
as append-only entries."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from ebp_logger.clinical.checklist import (
    DEFAULT_CHECKLIST,
    NO,
    ChecklistChoice,
    ChecklistItemDef,
    check_answers,
    last_dose_note,
    normalise_answer,
    parse_min_intervals,
)
from ebp_logger.clinical.labels import Label
from ebp_logger.clock import utcnow
from ebp_logger.errors import ValidationError
from ebp_logger.i18n import Words, _
from ebp_logger.store import audit, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import ChecklistAnswer, ChecklistItem
from ebp_logger.store.permissions import Action, require
from ebp_logger.store.services import entries


def to_spec(d: ChecklistItemDef) -> dict[str, Any]:
    return asdict(d)


def from_spec(spec: dict[str, Any]) -> ChecklistItemDef:
    s = dict(spec)
    s["choices"] = tuple(ChecklistChoice(**c) for c in s.get("choices") or ())
    for k in ("help", "unsafe"):
        s[k] = Label(**s[k]) if s.get(k) else None
    s["applies_if"] = tuple(s["applies_if"]) if s.get("applies_if") else None
    return ChecklistItemDef(**s)


def seed_defaults() -> None:
    """Put the default checklist in an empty table (first run / demo)."""
    if ChecklistItem.select().exists():
        return
    with write():
        for pos, d in enumerate(DEFAULT_CHECKLIST):
            row = ChecklistItem.create(key=d.key, position=pos, spec=to_spec(d), active=True)
            audit.record(Actor.system(), "create", row)


def definitions() -> list[ChecklistItemDef]:
    seed_defaults()
    q = ChecklistItem.select().where(ChecklistItem.active == True)  # noqa: E712
    return [from_spec(r.spec) for r in q.order_by(ChecklistItem.position)]


def current_answers(session_id: int) -> dict[str, str]:
    q = entries.current(ChecklistAnswer, session_id).order_by(ChecklistAnswer.id)
    return {a.item_key: a.answer for a in q}


def all_clear_answers() -> dict[str, str]:
    """The answers that let a procedure go ahead with no follow-up questions (demo, tests)."""
    out: dict[str, str] = {}
    for d in definitions():
        if not d.applies(out):
            continue
        if d.safe_answer is not None:
            out[d.key] = d.safe_answer
        elif d.kind == "yes_no":
            out[d.key] = NO
        elif d.kind == "choice":
            out[d.key] = d.choices[-1].code
    return out


def answer(
    actor: Actor, session_id: int, item_key: str, value: str, detail: str = "", lang: str = "en"
) -> int:
    """Record one checklist answer; answering again is a correction that keeps the first."""
    require(actor, Action.SET_UP_SESSION)
    defs = {d.key: d for d in definitions()}
    if item_key not in defs:
        raise ValidationError(
            "checklist",
            _("Unknown checklist item {item}").format(item=repr(item_key)),
            ", ".join(defs),
        )
    d = defs[item_key]
    value = normalise_answer(value)
    if d.kind == "choice" and value not in {c.code for c in d.choices}:
        raise ValidationError(
            item_key,
            _("{item}: {value} is not one of the choices").format(
                item=Words.of(d), value=repr(value)
            ),
            ", ".join(c.code for c in d.choices),
        )
    if d.kind == "yes_no" and value not in ("yes", "no"):
        raise ValidationError(
            item_key, _("{item}: answer yes or no").format(item=Words.of(d)), _("yes or no")
        )
    if d.kind == "datetime" and value:
        # A time (the anticoagulant's last dose) must be a real time, and not in the future.
        alone = replace(d, applies_if=None, blocking=False)  # the time itself, not its context
        problem = check_answers([alone], {item_key: value}, lang, now=utcnow())
        if problem:
            raise ValidationError(item_key, problem[0], _("a date and time up to now"))
    with write():
        entries.session_row(session_id)
        prev = (
            entries.current(ChecklistAnswer, session_id)
            .where(ChecklistAnswer.item_key == item_key)
            .first()
        )
        if prev is None:
            row = entries.add(
                ChecklistAnswer,
                actor,
                session_id,
                item_key=item_key,
                label=d.label(lang),
                answer=value,
                detail=detail,
            )
        elif prev.answer == value and prev.detail == detail:
            return prev.id
        else:
            row = entries.correct(
                ChecklistAnswer,
                actor,
                prev.id,
                "answer changed during set-up",
                answer=value,
                detail=detail,
            )
    return row.id


def blocking_problems(session_id: int, lang: str = "en") -> list[str]:
    return check_answers(definitions(), current_answers(session_id), lang, now=utcnow())


def anticoagulant_note(session_id: int, lang: str = "en") -> tuple[str, bool]:
    """The interval since the saved last dose of the anticoagulant, flagged (True) when it lies
    inside the department's minimum interval for the drug (a setting; the guideline gives
    none, docs/clinical-rules.md "Background")."""
    answers = current_answers(session_id)
    try:
        intervals = parse_min_intervals(settings.load().anticoagulant_min_hours)
    except ValidationError as exc:
        # Never block the screen on a setting; say that the intervals could not be checked.
        text, _ = last_dose_note(answers, {}, utcnow(), lang)
        return (f"{text} · {exc.message}" if text else exc.message), True
    return last_dose_note(answers, intervals, utcnow(), lang)
