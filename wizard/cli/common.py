"""Helpers shared by the subcommands: output, translation of core messages, JSON.

Every ``--json`` output is one JSON object whose first key is ``schema`` (:data:`JSON_SCHEMA`); an error under
``--json`` is ``{"schema": ..., "error": {"message": ..., "exit_code": ..., "kind": ...}}`` on standard output (the
same one line goes to standard error for the person at the terminal), with the same exit code as without ``--json``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import textwrap
from functools import lru_cache
from typing import Any

from wizard.core.inputs.address import AddressError, parse_host
from wizard.core.messages import Msg
from wizard.core.secrets import KeyringUnavailable, Secret, load_password
from wizard.i18n import make_translate


def translator(lang: str | None):
    """A ``(context, text) -> text`` function for the CLI's language (``--lang`` or the system locale)."""
    return make_translate(lang)


def render(msg: Msg, args) -> str:
    return msg.render(translator(getattr(args, "lang", None)))


# The layout version of every --json output. Fields are only ever added; a change of an existing field's meaning
# (never done lightly: scripts depend on them) raises it.
JSON_SCHEMA = 1

# Exit codes of the subcommands (the same numbers as wizard.cli.EXIT_*; here to keep this module import-cycle free).
_KINDS = {1: "problem", 2: "usage", 3: "unchecked"}

# True while the command line being run asks for --json: the argparse errors, raised before the subcommand's
# options exist, then come out as JSON too. Set by wizard.cli.main for each run.
json_errors = False


def asks_for_json(argv: list[str]) -> bool:
    """Whether ``argv`` carries ``--json`` (or an abbreviation argparse would accept), before ``--``."""
    for arg in argv:
        if arg == "--":
            return False
        if len(arg) >= 3 and "--json".startswith(arg):
            return True
    return False


def print_json(data: Any) -> None:
    if isinstance(data, dict) and "schema" not in data:
        data = {"schema": JSON_SCHEMA, **data}
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def error(args, text: str) -> None:
    """A note or a reason on standard error (the exit code says whether it was fatal; see :func:`fail`)."""
    print(f"relay-wizard: {text}", file=sys.stderr)


def json_error(message: str, exit_code: int, **fields: Any) -> None:
    """The JSON form of an error on standard output."""
    print_json({"error": {"message": message, "exit_code": exit_code, "kind": _KINDS.get(exit_code, "problem"),
                          **fields}})


def fail(args, message: str, exit_code: int, *, usage_of: str = "", **fields: Any) -> int:
    """Report an error that ends the command and return ``exit_code``: one line on standard error, and under
    ``--json`` also the JSON error object on standard output. ``usage_of`` (a subcommand) words a usage error as
    argparse does and points at that subcommand's --help."""
    if usage_of:
        fields["help"] = f"relay-wizard {usage_of} --help"
    if getattr(args, "json", False) or json_errors:
        json_error(message, exit_code, **fields)
    if usage_of:
        print(f"relay-wizard {usage_of}: error: {message} (see relay-wizard {usage_of} --help)", file=sys.stderr)
    else:
        error(args, message)
    return exit_code


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


def host_type(text: str) -> str:
    """argparse type for a server host: a domain name in any script (IDNA 2008, to its ASCII form: ``mail.山田商店.jp``
    works), an IP address or ``localhost``."""
    value = text.strip().rstrip(".")
    if value.lower() == "localhost":
        return "localhost"
    try:
        return parse_host(value, ip=True).ascii
    except AddressError as exc:
        raise argparse.ArgumentTypeError(exc.msg.render()) from None


def port_type(text: str) -> int:
    """argparse type for a TCP port (1-65535)."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"“{text}” is not a port (a number from 1 to 65535)")
    return port


def login_type(text: str) -> str:
    """argparse type for a login name at the relay: kept as typed, but not empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the login name is empty")
    return text.strip()


def add_relay_key_options(parser) -> None:
    """--host, --port, --user: the relay and login whose password is meant (the keyring key, docs/KEYRING.md)."""
    parser.add_argument("--host", required=True, type=host_type, help="the relay's host name, e.g. smtp.ocn.ne.jp")
    parser.add_argument("--port", required=True, type=port_type, help="the relay's port, e.g. 587")
    parser.add_argument("--user", required=True, type=login_type, metavar="NAME", help="the login name at the relay")


def seconds(limit: float = 3600):
    """An argparse ``type``: a number of seconds, more than 0 and at most ``limit``."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        if not 0 < value <= limit:
            raise argparse.ArgumentTypeError(f"seconds must be more than 0 and at most {limit:g}: {text!r}")
        return value

    return parse


# -- wrapping text for the terminal ---------------------------------------------------------------------------------
# textwrap breaks only at spaces and counts characters: a Japanese sentence (no spaces, two columns a character)
# comes out as one over-long line, or cut inside a word such as 設定 or "25 番ポート". Japanese lines may break
# between phrases (文節); BudouX (a small model made for this, shipped in its package) finds those boundaries, and
# wcwidth gives each character's width in the terminal. What is left here is the greedy fill of the lines: small
# enough to keep in one place rather than add a layout library for it.

_NO_LINE_START = "、。，．・：；？！）」』】〉》ー…,.:;?!)]}"  # kinsoku: marks that never begin a line
MAX_WIDTH = 100  # columns: long lines stay readable on a wide terminal


def terminal_width(limit: int = MAX_WIDTH) -> int:
    """The width to wrap at: the terminal's (a pipe: 80), never more than ``limit``."""
    return max(20, min(limit, shutil.get_terminal_size((80, 24)).columns - 8))


def _width(text: str) -> int:
    from wcwidth import wcswidth

    w = wcswidth(text)
    return w if w >= 0 else len(text)


@lru_cache(maxsize=1)
def _phrases_parser():
    import budoux  # lazy: only a command that prints wrapped text needs the model

    return budoux.load_default_japanese_parser()


def _wide(text: str) -> bool:
    return any(_width(c) == 2 for c in text)


def wrap(text: str, width: int | None = None) -> list[str]:
    """``text`` as lines of at most ``width`` terminal columns (default :func:`terminal_width`), broken between words
    in English and between phrases in Japanese; a piece wider than a whole line is cut at the width. No line starts
    with a space, and punctuation (、。) stays with the phrase before it."""
    width = width or terminal_width()
    if not _wide(text):
        return textwrap.wrap(text, width) or [""]
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        pieces = []
        for piece in _phrases_parser().parse(paragraph) or [""]:
            # a phrase wider than a line breaks first at a space before Latin text ("設定: smtp.example.jp、"), never
            # between a number and its Japanese counter ("25 番ポート")
            pieces += (re.split(r"(?<= )(?=[!-~])", piece) if _width(piece) > width else [piece])
        for piece in pieces:
            if line and _width(line + piece.rstrip()) > width:
                lines.append(line.rstrip())
                line = ""
            piece = piece.lstrip() if not line else piece
            while _width(piece.rstrip()) > width:  # longer than a line (a long host name): cut it
                cut = 0
                while _width(piece[: cut + 1]) <= width:
                    cut += 1
                while cut > 1 and piece[cut] in _NO_LINE_START:  # 、。) never start a line: take one more along
                    cut -= 1
                lines.append(piece[:cut].rstrip())
                piece = piece[cut:].lstrip()
            line += piece
        lines.append(line.rstrip())
    return lines
