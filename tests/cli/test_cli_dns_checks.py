"""`relay-wizard blocklist`, `whereami` and `bounce` against a real DNS server on 127.0.0.1: the CLI contract."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tests.core.diagnosis.test_bounce import DATA
from tests.fixtures.dns_server import SILENT, DnsServer
from tests.fixtures.dnsbl_data import good_points, line, listing, q
from wizard.cli import main

RENTAL = "203.0.113.45"
V6 = "2001:db8::25"


ZONE = {
    ("mail.rental.example.jp", "A"): [RENTAL],
    ("mail.rental.example.jp", "AAAA"): [V6],
    ("clean.example.jp", "A"): ["198.51.100.7"],
    ("nothing.example.jp", "TXT"): ['"x"'],
    **good_points("zen.spamhaus.org"),
    **good_points("bl.spamcop.net"),
    **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"], "https://check.spamhaus.org/sbl/query/SBL99"),
    **listing(RENTAL, "bl.spamcop.net", ["127.255.255.254"]),  # not a SpamCop code: unknown
    **line("203.0.113.80", "p1-ipngn.tokyo.ocn.ne.jp."),
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_blocklist_json_contract_and_exit_1_when_listed(capsys, server):
    code, out, err = run(capsys, "blocklist", "mail.rental.example.jp", "--resolver", server.address,
                         "--zones", "spamhaus-zen,bl.spamcop.net", "--timeout", "2", "--json")
    assert code == 1, err
    data = json.loads(out)
    assert data["target"] == "mail.rental.example.jp" and data["addresses"] == [RENTAL, V6]
    assert len(data["results"]) == 4
    for r in data["results"]:
        assert {"address", "zone", "status", "codes", "txt", "reason", "delist_url"} <= set(r)
    by = {(r["address"], r["zone"]): r for r in data["results"]}
    zen = by[(RENTAL, "zen.spamhaus.org")]
    assert zen["status"] == "listed" and zen["codes"] == ["127.0.0.2"] and "SBL99" in zen["txt"]
    assert zen["delist_url"] == "https://check.spamhaus.org/"
    cop = by[(RENTAL, "bl.spamcop.net")]
    assert cop["status"] == "unknown" and cop["codes"] == ["127.255.255.254"] and cop["reason"]
    assert by[(V6, "bl.spamcop.net")]["status"] == "not_applicable"
    assert by[(V6, "zen.spamhaus.org")]["status"] == "clean"


def test_blocklist_exit_0_when_clean_and_text_output(capsys, server):
    code, out, err = run(capsys, "blocklist", "198.51.100.7", "--resolver", server.address,
                         "--zones", "spamhaus-zen", "--timeout", "2")
    assert code == 0, err
    assert "✔ Not listed" in out and "Spamhaus ZEN (zen.spamhaus.org)" in out


def test_blocklist_text_in_japanese(capsys, server):
    code, out, err = run(capsys, "--lang", "ja", "blocklist", RENTAL, "--resolver", server.address,
                         "--zones", "spamhaus-zen", "--timeout", "2")
    assert code == 1
    assert "掲載" in out


def test_blocklist_with_a_silent_resolver_ends_and_says_unknown(capsys, server):
    silent = DnsServer({(q("127.0.0.2", "bl.spamcop.net"), "ANY"): SILENT, (q(RENTAL, "bl.spamcop.net"), "ANY"): SILENT,
                        (q("127.0.0.1", "bl.spamcop.net"), "ANY"): SILENT})
    with silent:
        code, out, err = run(capsys, "blocklist", RENTAL, "--resolver", silent.address, "--zones", "spamcop",
                             "--timeout", "0.5", "--json")
        strict, _, _ = run(capsys, "blocklist", RENTAL, "--resolver", silent.address, "--zones", "spamcop",
                           "--timeout", "0.5", "--strict")
    data = json.loads(out)
    assert code == 3  # the contract since issue 19: "could not check" is never "clean" (0), --strict or not
    assert strict == 3  # --strict stays accepted
    assert [r["status"] for r in data["results"]] == ["unknown"]
    assert "timeout" in data["results"][0]["reason"]


@pytest.mark.parametrize(
    "argv",
    [
        ["blocklist", "not a host!"],
        ["blocklist", RENTAL, "--zones", "nope"],
        ["blocklist", RENTAL, "--resolver", "dns.google"],
        ["whereami", "--ip-server", "somewhere"],
        ["bounce", "/nonexistent/bounce.eml"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("relay-wizard: ")


def test_timeout_must_be_sensible(capsys):
    with pytest.raises(SystemExit) as info:
        main(["blocklist", RENTAL, "--timeout", "-1"])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_host_without_addresses_exits_2(capsys, server):
    code, out, err = run(capsys, "blocklist", "nothing.example.jp", "--resolver", server.address, "--timeout", "1", "--json")
    assert code == 2 and "no IPv4 or IPv6 address" in err
    assert json.loads(out)["results"] == []


def test_host_name_offline_exits_3_not_2(capsys):
    """Offline: no DNS server answers about the host's addresses (a closed port), so nothing was checked."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        closed = f"127.0.0.1:{s.getsockname()[1]}"
    code, out, err = run(capsys, "blocklist", "mail.rental.example.jp", "--resolver", closed, "--timeout", "0.5")
    assert code == 3 and out == "" and err.startswith("relay-wizard: ")
    code, out, err = run(capsys, "blocklist", "mail.rental.example.jp", "--resolver", closed, "--timeout", "0.5",
                         "--json")
    assert code == 3 and json.loads(out)["results"] == []


