"""`relay-wizard dns DOMAIN`: lint the domain's SPF and DMARC records; with a relay, propose the SPF record and
evaluate the relay against the current and the proposed record.

Exit codes: 0 nothing to change; 1 a problem to fix, or the relay does not pass SPF today; 2 usage error.

With ``--propagation [--expect RECORD]``: ask every authoritative name server directly; exit 0 when every server
answered and serves the expected record (without --expect: all serve the same SPF record), 1 when not.
"""

from __future__ import annotations

import argparse
import ipaddress

from wizard.cli.common import fail, port_type, print_json, seconds, translator
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns import QUESTION_TIMEOUT
from wizard.core.findings import Severity
from wizard.core.inputs.address import AddressError, parse_domain
from wizard.core.spf.result import result_text

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

MARK = {Severity.ERROR: "✖", Severity.WARNING: "!", Severity.INFO: "·"}


def _domain(text: str) -> str:
    try:
        return parse_domain(text).ascii
    except AddressError as exc:
        raise argparse.ArgumentTypeError(exc.msg.render(translator(None))) from None


def _ip(text: str) -> str:
    try:
        return ipaddress.ip_address(text.strip()).compressed
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an IPv4 or IPv6 address") from None


def _record_value(text: str) -> tuple[str, str]:
    from wizard.core.model import RECORD_PLACEHOLDERS

    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or key not in RECORD_PLACEHOLDERS or not value.strip():
        raise argparse.ArgumentTypeError(
            f"“{text}” is not KEY=VALUE with KEY one of {', '.join(sorted(RECORD_PLACEHOLDERS))}"
        )
    return key, value.strip()


def _resolver(text: str) -> str:
    from wizard.core.dns.resolver import ResolverSpecError, make_resolver  # lazy: dnspython, only when given

    try:
        make_resolver(text)
    except ResolverSpecError as exc:
        raise argparse.ArgumentTypeError(exc.msg.render(translator(None))) from None
    return text.strip()


def register(sub) -> None:
    p = sub.add_parser(
        "dns",
        help="check the domain's SPF and DMARC records and propose the SPF change for the relay",
        description=(
            "Read and lint the SPF record of DOMAIN (one record, at most 10 DNS lookups through all includes, at most "
            "2 void lookups, no +all/?all/ptr), show its include tree, and read its DMARC record. With --isp or "
            "--relay-ip, propose the SPF record that authorises the relay and evaluate the relay's addresses against "
            "the current and the proposed record. With --propagation, ask every authoritative name server directly. "
            "Exit codes: 0 nothing needs changing (with --propagation: every server serves the record); 1 something "
            "does (or a server is silent or serves another record); 2 usage error."
        ),
    )
    p.add_argument("domain", metavar="DOMAIN", type=_domain, help="your own mail domain, e.g. example.co.jp")
    relay = p.add_mutually_exclusive_group()
    relay.add_argument("--isp", metavar="ID", help="the provider whose relay you use (see `relay-wizard isps`)")
    relay.add_argument(
        "--relay-ip", metavar="IP", type=_ip, nargs="+", default=[], help="the relay's outgoing address(es) instead of --isp"
    )
    p.add_argument("--relay-host", metavar="HOST", help="the relay host your mail program uses (default: the provider's first)")
    p.add_argument(
        "--isp-address",
        metavar="ADDRESS",
        default="",
        help="your mail address at the provider (e.g. taro@abc.ocn.ne.jp): fills the provider's SPF include",
    )
    p.add_argument(
        "--record-value",
        metavar="KEY=VALUE",
        type=_record_value,
        action="append",
        default=[],
        help="with a service's --isp: a value from its control panel that its records need (token, token_b, token_c, "
        "selector, id, code, mail_from), e.g. --record-value mail_from=bounce",
    )
    p.add_argument("--resolver", metavar="ADDR[:PORT]", type=_resolver, help="DNS server to ask (default: the system's)")
    p.add_argument("--timeout", metavar="S", type=seconds(60), default=QUESTION_TIMEOUT, help=f"seconds per DNS question (default {QUESTION_TIMEOUT:g})")
    p.add_argument(
        "--propagation",
        action="store_true",
        help="ask every authoritative name server of DOMAIN directly whether it serves the (new) SPF record",
    )
    p.add_argument("--expect", metavar="RECORD", default="", help="with --propagation: the SPF record you published")
    p.add_argument("--ns-port", metavar="N", type=port_type, default=53, help=argparse.SUPPRESS)  # tests only
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    # lazy: the domain check loads pyspf; building the parser for every other subcommand must not pay for it
    from wizard.core.domaincheck import RelayRequest, check_domain
    from wizard.core.dns.resolver import make_resolver

    tr = translator(args.lang)
    if args.expect and not args.propagation:
        return fail(args, "--expect goes with --propagation", EXIT_USAGE, usage_of="dns")
    if args.propagation:
        return _propagation(args, tr)
    isp = None
    if args.isp:
        isp = load_catalog().get(args.isp)
        if isp is None:
            return fail(args, f"unknown provider “{args.isp}” (see relay-wizard isps)", EXIT_USAGE, usage_of="dns")
    if args.isp_address and "@" not in args.isp_address:
        return fail(args, "--isp-address needs a mail address such as taro@abc.ocn.ne.jp", EXIT_USAGE, usage_of="dns")
    request = RelayRequest(
        isp=isp, isp_address=args.isp_address, host=args.relay_host or "", addresses=tuple(args.relay_ip),
        record_values=tuple(args.record_value),
    )
    resolver = make_resolver(args.resolver, timeout=args.timeout)
    result = check_domain(args.domain, resolver, request)
    if args.json:
        print_json(result.as_dict(tr))
    else:
        _print_text(result, tr)
    return EXIT_PROBLEM if result.needs_action else EXIT_OK


