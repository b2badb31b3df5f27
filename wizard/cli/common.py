"""Helpers shared by the subcommands: output, translation of core messages, JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from wizard.core.messages import Msg


def translator(lang: str | None):
    """A ``(context, text) -> text`` function for the CLI's language (``--lang`` or the system locale)."""
    from wizard.i18n import make_translate

    return make_translate(lang)


def render(msg: Msg, args) -> str:
    return msg.render(translator(getattr(args, "lang", None)))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def error(args, text: str) -> None:
    print(f"relay-wizard: {text}", file=sys.stderr)
