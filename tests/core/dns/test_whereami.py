"""Where am I: public address, reverse name and provider, against a real DNS server on 127.0.0.1."""

from __future__ import annotations

import ipaddress
import time

import pytest

from tests.fixtures.dns_server import SILENT, DnsServer
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.whereami import DEFAULT_SOURCES, IpSource, sources_at, where_am_i

V4 = "203.0.113.80"
V6 = "2001:db8:1::80"
PTR4 = "80.113.0.203.in-addr.arpa"
PTR6 = ipaddress.ip_address(V6).reverse_pointer

CATALOG = load_catalog()


@pytest.fixture(scope="module")
def shared_server():
    with DnsServer({}) as s:
        yield s


def test_opendns_answers_and_provider_from_the_reverse_name(shared_server):
    server = shared_server.load(
        {
            ("myip.opendns.com", "A"): [V4],
            ("myip.opendns.com", "AAAA"): [V6],
            (PTR4, "PTR"): ["p1234-ipngn200.tokyo.ocn.ne.jp."],
            (PTR6, "PTR"): ["host.example.jp."],
        }
    )
    here = where_am_i(resolver=server.resolver(), catalog=CATALOG, sources=sources_at(server.address), timeout=1)
    # the source is the server really asked (sources_at), not the service the question was written for
    assert here.ipv4.address == V4 and here.ipv4.source == server.address == here.ipv4.server
    assert here.ipv4.reverse == "p1234-ipngn200.tokyo.ocn.ne.jp"
    assert here.ipv6.address == V6 and here.ipv6.reverse == "host.example.jp"
    assert here.provider is not None and here.provider.id == "ocn"
    d = here.as_dict()
    assert d["provider"] == "ocn" and d["ipv4"]["address"] == V4 and d["ipv6"]["reason"] is None
    assert ("myip.opendns.com", "A") in server.queries


def test_google_txt_with_extra_records_and_no_ipv6(shared_server):
    google = [s for s in DEFAULT_SOURCES if s.name == "Google"]
    server = shared_server.load(
        {
            ("o-o.myaddr.l.google.com", "TXT"): ['"edns0-client-subnet 192.0.2.0/24"', f'"{V4}"'],
            (PTR4, "PTR"): ["fp76f1a2b3.tkyc.ap.nuro.example.jp."],
        }
    )
    here = where_am_i(resolver=server.resolver(), catalog=CATALOG, sources=sources_at(server.address, google), timeout=1)
    assert here.ipv4.address == V4 and here.ipv4.source == server.address
    assert ("o-o.myaddr.l.google.com", "TXT") in server.queries
    assert here.ipv6.address == "" and "No IPv6 connection" in here.ipv6.reason.render()
    assert here.provider is None
    assert "does not belong to a provider" in here.provider_reason.render()
    assert here.found and here.addresses == [V4]


def test_the_default_sources_name_their_service_and_server():
    assert [(s.name, s.server) for s in DEFAULT_SOURCES if s.family == 4] == [
        ("OpenDNS", "208.67.222.222"), ("Google", "216.239.32.10")]
    assert {s.name for s in sources_at(" 127.0.0.9:5300 ")} == {"127.0.0.9:5300"}


def test_no_reverse_name_is_said_plainly(shared_server):
    server = shared_server.load({("myip.opendns.com", "A"): [V4]})
    here = where_am_i(resolver=server.resolver(), catalog=CATALOG, sources=sources_at(server.address), timeout=1)
    assert here.ipv4.address == V4 and here.ipv4.reverse == ""
    assert "no reverse name" in here.ipv4.reason.render()
    assert here.provider is None


def test_silent_servers_end_within_the_timeout_as_unknown(shared_server):
    server = shared_server.load({("myip.opendns.com", "ANY"): SILENT, ("o-o.myaddr.l.google.com", "ANY"): SILENT})
    start = time.monotonic()
    here = where_am_i(resolver=server.resolver(), catalog=CATALOG, sources=sources_at(server.address), timeout=0.7)
    assert time.monotonic() - start < 3  # generous: did not hang
    assert not here.found
    assert "timeout" in here.ipv4.reason.render() and "IPv4" in here.ipv4.reason.render()
    assert here.as_dict()["ipv4"]["address"] is None


def test_a_bad_source_is_unknown_not_a_crash(shared_server):
    bad = (IpSource("Broken", 4, "not-an-address", "myip.opendns.com", "A"),)
    here = where_am_i(resolver=shared_server.resolver(), catalog=CATALOG, sources=bad, timeout=0.5)
    assert not here.found and "not a resolver address" in here.ipv4.reason.render()
