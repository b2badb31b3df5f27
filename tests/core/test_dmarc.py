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
    # case per the ABNF: tag names and keywords in any case, the version value exactly "DMARC1"
    ("_dmarc.upper.jp", "TXT"): ['"V=DMARC1; P=REJECT; RUA=mailto:d@upper.jp"'],
    ("_dmarc.lower.jp", "TXT"): ['"v=dmarc1; p=reject"'],
    ("_dmarc.sub.lowerorg.jp", "TXT"): ['"v=Dmarc1; p=none"'],
    ("_dmarc.lowerorg.jp", "TXT"): ['"v=DMARC1; p=quarantine; rua=mailto:d@lowerorg.jp"'],
    ("_dmarc.mixed.jp", "TXT"): ['"v=DMARC1; p=none; rua=mailto:d@mixed.jp"', '"v=dmarc1; p=reject"'],
    ("_dmarc.repeat.jp", "TXT"): ['"v=DMARC1; p=none; p=reject; rua=mailto:d@repeat.jp"'],
    ("_dmarc.zero.jp", "TXT"): ['"v=DMARC1; p=reject; pct=0; rua=mailto:d@zero.jp"'],
    ("_dmarc.badsp.jp", "TXT"): ['"v=DMARC1; p=reject; sp=never; rua=mailto:d@badsp.jp"'],
    ("_dmarc.badsp-norua.jp", "TXT"): ['"v=DMARC1; p=reject; sp=never"'],
    ("_dmarc.order.jp", "TXT"): ['"v=DMARC1; rua=mailto:d@order.jp; p=reject"'],
    # report destinations (RFC 7489 7.1)
    ("_dmarc.ext.jp", "TXT"): ['"v=DMARC1; p=none; rua=mailto:r@reports.test,mailto:d@mail.ext.jp; ruf=mailto:f@ok.test"'],
    ("ext.jp._report._dmarc.ok.test", "TXT"): ['"v=DMARC1"'],
    ("_dmarc.extfail.jp", "TXT"): ['"v=DMARC1; p=none; rua=mailto:r@broken.test"'],
    ("extfail.jp._report._dmarc.broken.test", "ANY"): SERVFAIL,
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture(scope="module")
def r(server):
    return server.resolver(timeout=0.5)


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
        # prefecture and city domains: <x>.tokyo.jp is registrable, every <x>.<city>.<pref>.jp too
        ("mail.example.tokyo.jp", "example.tokyo.jp"),
        ("mail.example.chiyoda.tokyo.jp", "example.chiyoda.tokyo.jp"),
        ("www.pref.osaka.jp", "pref.osaka.jp"),
        ("example.osaka.jp", "example.osaka.jp"),
        # *.kawasaki.jp is a suffix with the exception !city.kawasaki.jp
        ("city.kawasaki.jp", "city.kawasaki.jp"),
        ("www.city.kawasaki.jp", "city.kawasaki.jp"),
        ("mail.shop.nakahara.kawasaki.jp", "shop.nakahara.kawasaki.jp"),
        ("nakahara.kawasaki.jp", "nakahara.kawasaki.jp"),  # itself a public suffix
        # the private section: blogspot.com and wildcard suffixes such as *.compute.amazonaws.com
        ("a.myblog.blogspot.com", "myblog.blogspot.com"),
        ("www.host.eu-west-1.compute.amazonaws.com", "host.eu-west-1.compute.amazonaws.com"),
        ("mail.example.com", "example.com"),
        ("x.example.co.uk", "example.co.uk"),
        ("MAIL.Example.CO.JP.", "example.co.jp"),
        ("co.jp", "co.jp"),
        ("jp", "jp"),
    ],
)
def test_organizational_domain_from_the_public_suffix_list(domain, org):
    assert dmarc.organizational_domain(domain) == org


def test_the_list_is_the_bundled_snapshot_not_a_subset():
    import publicsuffixlist

    psl = dmarc._psl()
    assert psl is dmarc._psl()  # parsed once
    assert dmarc.registrable_domain("nakahara.kawasaki.jp") is None
    # Rules no embedded subset carried: a Norwegian county suffix and a private-section one.
    assert dmarc.organizational_domain("a.b.oslo.no") == "b.oslo.no"
    assert dmarc.organizational_domain("x.y.github.io") == "y.github.io"
    assert publicsuffixlist.PSLFILE.endswith("public_suffix_list.dat")


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


def test_upper_case_tag_names_and_values_are_a_valid_record(r):
    rep = dmarc.check(r, "upper.jp")
    assert rep.found_at == "_dmarc.upper.jp" and rep.policy is Policy.REJECT and rep.enforcing
    assert rep.record.rua == ("mailto:d@upper.jp",)
    assert not {"dmarc.none", "dmarc.syntax", "dmarc.version_case"} & codes(rep.problems)


def test_a_wrongly_written_version_is_not_no_record(r):
    rep = dmarc.check(r, "lower.jp")
    assert rep.record is None and rep.policy is None
    assert "dmarc.version_case" in codes(rep.problems)
    assert "dmarc.none" not in codes(rep.problems)  # never advise a second record


