from __future__ import annotations

import pytest

from tests.fixtures.dns_server import DnsServer
from wizard.core.dns.resolver import ResolverSpecError, make_resolver, parse_resolver


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("192.0.2.53", ("192.0.2.53", 53)), ("127.0.0.1:5353", ("127.0.0.1", 5353)), ("[::1]:5353", ("::1", 5353)),
     ("::1", ("::1", 53)), ("[2001:db8::1]", ("2001:db8::1", 53))],
)
def test_resolvers(spec, expected):
    assert parse_resolver(spec) == expected


@pytest.mark.parametrize("spec", ["dns.google", "127.0.0.1:0", "127.0.0.1:99999", "[::1", "[::1]x", "1.2.3.4:ab", ""])
def test_bad_resolvers_say_so(spec):
    with pytest.raises(ResolverSpecError) as info:
        parse_resolver(spec)
    assert "not a resolver address" in str(info.value)


def test_make_resolver_talks_to_the_named_server():
    with DnsServer({("example.jp", "A"): ["192.0.2.7"]}) as server:
        r = make_resolver(server.address, timeout=2)
        assert r.resolve("example.jp", "A")[0].to_text() == "192.0.2.7"
