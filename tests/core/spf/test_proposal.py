"""The proposed SPF record (wizard.core.spf.proposal), each one evaluated before the user changes DNS."""

from __future__ import annotations

from tests.core.spf.zone import BY_IP, OCN, RELAY_IP, codes
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.lint import lint
from wizard.core.spf.proposal import Method, Relay, propose
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


def test_plus_all_is_replaced_and_already_authorised_is_unchanged(r):
    p = propose(lint(r, "plusall.test"), OCN, r)
    assert p.record == "v=spf1 ip4:192.0.2.1 include:abc.ocn.ne.jp ~all"
    assert "proposal.all_replaced" in codes(p.problems)
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
