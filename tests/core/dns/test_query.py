"""Many questions over one socket: answers, failures, truncation, against the real DNS test server."""

from __future__ import annotations

import threading
import time

import pytest

from tests.fixtures.dns_server import REFUSED, SERVFAIL, SILENT, DnsServer
from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.dns.query import Status, ask, host_addresses, lookup_many

LONG = "v=spf1 " + " ".join(f"ip4:192.0.2.{i}" for i in range(1, 60)) + " -all"
ZONE = {
    ("a.test", "A"): ["192.0.2.1", "192.0.2.2"],
    ("a.test", "AAAA"): ["2001:db8::1"],
    ("t.test", "TXT"): ['"hello " "world"'],
    ("long.test", "TXT"): [" ".join(f'"{LONG[i:i + 200]}"' for i in range(0, len(LONG), 200))],
    ("alias.test", "A"): ["CNAME a.test."],
    ("broken.test", "ANY"): SERVFAIL,
    ("refused.test", "ANY"): REFUSED,
    ("ptr.test", "PTR"): ["host.example.jp."],
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


def test_answers_in_order_with_every_outcome(server):
    questions = [("a.test", "A"), ("a.test", "AAAA"), ("t.test", "TXT"), ("none.test", "A"), ("a.test", "TXT"),
                 ("broken.test", "A"), ("refused.test", "A"), ("ptr.test", "PTR"), ("alias.test", "A"),
                 ("A.Test", "A")]
    got = lookup_many(server.resolver(), questions, deadline=time.monotonic() + 2)
    assert [g.name for g in got] == [q[0] for q in questions]
    assert sorted(got[0].records) == ["192.0.2.1", "192.0.2.2"]
    assert got[1].records == ("2001:db8::1",)
    assert got[2].records == ("hello world",)
    assert got[3].status is Status.NXDOMAIN and got[3].ok and got[3].void
    assert got[4].records == () and got[4].status is Status.NODATA and got[4].ok and got[4].void
    assert got[5].status is Status.ERROR and not got[5].ok and "SERVFAIL" in got[5].reason.render()
    assert "REFUSED" in got[6].reason.render() and not got[6].timed_out
    assert got[7].records == ("host.example.jp.",)  # not a fast-path type: parsed by dnspython
    assert got[8].ok  # a CNAME answer goes through dnspython's chaining
    assert sorted(got[9].records) == ["192.0.2.1", "192.0.2.2"]
    # the same answers as one question at a time through the resolver
    for q, g in zip(questions[:5], got[:5]):
        one = ask(server.resolver(), q[0], q[1], deadline=time.monotonic() + 2)
        assert (one.name, one.rdtype, one.status, one.records, one.reason) == (g.name, g.rdtype, g.status, g.records,
                                                                               g.reason)
    assert got[2].texts() == [b"hello world"]  # the fast path gives the same rdata objects as dnspython


def test_truncated_answers_are_asked_again_over_tcp(server):
    (got,) = lookup_many(server.resolver(), [("long.test", "TXT")], deadline=time.monotonic() + 2)
    assert got.records == (LONG,)
    assert ("long.test", "TXT") in server.queries


def test_cancel_raises_at_once(server):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        lookup_many(server.resolver(), [("a.test", "A")], deadline=time.monotonic() + 2, cancel=token)


def test_a_cancel_from_another_thread_ends_the_wait_at_once(server):
    token = CancelToken()
    with DnsServer({("silent.test", "ANY"): SILENT}) as silent:
        threading.Timer(0.2, token.cancel).start()
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            lookup_many(silent.resolver(), [("silent.test", "A")], deadline=time.monotonic() + 5, cancel=token)
        took = time.monotonic() - t0
    assert took < 2  # generous bound: woken by the cancel, not by the 5 s deadline


def test_names_that_cannot_exist_are_nxdomain_without_asking(server):
    long_label = "x" * 64 + ".test"
    got = lookup_many(server.resolver(), [(long_label, "A"), ("a..test", "TXT")], deadline=time.monotonic() + 1)
    assert [g.status for g in got] == [Status.NXDOMAIN, Status.NXDOMAIN]
    assert ask(server.resolver(), long_label, "A").status is Status.NXDOMAIN


def test_host_addresses_asks_a_and_aaaa_together(server):
    found = host_addresses(server.resolver(), "a.test", deadline=time.monotonic() + 2)
    assert sorted(found.ipv4) == ["192.0.2.1", "192.0.2.2"]
    assert found.ipv6 == ("2001:db8::1",) and found.problem == "" and found.reason is None
    gone = host_addresses(server.resolver(), "none.test", deadline=time.monotonic() + 2)
    assert gone.addresses == [] and gone.problem == "no such name (NXDOMAIN)" and gone.reason is None
    broken = host_addresses(server.resolver(), "broken.test", deadline=time.monotonic() + 2)
    assert "SERVFAIL" in broken.reason.render() and broken.problem.startswith("no addresses (A/AAAA): ")
