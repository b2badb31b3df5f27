"""SPF lint, include tree, proposal and evaluation against a real DNS server on 127.0.0.1."""

from __future__ import annotations

import threading
import time

import pytest

from tests.fixtures.dns_server import NXDOMAIN, SERVFAIL, SILENT, DnsServer
from wizard.core import spf
from wizard.core.spf import FetchStatus, Method, Relay, Result

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


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture
def r(server):
    return server.resolver(timeout=0.5)


def codes(findings) -> set[str]:
    return {f.code for f in findings}


OCN = Relay(include="abc.ocn.ne.jp", addresses=(RELAY_IP,), host="smtp.ocn.ne.jp")
BY_IP = Relay(addresses=(RELAY_IP,), host="smtp.ocn.ne.jp")


# -- parsing ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        "v=spf1 -all",
        "v=spf1 a mx/24 a:mail.example.jp/28//64 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.jp ~all",
        "v=spf1 exists:%{i}._spf.%{d} redirect=_spf.example.jp",
        "v=spf1 ?ptr:example.jp -all exp=explain.example.jp",
        "v=spf1  ip4:192.0.2.1  -all",
    ],
)
def test_valid_records_parse_cleanly(record):
    assert spf.parse_record(record).problems == ()


@pytest.mark.parametrize(
    "record",
    [
        "v=spf1 ip4:192.0.2.256 -all",
        "v=spf1 ip4:192.0.2.0/33 -all",
        "v=spf1 ip6:192.0.2.1 -all",
        "v=spf1 include -all",
        "v=spf1 include:localhost -all",
        "v=spf1 a:example.jp/40 -all",
        "v=spf1 -all:foo",
        "v=spf1 frobnicate:example.jp -all",
        "v=spf1 redirect=a.example.jp redirect=b.example.jp",
        "spf1 -all",
    ],
)
def test_syntax_errors_are_found(record):
    assert "spf.syntax" in codes(spf.parse_record(record).problems)


# -- lint and tree ------------------------------------------------------------------------------------------------------


def test_include_chain_tree_counts_each_branch(r):
    rep = spf.lint(r, "chain.test")
    assert rep.record == "v=spf1 include:one.test ip4:192.0.2.1 -all"
    root = rep.tree
    assert (root.lookups, root.total) == (1, 4)
    (one,) = root.children
    assert (one.domain, one.via, one.lookups, one.total) == ("one.test", "include:one.test", 2, 3)
    (two,) = one.children
    assert (two.domain, two.lookups, two.total) == ("two.test", 1, 1)
    assert rep.lookups == 4 and rep.void_lookups == 0
    assert rep.problems == []


def test_redirect_counts_and_is_followed(r):
    rep = spf.lint(r, "redir.test")
    assert rep.lookups == 2  # redirect + two.test's mx
    assert [c.via for c in rep.tree.children] == ["redirect=two.test"]
    assert spf.evaluate(r, "203.0.113.5", "redir.test").result is Result.PASS
    assert spf.evaluate(r, "192.0.2.2", "redir.test").result is Result.PASS
    assert spf.evaluate(r, "192.0.2.99", "redir.test").result is Result.SOFTFAIL  # two.test's ~all


def test_redirect_with_all_is_ignored(r):
    rep = spf.lint(r, "redir-all.test")
    assert "spf.redirect_ignored" in codes(rep.problems)
    assert rep.lookups == 0 and rep.tree.children == []
    assert spf.evaluate(r, "203.0.113.5", "redir-all.test").result is Result.FAIL


def test_redirect_to_a_name_without_record(r):
    rep = spf.lint(r, "redir-none.test")
    assert "spf.include_no_record" in codes(rep.problems)
    assert spf.evaluate(r, "192.0.2.1", "redir-none.test").result is Result.PERMERROR


@pytest.mark.parametrize("domain", ["loop-a.test", "self.test"])
def test_include_loops_are_reported_and_fail(r, domain):
    rep = spf.lint(r, domain)
    assert "spf.loop" in codes(rep.problems)
    assert spf.evaluate(r, "192.0.2.1", domain).result is Result.PERMERROR


def test_ten_lookups_is_the_edge(r):
    ten = spf.lint(r, "ten.test")
    assert ten.lookups == 10 and "spf.too_many_lookups" not in codes(ten.problems)
    assert spf.evaluate(r, "192.0.2.110", "ten.test").result is Result.PASS  # matched by the tenth term
    eleven = spf.lint(r, "eleven.test")
    assert eleven.lookups == 11 and "spf.too_many_lookups" in codes(eleven.problems)
    assert spf.evaluate(r, "192.0.2.111", "eleven.test").result is Result.PERMERROR


