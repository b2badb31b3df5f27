"""DMARC lookup (domain, then organisational domain), parsing and the relay warnings, against a real DNS server."""

from __future__ import annotations

import pytest

from tests.fixtures.dns_server import SERVFAIL, DnsServer
from wizard.core import dmarc
from wizard.core.dmarc import Policy

ZONE = {
    ("_dmarc.example.co.jp", "TXT"): ['"v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.co.jp; aspf=s"'],
    ("_dmarc.own.example.co.jp", "TXT"): ['"v=DMARC1; p=none; rua=mailto:d@example.co.jp"'],
    ("_dmarc.monitor.jp", "TXT"): ['"v=DMARC1; p=none"'],
    ("_dmarc.half.jp", "TXT"): ['"v=DMARC1; p=quarantine; pct=50; rua=mailto:d@half.jp"'],
    ("_dmarc.two.jp", "TXT"): ['"v=DMARC1; p=none"', '"v=DMARC1; p=reject"'],
    ("_dmarc.badp.jp", "TXT"): ['"v=DMARC1; p=block"'],
    ("_dmarc.nop.jp", "TXT"): ['"v=DMARC1; rua=mailto:d@nop.jp"'],
    ("_dmarc.other.jp", "TXT"): ['"some other text"'],
    ("_dmarc.broken.jp", "ANY"): SERVFAIL,
    ("_dmarc.example.chiyoda.tokyo.jp", "TXT"): ['"v=DMARC1; p=reject"'],
}


@pytest.fixture(scope="module")
def r():
    with DnsServer(ZONE) as s:
        yield s.resolver(timeout=0.5)


def codes(findings) -> set[str]:
    return {f.code for f in findings}


@pytest.mark.parametrize(
    ("domain", "org"),
    [
        ("example.jp", "example.jp"),
        ("mail.example.jp", "example.jp"),
        ("a.b.example.co.jp", "example.co.jp"),
        ("example.ne.jp", "example.ne.jp"),
        ("www.city.example.lg.jp", "example.lg.jp"),
        ("mail.example.chiyoda.tokyo.jp", "example.chiyoda.tokyo.jp"),
        ("www.pref.osaka.jp", "pref.osaka.jp"),
        ("example.osaka.jp", "example.osaka.jp"),
        ("mail.example.com", "example.com"),
        ("x.example.co.uk", "example.co.uk"),
        ("co.jp", "co.jp"),
    ],
)
def test_organizational_domain_with_the_embedded_list(domain, org):
    assert dmarc.organizational_domain(domain, dmarc.embedded_rules()) == org


def test_record_at_the_domain(r):
    rep = dmarc.check(r, "example.co.jp")
    assert rep.found_at == "_dmarc.example.co.jp"
    assert rep.policy is Policy.REJECT and rep.enforcing
    rec = rep.record
    assert (rec.p, rec.sp, rec.aspf, rec.adkim, rec.pct) == (Policy.REJECT, Policy.QUARANTINE, "s", "r", 100)
    assert rec.rua == ("mailto:dmarc@example.co.jp",)
    assert rep.problems == []


def test_subdomain_falls_back_to_the_organisation_and_uses_sp(r):
    rep = dmarc.check(r, "shop.example.co.jp")
    assert rep.org_domain == "example.co.jp" and rep.found_at == "_dmarc.example.co.jp"
    assert rep.policy is Policy.QUARANTINE
    assert "dmarc.inherited" in codes(rep.problems)
    own = dmarc.check(r, "own.example.co.jp")
    assert own.found_at == "_dmarc.own.example.co.jp" and own.policy is Policy.NONE


@pytest.mark.parametrize(
    ("domain", "code", "policy"),
    [
        ("nothing.jp", "dmarc.none", None),
        ("other.jp", "dmarc.none", None),
        ("monitor.jp", "dmarc.monitor", Policy.NONE),
        ("monitor.jp", "dmarc.no_rua", Policy.NONE),
        ("half.jp", "dmarc.pct", Policy.QUARANTINE),
        ("two.jp", "dmarc.multiple", None),
        ("badp.jp", "dmarc.syntax", None),
        ("nop.jp", "dmarc.no_policy", Policy.NONE),
        ("broken.jp", "dmarc.dns_error", None),
        ("example.chiyoda.tokyo.jp", "dmarc.no_rua", Policy.REJECT),
    ],
)
def test_dmarc_cases(r, domain, code, policy):
    rep = dmarc.check(r, domain)
    assert code in codes(rep.problems)
    assert rep.policy is policy


def test_relay_warnings_depend_on_policy_and_spf(r):
    reject = dmarc.check(r, "example.co.jp")
    assert "dmarc.will_fail" in codes(dmarc.relay_warnings(reject, False, False))
    assert "dmarc.needs_spf_change" in codes(dmarc.relay_warnings(reject, False, True))
    calm = codes(dmarc.relay_warnings(reject, True, True))
    assert not calm & {"dmarc.will_fail", "dmarc.needs_spf_change"}
    assert {"relay.no_dkim", "relay.envelope", "relay.mailbox_rules", "dmarc.strict_spf"} <= calm
    monitor = dmarc.check(r, "monitor.jp")
    assert "dmarc.will_fail" not in codes(dmarc.relay_warnings(monitor, False, False))


def test_parse_tolerates_spaces_and_case():
    rec, problems = dmarc.parse("v=DMARC1 ; P = Quarantine ; pct=0 ;")
    assert rec.p is Policy.QUARANTINE and rec.pct == 0 and problems == []
