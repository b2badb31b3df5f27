"""`relay-wizard whereami`: this line's public address, its reverse name and the provider it suggests."""

from __future__ import annotations

from wizard.cli.blocklist import add_dns_options, make_resolver_or_none
from wizard.cli.common import fail, print_json, translator
from wizard.core.dns import WHEREAMI_TIMEOUT
from wizard.i18n import resolve_lang

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE


def register(sub) -> None:
    p = sub.add_parser(
        "whereami",
        help="show this line's public IP address, its reverse name and the provider",
        description=(
            "Find this computer's public IPv4 and IPv6 address over DNS (OpenDNS, Google), the reverse name of each "
            "and the provider that name belongs to. Unknown parts are reported with the reason; each address names "
            "the server that reported it (with --ip-server: that server). Exit codes: 0 an address was found; 1 "
            "none; 2 usage error."
        ),
    )
    p.add_argument(
        "--ip-server", metavar="ADDR[:PORT]",
        help="ask this DNS server for myip.opendns.com and o-o.myaddr.l.google.com instead of OpenDNS and Google",
    )
    add_dns_options(p, WHEREAMI_TIMEOUT)
    p.set_defaults(func=run)


def run(args) -> int:
    # lazy: dnspython and the catalogue, only when the command runs (not when the parser is built)
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.dns.resolver import ResolverSpecError, make_resolver
    from wizard.core.dns.whereami import DEFAULT_SOURCES, sources_at, where_am_i

    tr = translator(args.lang)
    resolver = make_resolver_or_none(args)
    if resolver is None:
        return EXIT_USAGE
    sources = DEFAULT_SOURCES
    if args.ip_server:
        try:
            make_resolver(args.ip_server)
        except ResolverSpecError as exc:
            return fail(args, exc.msg.render(tr), EXIT_USAGE)
        sources = sources_at(args.ip_server)
    here = where_am_i(resolver=resolver, catalog=load_catalog(), sources=sources, timeout=args.timeout)
    lang = resolve_lang(args.lang)
    if args.json:
        print_json(here.as_dict(tr, lang))
    else:
        print("\n".join(here.lines(tr, lang)))
    return EXIT_OK if here.found else EXIT_PROBLEM
