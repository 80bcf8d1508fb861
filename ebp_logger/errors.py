"""Errors the core raises for the user to read. Each carries a message fit to show as is."""

from __future__ import annotations

from ebp_logger.i18n import _, render


class EbpError(Exception):
    """Base for every error meant for a user: ``str(err)`` says what is wrong and what is allowed."""


class ValidationError(EbpError):
    """A value typed by a user (or sent by a device) is not acceptable.

    ``field`` names the input, ``allowed`` describes what would be accepted.
    """

    def __init__(self, field: str, message: str, allowed: str = "") -> None:
        self.field = field
        self.message = message
        self.allowed = allowed
        super().__init__(
            _("{message}. Allowed: {allowed}.").format(message=message, allowed=allowed)
            if allowed
            else message
        )


def message_in(exc: BaseException, lang: str) -> str:
    """The error's message in ``lang``; messages not (yet) marked stay in English."""
    if isinstance(exc, EbpError) and len(exc.args) == 1:
        return render(exc.args[0], lang)
    return str(exc)


class PermissionDenied(EbpError):
    """The signed-in user's role may not do this."""


class NotFound(EbpError):
    """A record asked for does not exist."""


class StateError(EbpError):
    """The action does not fit the record's current state (e.g. injecting after the stop)."""


class StorageError(EbpError):
    """The database could not take the write (disk full, read-only, locked). Nothing was saved."""


class ServerUnreachable(StorageError):
    """The department server (or the network to it) is gone: nothing was saved there. The
    procedure room keeps its entries on the PC meanwhile (``services.offline``)."""


class Cancelled(EbpError):
    """A long read (a ten-year overview, a whole export) was stopped by the user."""