def test_a_discarded_record_falls_back_to_the_organisation(r):
    # RFC 7489 6.6.3: the receiver discards v=Dmarc1 and goes on to the organisational domain.
    rep = dmarc.check(r, "sub.lowerorg.jp")
    assert rep.found_at == "_dmarc.lowerorg.jp" and rep.policy is Policy.QUARANTINE
    assert {"dmarc.version_case", "dmarc.inherited"} <= codes(rep.problems)


def test_a_valid_record_beside_a_wrongly_written_one(r):
    rep = dmarc.check(r, "mixed.jp")
    assert rep.policy is Policy.NONE and "dmarc.version_case" in codes(rep.problems)


def test_a_repeated_tag_voids_the_record(r):
    rep = dmarc.check(r, "repeat.jp")
    assert rep.record is None and rep.policy is None
    assert codes(rep.problems) == {"dmarc.repeated_tag"}
    assert "dmarc.will_fail" not in codes(dmarc.relay_warnings(rep, False, False))


def test_pct_zero_still_enforces(r):
    rep = dmarc.check(r, "zero.jp")
    assert rep.record.pct == 0 and rep.policy is Policy.REJECT and rep.enforcing
    assert "dmarc.pct" in codes(rep.problems)
    assert "dmarc.will_fail" in codes(dmarc.relay_warnings(rep, False, False))
    assert "dmarc.needs_spf_change" in codes(dmarc.relay_warnings(rep, False, True))


def test_an_invalid_sp_follows_section_6_6_3(r):
    with_rua = dmarc.check(r, "badsp.jp")  # valid rua: read as p=none
    assert with_rua.policy is Policy.NONE and with_rua.record.fallback and not with_rua.enforcing
    assert "dmarc.no_policy" in codes(with_rua.problems)
    without = dmarc.check(r, "badsp-norua.jp")  # no rua: no DMARC at all
    assert without.record is None and without.policy is None
    assert "dmarc.no_policy" in codes(without.problems)


def test_p_not_second_is_warned_but_still_counted(r):
    rep = dmarc.check(r, "order.jp")
    assert rep.policy is Policy.REJECT and "dmarc.p_order" in codes(rep.problems)


def test_report_destinations_at_another_domain_need_their_authorisation_record(r, server):
    rep = dmarc.check(r, "ext.jp")
    unauthorised = [f for f in rep.problems if f.code == "dmarc.report_unauthorised"]
    assert len(unauthorised) == 1  # reports.test has none; ok.test has it; mail.ext.jp is the own organisation
    text = unauthorised[0].msg.render()
    assert "ext.jp._report._dmarc.reports.test" in text and "mailto:r@reports.test" in text
    asked = {name for name, _ in server.queries}
    assert {"ext.jp._report._dmarc.reports.test", "ext.jp._report._dmarc.ok.test"} <= asked
    assert "ext.jp._report._dmarc.mail.ext.jp" not in asked  # same organisation: no check
    failing = dmarc.check(r, "extfail.jp")
    assert "dmarc.report_unchecked" in codes(failing.problems)
    assert "dmarc.report_unauthorised" not in codes(failing.problems)


@pytest.mark.parametrize(
    ("text", "p", "sp", "pct", "codes_"),
    [
        ("v=DMARC1; p=none", Policy.NONE, None, 100, set()),
        ("v=DMARC1;p=QUARANTINE;sp=Reject;pct=25", Policy.QUARANTINE, Policy.REJECT, 25, set()),
        ("v=DMARC1; p=none; pct=101", Policy.NONE, None, 100, {"dmarc.syntax"}),
        ("v=DMARC1; p=none; pct=-1", Policy.NONE, None, 100, {"dmarc.syntax"}),
        ("v=DMARC1; p=none; adkim=x", Policy.NONE, None, 100, {"dmarc.syntax"}),
        ("v=DMARC1; p=none; fo=2", Policy.NONE, None, 100, {"dmarc.syntax"}),
        ("v=DMARC1; p=none; ri=soon", Policy.NONE, None, 100, {"dmarc.syntax"}),
        ("v=DMARC1; p=none; future=1; future=2", Policy.NONE, None, 100, set()),  # unknown tags are ignored
        ("v=DMARC1; p=block; rua=mailto:a@b.jp", Policy.NONE, None, 100, {"dmarc.syntax", "dmarc.no_policy"}),
        ("v=DMARC1; rua=mailto:a@b.jp", Policy.NONE, None, 100, {"dmarc.no_policy"}),
    ],
)
def test_parse_cases(text, p, sp, pct, codes_):
    rec, problems = dmarc.parse(text)
    assert (rec.p, rec.sp, rec.pct) == (p, sp, pct)
    assert codes(problems) == codes_


@pytest.mark.parametrize(
    "text", ["v=dmarc1; p=none", "v=DMARC1; p=none; sp=none; sp=reject", "v=DMARC1; p=block", "v=DMARC1", "p=none"]
)
def test_parse_rejects(text):
    rec, problems = dmarc.parse(text)
    assert rec is None and any(f.severity.value == "error" for f in problems)
