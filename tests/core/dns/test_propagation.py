"""Propagation of the SPF change, against real dnslib servers: a recursive one on 127.0.0.1 (NS set and the name
servers' addresses) and the domain's authoritative servers on 127.0.0.2 (new record), 127.0.0.3 (old record, older
serial) and 127.0.0.4 (silent), all on one port."""

from __future__ import annotations

import time

import pytest

from tests.fixtures.dns_server import SILENT, DnsServer, free_port_on
from wizard.core.dns.propagation import check_propagation, normalise

OLD = '"v=spf1 include:spf.example.net -all"'
NEW = "v=spf1 include:spf.example.net include:spf.ocn.ad.jp ~all"
SOA = "ns1.example.jp. hostmaster.example.jp. {serial} 3600 600 604800 300"


def auth_zone(spf: str, serial: int) -> dict:
    return {("example.jp", "TXT"): [spf, '"google-site-verification=abc"'],
            ("example.jp", "SOA"): [SOA.format(serial=serial)],
            ("example.jp", "NS"): ["ns1.example.jp.", "ns2.example.jp."]}


@pytest.fixture(scope="module")
def world():
    port = free_port_on("127.0.0.2", "127.0.0.3", "127.0.0.4")
    recursive = DnsServer({
        ("example.jp", "NS"): ["ns1.example.jp.", "ns2.example.jp.", "ns3.example.jp."],
        ("ns1.example.jp", "A"): ["127.0.0.2"],
        ("ns2.example.jp", "A"): ["127.0.0.3"],
        ("ns3.example.jp", "A"): ["127.0.0.4"],
        ("shop.example.jp", "TXT"): ['"v=spf1 -all"'],  # a name without NS of its own: the zone is example.jp
    })
    servers = [DnsServer(auth_zone(f'"{NEW}"', 2025060302), host="127.0.0.2", port=port),
               DnsServer(auth_zone(OLD, 2025060301), host="127.0.0.3", port=port),
               DnsServer({("example.jp", "ANY"): SILENT}, host="127.0.0.4", port=port)]
    with recursive:
        for s in servers:
            s.start()
        try:
            yield recursive, servers, port
        finally:
            for s in servers:
                s.stop()


def test_two_servers_disagree_and_one_is_silent(world):
    recursive, servers, port = world
    t0 = time.monotonic()
    p = check_propagation("example.jp", recursive.resolver(), expect=NEW, port=port, timeout=1.0)
    took = time.monotonic() - t0
    assert took < 3.0  # the silent server is not waited on for ever
    assert p.zone == "example.jp"
    assert p.nameservers == ("ns1.example.jp", "ns2.example.jp", "ns3.example.jp")
    by = {s.address: s for s in p.servers}
    assert by["127.0.0.2"].has_expected is True and by["127.0.0.2"].serial == 2025060302
    assert by["127.0.0.3"].has_expected is False and by["127.0.0.3"].serial == 2025060301
    assert by["127.0.0.3"].records == ("v=spf1 include:spf.example.net -all",)
    assert by["127.0.0.2"].ttl == 60
    assert not by["127.0.0.4"].answered and by["127.0.0.4"].reason is not None
    assert not p.complete and p.cached_until is None
    text = "\n".join(p.lines())
    assert "ns3.example.jp (127.0.0.4)" in text and "did not answer" in text
    # each authoritative server was asked itself
    assert ("example.jp", "SOA") in servers[0].queries and ("example.jp", "TXT") in servers[1].queries
    d = p.as_dict()
    assert d["complete"] is False and len(d["servers"]) == 3


def test_complete_when_every_server_serves_the_record(world):
    recursive, servers, port = world
    servers[1].load(auth_zone(f'"{NEW}"', 2025060302))
    servers[2].load(auth_zone(f'"{NEW}"', 2025060302))
    try:
        p = check_propagation("example.jp", recursive.resolver(), expect="  V=SPF1 include:spf.example.net "
                              "include:spf.ocn.ad.jp ~all ", port=port, timeout=1.0)
        assert p.complete
        assert p.cached_until == pytest.approx(p.checked_at + 60)
        hhmm = time.strftime("%H:%M", time.localtime(p.checked_at + 60))
        assert f"by {hhmm} at the latest" in p.summary().render()
        # without an expected record: all agree
        assert check_propagation("example.jp", recursive.resolver(), port=port, timeout=1.0).complete
    finally:
        servers[1].load(auth_zone(OLD, 2025060301))
        servers[2].load({("example.jp", "ANY"): SILENT})


def test_not_expected_names_the_servers_still_behind(world):
    recursive, servers, port = world
    servers[2].load(auth_zone(f'"{NEW}"', 2025060302))
    try:
        p = check_propagation("example.jp", recursive.resolver(), expect=NEW, port=port, timeout=0.5)
    finally:
        servers[2].load({("example.jp", "ANY"): SILENT})
    text = p.summary().render()
    assert "Not every name server" in text and "ns2.example.jp (127.0.0.3)" in text and "127.0.0.2" not in text


def test_a_name_without_ns_uses_its_zone(world):
    recursive, _servers, port = world
    p = check_propagation("shop.example.jp", recursive.resolver(), port=port, timeout=0.5)
    assert p.zone == "example.jp"


def test_no_name_servers(world):
    recursive, _servers, port = world
    p = check_propagation("nothing.test", recursive.resolver(), port=port, timeout=0.5)
    assert p.problem is not None and not p.complete and p.servers == ()


def test_normalise():
    assert normalise('"v=spf1  A  -all"') == normalise("v=spf1 a -all")
    assert normalise("v=spf1 a -all") != normalise("v=spf1 a ~all")