def test_void_lookups_over_two(r):
    rep = spf.lint(r, "void.test")
    assert rep.void_lookups == 3 and "spf.void_lookups" in codes(rep.problems)
    assert spf.evaluate(r, "192.0.2.9", "void.test").result is Result.PERMERROR
    ok = spf.lint(r, "void2.test")
    assert ok.void_lookups == 2 and "spf.void_lookups" not in codes(ok.problems)
    assert spf.evaluate(r, "192.0.2.9", "void2.test").result is Result.PASS


@pytest.mark.parametrize(
    ("domain", "code"),
    [
        ("plusall.test", "spf.plus_all"),
        ("bareall.test", "spf.plus_all"),
        ("neutral.test", "spf.neutral_all"),
        ("noall.test", "spf.no_all"),
        ("ptr.test", "spf.ptr"),
        ("syntax.test", "spf.syntax"),
        ("macro.test", "spf.macro"),
        ("late.test", "spf.after_all"),
        ("manymx.test", "spf.mx_too_many"),
        ("dangling.test", "spf.include_no_record"),
        ("glued.test", "spf.string_join"),
    ],
)
def test_lint_codes(r, domain, code):
    assert code in codes(spf.lint(r, domain).problems)


def test_include_targets_without_record_both_kinds(r):
    rep = spf.lint(r, "dangling.test")
    missing = [c.domain for c in rep.tree.children if "spf.include_no_record" in codes(c.problems)]
    assert missing == ["nothing.test", "other-txt.test"]
    assert spf.evaluate(r, "192.0.2.1", "dangling.test").result is Result.PERMERROR


def test_long_record_split_in_two_strings_is_fine(r):
    rep = spf.lint(r, "long.test")
    assert len(rep.record) > 255 and len(rep.fetched.strings[0]) == 2
    assert {"spf.long_record"} <= codes(rep.problems) and "spf.string_join" not in codes(rep.problems)
    assert spf.evaluate(r, "198.51.100.11", "long.test").result is Result.PASS


def test_no_record_several_records_and_dns_errors(r):
    assert codes(spf.lint(r, "nx.test").problems) == {"spf.none"}
    assert codes(spf.lint(r, "other-txt.test").problems) == {"spf.none"}
    multi = spf.lint(r, "two-records.test")
    assert multi.fetched.status is FetchStatus.MULTIPLE and "spf.multiple" in codes(multi.problems)
    assert spf.evaluate(r, "192.0.2.1", "two-records.test").result is Result.PERMERROR
    assert codes(spf.lint(r, "servfail.test").problems) == {"spf.dns_error"}
    assert spf.evaluate(r, "192.0.2.1", "servfail.test").result is Result.TEMPERROR
    assert spf.evaluate(r, "192.0.2.1", "nx.test").result is Result.NONE


def test_silent_server_ends_within_the_timeout(server):
    r = server.resolver(timeout=0.3)
    start = time.monotonic()
    assert codes(spf.lint(r, "silent.test").problems) == {"spf.dns_error"}
    assert spf.evaluate(r, "192.0.2.1", "silent.test").result is Result.TEMPERROR
    assert time.monotonic() - start < 5  # did not hang


# -- proposal -----------------------------------------------------------------------------------------------------------


def test_proposal_inserts_the_provider_include_before_all(r):
    rep = spf.lint(r, "chain.test")
    p = spf.propose(rep, OCN, r)
    assert p.method is Method.INCLUDE
    assert p.record == "v=spf1 include:one.test ip4:192.0.2.1 include:abc.ocn.ne.jp -all"
    assert p.lookups == 4 + 2  # the include itself and spf.ocn.ad.jp inside it
    assert p.include_tree.total == 1
    assert spf.evaluate(r, RELAY_IP, "chain.test").result is Result.FAIL
    assert spf.evaluate(r, RELAY_IP, "chain.test", record=p.record).result is Result.PASS


def test_proposal_with_addresses_is_labelled_approximate(r):
    p = spf.propose(spf.lint(r, "chain.test"), Relay(addresses=(RELAY_IP, "2001:db8::25")), r)
    assert p.record == "v=spf1 include:one.test ip4:192.0.2.1 ip4:198.51.100.7 ip6:2001:db8::25 -all"
    assert p.method is Method.ADDRESSES and p.lookups == 4
    assert "proposal.approximate" in codes(p.problems)


