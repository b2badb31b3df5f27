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


def add_password_option(parser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (else the one saved in the keyring is used)",
    )


def obtain_password(args, host: str, port: int, login: str):
    """The password for ``login`` at ``host:port``: from stdin with --password-stdin, else from the keyring.

    Returns a :class:`~wizard.core.secrets.Secret` or None (nothing saved, or no keyring: a note goes to stderr).
    """
    from wizard.core.secrets import KeyringUnavailable, Secret, load_password

    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        return Secret(line.rstrip("\r\n"))
    if not login:
        return None
    try:
        return load_password(host, port, login)
    except KeyringUnavailable as exc:
        error(args, render(exc.msg, args))
        return None
