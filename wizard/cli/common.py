"""Helpers shared by the subcommands: output, translation of core messages, JSON."""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from typing import Any

from wizard.core.inputs.address import AddressError, parse_domain
from wizard.core.messages import Msg
from wizard.core.secrets import KeyringUnavailable, Secret, load_password
from wizard.i18n import make_translate


def translator(lang: str | None):
    """A ``(context, text) -> text`` function for the CLI's language (``--lang`` or the system locale)."""
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
    """argparse type for a relay host: a domain name (IDNA, to its ASCII form), an IP address or ``localhost``."""
    value = text.strip().rstrip(".")
    try:
        return str(ipaddress.ip_address(value.strip("[]")))
    except ValueError:
        pass
    if value.lower() == "localhost":
        return "localhost"
    try:
        return parse_domain(value).ascii
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
