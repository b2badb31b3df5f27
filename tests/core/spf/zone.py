"""The DNS world of the SPF tests: include chains, loops, the lookup limits, every lint case and a provider."""

from __future__ import annotations

from tests.fixtures.dns_server import NXDOMAIN, SERVFAIL, SILENT
from wizard.core.spf.proposal import Relay

RELAY_IP = "198.51.100.7"


def txt(*records: str) -> list[str]:
    return [f'"{r}"' for r in records]


def a_terms(n: int, prefix: str) -> str:
    return " ".join(f"a:h{i}.{prefix}" for i in range(1, n + 1))


ZONE = {
    # a plain record with an include chain three deep
    ("chain.test", "TXT"): txt("v=spf1 include:one.test ip4:192.0.2.1 -all"),
    ("one.test", "TXT"): txt("v=spf1 include:two.test a:mail.one.test ~all"),
    ("two.test", "TXT"): txt("v=spf1 ip4:203.0.113.0/24 mx ~all"),
    ("two.test", "MX"): ["10 mx.two.test."],
    ("mx.two.test", "A"): ["203.0.113.25"],
    ("mail.one.test", "A"): ["192.0.2.30"],
    # redirect
    ("redir.test", "TXT"): txt("v=spf1 ip4:192.0.2.2 redirect=two.test"),
    ("redir-all.test", "TXT"): txt("v=spf1 ip4:192.0.2.2 redirect=two.test -all"),
    ("redir-none.test", "TXT"): txt("v=spf1 redirect=nothing.test"),
    # loops
    ("loop-a.test", "TXT"): txt("v=spf1 include:loop-b.test -all"),
    ("loop-b.test", "TXT"): txt("v=spf1 include:loop-a.test -all"),
    ("self.test", "TXT"): txt("v=spf1 include:self.test -all"),
    # the 10-lookup edge: ten a: terms is allowed, eleven is not
    ("ten.test", "TXT"): txt(f"v=spf1 {a_terms(10, 'ten.test')} -all"),
    ("eleven.test", "TXT"): txt(f"v=spf1 {a_terms(11, 'eleven.test')} -all"),
    ("nine.test", "TXT"): txt(f"v=spf1 {a_terms(9, 'nine.test')} -all"),
    **{(f"h{i}.ten.test", "A"): [f"192.0.2.{100 + i}"] for i in range(1, 11)},
    **{(f"h{i}.eleven.test", "A"): [f"192.0.2.{100 + i}"] for i in range(1, 12)},
    **{(f"h{i}.nine.test", "A"): [f"192.0.2.{100 + i}"] for i in range(1, 10)},
    # void lookups: three names without records
    ("void.test", "TXT"): txt("v=spf1 a:gone1.test a:gone2.test a:gone3.test ip4:192.0.2.9 -all"),
    ("void2.test", "TXT"): txt("v=spf1 a:gone1.test a:gone2.test ip4:192.0.2.9 -all"),
    # all qualifiers, ptr, syntax, macros, terms after all
    ("plusall.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 +all"),
    ("bareall.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 all"),
    ("neutral.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 ?all"),
    ("noall.test", "TXT"): txt("v=spf1 ip4:192.0.2.1"),
    ("ptr.test", "TXT"): txt("v=spf1 ptr -all"),
    ("syntax.test", "TXT"): txt("v=spf1 ip4:192.0.2.300 inclde:x.test -all"),
    ("macro.test", "TXT"): txt("v=spf1 exists:%{i}.rbl.macro.test -all"),
    ("late.test", "TXT"): txt("v=spf1 -all include:one.test"),
    ("manymx.test", "TXT"): txt("v=spf1 mx -all"),
    ("manymx.test", "MX"): [f"{i} mx{i}.manymx.test." for i in range(11)],
    # several records, none, DNS trouble
    ("two-records.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 -all", "v=spf1 include:one.test ~all"),
    ("other-txt.test", "TXT"): txt("google-site-verification=abc"),
    ("nx.test", "TXT"): NXDOMAIN,
    ("servfail.test", "ANY"): SERVFAIL,
    ("silent.test", "ANY"): SILENT,
    # include targets without a record
    ("dangling.test", "TXT"): txt("v=spf1 include:nothing.test include:other-txt.test -all"),
    # long records: published as two strings, correctly and with a broken join
    ("long.test", "TXT"): [
        '"v=spf1 ' + " ".join(f"ip4:192.0.2.{i}" for i in range(1, 16)) + ' " "'
        + " ".join(f"ip4:198.51.100.{i}" for i in range(1, 12)) + ' -all"'
    ],
    ("glued.test", "TXT"): ['"v=spf1 ip4:192.0.2.1" "ip4:192.0.2.2 -all"'],
    # the provider: OCN's customer subdomain publishes SPF; the relay host resolves
    ("abc.ocn.ne.jp", "TXT"): txt("v=spf1 ip4:198.51.100.0/24 include:spf.ocn.ad.jp -all"),
    ("spf.ocn.ad.jp", "TXT"): txt("v=spf1 ip4:203.0.113.128/25 -all"),
    ("smtp.ocn.ne.jp", "A"): [RELAY_IP],
    ("already.test", "TXT"): txt("v=spf1 include:abc.ocn.ne.jp ~all"),
}


def codes(findings) -> set[str]:
    return {f.code for f in findings}


OCN = Relay(include="abc.ocn.ne.jp", addresses=(RELAY_IP,), host="smtp.ocn.ne.jp")
BY_IP = Relay(addresses=(RELAY_IP,), host="smtp.ocn.ne.jp")
