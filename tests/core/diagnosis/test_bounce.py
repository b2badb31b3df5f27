"""Bounce reading on realistic samples (tests/data/bounces/) in the shapes of common MTAs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz
from wizard.core.diagnosis.bounce import Cause, decode_bytes, read_bounce

DATA = Path(__file__).resolve().parents[2] / "data" / "bounces"

# What each sample must yield, written by hand from the samples: tests/data/bounces/expected.toml.
EXPECTED = tomllib.loads((DATA / "expected.toml").read_text(encoding="utf-8"))
SENDERS_OWN_LINES = {"192.0.2.33", "192.0.2.77", "192.0.2.91", "192.0.2.120", "192.0.2.140"}


def test_every_sample_has_an_expectation():
    assert sorted(p.name for p in DATA.iterdir() if p.name != "expected.toml") == sorted(EXPECTED)
    assert len(EXPECTED) >= 19


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name):
    e = EXPECTED[name]
    r = read_bounce((DATA / name).read_bytes())
    if e["reporting"]:
        assert r.reporting_servers[0] == e["reporting"]
    else:
        assert r.reporting_servers == ()
    if "remote" in e:
        assert [r.remote_servers[0].name, r.remote_servers[0].ip] == e["remote"]
    else:
        assert r.remote_servers == ()
    assert list(r.smtp_codes) == e["codes"]
    assert (r.enhanced_status[0] if r.enhanced_status else "") == e["status"]
    assert list(r.blocked_ips) == e["blocked"]
    assert [m.zone or m.name for m in r.blocklists] == e["lists"]
    assert r.cause.value == e["cause"] and r.found
    assert len(r.replies) == 1 and r.replies[0].startswith(e["reply"])
    for words in e.get("reply_has", []):
        assert words in r.replies[0]
    assert "in reply to" not in r.replies[0] and "Giving up" not in r.replies[0]
    # The sender's own line (in the returned original's Received headers) is never taken for the blocked address.
    assert not SENDERS_OWN_LINES & set(r.blocked_ips)
    assert r.check_targets() == (e["blocked"] or list(r.reporting_servers[:1]))


def test_gmail_not_authorized_says_this_is_what_the_wizard_is_for():
    r = read_bounce((DATA / "gmail-not-authorized.eml").read_bytes())
    assert r.cause is Cause.RELAY_REQUIRED and r.as_dict()["cause"] == "relay_required"
    advice = r.advice.render()
    assert "provider's mail server" in advice and "exactly what this wizard sets up" in advice
    # The same words pasted alone, as a mail program shows Gmail's reply on one line.
    line = ("550 5.7.1 [203.0.113.9] The IP you're using to send mail is not authorized to send email directly to our "
            "servers. Please use the SMTP relay at your service provider instead. For more information, go to "
            "https://support.google.com/mail/?p=NotAuthorizedError x1si2 - gsmtp")
    assert read_bounce(line).cause is Cause.RELAY_REQUIRED


def test_postfix_refused_to_talk_keeps_the_whole_wrapped_reply():
    text = (DATA / "postfix-refused-wrapped.txt").read_text(encoding="utf-8")
    r = read_bounce(text)
    assert r.replies == (
        "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.45, because the ip is in Spamhaus's list; "
        "see https://postmaster.yahooinc.com/error-codes",
    )
    assert r.blocked_ips == ("203.0.113.45",)
    # Wrapped elsewhere (after "refused to talk to me:" itself), the same reply is read the same.
    rewrapped = text.replace("refused to talk to\n    me: 553", "refused to talk to me:\n    553")
    assert rewrapped != text and read_bounce(rewrapped).replies == r.replies


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
