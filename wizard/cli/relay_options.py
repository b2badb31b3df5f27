"""Options shared by `export` and `thunderbird apply`: which relay setting, whose address, which incoming server.

Not a subcommand. Bad values are usage errors (exit 2, one line); the faces turn core messages into text.
"""

from __future__ import annotations

import argparse

from wizard.cli.common import host_type, render

SECURITY = ["tls", "starttls", "plain"]
AUTH = ["auto", "plain", "login", "cram-md5", "none"]


def add_setting_options(p: argparse.ArgumentParser, require_from: bool = True) -> None:
    src = p.add_argument_group("relay setting (either a provider's candidate or your own values)")
    which = src.add_mutually_exclusive_group()
    which.add_argument("--isp", metavar="ID", help="provider id (see `relay-wizard isps`)")
    which.add_argument("--host", metavar="H", type=host_type,
                       help="outgoing server host name (a Japanese name such as mail.山田商店.jp works too)")
    src.add_argument("--candidate", metavar="N", type=int, default=None,
                     help="with --isp: the candidate number as listed by `relay-wizard isps` (default 1)")
    src.add_argument("--port", metavar="N", type=int, help="with --host: port")
    src.add_argument("--security", choices=SECURITY, help="with --host: tls (465), starttls (587) or plain")
    src.add_argument("--auth", choices=AUTH, help="login method (default: auto with --user, else none)")
    src.add_argument("--user", metavar="NAME", help="login name at the provider (replaces the profile's template)")
    src.add_argument("--isp-address", metavar="ADDR", default="",
                     help="with --isp: your mail address AT THE PROVIDER, fills {address}/{subdomain} templates")
    src.add_argument("--account", metavar="ID", default="", help="with --isp: account ID for {account} templates")
    src.add_argument("--server", "--user-host", dest="server", metavar="HOST", type=host_type,
                     help="with --isp: the server name for a profile that asks for one (\"other\": {host}); "
                          "--user-host is the old name, still accepted")
    p.add_argument("--from", dest="from_address", metavar="ADDRESS", required=require_from,
                   help="your own address (you@your-domain.jp)")
    p.add_argument("--name", metavar="NAME", default="", help="display name (your name or your company's)")


def add_incoming_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("incoming server (rental server; default: a marked guess IMAP mail.<domain>:993)")
    g.add_argument("--incoming-host", metavar="H", type=host_type,
                   help="incoming server host name (a Japanese name such as mail.山田商店.jp works too)")
    g.add_argument("--incoming-type", choices=["imap", "pop3"], default="imap")
    g.add_argument("--incoming-security", choices=SECURITY, default="tls")
    g.add_argument("--incoming-port", metavar="N", type=int)
    g.add_argument("--incoming-user", metavar="NAME", default="", help="default: your own address")


def usage_error(args, text: str) -> None:
    """Exit 2 with one line, like argparse."""
    args._parser.error(text)


def setting_from_args(args):
    """The concrete RelaySetting, the own Address and the IspProfile (or None); usage errors exit 2."""
    # lazy: this module is imported with the parser on every CLI start; the catalogue, the export base and the
    # model (about 30 ms) load only when a command builds its setting
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.catalog.resolve import ResolveError, resolve
    from wizard.core.export.base import ExportError, check_setting
    from wizard.core.inputs.address import AddressError, parse_address
    from wizard.core.model import Auth, RelaySetting, Security

    try:
        address = parse_address(args.from_address)
    except AddressError as exc:
        usage_error(args, f"--from: {render(exc.msg, args)}")
    isp = None
    if args.isp:
        if args.port is not None or args.security:
            usage_error(args, "--port and --security go with --host, not with --isp")
        isp = load_catalog().get(args.isp)
        if isp is None:
            usage_error(args, f"--isp: unknown provider {args.isp!r} (see `relay-wizard isps`)")
        try:
            setting = resolve(isp, isp_address=args.isp_address, account=args.account, host=args.server or "",
                              login=args.user or "").concrete(args.candidate or 1)
        except ResolveError as exc:
            usage_error(args, render(exc.msg, args) + " (--isp-address, --account, --server, --user)")
        if args.auth:
            setting = RelaySetting(setting.host, setting.port, setting.security, Auth(args.auth), setting.username)
    elif args.host:
        if args.candidate is not None:
            usage_error(args, "--candidate goes with --isp")
        if args.port is None or not args.security:
            usage_error(args, "--host needs --port and --security")
        auth = Auth(args.auth) if args.auth else (Auth.AUTO if args.user else Auth.NONE)
        setting = RelaySetting(args.host, args.port, Security(args.security), auth, args.user or "")
    else:
        usage_error(args, "give either --isp ID or --host H --port N --security S")
    try:
        setting = check_setting(setting)
    except ExportError as exc:
        usage_error(args, render(exc.msg, args))
    return setting, address, isp


def incoming_from_args(args):
    # lazy: as in setting_from_args
    from wizard.core.export.base import IncomingServer, IncomingType, default_incoming_port
    from wizard.core.model import Security

    if not args.incoming_host:
        if args.incoming_port or args.incoming_user:
            usage_error(args, "--incoming-port and --incoming-user need --incoming-host")
        return None
    kind, sec = IncomingType(args.incoming_type), Security(args.incoming_security)
    return IncomingServer(host=args.incoming_host, port=args.incoming_port or default_incoming_port(kind, sec),
                          type=kind, security=sec, username=args.incoming_user)
