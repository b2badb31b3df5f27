"""The proposed SPF record (wizard.core.spf.proposal), each one evaluated before the user changes DNS."""

from __future__ import annotations

from tests.core.spf.zone import BY_IP, OCN, RELAY_IP, codes
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.lint import lint
import pytest

from wizard.core.domaincheck import RelayRequest, check_domain
from wizard.core.spf.proposal import Method, Relay, insert_terms, propose
from wizard.core.spf.result import Result


def test_proposal_inserts_the_provider_include_before_all(r):
    rep = lint(r, "chain.test")
    p = propose(rep, OCN, r)
    assert p.method is Method.INCLUDE
    assert p.record == "v=spf1 include:one.test ip4:192.0.2.1 include:abc.ocn.ne.jp -all"
    assert p.lookups == 4 + 2  # the include itself and spf.ocn.ad.jp inside it
    assert p.include_tree.total == 1
    assert evaluate(r, RELAY_IP, "chain.test").result is Result.FAIL
    assert evaluate(r, RELAY_IP, "chain.test", record=p.record).result is Result.PASS


def test_proposal_with_addresses_is_labelled_approximate(r):
    p = propose(lint(r, "chain.test"), Relay(addresses=(RELAY_IP, "2001:db8::25")), r)
    assert p.record == "v=spf1 include:one.test ip4:192.0.2.1 ip4:198.51.100.7 ip6:2001:db8::25 -all"
    assert p.method is Method.ADDRESSES and p.lookups == 4
    assert "proposal.approximate" in codes(p.problems)


def test_fresh_record_when_there_is_none(r):
    p = propose(lint(r, "nx.test"), OCN, r)
    assert p.record == "v=spf1 include:abc.ocn.ne.jp ~all"
    assert "proposal.fresh" in codes(p.problems)
    assert evaluate(r, RELAY_IP, "nx.test", record=p.record).result is Result.PASS


def test_proposal_at_the_edge_and_over_it(r):
    at = propose(lint(r, "nine.test"), Relay(include="spf.ocn.ad.jp", addresses=(RELAY_IP,)), r)
    assert at.lookups == 10 and "proposal.at_limit" in codes(at.problems) and at.alternative is None
    over = propose(lint(r, "ten.test"), OCN, r)
    assert over.lookups == 12 and "proposal.too_many_lookups" in codes(over.problems)
    assert over.alternative is not None and over.alternative.lookups == 10
    assert over.alternative.record.endswith("a:h10.ten.test ip4:198.51.100.7 -all")


def test_include_without_record_falls_back_to_addresses(r):
    p = propose(lint(r, "chain.test"), Relay(include="nothing.test", addresses=(RELAY_IP,)), r)
    assert p.method is Method.ADDRESSES
    assert {"proposal.include_unusable", "spf.include_no_record", "proposal.approximate"} <= codes(p.problems)
    assert propose(lint(r, "chain.test"), Relay(include="nothing.test"), r).record is None


def test_plus_all_is_kept_with_advice_and_already_authorised_is_unchanged(r):
    p = propose(lint(r, "plusall.test"), OCN, r)
    assert p.record == "v=spf1 ip4:192.0.2.1 include:abc.ocn.ne.jp +all"  # only the relay's term is added
    assert "proposal.plus_all_kept" in codes(p.problems)
    same = propose(lint(r, "already.test"), OCN, r)
    assert same.method is Method.UNCHANGED


def test_several_records_are_merged(r):
    p = propose(lint(r, "two-records.test"), BY_IP, r)
    assert p.record == "v=spf1 ip4:192.0.2.1 include:one.test ip4:198.51.100.7 -all"
    assert "proposal.merged" in codes(p.problems)
    assert p.lookups == 4  # include:one.test (1) and the three lookups inside it
    assert evaluate(r, RELAY_IP, "two-records.test", record=p.record).result is Result.PASS


