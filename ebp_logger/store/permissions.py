"""What each role may do: one table, enforced by every service function (not by hiding buttons)."""

from __future__ import annotations

from enum import Enum

from ebp_logger.errors import PermissionDenied
from ebp_logger.i18n import Words, _


class Action(str, Enum):
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    VIEW_RECORDS = "view_records"
    VIEW_AUDIT = "view_audit"
    EXPORT = "export"
    PRINT = "print"
    REGISTER_PATIENT = "register_patient"
    CORRECT_PATIENT = "correct_patient"
    SET_UP_SESSION = "set_up_session"
    RECORD_PROCEDURE = "record_procedure"  # vitals, injections, events, stop, start/end
    CORRECT_PROCEDURE = "correct_procedure"
    RECORD_SCORE = "record_score"
    RECORD_OBSERVATION = "record_observation"
    ACKNOWLEDGE_WARNING = "acknowledge_warning"
    DISCHARGE = "discharge"
    RECORD_FOLLOW_UP = "record_follow_up"
    MANAGE_DEVICE_INPUT = "manage_device_input"  # quarantine, artefacts


ANAESTHESIOLOGIST = "anaesthesiologist"
NURSE = "nurse"
ADMINISTRATOR = "administrator"
SYSTEM = "system"

_A = Action
PERMISSIONS: dict[str, frozenset[Action]] = {
    ANAESTHESIOLOGIST: frozenset(
        {
            _A.VIEW_RECORDS,
            _A.PRINT,
            _A.EXPORT,
            _A.VIEW_AUDIT,
            _A.REGISTER_PATIENT,
            _A.CORRECT_PATIENT,
            _A.SET_UP_SESSION,
            _A.RECORD_PROCEDURE,
            _A.CORRECT_PROCEDURE,
            _A.RECORD_SCORE,
            _A.RECORD_OBSERVATION,
            _A.ACKNOWLEDGE_WARNING,
            _A.DISCHARGE,
            _A.RECORD_FOLLOW_UP,
            _A.MANAGE_DEVICE_INPUT,
        }
    ),
    # docs/clinical-rules.md "Who does what": nurses care for the patient in supine rest and score headache.
    NURSE: frozenset(
        {_A.VIEW_RECORDS, _A.PRINT, _A.RECORD_SCORE, _A.RECORD_OBSERVATION, _A.DISCHARGE}
    ),
    ADMINISTRATOR: frozenset(
        {_A.MANAGE_USERS, _A.EDIT_SETTINGS, _A.VIEW_RECORDS, _A.VIEW_AUDIT, _A.EXPORT, _A.PRINT}
    ),
    # The device listener writes device vitals and quarantine rows, nothing else.
    SYSTEM: frozenset({_A.RECORD_PROCEDURE, _A.MANAGE_DEVICE_INPUT, _A.VIEW_RECORDS, _A.EXPORT}),
}

# The command line: each command that reads or changes patient data needs a signed-in user
# (``--user``) with one of these rights; ``demo-data``, ``blank-form``, ``verify`` and ``--help``
# need none. A PDF or a backup written to a file is an export like any other.
COMMAND_RIGHTS: dict[str, tuple[Action, ...]] = {
    "export": (Action.EXPORT,),
    "backup": (Action.EXPORT,),
    "discharge-sheet": (Action.EXPORT,),
    "procedure-record": (Action.EXPORT,),
    "restore": (Action.EDIT_SETTINGS,),  # replaces the whole database: administrators
    "hl7-listen": (Action.MANAGE_DEVICE_INPUT, Action.EDIT_SETTINGS),
    "settings": (Action.EDIT_SETTINGS,),  # only to change them (--set)
    "keys": (Action.EDIT_SETTINGS,),  # the department's key files (cli_keys.py)
}

ROLE_LABELS = {
    ANAESTHESIOLOGIST: {"en": "Anaesthesiologist", "da": "Anæstesiolog"},
    NURSE: {"en": "Nurse", "da": "Sygeplejerske"},
    ADMINISTRATOR: {"en": "Administrator", "da": "Administrator"},
}
ROLES = (ANAESTHESIOLOGIST, NURSE, ADMINISTRATOR)


def allowed(role: str, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def require_any(actor: object, actions: tuple[Action, ...]) -> None:
    """Raise ``PermissionDenied`` unless ``actor.role`` may do one of ``actions``."""
    role = getattr(actor, "role", "")
    if not any(allowed(role, a) for a in actions):
        require(actor, actions[0])


def require(actor: object, action: Action) -> None:
    """Raise ``PermissionDenied`` unless ``actor.role`` may do ``action``."""
    role = getattr(actor, "role", "")
    if not allowed(role, action):
        labels = ROLE_LABELS.get(role) or {"en": role or "unknown role"}
        raise PermissionDenied(
            _("A user with the role {role} may not {action}.").format(
                role=Words(labels), action=_ACTION_WORDS.get(action, action.value.replace("_", " "))
            )
        )


# What each action is called in the refusal above.
_ACTION_WORDS = {
    Action.MANAGE_USERS: _("manage users"),
    Action.EDIT_SETTINGS: _("edit settings"),
    Action.VIEW_RECORDS: _("view records"),
    Action.VIEW_AUDIT: _("view audit"),
    Action.EXPORT: _("export"),
    Action.PRINT: _("print"),
    Action.REGISTER_PATIENT: _("register patient"),
    Action.CORRECT_PATIENT: _("correct patient"),
    Action.SET_UP_SESSION: _("set up session"),
    Action.RECORD_PROCEDURE: _("record procedure"),
    Action.CORRECT_PROCEDURE: _("correct procedure"),
    Action.RECORD_SCORE: _("record score"),
    Action.RECORD_OBSERVATION: _("record observation"),
    Action.ACKNOWLEDGE_WARNING: _("acknowledge warning"),
    Action.DISCHARGE: _("discharge"),
    Action.RECORD_FOLLOW_UP: _("record follow up"),
    Action.MANAGE_DEVICE_INPUT: _("manage device input"),
}
