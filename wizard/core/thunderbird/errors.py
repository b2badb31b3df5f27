"""What goes wrong with a Thunderbird profile, as exceptions that carry the words for the user."""

from __future__ import annotations

from wizard.core.messages import Msg, WizardError


class ThunderbirdError(WizardError):
    """The profile cannot be read or changed; ``msg`` says why."""


class ThunderbirdRunning(ThunderbirdError):
    """Thunderbird uses the profile right now."""


def err(text: str, **args: object) -> ThunderbirdError:
    return ThunderbirdError(Msg.of(text, **args))
