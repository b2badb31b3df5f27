"""Hostile DNS (issue 9): answers with a wrong transaction ID or for another question, forged answers racing the real
one, truncated answers (with TCP working, silent or closed), silence, huge TXT records, CNAME loops, include loops,
too many lookups and void lookups, and a server that answers every question just in time.

Every check (blocklists, SPF, DMARC, the domain check, where-am-I, the probe's own resolution) must end within its
timeout with a clear status. Time bounds are generous upper bounds that prove "did not hang".
"""

from __future__ import annotations

import time

import pytest
from dnslib import RR

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import good_points, line, listing
from tests.fixtures.hostile_dns import HostileDns
from wizard.core import dmarc, domaincheck
from wizard.core.dns import blocklist as dnsbl, whereami as network
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.blocklist import Status as BlStatus
from wizard.core.dns.zones import load_zones, normalize_ip
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.result import ProbeRequest, Timeouts
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict
from wizard.core.spf.lint import lint as spf_lint
from wizard.core.spf.record import FetchStatus
from wizard.core.spf.result import Result

CATALOG = load_catalog()
ZONE = load_zones()[0]
LISTED_IP = "192.0.2.99"
HERE = "203.0.113.80"
GOOD = {
    ("example.jp", "TXT"): ['"v=spf1 ip4:192.0.2.0/24 -all"'],
    ("_dmarc.example.jp", "TXT"): ['"v=DMARC1; p=reject"'],
    ("relay.test", "A"): ["127.0.0.1"],
    **good_points(ZONE.zone),
    **listing(LISTED_IP, ZONE.zone, ["127.0.0.2"], "listed: see https://example.test/lookup"),
    **line(HERE, "p1234.tokyo.ocn.ne.jp."),
}
FORGED = {
    ("example.jp", "TXT"): ['"v=spf1 +all"'],
    ("_dmarc.example.jp", "TXT"): ['"v=DMARC1; p=none"'],
    ("relay.test", "A"): ["198.51.100.66"],
    ("myip.opendns.com", "A"): ["198.51.100.66"],
}
T = 0.5  # seconds per question


def checks(dns: HostileDns) -> dict:
    """Run every check once through ``dns``; each value is (what came out, seconds it took)."""
    r = dns.resolver(T)
    out = {}

    def timed(name, fn):
        t0 = time.monotonic()
        out[name] = (fn(), time.monotonic() - t0)

    timed("spf", lambda: spf_lint(r, "example.jp"))
    timed("dmarc", lambda: dmarc.check(r, "example.jp"))
    timed("dnsbl", lambda: dnsbl.check_addresses([LISTED_IP], resolver=r, zones=[ZONE], timeout=1.0))
    timed("where", lambda: network.where_am_i(resolver=r, catalog=CATALOG, sources=network.sources_at(dns.address)[:1],
                                              timeout=T))
    setting = RelaySetting("relay.test", 9, Security.PLAIN, Auth.NONE)  # port 9: nothing listens, refused at once
    timed("probe", lambda: probe(ProbeRequest(setting=setting, sender="info@example.jp", resolver=r,
                                              timeouts=Timeouts(connect=0.5, read=T))))
    return out


@pytest.mark.parametrize(
    "udp, tcp, reason",
    [
        ("wrong_id", "answer", "no answer in time"),
        ("wrong_question", "answer", "no answer in time"),
        ("silent", "answer", "no answer in time"),
        ("truncated", "silent", "no answer in time"),
        ("truncated", "closed", "could not be reached"),
    ],
)
def test_answers_that_cannot_be_used_end_every_check_in_time_with_a_reason(udp, tcp, reason):
    with HostileDns(GOOD, udp=udp, tcp=tcp) as dns:
        out = checks(dns)
    rep, took = out["spf"]
    assert rep.fetched.status is FetchStatus.ERROR and reason in rep.fetched.reason.render()
    assert "spf.dns_error" in [p.code for p in rep.problems] and took < 4 * T
    rep, took = out["dmarc"]
    assert not rep.readable and "dmarc.dns_error" in [p.code for p in rep.problems] and took < 6 * T
    rep, took = out["dnsbl"]
    [result] = rep.results
    assert result.status is BlStatus.UNKNOWN and reason in result.reason.render() and took < 4
    here, took = out["where"]
    assert not here.found and reason in here.ipv4.reason.render() and took < 4 * T
    r, took = out["probe"]
    assert r.verdict is Verdict.DNS_ERROR and not r.ipv4 and took < 4 * T
    assert r.step("resolve").reply  # says why: timed out, or the truncated answer had no TCP follow-up


def test_a_forged_answer_with_a_wrong_id_loses_the_race_to_the_real_one():
    """An off-path attacker's answer (another transaction ID) arrives first; every check uses the real one."""
    with HostileDns(GOOD, udp="forged_first", forged=FORGED) as dns:
        out = checks(dns)
    assert out["spf"][0].record == "v=spf1 ip4:192.0.2.0/24 -all"
    assert out["dmarc"][0].record.p.value == "reject"
    assert out["dnsbl"][0].results[0].status is BlStatus.LISTED
    assert out["where"][0].ipv4.address == HERE
    assert out["probe"][0].ipv4 == ("127.0.0.1",)


def test_truncated_answers_are_asked_again_over_tcp():
    with HostileDns(GOOD, udp="truncated", tcp="answer") as dns:
        out = checks(dns)
        assert dns.transports() == {"udp", "tcp"}
    assert out["spf"][0].record == "v=spf1 ip4:192.0.2.0/24 -all"
    assert out["dnsbl"][0].results[0].status is BlStatus.LISTED
    assert out["where"][0].ipv4.address == HERE
    assert out["probe"][0].ipv4 == ("127.0.0.1",) and out["probe"][0].verdict is Verdict.REFUSED


