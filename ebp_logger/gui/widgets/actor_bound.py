"""The signed-in user a widget writes as; replaceable when a colleague unlocks the screen."""

from __future__ import annotations

from ebp_logger.store.audit import Actor


class ActorBound:
    """Mixin: ``self._actor`` is who the widget's service calls are made as."""

    _actor: Actor

    def set_actor(self, actor: Actor) -> None:
        """From now on entries are recorded as ``actor``; what is typed stays where it is."""
        self._actor = actor
