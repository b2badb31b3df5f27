"""`relay-wizard forget --host H --port N --user NAME [--json]`: delete the saved relay password from the keyring."""

from __future__ import annotations

from wizard.cli.common import add_relay_key_options, error, print_json, render

from . import EXIT_OK, EXIT_PROBLEM


def register(sub) -> None:
    p = sub.add_parser(
        "forget",
        help="delete the relay password saved in the keyring",
        description=(
            "Delete the password saved in the keyring for a login at a relay. Exit codes: 0 deleted; 1 nothing was "
            "saved or no keyring can be used (the reason is printed); 2 usage error."
        ),
    )
    add_relay_key_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
    from wizard.core.secrets import KeyringUnavailable, delete_password, keyring_service

    service = keyring_service(args.host, args.port)
    reason = None
    try:
        deleted = delete_password(args.host, args.port, args.user)
    except KeyringUnavailable as exc:
        deleted, reason = False, exc.msg
    if not deleted and reason is None:
        reason = Msg.of(
            QT_TRANSLATE_NOOP("core", "No password is saved for {user} at {host}:{port}."),
            user=args.user,
            host=args.host,
            port=args.port,
        )
    text = render(reason, args) if reason is not None else None
    if args.json:
        print_json({"deleted": deleted, "service": service, "user": args.user, "reason": text})
    elif deleted:
        print(f"Deleted the saved password for {args.user} at {args.host}:{args.port}.")
    if text is not None:
        error(args, text)
    return EXIT_OK if deleted else EXIT_PROBLEM
