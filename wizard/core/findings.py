"""A finding from a check: a stable code for scripts, a severity, and a translatable message for people."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wizard.core.messages import Msg, Translate


class Severity(str, Enum):
    ERROR = "error"  # breaks delivery or makes the record invalid: must be fixed
    WARNING = "warning"  # works today but risky, or a receiver may treat the mail badly
    INFO = "info"  # worth knowing, nothing to fix


@dataclass(frozen=True)
class Finding:
    code: str  # stable, e.g. "spf.too_many_lookups"; scripts match on it, never on the text
    severity: Severity
    msg: Msg

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {"code": self.code, "severity": self.severity.value, "text": self.msg.render(translate)}


def finding(code: str, severity: Severity, text: str, **args) -> Finding:
    """A finding whose text is ``text`` (marked with QT_TRANSLATE_NOOP at the call) filled with ``args``."""
    return Finding(code, severity, Msg.of(text, **args))

