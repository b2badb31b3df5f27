"""`relay-wizard blocklist TARGET`: is the rental server (host name or IP) on a DNS blocklist?"""

from __future__ import annotations

from wizard.cli.common import error, fail, print_json, seconds, translator
from wizard.core.dns import BLOCKLIST_TIMEOUT
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.i18n import resolve_lang

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

MAX_BOUNCE_BYTES = 4 * 1024 * 1024
E_DATE = QT_TRANSLATE_NOOP("core", "“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.")
E_DATE_FUTURE = QT_TRANSLATE_NOOP("core", "The date {value} is in the future.")
E_BOUNCE = QT_TRANSLATE_NOOP("core", "The returned message {path} cannot be read: {detail}")
E_KIT_ONLY = QT_TRANSLATE_NOOP("core", "--since, --bounce and --domain go with --letter ja or --letter en.")
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
    kit = p.add_argument_group(
        "delisting kit",
        "with --letter: each listing's removal procedure (who can ask, where, what they ask for, how long it takes, "
        "with sources), the rental-server company recognised from TARGET's name or reverse name, and a ready letter "
        "to its support in Japanese or English (the exit code stays that of the check)",
    )
    kit.add_argument("--letter", choices=["ja", "en"], help="write the letter to the rental-server company in this "
                     "language (the rest of the output follows --lang)")
    kit.add_argument("--since", type=date_type, metavar="YYYY-MM-DD",
                     help="since when the address has been listed (named in the letter); without it, the watch "
                     "history's first listing per list when TARGET is watched, else nothing about the start")
    kit.add_argument("--bounce", metavar="FILE", help="a returned message (.eml or text, - for stdin) whose "
                     "replies go into the letter as evidence")
    kit.add_argument("--domain", metavar="DOMAIN", help="your own domain, for the letter's signature")
    add_dns_options(p, BLOCKLIST_TIMEOUT)
    p.set_defaults(func=run)


def date_type(text: str):
    """argparse type for a calendar date (YYYY-MM-DD), not in the future."""
    import argparse
    import datetime as dt

    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(Msg.of(E_DATE, value=text).render()) from None
    if day > dt.date.today():
        raise argparse.ArgumentTypeError(Msg.of(E_DATE_FUTURE, value=text).render())
    return day


def _read_evidence(args, tr) -> list[str] | None:
    """The receivers' replies from ``--bounce`` (none without it); None after an error message."""
    if not args.bounce:
        return []
    import sys

    from wizard.core.diagnosis.bounce import read_bounce

    try:
        if args.bounce == "-":
            data = sys.stdin.buffer.read(MAX_BOUNCE_BYTES)
        else:
            with open(args.bounce, "rb") as fh:
                data = fh.read(MAX_BOUNCE_BYTES)
    except OSError as exc:
        error(args, Msg.of(E_BOUNCE, path=args.bounce, detail=exc.strerror or str(exc)).render(tr))
        return None
    return list(read_bounce(data).replies)


def _kit(args, report, resolver, evidence, tr) -> tuple[list[str], dict]:
    """The delisting kit's text (procedures, then the letter) and its JSON field."""
    from wizard.cli.common import translator as _translator
    from wizard.core.watch.kit import prepare

    prepared = prepare(report, [args.target], resolver=resolver, timeout=args.timeout, since=args.since,
                       evidence=evidence, domain=args.domain or "")
    for problem in prepared.problems:
        error(args, problem.render(tr))
    kit = prepared.kit
    lang = resolve_lang(args.lang)
    letter_tr = _translator(args.letter)
    lines = ["", *kit.procedure_lines(lang, tr)]
    if kit.items:
        lines += ["", "-" * 72, kit.letter(args.letter, letter_tr).rstrip("\n"), "-" * 72]
    return lines, kit.as_dict(lang, tr, args.letter, letter_tr)


def run(args) -> int:
    from wizard.core.dns import blocklist as dnsbl  # lazy: dnspython, only when a check runs
    from wizard.core.dns.zones import DnsblError, load_zones, select_zones

    tr = translator(args.lang)
    resolver = make_resolver_or_none(args)
    if resolver is None:
        return EXIT_USAGE
    if not args.letter and (args.since or args.bounce or args.domain):
        error(args, Msg.of(E_KIT_ONLY).render(tr))
        return EXIT_USAGE
    evidence = _read_evidence(args, tr) if args.letter else []
    if evidence is None:
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
    kit_lines: list[str] = []
    kit_json: dict | None = None
    if args.letter:
        kit_lines, kit_json = _kit(args, report, resolver, evidence, tr)
    if args.json:
        data = report.as_dict(tr)
        if kit_json is not None:
            data["kit"] = kit_json
        print_json(data)
    else:
        print("\n".join(report.lines(tr) + kit_lines))
    if report.listed:
        return EXIT_PROBLEM
    if report.nothing_usable:  # with or without --strict: "clean" is never said when nothing answered
        return EXIT_UNCHECKED
    return EXIT_OK
