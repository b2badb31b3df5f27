from __future__ import annotations

import time

import pytest

from tests.fixtures.dns_server import SILENT, DnsServer
from wizard.core.dns.query import Status, ask
from wizard.core.dns import QUESTION_TIMEOUT
from wizard.core.dns.resolver import ResolverSpecError, make_resolver, with_deadline


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("192.0.2.53", ("192.0.2.53", 53)), ("127.0.0.1:5353", ("127.0.0.1", 5353)), ("[::1]:5353", ("::1", 5353)),
     ("::1", ("::1", 53)), ("[2001:db8::1]", ("2001:db8::1", 53)), (" 192.0.2.53 ", ("192.0.2.53", 53))],
)
def test_resolvers(spec, expected):
    r = make_resolver(spec)
    assert (r.nameservers, r.port) == ([expected[0]], expected[1])
    assert r.timeout == r.lifetime == QUESTION_TIMEOUT and r.cache is None


@pytest.mark.parametrize("spec", ["dns.google", "127.0.0.1:0", "127.0.0.1:99999", "[::1", "[::1]x", "1.2.3.4:ab",
                                  "1.2.3.4:", "[::1]:"])
def test_bad_resolvers_say_so(spec):
    with pytest.raises(ResolverSpecError) as info:
        make_resolver(spec)
    assert "not a resolver address" in str(info.value)


@pytest.mark.parametrize("spec", [None, "", "  "])
def test_nothing_typed_is_the_systems_resolver(spec):
    r = make_resolver(spec, timeout=1.5)
    assert r.nameservers and r.timeout == r.lifetime == 1.5


def test_make_resolver_talks_to_the_named_server():
    with DnsServer({("example.jp", "A"): ["192.0.2.7"]}) as server:
        r = make_resolver(server.address, timeout=2)
        assert r.resolve("example.jp", "A")[0].to_text() == "192.0.2.7"


def test_the_timeout_bounds_a_question_to_a_silent_server():
    with DnsServer({("silent.test", "ANY"): SILENT}) as server:
        t0 = time.monotonic()
        a = ask(make_resolver(server.address, timeout=0.3), "silent.test", "A")
        took = time.monotonic() - t0
    assert a.status is Status.ERROR and a.timed_out and took < 2


def test_with_deadline_ends_every_later_question_at_once():
    with DnsServer({("example.jp", "A"): ["192.0.2.7"]}) as server:
        r = with_deadline(make_resolver(server.address, timeout=2), 0.0)
        a = ask(r, "example.jp", "A")
    assert a.status is Status.ERROR and a.timed_out
