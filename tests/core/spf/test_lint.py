"""The lint and the include tree of a domain's SPF record, against a real DNS server on 127.0.0.1; each case also
evaluated, so that what the lint says matches what receivers (pyspf) answer."""

from __future__ import annotations

import time

import pytest

from tests.core.spf.zone import codes
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.lint import lint
from wizard.core.spf.record import FetchStatus
from wizard.core.spf.result import Result


def test_include_chain_tree_counts_each_branch(r):
    rep = lint(r, "chain.test")
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
    rep = lint(r, "redir.test")
    assert rep.lookups == 2  # redirect + two.test's mx
    assert [c.via for c in rep.tree.children] == ["redirect=two.test"]
    assert evaluate(r, "203.0.113.5", "redir.test").result is Result.PASS
    assert evaluate(r, "192.0.2.2", "redir.test").result is Result.PASS
    assert evaluate(r, "192.0.2.99", "redir.test").result is Result.SOFTFAIL  # two.test's ~all


def test_redirect_with_all_is_ignored(r):
    rep = lint(r, "redir-all.test")
    assert "spf.redirect_ignored" in codes(rep.problems)
    assert rep.lookups == 0 and rep.tree.children == []
    assert evaluate(r, "203.0.113.5", "redir-all.test").result is Result.FAIL


def test_redirect_to_a_name_without_record(r):
    rep = lint(r, "redir-none.test")
    assert "spf.include_no_record" in codes(rep.problems)
    assert evaluate(r, "192.0.2.1", "redir-none.test").result is Result.PERMERROR


@pytest.mark.parametrize("domain", ["loop-a.test", "self.test"])
def test_include_loops_are_reported_and_fail(r, domain):
    rep = lint(r, domain)
    assert "spf.loop" in codes(rep.problems)
    assert evaluate(r, "192.0.2.1", domain).result is Result.PERMERROR


def test_ten_lookups_is_the_edge(r):
    ten = lint(r, "ten.test")
    assert ten.lookups == 10 and "spf.too_many_lookups" not in codes(ten.problems)
    assert evaluate(r, "192.0.2.110", "ten.test").result is Result.PASS  # matched by the tenth term
    eleven = lint(r, "eleven.test")
    assert eleven.lookups == 11 and "spf.too_many_lookups" in codes(eleven.problems)
    assert evaluate(r, "192.0.2.111", "eleven.test").result is Result.PERMERROR


def test_void_lookups_over_two(r):
    rep = lint(r, "void.test")
    assert rep.void_lookups == 3 and "spf.void_lookups" in codes(rep.problems)
    assert evaluate(r, "192.0.2.9", "void.test").result is Result.PERMERROR
    ok = lint(r, "void2.test")
    assert ok.void_lookups == 2 and "spf.void_lookups" not in codes(ok.problems)
    assert evaluate(r, "192.0.2.9", "void2.test").result is Result.PASS


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
    assert code in codes(lint(r, domain).problems)


def test_include_targets_without_record_both_kinds(r):
    rep = lint(r, "dangling.test")
    missing = [c.domain for c in rep.tree.children if "spf.include_no_record" in codes(c.problems)]
    assert missing == ["nothing.test", "other-txt.test"]
    assert evaluate(r, "192.0.2.1", "dangling.test").result is Result.PERMERROR


def test_long_record_split_in_two_strings_is_fine(r):
    rep = lint(r, "long.test")
    assert len(rep.record) > 255 and len(rep.fetched.strings[0]) == 2
    assert {"spf.long_record"} <= codes(rep.problems) and "spf.string_join" not in codes(rep.problems)
    assert evaluate(r, "198.51.100.11", "long.test").result is Result.PASS


def test_no_record_several_records_and_dns_errors(r):
    assert codes(lint(r, "nx.test").problems) == {"spf.none"}
    assert codes(lint(r, "other-txt.test").problems) == {"spf.none"}
    multi = lint(r, "two-records.test")
    assert multi.fetched.status is FetchStatus.MULTIPLE and "spf.multiple" in codes(multi.problems)
    assert evaluate(r, "192.0.2.1", "two-records.test").result is Result.PERMERROR
    assert codes(lint(r, "servfail.test").problems) == {"spf.dns_error"}
    assert evaluate(r, "192.0.2.1", "servfail.test").result is Result.TEMPERROR
    assert evaluate(r, "192.0.2.1", "nx.test").result is Result.NONE


def test_silent_server_ends_within_the_timeout(server):
    r = server.resolver(timeout=0.3)
    start = time.monotonic()
    assert codes(lint(r, "silent.test").problems) == {"spf.dns_error"}
    assert evaluate(r, "192.0.2.1", "silent.test").result is Result.TEMPERROR
    assert time.monotonic() - start < 5  # did not hang
