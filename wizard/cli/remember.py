"""`relay-wizard remember --host H --port N --user NAME [--password-stdin] [--json]`: save a relay password in the
keyring, for IT helpers preparing a machine (``probe`` and ``thunderbird apply`` then find it)."""

from __future__ import annotations

import sys

from wizard.cli.common import add_relay_key_options, error, fail, print_json, render

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE


def register(sub) -> None:
    p = sub.add_parser(
        "remember",
        help="save the relay password in the keyring",
        description=(
            "Save (or replace) the password for a login at a relay in the keyring. The password comes from the "
            "first line of standard input with --password-stdin, else it is asked for on the terminal (twice). "
            "Exit codes: 0 saved; 1 no keyring can be used (the reason is printed); 2 usage error (also an empty or "
            "mistyped password)."
        ),
    )
    add_relay_key_options(p)
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of standard input"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _read_password(args):
    from wizard.core.secrets import Secret

    if args.password_stdin:
        return Secret(sys.stdin.readline().rstrip("\r\n"))
    if not sys.stdin.isatty():
        fail(args, "give --password-stdin to read the password from standard input", EXIT_USAGE)
        return None
    import getpass

    first = getpass.getpass(f"Password for {args.user} at {args.host}:{args.port}: ")
    again = getpass.getpass("The same password again: ")
    if first != again:
        fail(args, "the two passwords differ; nothing was saved", EXIT_USAGE)
        return None
    return Secret(first)


def run(args) -> int:
    from wizard.core.secrets import KeyringUnavailable, backend_info, keyring_service, save_password

    password = _read_password(args)
    if password is None:
        return EXIT_USAGE
    if not password:
        return fail(args, "the password is empty; nothing was saved", EXIT_USAGE)
    reason = None
    try:
        save_password(args.host, args.port, args.user, password)
    except KeyringUnavailable as exc:
        reason = render(exc.msg, args)
    saved = reason is None
    where = render(backend_info().description, args) if saved else None
    if args.json:
        print_json(
            {"saved": saved, "service": keyring_service(args.host, args.port), "user": args.user, "keyring": where,
             "reason": reason}
        )
    elif saved:
        print(f"Saved the password for {args.user} at {args.host}:{args.port} in {where}.")
    if reason is not None:
        error(args, reason)
    return EXIT_OK if saved else EXIT_PROBLEM
