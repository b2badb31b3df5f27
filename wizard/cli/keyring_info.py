"""`relay-wizard keyring-info [--json]`: which keyring the passwords go to, and whether it can be used."""

from __future__ import annotations

from wizard.cli.common import print_json, render, translator

from . import EXIT_OK, EXIT_PROBLEM


def register(sub) -> None:
    p = sub.add_parser(
        "keyring-info",
        help="show which keyring stores the relay password, and whether it works",
        description=(
            "Show the keyring the relay password is saved in (Windows Credential Manager, macOS Keychain, "
            "GNOME Keyring / Secret Service, KWallet) and whether it can be used. Exit codes: 0 it can; 1 not "
            "(the reason is printed); 2 usage error."
        ),
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.secrets import SERVICE_PREFIX, backend_info

    info = backend_info()
    if args.json:
        data = info.as_dict(translator(args.lang))
        data["service_format"] = f"{SERVICE_PREFIX}:<host>:<port>"
        print_json(data)
    else:
        print(f"Keyring: {render(info.description, args)} ({info.name})")
        print(f"Usable:  {'yes' if info.usable else 'no'}")
        if info.reason is not None:
            print(f"Reason:  {render(info.reason, args)}")
        print(f"Entries: service “{SERVICE_PREFIX}:<host>:<port>”, user name = the login at the relay")
    return EXIT_OK if info.usable else EXIT_PROBLEM
