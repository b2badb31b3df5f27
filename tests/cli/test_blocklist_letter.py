"""`relay-wizard blocklist TARGET --letter ja|en`: the delisting kit and the letter for a real-looking case, against a
real DNS server on 127.0.0.1, compared with golden files (tests/data/letters/; rewrite them after a deliberate change
with RELAY_WIZARD_REGOLD=1 and read the diff)."""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path

import pytest

from tests.core.diagnosis.test_bounce import DATA as BOUNCES
from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import good_points, listing
from wizard.cli import main

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "letters"
RENTAL = "203.0.113.45"  # the address the bounce tests/data/bounces/postfix-spamhaus.eml names
HOST = "sv10123.xserver.jp"

ZONE = {
    (HOST, "A"): [RENTAL],
    (ipaddress.ip_address(RENTAL).reverse_pointer, "PTR"): [HOST + "."],
    ("www.unknown-host.example", "A"): ["198.51.100.9"],
    **good_points("zen.spamhaus.org"),
    **good_points("bl.spamcop.net"),
    **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"], "https://check.spamhaus.org/sbl/query/SBL612345"),
    **listing(RENTAL, "bl.spamcop.net", ["127.0.0.2"], "Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.45"),
    **listing("198.51.100.9", "bl.spamcop.net", ["127.0.0.2"]),
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def letter_of(out: str) -> str:
    """The text between the two rulers of the text output."""
    parts = out.split("-" * 72 + "\n")
    assert len(parts) == 3, out
    return parts[1]


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("RELAY_WIZARD_REGOLD"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_letter_from_the_reverse_name_matches_the_golden_file(capsys, server, lang):
    code, out, err = run(capsys, "--lang", lang, "blocklist", RENTAL, "--resolver", server.address, "--zones",
                         "spamhaus-zen,spamcop", "--timeout", "3", "--letter", lang, "--since", "2026-11-20",
                         "--bounce", str(BOUNCES / "postfix-spamhaus.eml"), "--domain", "example-shop.jp")
    assert code == 1, err  # listed: the exit code of the check, unchanged by the kit
    golden(f"xserver-{lang}.txt", letter_of(out))
    # the kit before the letter: the company recognised from the PTR name and each list's own procedure
    assert "sv10123.xserver.jp" in out and "https://www.spamhaus.org/sbl/delistingprocedure/" in out
    assert "https://www.spamcop.net/fom-serve/cache/298.html" in out


def test_letter_language_is_independent_of_the_output_language(capsys, server):
    code, out, err = run(capsys, "--lang", "en", "blocklist", HOST, "--resolver", server.address, "--zones",
                         "spamhaus-zen", "--timeout", "3", "--letter", "ja")
    assert code == 1, err
    letter = letter_of(out)
    assert "エックスサーバー株式会社" in letter and "サポートご担当者様" in letter
    assert "Who: Only the owner of the address" in out  # the kit follows --lang
    assert "から掲載" not in letter  # no --since: the letter says nothing about the start
    assert "【ドメイン名】" in letter


def test_json_has_the_kit_and_the_old_fields(capsys, server):
    code, out, err = run(capsys, "blocklist", HOST, "--resolver", server.address, "--zones", "spamhaus-zen,spamcop",
                         "--timeout", "3", "--letter", "en", "--since", "2026-11-20", "--json")
    assert code == 1, err
    data = json.loads(out)
    assert {"target", "addresses", "results"} <= set(data)
    kit = data["kit"]
    assert kit["rental_server"]["id"] == "xserver" and kit["rental_server"]["matched"] == HOST
    by_zone = {item["zone"]: item for item in kit["listings"]}
    assert by_zone["zen.spamhaus.org"]["removal"][0]["who"] == "owner"
    assert by_zone["zen.spamhaus.org"]["since"] == "2026-11-20"
    assert by_zone["bl.spamcop.net"]["removal"][0]["who"] == "expires"
    assert kit["letter_lang"] == "en" and "Dear Xserver Inc. support team," in kit["letter"]


def test_unknown_server_gets_placeholders(capsys, server):
    code, out, err = run(capsys, "blocklist", "www.unknown-host.example", "--resolver", server.address, "--zones",
                         "spamcop", "--timeout", "3", "--letter", "en")
    assert code == 1, err
    assert "[rental-server company]" in letter_of(out)
    assert "was not recognised" in out


def test_nothing_listed_means_no_letter_and_exit_0(capsys, server):
    code, out, err = run(capsys, "blocklist", HOST, "--resolver", server.address, "--zones", "barracuda,psbl",
                         "--timeout", "2", "--letter", "ja")
    assert code in (0, 3), err  # the exit code of the check itself (barracuda's test points are absent: unknown)
    assert "-" * 72 not in out and "Nothing is listed" in out


@pytest.mark.parametrize("argv, words", [
    (["--since", "2026-11-20"], "go with --letter"),
    (["--letter", "ja", "--since", "20.11.2026"], "is not a date"),
    (["--letter", "ja", "--since", "2999-01-01"], "in the future"),
    (["--letter", "fr"], "invalid choice"),
])
def test_bad_kit_options_are_usage_errors(capsys, server, argv, words):
    code, out, err = run(capsys, "blocklist", HOST, "--resolver", server.address, *argv)
    assert code == 2 and words in err


def test_unreadable_bounce_is_a_usage_error(capsys, server, tmp_path):
    code, out, err = run(capsys, "blocklist", HOST, "--resolver", server.address, "--letter", "en",
                         "--bounce", str(tmp_path / "missing.eml"))
    assert code == 2 and "cannot be read" in err
