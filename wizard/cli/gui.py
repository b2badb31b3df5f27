"""`relay-wizard gui`: open the wizard window (the same as no subcommand).

The network options are for IT helpers on unusual networks (a company DNS server, a TLS-inspecting proxy's CA, a
blocked OpenDNS) and for tests that point the whole wizard at local servers; they fill the same
:class:`wizard.core.inputs.flow.WizardState` fields the pages use.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.cli.common import seconds


def _resolver_spec(text: str) -> str:
    from wizard.core.dns.resolver import ResolverSpecError, make_resolver  # lazy: dnspython only when the option is given

    try:
        make_resolver(text)
    except ResolverSpecError as exc:
        raise argparse.ArgumentTypeError(exc.msg.render()) from None
    return text.strip()


def _pem_file(text: str) -> str:
    if not Path(text).is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text}")
    return str(Path(text).resolve())


def register(sub) -> None:
    p = sub.add_parser(
        "gui",
        help="open the wizard window (the default)",
        description=(
            "Open the wizard window, as relay-wizard without a subcommand does. Exit codes: 0 the window was "
            "closed; 2 usage error."
        ),
    )
    p.add_argument("--resolver", metavar="ADDR[:PORT]", type=_resolver_spec,
                   help="DNS server for every check (default: the system's; the window's DNS fields show it)")
    p.add_argument("--ca-file", metavar="PEM", type=_pem_file,
                   help="extra trusted CA certificates for the relay test, on top of the system's")
    p.add_argument("--ip-server", metavar="ADDR[:PORT]", type=_resolver_spec,
                   help="ask this DNS server for this line's public address instead of OpenDNS and Google")
    p.add_argument("--connect-timeout", metavar="S", type=seconds(600),
                   help="seconds to wait for each relay connection in the relay test (default 10)")
    p.set_defaults(func=run)


def wizard_options(args) -> dict:
    """The keyword arguments of :class:`wizard.gui.wizard.RelayWizard` from the parsed options."""
    return {
        "resolver": args.resolver or "",
        "ca_file": args.ca_file or "",
        "ip_server": args.ip_server or "",
        "connect_timeout": args.connect_timeout or 0.0,
    }


def run(args) -> int:
    from wizard.gui.app import run as run_gui  # lazy: Qt and the window only for this subcommand

    return run_gui(lang=args.lang, **wizard_options(args))
