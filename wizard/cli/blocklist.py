"""`relay-wizard blocklist TARGET`: is the rental server (host name or IP) on a DNS blocklist?"""

from __future__ import annotations

from wizard.cli.common import error, fail, print_json, seconds, translator
from wizard.core.dns import BLOCKLIST_TIMEOUT

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

EXIT_UNCHECKED = 3  # nothing could be checked: no list gave a usable answer, or TARGET's addresses could not be asked


def add_dns_options(p, timeout: float) -> None:
    p.add_argument(
        "--resolver", metavar="ADDR[:PORT]", help="ask this DNS server instead of the system's (e.g. 192.0.2.53:5353)"
    )
    p.add_argument(
        "--timeout", type=seconds(60), default=timeout, metavar="S",
        help=f"give up on an answer after S seconds (default {timeout:g}); all questions run at once",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def make_resolver_or_none(args):
    """The resolver for ``--resolver`` (or the system's); None after a one-line usage error."""
    from wizard.core.dns.resolver import ResolverSpecError, make_resolver  # lazy: dnspython, only when a check runs

    try:
        return make_resolver(args.resolver, timeout=args.timeout)
    except ResolverSpecError as exc:
        fail(args, exc.msg.render(translator(args.lang)), EXIT_USAGE)
        return None


def register(sub) -> None:
    p = sub.add_parser(
        "blocklist",
        help="check a host name or IP address against the DNS blocklists",
        description=(
            "Check every address of TARGET (a host name such as the rental server's, or an IP address) against "
            "every blocklist at once. Only a list's own listing codes count as listed; error codes, timeouts and "
            "lists whose test points fail are reported as unknown with the reason. Exit codes: 0 nothing is listed "
            "(at least one list answered); 1 an address is listed somewhere; 2 usage error, or TARGET has no "
            "address (the DNS said so); 3 nothing could be checked: no list gave a usable answer, or the DNS did "
            "not answer about TARGET (offline?), so 'could not check' is never reported as 'clean'."
        ),
    )
    p.add_argument("target", metavar="TARGET", help="host name or IP address")
    p.add_argument("--zones", metavar="Z1,Z2", help="only these lists (ids or zone names, see docs/DNSBL.md)")
    p.add_argument(
        "--strict", action="store_true",
        help="kept for scripts: exit 3 when no list gave a usable answer (now the default)",
    )
    add_dns_options(p, BLOCKLIST_TIMEOUT)
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.dns import blocklist as dnsbl  # lazy: dnspython, only when a check runs
    from wizard.core.dns.zones import DnsblError, load_zones, select_zones

    tr = translator(args.lang)
    resolver = make_resolver_or_none(args)
    if resolver is None:
        return EXIT_USAGE
    try:
        zones = load_zones()
        if args.zones:
            zones = select_zones(zones, args.zones.split(","))
        dnsbl.parse_target(args.target)
    except DnsblError as exc:
        return fail(args, exc.msg.render(tr), EXIT_USAGE)
    try:
        report = dnsbl.check_target(args.target, resolver=resolver, zones=zones, timeout=args.timeout)
    except DnsblError as exc:  # a host name without addresses, or the DNS did not answer about it
        if args.json:
            print_json(dnsbl.BlocklistReport(args.target, (), (), error=exc.msg).as_dict(tr))
        error(args, exc.msg.render(tr))
        return EXIT_UNCHECKED if isinstance(exc, dnsbl.TargetUnanswered) else EXIT_USAGE
    if args.json:
        print_json(report.as_dict(tr))
    else:
        print("\n".join(report.lines(tr)))
    if report.listed:
        return EXIT_PROBLEM
    if report.nothing_usable:  # with or without --strict: "clean" is never said when nothing answered
        return EXIT_UNCHECKED
    return EXIT_OK
