"""User-facing messages from the core, translatable without importing Qt.

The core never formats final user text in one language. It returns :class:`Msg` objects that carry the English
source text (with ``{name}`` placeholders) and the values to fill in. The faces translate them: the GUI through Qt's
translator, the CLI through the same ``.qm`` files (see ``wizard/i18n.py``).

Source strings are marked with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` collects them into
``resources/i18n/*.ts`` under the context ``"core"``. The function is defined here (not imported from Qt): lupdate
matches the name, not the import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CONTEXT = "core"

Translate = Callable[[str, str], str]
"""A function ``(context, source_text) -> translated_text``; identity when no translation is loaded."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Msg:
    """A translatable message: English source text plus the values for its placeholders.

    Values that are themselves :class:`Msg` objects are translated too before they are filled in.
    """

    text: str
    args: tuple[tuple[str, object], ...] = field(default=())
    context: str = CONTEXT

    @classmethod
    def of(cls, text: str, **args: object) -> Msg:
        return cls(text, tuple(sorted(args.items())))

    def render(self, translate: Translate | None = None) -> str:
        tr = translate or _identity
        values = {k: (v.render(tr) if isinstance(v, Msg) else v) for k, v in self.args}
        template = tr(self.context, self.text) or self.text
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the English source.
            try:
                return self.text.format(**values)
            except (KeyError, IndexError, ValueError):  # a source text with stray braces: show it as it is
                return self.text

    def __str__(self) -> str:
        return self.render()


class WizardError(Exception):
    """Base of every error the core raises on purpose. Carries a translatable :class:`Msg`.

    ``str(error)`` gives the English text; faces call ``error.msg.render(translate)``.
    """

    def __init__(self, msg: Msg):
        super().__init__(msg.render())
        self.msg = msg


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` safe to show in a terminal or a log: control characters (escape sequences) and bidi overrides
    become ``\\xNN`` / ``\\uNNNN`` escapes; tabs stay."""
    if text.isprintable():
        return text
    out = []
    for c in text:
        o = ord(c)
        if c == "\t" or (c.isprintable() and c not in _BIDI):
            out.append(c)
        elif o < 0x100:
            out.append(f"\\x{o:02x}")
        else:
            out.append(f"\\u{o:04x}")
    return "".join(out)
