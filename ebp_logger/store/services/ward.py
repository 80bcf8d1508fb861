"""After the procedure: headache scores, warning-sign observations, follow-up."""

from __future__ import annotations

from datetime import datetime

from ebp_logger.clinical import validation
from ebp_logger.clinical.enums import (
    FollowUpDecision,
    FollowUpEffect,
    ScoreTimepoint,
    SessionStatus,
)
from ebp_logger.clinical.labels import parse_enum
from ebp_logger.clinical.limits import SUPINE_REST
from ebp_logger.clinical.schedule import hours_after, in_24h_window, supine_rest_end
from ebp_logger.clinical.warning_signs import WarningSign
from ebp_logger.clock import utcnow
from ebp_logger.errors import PermissionDenied, StateError, ValidationError
from ebp_logger.i18n import Words, _
from ebp_logger.store import score_window
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import write
from ebp_logger.store.models import FollowUp, HeadacheScore, Observation, Session
from ebp_logger.store.permissions import Action, allowed, require
from ebp_logger.store.services import entries

SUPINE_REST_HOURS = int(SUPINE_REST.total_seconds() // 3600)

# The score's position, in the refusal's words.
_SCORE_WORDS = {"lying": _("lying"), "standing": _("standing")}


def _nrs(value: object, field: str) -> int:
    """NRS 0–10, the error naming which score (lying or standing) is wrong."""
    try:
        return validation.nrs(value)
    except ValidationError as exc:
        raise ValidationError(
            field,
            _("Headache {field}: {message}").format(
                field=_SCORE_WORDS.get(field, field), message=exc.message
            ),
            exc.allowed,
        ) from None


def record_score(
    actor: Actor,
    session_id: int,
    timepoint: str,
    lying: object,
    standing: object,
    taken_at: datetime | None = None,
    paper: bool = False,
) -> int:
    """Headache NRS lying and standing (docs/clinical-rules.md "The procedure": before and at 24 h)."""
    require(actor, Action.RECORD_SCORE)
    tp = parse_enum(ScoreTimepoint, timepoint, "timepoint")
    lying_v = _nrs(lying, "lying")
    standing_v = _nrs(standing, "standing")
    taken_at = entries.not_future(taken_at, "time")
    with write():
        row = entries.session_row(session_id)
        if tp == ScoreTimepoint.BASELINE and row.status != SessionStatus.SETUP.value and not paper:
            raise StateError(
                _("The baseline score is taken before the procedure; correct it instead.")
            )
        if (
            tp in (ScoreTimepoint.CHECKPOINT, ScoreTimepoint.H24)
            and row.ended_at is None
            and not paper
        ):
            raise StateError(
                _("Scores after the procedure can be recorded once the procedure has ended.")
            )
        if tp == ScoreTimepoint.H24:
            _require_24h_window(row.ended_at, taken_at)
        if tp in (ScoreTimepoint.BASELINE, ScoreTimepoint.H24):
            prev = (
                entries.current(HeadacheScore, session_id)
                .where(HeadacheScore.timepoint == tp.value)
                .first()
            )
            if prev is not None:
                raise StateError(
                    _("The {timepoint} score is already recorded; correct it instead.").format(
                        timepoint=Words.of(tp).lower()
                    )
                )
        s = entries.add(
            HeadacheScore,
            actor,
            session_id,
            paper=paper,
            taken_at=taken_at,
            timepoint=tp.value,
            lying=lying_v,
            standing=standing_v,
        )
    return s.id


def _require_24h_window(procedure_end: datetime | None, taken_at: datetime) -> None:
    """A score is the guideline's 24-hour score only inside the department's window around
    24 h (docs/clinical-rules.md "The procedure"; the window is a setting, the
    guideline is silent on it). Outside it the score is recorded as what it is: a score during
    the rest, with its own time."""
    window = score_window.h24_window()
    if in_24h_window(procedure_end, taken_at, window):
        return
    low, high = (int(w.total_seconds() // 3600) for w in window)
    when = (
        _("before the procedure ended")
        if procedure_end is None
        else _("{hours:.1f} h after the procedure ended").format(
            hours=float(hours_after(procedure_end, taken_at))
        )
    )
    raise ValidationError(
        "timepoint",
        _(
            "This score was taken {when}; the 24-hour score counts only from {low} to {high} h after the end"
        ).format(when=when, low=low, high=high),
        _("record it as a score during the rest (checkpoint)"),
    )


def correct_score(actor: Actor, score_id: int, lying: object, standing: object, reason: str) -> int:
    require(actor, Action.RECORD_SCORE)
    lying_v = _nrs(lying, "lying")
    standing_v = _nrs(standing, "standing")
    with write():
        row = entries.correct(
            HeadacheScore, actor, score_id, reason, lying=lying_v, standing=standing_v
        )
    return row.id


def record_observation(
    actor: Actor,
    session_id: int,
    signs: list[str],
    note: str = "",
    observed_at: datetime | None = None,
) -> int:
    """Warning signs seen on the ward; any sign raises a flag until a doctor acknowledges it."""
    require(actor, Action.RECORD_OBSERVATION)
    codes = []
    for s in signs:
        codes.append(parse_enum(WarningSign, s, "warning_sign").value)
    if not codes and not note.strip():
        raise ValidationError(
            "observation", _("Nothing to record"), _("tick a sign or write a note")
        )
    observed_at = entries.not_future(observed_at, "time")
    with write():
        entries.session_row(session_id)
        o = entries.add(
            Observation,
            actor,
            session_id,
            observed_at=observed_at,
            signs=sorted(set(codes)),
            note=note.strip(),
        )
    return o.id


# One line: what the doctor did about the warning sign (seen the patient, scan ordered, …).
ACTION_MAX_LEN = 200


def _action_line(action: object) -> str:
    text = " ".join(str(action or "").split())
    if not text:
        raise ValidationError(
            "action",
            _("Write the action taken for the warning sign"),
            _("one line, e.g. seen, MRI"),
        )
    if len(text) > ACTION_MAX_LEN:
        raise ValidationError(
            "action",
            _("The action taken is too long"),
            _("one line of at most {limit} characters").format(limit=ACTION_MAX_LEN),
        )
    return text


def acknowledge(actor: Actor, observation_id: int, action: object = "") -> None:
    """The anaesthesiologist has seen the flag and says what was done (one line, required),
    kept as the reason of the acknowledgement in the audit trail."""
    require(actor, Action.ACKNOWLEDGE_WARNING)
    text = _action_line(action)
    with write():
        row = entries.get_current(Observation, observation_id)
        entries.set_once(
            row,
            actor,
            "acknowledge",
            reason=f"action taken: {text}",
            acknowledged_at=utcnow(),
            acknowledged_by=actor.user_id,
        )


def open_warnings(session_id: int) -> list[Observation]:
    """The session's observations with warning signs no doctor has acknowledged yet."""
    q = entries.current(Observation, session_id).where(Observation.acknowledged_at.is_null())
    return [o for o in q if o.signs]


def check_end_of_rest(
    actor: Actor, row: Session, at: datetime, reason: str, action_taken: str
) -> str:
    """The rules for ending the supine rest; returns the audit reason. Call inside ``write()``.

    docs/clinical-rules.md "The procedure": lie flat for up to 24 h. Ending
    earlier is allowed (the guideline says "up to") but needs a reason, with the hours rested
    kept. docs/clinical-rules.md "After the procedure": a warning sign calls for a doctor; with
    one not yet acknowledged only an anaesthesiologist may end the rest, recording the action
    taken, which acknowledges the open signs."""
    parts = []
    if row.ended_at is not None and at < supine_rest_end(row.ended_at):
        rested = hours_after(row.ended_at, at)
        why = " ".join((reason or "").split())
        if not why:
            raise ValidationError(
                "reason",
                _(
                    "The rest is ended after {rested:.1f} h, before the {hours} h are over: give a reason"
                ).format(rested=rested, hours=SUPINE_REST_HOURS),
                _("a short reason, e.g. patient's wish"),
            )
        parts.append(f"rest ended early after {rested:.1f} h: {why}")
    warnings = open_warnings(row.id)
    if warnings:
        if not allowed(actor.role, Action.ACKNOWLEDGE_WARNING):
            raise PermissionDenied(
                _(
                    "A warning sign is not yet acknowledged: an anaesthesiologist must see the patient and end the rest, recording the action taken."
                )
            )
        text = _action_line(action_taken)
        for obs in warnings:
            entries.set_once(
                obs,
                actor,
                "acknowledge",
                reason=f"action taken: {text}",
                acknowledged_at=utcnow(),
                acknowledged_by=actor.user_id,
            )
        parts.append(f"open warning sign(s) acknowledged, action taken: {text}")
    return "; ".join(parts)


def record_follow_up(
    actor: Actor,
    session_id: int,
    *,
    effect: str,
    decision: str,
    lying: object = None,
    standing: object = None,
    recurrence: bool = False,
    note: str = "",
    contacted_at: datetime | None = None,
) -> int:
    """The doctor's follow-up 2–4 weeks after the EBP (docs/clinical-rules.md "After the procedure")."""
    require(actor, Action.RECORD_FOLLOW_UP)
    eff = parse_enum(FollowUpEffect, effect, "effect")
    dec = parse_enum(FollowUpDecision, decision, "decision")
    lying_v = _nrs(lying, "lying") if lying not in (None, "") else None
    standing_v = _nrs(standing, "standing") if standing not in (None, "") else None
    contacted_at = entries.not_future(contacted_at, "time")
    with write():
        row = entries.session_row(session_id)
        if row.ended_at is None:
            raise StateError(_("A follow-up belongs to a procedure that has ended."))
        f = entries.add(
            FollowUp,
            actor,
            session_id,
            contacted_at=contacted_at,
            effect=eff.value,
            lying=lying_v,
            standing=standing_v,
            recurrence=bool(recurrence),
            decision=dec.value,
            note=note.strip(),
        )
    return f.id
