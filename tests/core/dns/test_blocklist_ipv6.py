"""RFC 5782 section 5 over a real DNS server on 127.0.0.1: a zone's IPv6 side is trusted only after its IPv6 test
points (``::FFFF:7F00:2`` listed, ``::FFFF:7F00:1`` not, in nibble form); ``kinds`` only on listings."""

from __future__ import annotations

import pytest

from tests.core.dns.conftest import by
from tests.fixtures.dnsbl_data import good_points, listing, v6_points
from wizard.core.dns.blocklist import Status, check_addresses
from wizard.core.dns.zones import load_zones, select_zones

ZONES = load_zones()
ZEN = select_zones(ZONES, ["spamhaus-zen"])[0]
SPAMCOP = select_zones(ZONES, ["spamcop"])[0]
RENTAL = "203.0.113.45"
V6 = "2001:db8::25"
# RFC 5782 section 5, written out by hand (not computed by the code under test): the nibbles of ::FFFF:7F00:2 / :1.
V6_LISTED_NAME = "2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0." + ZEN.zone
V6_CLEAN_NAME = "1.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0." + ZEN.zone




def run(server, addresses, zones=(ZEN,)):
    return check_addresses(addresses, resolver=server.resolver(), zones=list(zones), timeout=2)


def test_the_ipv6_test_points_are_asked_in_nibble_form_once_and_only_for_ipv6(serve):
    server = serve({**good_points(ZEN.zone), **good_points(SPAMCOP.zone)})
    run(server, [RENTAL, V6, "2001:db8::26"], zones=[ZEN, SPAMCOP])
    asked = [name for name, rdtype in server.queries]
    assert asked.count(V6_LISTED_NAME) == 1 and asked.count(V6_CLEAN_NAME) == 1
    assert not any("f.7.f.f.f.f" in n and n.endswith(SPAMCOP.zone) for n in asked)  # an IPv4-only list
    server = serve(good_points(ZEN.zone))
    run(server, [RENTAL])
    assert not any("f.7.f.f.f.f" in name for name, _ in server.queries)  # no IPv6 address: nothing asked


def test_a_zone_that_answers_nothing_on_its_ipv6_side_is_unknown_for_ipv6_only(serve):
    # The IPv4 test points pass, the IPv6 ones are NXDOMAIN: the IPv6 listing means nothing, the IPv4 one stands.
    server = serve({
        **good_points(ZEN.zone, v6=False),
        **listing(V6, ZEN.zone, ["127.0.0.2"], "SBL listing"),
        **listing(RENTAL, ZEN.zone, ["127.0.0.2"], "SBL listing"),
    })
    report = run(server, [RENTAL, V6])
    v6 = by(report, V6, ZEN)
    assert v6.status is Status.UNKNOWN and v6.kinds == () and v6.txt == ""
    text = v6.reason.render()
    assert text.startswith("This resolver cannot use this list") and "::ffff:7f00:2 is not reported as listed" in text
    assert by(report, RENTAL, ZEN).status is Status.LISTED and by(report, RENTAL, ZEN).kinds == ("spam",)
    assert report.listed == [by(report, RENTAL, ZEN)]


def test_a_zone_that_lists_everything_on_its_ipv6_side_is_unknown_not_listed(serve):
    server = serve({
        **good_points(ZEN.zone, v6=False),
        **v6_points(ZEN.zone, clean=["127.0.0.2"]),
        **listing(V6, ZEN.zone, ["127.0.0.2"]),
    })
    report = run(server, [V6])
    r = by(report, V6, ZEN)
    assert r.status is Status.UNKNOWN and "::ffff:7f00:1 is reported as listed" in r.reason.render()
    assert r.kinds == () and r.as_dict()["kinds"] == [] and r.codes == ("127.0.0.2",)
    assert report.listed == [] and report.nothing_usable


def test_a_clean_ipv6_answer_needs_the_ipv6_test_points_too(serve):
    # NXDOMAIN for the address is "clean" only on a zone whose IPv6 side proved it answers.
    server = serve(good_points(ZEN.zone, v6=False))
    assert by(run(server, [V6]), V6, ZEN).status is Status.UNKNOWN
    server = serve(good_points(ZEN.zone))
    assert by(run(server, [V6]), V6, ZEN).status is Status.CLEAN


def test_ipv6_test_points_with_an_error_code_or_an_outside_answer(serve):
    server = serve({**good_points(ZEN.zone, v6=False), **v6_points(ZEN.zone, listed=["127.255.255.254"])})
    assert "public one" in by(run(server, [V6]), V6, ZEN).reason.render()
    server = serve({**good_points(ZEN.zone, v6=False), **v6_points(ZEN.zone, listed=["192.0.2.1"])})
    r = by(run(server, [V6]), V6, ZEN)
    assert r.status is Status.UNKNOWN and "::ffff:7f00:2 gave no usable answer" in r.reason.render()


def test_ipv6_sides_fail_alone_ipv4_sides_fail_alone(serve):
    # The IPv4 test points fail but the IPv6 ones pass: IPv4 addresses are unknown, the IPv6 listing stands.
    server = serve({**v6_points(ZEN.zone), **listing(V6, ZEN.zone, ["127.0.0.4"]), **listing(RENTAL, ZEN.zone, ["127.0.0.4"])})
    report = run(server, [RENTAL, V6])
    assert by(report, RENTAL, ZEN).status is Status.UNKNOWN and by(report, RENTAL, ZEN).kinds == ()
    assert by(report, V6, ZEN).status is Status.LISTED and by(report, V6, ZEN).kinds == ("exploited",)


@pytest.mark.parametrize("codes", [["127.0.0.2", "127.255.255.254"], ["127.0.0.4", "192.0.2.9"]])
def test_kinds_appear_only_on_listings(codes, serve):
    server = serve({**good_points(ZEN.zone), **listing(RENTAL, ZEN.zone, codes)})
    r = by(run(server, [RENTAL]), RENTAL, ZEN)
    assert r.status is Status.UNKNOWN and r.codes and r.kinds == ()
    d = r.as_dict()
    assert d["kinds"] == [] and d["status"] == "unknown" and set(d["codes"]) == set(codes)
