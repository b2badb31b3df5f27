"""Blocklist checks against a real DNS server on 127.0.0.1."""

from __future__ import annotations

import ipaddress
import socket
import time

import pytest

from tests.core.dns.conftest import by

from tests.fixtures.dns_server import REFUSED, SERVFAIL, SILENT
from tests.fixtures.dnsbl_data import good_points, listing
from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.dns.blocklist import Status, check_addresses, check_target, query_name
from wizard.core.dns.zones import KINDS, PRIVATE_LIST_NAMES, DnsblError, load_private_lists, load_zones, select_zones

ZONES = load_zones()
ZEN = select_zones(ZONES, ["spamhaus-zen"])[0]
SPAMCOP = select_zones(ZONES, ["spamcop"])[0]
UCE2 = select_zones(ZONES, ["uceprotect-2"])[0]

RENTAL = "203.0.113.45"
CLEAN_IP = "198.51.100.7"
V6 = "2001:db8::25"




def test_query_names():
    assert query_name(ipaddress.ip_address("192.0.2.1"), "zen.spamhaus.org") == "1.2.0.192.zen.spamhaus.org"
    assert query_name(ipaddress.ip_address("::ffff:192.0.2.1"), "bl.test") == "1.2.0.192.bl.test"
    name = query_name(ipaddress.ip_address("2001:db8::25"), "zen.spamhaus.org")
    labels = name.split(".")
    assert len(labels) == 32 + 3 and labels[:2] == ["5", "2"] and labels[28:32] == ["1", "0", "0", "2"] and labels[32:] == ["zen", "spamhaus", "org"]


def test_the_zone_file_loads_and_only_own_codes_are_listings():
    ids = [z.id for z in ZONES]
    assert ids[0] == "spamhaus-zen" and len(ids) == len(set(ids)) >= 8
    assert ZEN.listed["127.0.0.10"] == "policy" and ZEN.errors["127.255.255.254"] == "public_resolver"
    assert "127.0.0.1" not in ZEN.listed
    assert all(z.delist_url.startswith("https://") for z in ZONES)
    assert UCE2.info_only and not ZEN.info_only


def test_the_file_ranks_the_kinds_and_names_the_receivers_own_lists():
    assert ZEN.kind_order[0] == "spam" and ZEN.kind_order[-1] == "policy" and set(ZEN.kind_order) == set(KINDS)
    private = {p.id: p for p in load_private_lists()}
    assert set(private) == set(PRIVATE_LIST_NAMES)
    assert private["outlook"].pattern.search("550 5.7.1 ... (S3150) ...") and private["outlook"].delist_url
    assert private["sorbs"].pattern.search("listed at dnsbl.SORBS.net") and not private["sorbs"].pattern.search("absorbs")


ZONE_TOML = """
[[zones]]
id = "x"
zone = "bl.test"
name = "X"
listed = { "127.0.0.2" = "spam" }
delist_url = "https://bl.test/"
"""


@pytest.mark.parametrize(
    "extra, words",
    [
        ('kind_order = ["spam"]\n', "kind_order must name every kind once"),
        ('kind_order = ["spam", "spam", "exploited", "hijacked", "reputation", "range", "policy"]\n', "kind_order"),
        ('[[private_lists]]\nid = "gmail"\npattern = "x"\n', "unknown id gmail"),
        ('[[private_lists]]\nid = "sorbs"\npattern = "(unclosed"\n', "private_lists[0]"),
        ('[[private_lists]]\nid = "sorbs"\n', "private_lists[0]"),
    ],
)
def test_the_loader_refuses_a_broken_file(tmp_path, extra, words):
    path = tmp_path / "dnsbl.toml"
    top, tables = (extra, "") if extra.startswith("kind_order") else ("", extra)
    path.write_text(top + ZONE_TOML + tables, encoding="utf-8")
    with pytest.raises(DnsblError) as info:
        load_zones(path)
    assert words in str(info.value)
    path.write_text(ZONE_TOML, encoding="utf-8")  # the same file without the broken part loads
    assert [z.id for z in load_zones(path)] == ["x"] and load_private_lists(path) == []


def test_several_kinds_are_named_most_telling_first(serve):
    server = serve({**good_points(ZEN.zone), **listing(RENTAL, ZEN.zone, ["127.0.0.10", "127.0.0.4", "127.0.0.2"])})
    r = by(check_addresses([RENTAL], resolver=server.resolver(), zones=[ZEN], timeout=2), RENTAL, ZEN)
    text = r.reason.render()
    assert text.index("source of spam") < text.index("infected") < text.index("PBL")


