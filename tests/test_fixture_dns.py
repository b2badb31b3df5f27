"""The DNS test server answers the way the tests rely on."""

from __future__ import annotations

import time

import dns.exception
import dns.resolver
import pytest

from tests.fixtures.dns_server import NXDOMAIN, REFUSED, SERVFAIL, SILENT, Delay, DnsServer

ZONE = {
    ("example.jp", "TXT"): ['"v=spf1 ip4:192.0.2.1 -all"'],
    ("example.jp", "A"): ["192.0.2.10"],
    ("2.0.0.127.zen.test", "A"): ["127.0.0.2"],
    ("alias.test", "A"): ["CNAME example.jp."],
    ("gone.test", "A"): NXDOMAIN,
    ("broken.test", "ANY"): SERVFAIL,
    ("refused.test", "ANY"): REFUSED,
    ("silent.test", "ANY"): SILENT,
    ("slow.test", "A"): Delay(0.3, ["192.0.2.1"]),
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


def test_answers_data_nxdomain_and_empty(server):
    r = server.resolver()
    assert [a.to_text() for a in r.resolve("example.jp", "TXT")] == ['"v=spf1 ip4:192.0.2.1 -all"']
    assert [a.to_text() for a in r.resolve("2.0.0.127.zen.test", "A")] == ["127.0.0.2"]
    with pytest.raises(dns.resolver.NXDOMAIN):
        r.resolve("nothing-here.test", "A")
    with pytest.raises(dns.resolver.NoAnswer):
        r.resolve("example.jp", "AAAA")


def test_error_codes_and_silence(server):
    r = server.resolver(timeout=0.5)
    with pytest.raises(dns.resolver.NoNameservers):
        r.resolve("broken.test", "A")
    with pytest.raises(dns.resolver.NoNameservers):
        r.resolve("refused.test", "TXT")
    start = time.monotonic()
    with pytest.raises(dns.exception.Timeout):
        r.resolve("silent.test", "A")
    assert time.monotonic() - start < 3


def test_delay_and_query_log(server):
    r = server.resolver()
    start = time.monotonic()
    assert r.resolve("slow.test", "A")[0].to_text() == "192.0.2.1"
    assert time.monotonic() - start >= 0.25
    assert ("slow.test", "A") in server.queries


def test_tcp_works_too(server):
    r = server.resolver()
    assert r.resolve("example.jp", "A", tcp=True)[0].to_text() == "192.0.2.10"