def test_no_record_without_all_goes_after_the_last_mechanism(r):
    p = propose(lint(r, "redir.test"), BY_IP, r)
    assert p.record == "v=spf1 ip4:192.0.2.2 ip4:198.51.100.7 redirect=two.test"


def test_long_proposal_is_split_into_strings_that_join_back(r):
    rep = lint(r, "long.test")
    p = propose(rep, Relay(addresses=("203.0.113.99",)), r)
    assert len(p.record) > 255 and "proposal.split" in codes(p.problems)
    assert all(len(s) <= 255 for s in p.strings) and "".join(p.strings) == p.record
    assert p.zone_text.startswith('"v=spf1 ') and p.zone_text.count('"') == 2 * len(p.strings)


PUBLISHED = [
    ("v=spf1 -all", "v=spf1 include:x.example.jp -all"),
    ("v=spf1  a   MX:Mail.Example.JP/24  ~ALL  ", "v=spf1  a   MX:Mail.Example.JP/24  include:x.example.jp ~ALL  "),
    ("v=spf1 a exp=why.example.jp foo=%{l}bar redirect=_spf.example.jp",
     "v=spf1 a include:x.example.jp exp=why.example.jp foo=%{l}bar redirect=_spf.example.jp"),
    ("v=spf1 redirect=_spf.example.jp", "v=spf1 include:x.example.jp redirect=_spf.example.jp"),
    ("v=spf1 inclde:typo.example.jp ip4:192.0.2.300 ?all", "v=spf1 inclde:typo.example.jp ip4:192.0.2.300 include:x.example.jp ?all"),
    ("v=spf1 -all include:late.example.jp", "v=spf1 include:x.example.jp -all include:late.example.jp"),
    ("v=spf1 a:foo:bar.example.jp/27 exists:%{I}.%{D2}.x.example.jp",
     "v=spf1 a:foo:bar.example.jp/27 exists:%{I}.%{D2}.x.example.jp include:x.example.jp"),
]


@pytest.mark.parametrize(("published", "proposed"), PUBLISHED)
def test_insertion_keeps_the_published_record_byte_for_byte(published, proposed):
    got = insert_terms(published, ("include:x.example.jp",))
    assert got == proposed
    assert got.replace("include:x.example.jp ", "", 1) == published or got.replace(" include:x.example.jp", "", 1) == published


@pytest.mark.parametrize("domain", ["chain.test", "redir.test", "neutral.test", "noall.test", "late.test", "ptr.test", "dangling.test"])
def test_every_proposal_is_the_published_record_plus_the_relay_term(r, domain):
    report = lint(r, domain)
    p = propose(report, BY_IP, r)
    assert p.method is Method.ADDRESSES
    assert p.record.replace(" ip4:198.51.100.7", "", 1) == report.record


def test_a_broken_record_gets_what_to_fix_and_no_record(r):
    report = lint(r, "syntax.test")
    p = propose(report, OCN, r)
    assert p.record is None and not p.changes
    first = p.problems[0]
    assert first.code == "proposal.broken_record"
    assert "“ip4:192.0.2.300” “inclde:x.test”" in first.msg.render()
    assert evaluate(r, RELAY_IP, "syntax.test").result is Result.PERMERROR


def test_a_proposal_that_is_still_permerror_is_withheld(r):
    check = check_domain("void.test", r, RelayRequest(addresses=(RELAY_IP,)))
    assert check.current_result is Result.PERMERROR  # three void lookups
    assert check.proposed_result is Result.PERMERROR  # shown, as before
    assert check.proposal.record is None and check.proposed_record is None
    assert check.proposal.problems[0].code == "proposal.still_broken"
    assert check.needs_action


@pytest.mark.parametrize("relay", [OCN, BY_IP, Relay(include="nothing.test", addresses=(RELAY_IP,))])
def test_a_broken_record_is_said_once_whatever_the_relay(r, relay):
    p = propose(lint(r, "syntax.test"), relay, r)
    assert p.record is None and p.problems[0].code == "proposal.broken_record"
    assert [f.code for f in p.problems].count("proposal.broken_record") == 1