def test_listed_clean_and_pbl_with_txt_and_delisting_page(serve):
    zone = {
        **good_points(ZEN.zone, listed=["127.0.0.2", "127.0.0.4", "127.0.0.10"]),
        **good_points(SPAMCOP.zone),
        **listing(RENTAL, ZEN.zone, ["127.0.0.2"], "Listed by SBL, see https://check.spamhaus.org/sbl/query/SBL1"),
        **listing(CLEAN_IP, ZEN.zone, ["127.0.0.10"], "https://check.spamhaus.org/query/ip/198.51.100.7"),
    }
    server = serve(zone)
    report = check_addresses([RENTAL, CLEAN_IP], resolver=server.resolver(), zones=[ZEN, SPAMCOP], timeout=2)
    r = by(report, RENTAL, ZEN)
    assert r.status is Status.LISTED and r.codes == ("127.0.0.2",) and "SBL1" in r.txt
    assert r.counts_as_listed and r.zone.delist_url == "https://check.spamhaus.org/"
    assert "source of spam" in r.reason.render()
    pbl = by(report, CLEAN_IP, ZEN)
    assert pbl.status is Status.LISTED and pbl.kinds == ("policy",)
    assert "should send mail through its provider" in pbl.reason.render()
    assert by(report, RENTAL, SPAMCOP).status is Status.CLEAN
    assert by(report, RENTAL, SPAMCOP).txt == ""
    assert len(report.listed) == 2 and not report.policy_only
    d = report.as_dict()
    assert set(d) == {"target", "addresses", "results"}
    assert {"address", "zone", "status", "codes", "txt", "reason", "delist_url"} <= set(d["results"][0])


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        (["127.255.255.254"], "refuses questions from this resolver"),
        (["127.255.255.255"], "over quota"),
        (["127.255.255.252"], "zone name is wrong"),
        (["127.0.0.1"], "127.0.0.1"),
        (["192.0.2.99"], "not a blocklist code"),
        (["127.0.0.99"], "not one of this list's listing codes"),
        (["127.0.0.2", "127.255.255.254"], "refuses questions"),
    ],
)
def test_error_codes_are_never_listings(codes, words, serve):
    zone = {**good_points(ZEN.zone), **listing(RENTAL, ZEN.zone, codes, "some text")}
    server = serve(zone)
    report = check_addresses([RENTAL], resolver=server.resolver(), zones=[ZEN], timeout=2)
    r = by(report, RENTAL, ZEN)
    assert r.status is Status.UNKNOWN
    assert words in r.reason.render()
    assert not report.listed and r.txt == ""


def test_public_resolver_error_code_everywhere_fails_the_test_points(serve):
    # A public resolver gets 127.255.255.254 for every question: never "listed", and says why.
    zone = {
        **good_points(ZEN.zone, listed=["127.255.255.254"], clean=["127.255.255.254"]),
        **listing(RENTAL, ZEN.zone, ["127.255.255.254"]),
    }
    server = serve(zone)
    report = check_addresses([RENTAL, CLEAN_IP], resolver=server.resolver(), zones=[ZEN], timeout=2)
    for ip in (RENTAL, CLEAN_IP):
        r = by(report, ip, ZEN)
        assert r.status is Status.UNKNOWN
        text = r.reason.render()
        assert text.startswith("This resolver cannot use this list") and "public one" in text


def test_nxdomain_for_everything_is_not_a_clean_result(serve):
    server = serve({})
    report = check_addresses([RENTAL], resolver=server.resolver(), zones=[ZEN, SPAMCOP], timeout=2)
    assert {r.status for r in report.results} == {Status.UNKNOWN}
    assert "127.0.0.2 is not reported as listed" in report.results[0].reason.render()


def test_a_list_that_lists_its_clean_test_point_is_not_trusted(serve):
    zone = {**good_points(SPAMCOP.zone, clean=["127.0.0.2"]), **listing(RENTAL, SPAMCOP.zone, ["127.0.0.2"])}
    server = serve(zone)
    report = check_addresses([RENTAL], resolver=server.resolver(), zones=[SPAMCOP], timeout=2)
    r = report.results[0]
    assert r.status is Status.UNKNOWN and "127.0.0.1 is reported as listed" in r.reason.render()


def test_test_points_are_asked_once_per_zone_per_run(serve):
    zone = {**good_points(ZEN.zone), **good_points(SPAMCOP.zone)}
    server = serve(zone)
    check_addresses([RENTAL, CLEAN_IP, "192.0.2.1"], resolver=server.resolver(), zones=[ZEN, SPAMCOP], timeout=2)
    tp = [q for q in server.queries if q[0].startswith(("2.0.0.127.", "1.0.0.127."))]
    assert sorted(tp) == sorted(
        [(f"{n}.0.0.127.{z.zone}", "A") for n in (1, 2) for z in (ZEN, SPAMCOP)]
    )
    assert len(server.queries) == 4 + 3 * 2 * 2  # test points + A and TXT for each address and zone