def test_fresh_record_when_there_is_none(r):
    p = spf.propose(spf.lint(r, "nx.test"), OCN, r)
    assert p.record == "v=spf1 include:abc.ocn.ne.jp ~all"
    assert "proposal.fresh" in codes(p.problems)
    assert spf.evaluate(r, RELAY_IP, "nx.test", record=p.record).result is Result.PASS


def test_proposal_at_the_edge_and_over_it(r):
    at = spf.propose(spf.lint(r, "nine.test"), Relay(include="spf.ocn.ad.jp", addresses=(RELAY_IP,)), r)
    assert at.lookups == 10 and "proposal.at_limit" in codes(at.problems) and at.alternative is None
    over = spf.propose(spf.lint(r, "ten.test"), OCN, r)
    assert over.lookups == 12 and "proposal.too_many_lookups" in codes(over.problems)
    assert over.alternative is not None and over.alternative.lookups == 10
    assert over.alternative.record.endswith("a:h10.ten.test ip4:198.51.100.7 -all")


def test_include_without_record_falls_back_to_addresses(r):
    p = spf.propose(spf.lint(r, "chain.test"), Relay(include="nothing.test", addresses=(RELAY_IP,)), r)
    assert p.method is Method.ADDRESSES
    assert {"proposal.include_unusable", "spf.include_no_record", "proposal.approximate"} <= codes(p.problems)
    assert spf.propose(spf.lint(r, "chain.test"), Relay(include="nothing.test"), r).record is None


def test_plus_all_is_replaced_and_already_authorised_is_unchanged(r):
    p = spf.propose(spf.lint(r, "plusall.test"), OCN, r)
    assert p.record == "v=spf1 ip4:192.0.2.1 include:abc.ocn.ne.jp ~all"
    assert "proposal.all_replaced" in codes(p.problems)
    same = spf.propose(spf.lint(r, "already.test"), OCN, r)
    assert same.method is Method.UNCHANGED


def test_several_records_are_merged(r):
    p = spf.propose(spf.lint(r, "two-records.test"), BY_IP, r)
    assert p.record == "v=spf1 ip4:192.0.2.1 include:one.test ip4:198.51.100.7 -all"
    assert "proposal.merged" in codes(p.problems)
    assert p.lookups == 4  # include:one.test (1) and the three lookups inside it
    assert spf.evaluate(r, RELAY_IP, "two-records.test", record=p.record).result is Result.PASS


def test_no_record_without_all_goes_after_the_last_mechanism(r):
    p = spf.propose(spf.lint(r, "redir.test"), BY_IP, r)
    assert p.record == "v=spf1 ip4:192.0.2.2 ip4:198.51.100.7 redirect=two.test"


def test_long_proposal_is_split_into_strings_that_join_back(r):
    rep = spf.lint(r, "long.test")
    p = spf.propose(rep, Relay(addresses=("203.0.113.99",)), r)
    assert len(p.record) > 255 and "proposal.split" in codes(p.problems)
    assert all(len(s) <= 255 for s in p.strings) and "".join(p.strings) == p.record
    assert p.zone_text.startswith('"v=spf1 ') and p.zone_text.count('"') == 2 * len(p.strings)


@pytest.mark.parametrize("length", [1, 254, 255, 256, 600])
def test_split_strings_round_trip(length):
    record = ("v=spf1 " + "ip4:192.0.2.1 " * 60)[:length]
    pieces = spf.split_strings(record)
    assert "".join(pieces) == record and all(len(p) <= 255 for p in pieces)


# -- evaluation: one resolver per call, safe across threads -----------------------------------------------------------


def test_two_threads_evaluate_through_their_own_resolvers():
    with DnsServer({("d.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 -all")}) as one, DnsServer(
        {("d.test", "TXT"): txt("v=spf1 ip4:192.0.2.2 -all")}
    ) as two:
        seen: dict[str, set] = {"one": set(), "two": set()}
        errors = []

        def work(name, server):
            res = server.resolver(timeout=2)
            try:
                for _ in range(20):
                    seen[name].add(spf.evaluate(res, "192.0.2.1", "d.test").result)
            except Exception as exc:  # pragma: no cover - shown by the assert below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=a) for a in (("one", one), ("two", two))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors
        assert seen == {"one": {Result.PASS}, "two": {Result.FAIL}}


def test_combined_result_is_the_worst():
    assert spf.combined([Result.PASS, Result.SOFTFAIL]) is Result.SOFTFAIL
    assert spf.combined([Result.PASS]) is Result.PASS
    assert spf.combined([]) is None