def test_blocklist_help_states_every_exit_code(capsys):
    with pytest.raises(SystemExit):
        main(["blocklist", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for code in ("0 nothing is listed", "1 an address is listed", "2 usage error", "3 nothing could be checked"):
        assert code in text


def test_whereami_json(capsys, server):
    code, out, err = run(capsys, "whereami", "--resolver", server.address, "--ip-server", server.address,
                         "--timeout", "1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["ipv4"]["address"] == "203.0.113.80" and data["ipv4"]["reverse"] == "p1-ipngn.tokyo.ocn.ne.jp"
    assert data["provider"] == "ocn" and data["provider_name"] == "OCN"
    assert data["ipv6"]["address"] is None and data["ipv6"]["reason"]


def test_whereami_unknown_exits_1(capsys):
    silent = DnsServer({("myip.opendns.com", "ANY"): SILENT, ("o-o.myaddr.l.google.com", "ANY"): SILENT})
    with silent:
        code, out, err = run(capsys, "whereami", "--resolver", silent.address, "--ip-server", silent.address,
                             "--timeout", "0.5")
    assert code == 1
    assert "IPv4: ?" in out and "unknown" in out


def test_bounce_file_json(capsys):
    code, out, err = run(capsys, "bounce", str(DATA / "postfix-spamhaus.eml"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["blocked_ips"] == [RENTAL] and data["cause"] == "blocklisted"
    assert data["remote_servers"] == [{"name": "mx.customer.example.jp", "ip": "198.51.100.25"}]
    assert data["reporting_servers"] == ["sv123.rental.example.jp"]
    assert data["smtp_codes"] == ["554"] and data["enhanced_status"] == ["5.7.1"]
    assert data["blocklists"][0]["zone"] == "zen.spamhaus.org"


def test_bounce_from_stdin_and_not_a_bounce(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((DATA / "jp-iso2022.eml").read_bytes())))
    code, out, err = run(capsys, "bounce", "-")
    assert code == 0 and "203.0.113.49" in out and "dnsbl-1.uceprotect.net" in out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("こんにちは。明日の会議は10時からです。".encode())))
    code, out, err = run(capsys, "bounce", "-", "--json")
    assert code == 1 and json.loads(out)["cause"] == "not_a_bounce"


# -- the exact JSON fields scripts depend on (pinned before the core took over serialising them) --------------------
# "schema" is the one key added since (first, the version of the layout: wizard.cli.common.JSON_SCHEMA)
BLOCKLIST_KEYS = ["schema", "target", "addresses", "results"]
RESULT_KEYS = ["address", "zone", "list", "status", "codes", "txt", "reason", "kinds", "info_only", "delist_url"]
LINE_KEYS = ["family", "address", "reverse", "source", "reason", "server"]
WHEREAMI_KEYS = ["schema", "ipv4", "ipv6", "provider", "provider_name", "provider_reason"]


def test_blocklist_json_fields_exactly(capsys, server):
    code, out, err = run(capsys, "blocklist", "mail.rental.example.jp", "--resolver", server.address,
                         "--zones", "spamhaus-zen,bl.spamcop.net", "--timeout", "2", "--json")
    data = json.loads(out)
    assert list(data) == BLOCKLIST_KEYS
    assert all(list(r) == RESULT_KEYS for r in data["results"])
    zen = next(r for r in data["results"] if r["address"] == RENTAL and r["zone"] == "zen.spamhaus.org")
    assert zen == {
        "address": RENTAL, "zone": "zen.spamhaus.org", "list": "Spamhaus ZEN", "status": "listed",
        "codes": ["127.0.0.2"], "txt": "https://check.spamhaus.org/sbl/query/SBL99",
        "reason": "Listed as a source of spam.", "kinds": ["spam"], "info_only": False,
        "delist_url": "https://check.spamhaus.org/",
    }
    v6 = next(r for r in data["results"] if r["address"] == V6 and r["zone"] == "bl.spamcop.net")
    assert v6["reason"] == "This list covers IPv4 addresses only." and v6["codes"] == [] and v6["txt"] == ""


def test_blocklist_json_fields_when_the_host_has_no_address(capsys, server):
    code, out, err = run(capsys, "blocklist", "nothing.example.jp", "--resolver", server.address, "--timeout", "1",
                         "--json")
    data = json.loads(out)
    assert data == {"schema": 1, "target": "nothing.example.jp", "addresses": [], "results": [],
                    "error": "nothing.example.jp has no IPv4 or IPv6 address."}


def test_whereami_json_fields_exactly(capsys, server):
    code, out, err = run(capsys, "whereami", "--resolver", server.address, "--ip-server", server.address,
                         "--timeout", "1", "--json")
    data = json.loads(out)
    assert list(data) == WHEREAMI_KEYS
    assert list(data["ipv4"]) == LINE_KEYS and list(data["ipv6"]) == LINE_KEYS
    # source: the server really asked (--ip-server), not the default service the question was written for
    assert data["ipv4"] == {"family": 4, "address": "203.0.113.80", "reverse": "p1-ipngn.tokyo.ocn.ne.jp",
                            "source": server.address, "reason": None, "server": server.address}
    assert data["ipv6"]["family"] == 6 and data["ipv6"]["address"] is None and data["ipv6"]["reverse"] is None
    assert data["ipv6"]["source"] is None and data["ipv6"]["reason"].startswith("No IPv6 connection was found: ")
    assert data["provider_reason"] is None