def _propagation(args, tr) -> int:
    from wizard.core.dns.propagation import check_propagation  # lazy: as in run()
    from wizard.core.dns.resolver import make_resolver

    if args.expect and not args.expect.strip().strip('"').lower().startswith("v=spf1"):
        return fail(args, "--expect needs an SPF record (it starts with v=spf1)", EXIT_USAGE, usage_of="dns")
    if args.isp or args.relay_ip or args.relay_host or args.isp_address:
        return fail(args, "--propagation does not go with --isp, --relay-ip, --relay-host or --isp-address",
                    EXIT_USAGE, usage_of="dns")
    result = check_propagation(args.domain, make_resolver(args.resolver, timeout=args.timeout), expect=args.expect,
                               port=args.ns_port, timeout=args.timeout)
    if args.json:
        print_json(result.as_dict(tr))
    else:
        print("\n".join(result.lines(tr)))
    return EXIT_OK if result.complete else EXIT_PROBLEM


def _print_findings(findings, tr, indent="  ") -> None:
    for f in findings:
        print(f"{indent}{MARK[f.severity]} {f.msg.render(tr)}  [{f.code}]")


def _print_tree(node, indent: str) -> None:
    label = node.via or node.domain
    cost = f"{node.lookups} lookup(s)" + (f", {node.total} with includes" if node.children else "")
    print(f"{indent}{label}  ({cost})")
    if node.record and node.via:
        print(f"{indent}    {node.record}")
    for child in node.children:
        _print_tree(child, indent + "    ")


def _print_text(c, tr) -> None:
    s = c.spf
    print(f"SPF of {c.domain}")
    for rec in s.fetched.records:
        print(f"  {rec}")
    if s.tree:
        print(f"  DNS lookups: {s.lookups} of 10, void lookups: {s.void_lookups} of 2")
        _print_tree(s.tree, "  ")
    _print_findings(s.problems, tr)
    if c.relay:
        parts = []
        if c.relay.host:
            parts.append(c.relay.host)
        if c.relay.addresses:
            parts.append("(" + ", ".join(c.relay.addresses) + ")")
        if c.relay.include:
            parts.append(f"include:{c.relay.include}")
        print(f"\nRelay: {' '.join(parts)}")
    p = c.proposal
    if p is not None:
        if p.no_change:
            print("\nProposed SPF record: no change needed")
        elif p.record:
            print(f"\nProposed SPF record ({p.lookups} DNS lookups):")
            print(f"  {p.record}")
            if len(p.strings) > 1:
                print(f"  as DNS strings: {p.zone_text}")
            if c.where:
                print(f"  {c.where.render(tr)}")
        else:
            print("\nProposed SPF record: none")
        _print_findings(p.problems, tr)
        if p.alternative and p.alternative.record:
            print(f"  Alternative without the include ({p.alternative.lookups} DNS lookups):")
            print(f"    {p.alternative.record}")
    for cur, new in zip(c.current, c.proposed, strict=False):
        print(f"\nSPF result for {cur.ip}: now {cur.result.value}, with the proposed record {new.result.value}")
        print(f"  now: {result_text(cur.result).render(tr)}")
        if new.result is not cur.result:
            print(f"  then: {result_text(new.result).render(tr)}")
    d = c.dmarc
    print(f"\nDMARC of {c.domain}")
    if d.record:
        print(f"  {d.found_at}: {d.record.text}")
    _print_findings(d.problems, tr)
    if c.records:
        print("\nRecords the route needs")
        for r in c.records:
            print(f"  [{r.state.value}] {r.msg.render(tr)}")
    if c.warnings:
        print("\nWarnings")
        _print_findings(c.warnings, tr)