def test_ipv6_nibbles_ipv4_only_zones_and_mapped_addresses(serve):
    mapped = "::ffff:" + RENTAL
    zone = {
        **good_points(ZEN.zone),
        **good_points(SPAMCOP.zone),
        **listing(V6, ZEN.zone, ["127.0.0.3"], "CSS listing"),
        **listing(RENTAL, SPAMCOP.zone, ["127.0.0.2"], "Blocked - see https://www.spamcop.net/bl.shtml?" + RENTAL),
    }
    server = serve(zone)
    report = check_addresses([V6, mapped], resolver=server.resolver(), zones=[ZEN, SPAMCOP], timeout=2)
    queried = {q[0] for q in server.queries}
    assert report.addresses == (V6, RENTAL)  # the mapped address is asked as IPv4
    assert by(report, V6, ZEN).status is Status.LISTED and by(report, V6, ZEN).txt == "CSS listing"
    na = by(report, V6, SPAMCOP)
    assert na.status is Status.NOT_APPLICABLE and "IPv4 addresses only" in na.reason.render()
    assert by(report, RENTAL, SPAMCOP).status is Status.LISTED
    assert query_name(ipaddress.ip_address(V6), SPAMCOP.zone) not in queried


def test_private_addresses_are_not_applicable_and_not_asked(serve):
    server = serve({})
    report = check_addresses(["192.168.1.10", "10.0.0.1"], resolver=server.resolver(), zones=[ZEN], timeout=2)
    assert server.queries == []
    assert {r.status for r in report.results} == {Status.NOT_APPLICABLE}
    assert "private or local" in report.results[0].reason.render()
    assert report.summary().render().startswith("No list applies")


def test_info_only_listing_does_not_count(serve):
    zone = {**good_points(UCE2.zone), **listing(RENTAL, UCE2.zone, ["127.0.0.2"], "Net of AS64500 is UCEPROTECT-Level2 listed")}
    server = serve(zone)
    report = check_addresses([RENTAL], resolver=server.resolver(), zones=[UCE2], timeout=2)
    r = report.results[0]
    assert r.status is Status.LISTED and not r.counts_as_listed and report.listed == []
    assert "whole network range" in r.reason.render()


@pytest.mark.parametrize(("answer", "words"), [(SERVFAIL, "SERVFAIL"), (REFUSED, "REFUSED"), (SILENT, "timeout")])
def test_failures_are_unknown_with_the_reason(answer, words, serve):
    name = query_name(ipaddress.ip_address(RENTAL), ZEN.zone)
    zone = {**good_points(ZEN.zone), (name, "ANY"): answer}
    server = serve(zone)
    report = check_addresses([RENTAL], resolver=server.resolver(timeout=0.6), zones=[ZEN], timeout=0.6)
    r = report.results[0]
    assert r.status is Status.UNKNOWN and words in r.reason.render()


def test_a_silent_resolver_ends_within_the_timeout_with_unknown():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # bound, never answers
    sock.bind(("127.0.0.1", 0))
    try:
        from wizard.core.dns.resolver import make_resolver

        resolver = make_resolver(f"127.0.0.1:{sock.getsockname()[1]}", timeout=0.8)
        start = time.monotonic()
        report = check_addresses([RENTAL, V6], resolver=resolver, timeout=0.8)
        elapsed = time.monotonic() - start
    finally:
        sock.close()
    assert elapsed < 3  # generous: proves it did not wait per zone or per query
    statuses = {r.status for r in report.results}
    assert statuses <= {Status.UNKNOWN, Status.NOT_APPLICABLE} and Status.UNKNOWN in statuses
    assert all("timeout" in r.reason.render() for r in report.unknown)


def test_host_name_target_resolves_all_addresses(serve):
    zone = {
        ("mail.rental.example.jp", "A"): [RENTAL],
        ("mail.rental.example.jp", "AAAA"): [V6],
        **good_points(ZEN.zone),
        **listing(RENTAL, ZEN.zone, ["127.0.0.4"], "XBL"),
    }
    server = serve(zone)
    report = check_target("Mail.Rental.Example.jp.", resolver=server.resolver(), zones=[ZEN], timeout=2)
    assert report.addresses == (RENTAL, V6)
    assert by(report, RENTAL, ZEN).kinds == ("exploited",)
    assert by(report, V6, ZEN).status is Status.CLEAN


@pytest.mark.parametrize(("target", "words"), [("not a host!", "neither an IP address"), ("nothing.example.jp", "no IPv4 or IPv6")])
def test_bad_targets_raise_clear_errors(target, words, serve):
    server = serve({("nothing.example.jp", "TXT"): ['"x"']})
    with pytest.raises(DnsblError) as info:
        check_target(target, resolver=server.resolver(), zones=[ZEN], timeout=1)
    assert words in str(info.value)


def test_unknown_zone_names_are_refused():
    with pytest.raises(DnsblError) as info:
        select_zones(ZONES, ["zen.spamhaus.org", "nope"])
    assert "nope" in str(info.value) and "spamcop" in str(info.value)
    assert [z.id for z in select_zones(ZONES, ["bl.spamcop.net", "spamhaus-zen"])] == ["spamhaus-zen", "spamcop"]


def test_cancel_stops_at_once_and_progress_counts(serve):
    token = CancelToken()
    token.cancel()
    server = serve({})
    with pytest.raises(Cancelled):
        check_addresses([RENTAL], resolver=server.resolver(), zones=[ZEN], timeout=2, cancel=token)
    seen = []
    check_addresses([RENTAL], resolver=server.resolver(), zones=[ZEN], timeout=2, progress=seen.append)
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == 4