def test_huge_txt_records_come_over_tcp_and_stay_bounded():
    junk = " ".join(f'"{"x" * 250}"' for _ in range(60))  # one 15 kB TXT record, besides the real ones
    zone = {
        ("example.jp", "TXT"): ['"v=spf1 ' + "ip4:192.0.2.1 " * 15 + '" "' + "ip4:192.0.2.2 " * 5 + '-all"', junk, junk],
        ("_dmarc.example.jp", "TXT"): ['"v=DMARC1; p=quarantine"', junk],
        **good_points(ZONE.zone),
        **{k: v for k, v in listing(LISTED_IP, ZONE.zone, ["127.0.0.2"]).items()},
        (dnsbl.query_name(normalize_ip(LISTED_IP), ZONE.zone), "TXT"): [junk, junk, junk, junk],
    }
    with HostileDns(zone, udp="truncate_large") as dns:
        r = dns.resolver(T)
        t0 = time.monotonic()
        rep = spf_lint(r, "example.jp")
        dm = dmarc.check(r, "example.jp")
        bl = dnsbl.check_addresses([LISTED_IP], resolver=r, zones=[ZONE], timeout=2.0)
        took = time.monotonic() - t0
        assert "tcp" in dns.transports()
    assert rep.fetched.status is FetchStatus.FOUND and "spf.long_record" in [p.code for p in rep.problems]
    assert dm.record.p.value == "quarantine"
    [result] = bl.results
    assert result.status is BlStatus.LISTED and len(result.txt) <= 4096  # 60 kB of reasons are not shown whole
    assert took < 6


def _cname_loop(request):
    name = str(request.q.qname).rstrip(".")
    if name.endswith("loop.example.jp") or name == "relay.test":
        reply = request.reply()
        reply.add_answer(*RR.fromZone(f"{name}. 60 CNAME alias.loop.test."))
        reply.add_answer(*RR.fromZone(f"alias.loop.test. 60 CNAME {name}."))
        return reply
    return None


def test_a_cname_loop_inside_one_answer_is_named():
    with HostileDns({}, craft=_cname_loop) as dns:
        r = dns.resolver(T)
        rep = spf_lint(r, "loop.example.jp")
        dm = dmarc.check(r, "loop.example.jp")
        p = probe(ProbeRequest(setting=RelaySetting("relay.test", 9, Security.PLAIN, Auth.NONE), sender="a@example.jp",
                               resolver=r, timeouts=Timeouts(connect=0.5, read=T)))
    assert rep.fetched.status is FetchStatus.ERROR
    assert "loop" in rep.fetched.reason.render() and "CNAME" in rep.fetched.reason.render()
    assert not dm.readable
    assert p.verdict is Verdict.DNS_ERROR and "no addresses" in p.step("resolve").reply


# -- hostile content through a well-behaved server ----------------------------------------------------------------------

LIMITS = {
    # include loop: a -> b -> a
    ("loop.test", "TXT"): ['"v=spf1 include:b.loop.test -all"'],
    ("b.loop.test", "TXT"): ['"v=spf1 include:loop.test -all"'],
    # 11 lookups
    ("many.test", "TXT"): ['"v=spf1 ' + " ".join(f"include:i{i}.many.test" for i in range(11)) + ' -all"'],
    **{(f"i{i}.many.test", "TXT"): ['"v=spf1 ip4:198.51.100.1 -all"'] for i in range(11)},
    # 3 void lookups (names that do not exist)
    ("void.test", "TXT"): ['"v=spf1 a:v1.void.test a:v2.void.test a:v3.void.test ip4:198.51.100.1 -all"'],
}


@pytest.mark.parametrize(
    "domain, code",
    [("loop.test", "spf.loop"), ("many.test", "spf.too_many_lookups"), ("void.test", "spf.void_lookups")],
)
def test_spf_limits_end_in_findings_and_permerror(domain, code):
    with DnsServer(LIMITS) as server:
        t0 = time.monotonic()
        c = domaincheck.check_domain(domain, server.resolver(T), domaincheck.RelayRequest(addresses=("192.0.2.1",)))
        took = time.monotonic() - t0
    assert code in [p.code for p in c.spf.problems]
    assert c.current_result is Result.PERMERROR  # what receivers will say, too
    assert took < 10


def test_a_dns_that_answers_every_question_just_in_time_cannot_stretch_the_domain_check():
    """30 includes, each answered after 0.3 s (inside the 0.5 s question timeout): unbounded, that is 10 s and more;
    the domain check's budget ends it, and the records it could not read are reported as such."""
    chain = {(f"c{i}.chain.test", "TXT"): [f'"v=spf1 include:c{i + 1}.chain.test -all"'] for i in range(30)}
    chain[("chain.test", "TXT")] = ['"v=spf1 include:c0.chain.test -all"']
    with DnsServer(chain, default_delay=0.3) as server:
        t0 = time.monotonic()
        c = domaincheck.check_domain("chain.test", server.resolver(0.5), budget=2.0)
        took = time.monotonic() - t0
    assert took < 2.0 + 1.5
    findings = [p.code for p in c.all_findings()]
    assert "spf.include_dns_error" in findings or "spf.dns_error" in findings
    assert not c.dmarc.readable or c.dmarc.record is None

