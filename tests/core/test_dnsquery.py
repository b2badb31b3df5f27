"""Many questions over one socket: answers, failures, truncation, against the real DNS test server."""

from __future__ import annotations

import time

import pytest

from tests.fixtures.dns_server import REFUSED, SERVFAIL, DnsServer
from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.dns.query import lookup, lookup_many

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
    assert got[3].nxdomain and got[3].ok
    assert got[4].records == () and not got[4].nxdomain and got[4].ok
    assert "SERVFAIL" in got[5].failure.render() and "REFUSED" in got[6].failure.render()
    assert got[7].records == ("host.example.jp.",)  # not a fast-path type: parsed by dnspython
    assert got[8].ok  # a CNAME answer goes through dnspython's chaining
    assert sorted(got[9].records) == ["192.0.2.1", "192.0.2.2"]
    # the same answers as one question at a time through the resolver
    for q, g in zip(questions[:5], got[:5]):
        assert lookup(server.resolver(), q[0], q[1], time.monotonic() + 2) == g


def test_truncated_answers_are_asked_again_over_tcp(server):
    (got,) = lookup_many(server.resolver(), [("long.test", "TXT")], deadline=time.monotonic() + 2)
    assert got.records == (LONG,)
    assert ("long.test", "TXT") in server.queries


def test_cancel_raises_at_once(server):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        lookup_many(server.resolver(), [("a.test", "A")], deadline=time.monotonic() + 2, cancel=token)
