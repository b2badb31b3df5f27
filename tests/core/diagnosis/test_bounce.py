"""Bounce reading on realistic samples (tests/data/bounces/) in the shapes of common MTAs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz
from wizard.core.diagnosis.bounce import Cause, decode_bytes, read_bounce

DATA = Path(__file__).resolve().parents[2] / "data" / "bounces"

# sample: (reporting server, remote server (name, ip), code, status, blocked ip, list zones, cause)
EXPECTED = {
    "postfix-spamhaus.eml": ("sv123.rental.example.jp", ("mx.customer.example.jp", "198.51.100.25"), "554", "5.7.1",
                             "203.0.113.45", ["zen.spamhaus.org"], Cause.BLOCKLISTED),
    "exim-spamcop.eml": ("host2.rental-exim.example.com", ("mx01.partner.example.co.jp", "198.51.100.30"), "550",
                         "5.7.1", "203.0.113.46", ["bl.spamcop.net"], Cause.BLOCKLISTED),
    "sendmail-barracuda.eml": ("mail.rental-sm.example.net", ("mail.partner2.example.co.jp", ""), "550", "5.7.1",
                               "203.0.113.47", ["b.barracudacentral.org"], Cause.BLOCKLISTED),
    "gmail-ip-reputation.eml": ("sv123.rental.example.jp", ("aspmx.l.google.com", "192.0.2.27"), "550", "5.7.1",
                                "203.0.113.45", [], Cause.REPUTATION),
    "gmail-unauthenticated.eml": ("sv123.rental.example.jp", ("gmail-smtp-in.l.google.com", "192.0.2.26"), "550",
                                  "5.7.26", "203.0.113.45", [], Cause.UNAUTHENTICATED),
    "outlook-s3150.eml": ("mail.rental-ex.example.jp", ("outlook-com.olc.protection.outlook.com", ""), "550", "5.7.1",
                          "203.0.113.48", [""], Cause.BLOCKLISTED),
    "jp-iso2022.eml": ("mx.rental-jp.example.ne.jp", ("mx2.torihikisaki.example.jp", "198.51.100.41"), "550", "5.7.1",
                       "203.0.113.49", ["dnsbl-1.uceprotect.net"], Cause.BLOCKLISTED),
    "jp-utf8.eml": ("sv88.rental-utf.example.jp", ("mail.client.example.jp", "198.51.100.52"), "554", "5.7.1",
                    "203.0.113.50", ["zen.spamhaus.org"], Cause.BLOCKLISTED),
    "pasted-text.txt": (None, None, "550", "5.7.1", "203.0.113.51", ["psbl.surriel.com"], Cause.BLOCKLISTED),
}


def test_every_sample_has_an_expectation():
    assert sorted(p.name for p in DATA.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name):
    reporting, remote, code, status, blocked, zones, cause = EXPECTED[name]
    r = read_bounce((DATA / name).read_bytes())
    if reporting:
        assert r.reporting_servers[0] == reporting
    if remote:
        assert (r.remote_servers[0].name, r.remote_servers[0].ip) == remote
    assert r.smtp_codes == (code,)
    assert r.enhanced_status[0] == status
    assert r.blocked_ips == (blocked,)
    assert [m.zone for m in r.blocklists] == zones
    assert r.cause is cause and r.found
    assert len(r.replies) == 1 and r.replies[0].startswith(f"{code} {status} ")
    # The sender's own line (in the returned original's Received headers) is never taken for the blocked address.
    assert not {"192.0.2.33", "192.0.2.77", "192.0.2.91", "192.0.2.120", "192.0.2.140"} & set(r.blocked_ips)
    assert r.check_targets() == [blocked]


def test_blocklist_urls_and_delisting_pages():
    r = read_bounce((DATA / "postfix-spamhaus.eml").read_bytes())
    assert r.urls == ("https://www.spamhaus.org/query/ip/203.0.113.45",)
    assert r.blocklists[0].delist_url == "https://check.spamhaus.org/"
    r = read_bounce((DATA / "outlook-s3150.eml").read_bytes())
    assert r.as_dict()["blocklists"] == [
        {"name": "Outlook.com's own block list", "zone": "", "delist_url": "https://olcsupport.office.com/"}
    ]
    assert r.reporting_servers == ("mail.rental-ex.example.jp",)


def test_gmail_multiline_reply_is_joined_with_its_code_once():
    r = read_bounce((DATA / "gmail-unauthenticated.eml").read_bytes())
    reply = r.replies[0]
    assert reply.count("5.7.26") == 1 and "550-" not in reply
    assert "SPF [your-company.example.jp] with ip: [203.0.113.45] = did not pass" in reply
    assert "SPF or DKIM" in r.advice.render()


def test_japanese_bodies_are_decoded():
    r = read_bounce((DATA / "jp-iso2022.eml").read_bytes())
    assert r.recipients == ("watanabe@torihikisaki.example.jp",)
    # the same message pasted as text (already decoded by the mail program) reads the same
    text = decode_bytes((DATA / "jp-iso2022.eml").read_bytes())
    assert "配送できませんでした" in text
    assert read_bounce(text) == r
    utf8 = read_bounce((DATA / "jp-utf8.eml").read_bytes().decode("ascii"))
    assert utf8.blocked_ips == ("203.0.113.50",)


def test_shift_jis_and_crlf_pastes():
    data = (DATA / "pasted-text.txt").read_text(encoding="utf-8").replace("\n", "\r\n").encode("cp932")
    r = read_bounce(data)
    assert r.blocked_ips == ("203.0.113.51",) and r.cause is Cause.BLOCKLISTED


def test_only_the_reply_line_pasted():
    r = read_bounce("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using dnsbl-2.uceprotect.net")
    assert r.blocked_ips == ("203.0.113.9",)
    assert [m.zone for m in r.blocklists] == ["dnsbl-2.uceprotect.net"]  # level 2 named, not level 1


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("550 5.1.1 <x@example.jp>: Recipient address rejected: User unknown", Cause.UNKNOWN_RECIPIENT),
        ("552 5.2.2 Mailbox full", Cause.MAILBOX_FULL),
        ("552 5.3.4 Message size exceeds fixed limit", Cause.TOO_BIG),
        ("451 4.3.0 Temporary lookup failure", Cause.OTHER),
        ("Hello, the meeting is at 10:00 in room 550.", Cause.NOT_A_BOUNCE),
        ("", Cause.NOT_A_BOUNCE),
    ],
)
def test_causes(text, cause):
    r = read_bounce(text)
    assert r.cause is cause
    assert r.advice.render()


def test_private_addresses_in_a_reply_are_not_blocked_addresses():
    r = read_bounce("550 5.7.1 Client host [10.1.2.3] blocked using bl.spamcop.net")
    assert r.blocked_ips == () and r.cause is Cause.BLOCKLISTED


@fuzz(150)
@given(st.text(max_size=400))
def test_never_raises_on_odd_input(text):
    read_bounce(text)
    read_bounce(("Content-Type: multipart/report; boundary=x\n\n--x\n" + text).encode("utf-8", "surrogatepass"))
