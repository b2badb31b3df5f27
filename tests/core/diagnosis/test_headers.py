"""The received-header analyzer against a corpus of realistic header samples (tests/data/headers/*.eml: Gmail,
Outlook.com, Yahoo, a Japanese provider (BIGLOBE) receiving, folded, duplicated and forged-looking fields), each with
its expected verdict per method, alignment, relay hop and trust decisions (RFC 8601 section 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.diagnosis.headers import HeaderError, analyze

DATA = Path(__file__).parents[2] / "data" / "headers"

# file: (spf, spf aligned, dkim, dkim aligned, dmarc, DMARC would pass, relay, relay ip, receiver, untrusted count)
EXPECTED = {
    "gmail_softfail.eml": ("softfail", True, "none", None, "fail", False, "mfsmax22.ocn.ad.jp", "203.0.113.5", "google.com", 0),
    "gmail_pass.eml": ("pass", True, "none", None, "pass", True, "mfsmax22.ocn.ad.jp", "203.0.113.5", "google.com", 0),
    "outlook.eml": ("pass", True, "none", None, "pass", True, "mfsmax22.ocn.ad.jp", "203.0.113.5", "outlook.com", 0),
    "yahoo.eml": ("pass", True, "pass", True, "pass", True, "mail.example.jp", "203.0.113.7", "yahoo.com", 0),
    "biglobe.eml": ("softfail", True, "none", None, "fail", False, "mfsmax22.ocn.ad.jp", "203.0.113.5", "biglobe.ne.jp", 0),
    "forged.eml": ("softfail", True, "none", None, "fail", False, "mfsmax22.ocn.ad.jp", "203.0.113.5", "google.com", 2),
    "duplicated.eml": ("pass", False, "pass", True, "pass", True, "mfsmax22.ocn.ad.jp", "203.0.113.5", "google.com", 0),
}


def test_the_corpus_is_complete():
    assert sorted(p.name for p in DATA.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_expected_verdicts(name):
    r = analyze((DATA / name).read_text(encoding="utf-8"))
    spf, spf_al, dkim, dkim_al, dmarc, would, relay, ip, receiver, untrusted = EXPECTED[name]
    got = (r.spf.result, r.spf.aligned, r.dkim.result, r.dkim.aligned, r.dmarc.result, r.dmarc_would_pass,
           r.relay, r.relay_ip, r.receiver, len(r.untrusted))
    assert got == EXPECTED[name]
    d = r.as_dict()
    assert d["dmarc_would_pass"] is would and d["spf"]["result"] == spf


def test_softfail_advice_names_the_relay_address_and_the_fix():
    r = analyze((DATA / "gmail_softfail.eml").read_text())
    text = r.spf.advice.render()
    assert "softfail" in text and "203.0.113.5" in text and "proposed record" in text
    assert r.from_domain == "example.co.jp" and r.return_path == "info@example.co.jp"


def test_hops_and_their_delays():
    r = analyze((DATA / "gmail_softfail.eml").read_text())
    assert [h.by_host for h in r.hops] == ["2002:a05:6a10:8e04:b0:5a1:2c3f:1d0e", "mx.google.com", "mfsmax22.ocn.ad.jp"]
    # 17:02:05 JST at the provider, 01:02:07 PDT at Gmail: 2 seconds across time zones
    assert r.hops[1].delay_s == 2.0 and r.hops[0].delay_s == 0.0 and r.hops[2].delay_s is None


def test_forged_results_are_named_and_not_counted():
    r = analyze((DATA / "forged.eml").read_text())
    assert any("evil.example.net" in u for u in r.untrusted)
    assert any("added before" in u for u in r.untrusted)
    assert not r.dmarc_would_pass  # the forged "pass" lines would have said yes
    assert r.notes


def test_the_position_decides_trust():
    """The forged lines read as a pass once they sit where the receiver writes (above the relay's Received) and
    the receiver's own result is gone: so it is the trust rule that keeps them out in forged.eml."""
    text = (DATA / "forged.eml").read_text()
    real = text[text.index("Authentication-Results: mx.google.com;\n       spf=softfail"):text.index("Authentication-Results: relay.evil")]
    forged = text[text.index("Authentication-Results: mx.google.com; spf=pass"):text.index("From: info@example.co.jp")]
    body = text.replace(real, "")
    body = body[: body.index("Authentication-Results: mx.google.com; spf=pass")] + body[body.index("From: info@"):]
    moved = body.replace("Received: from smtp.ocn.ne.jp", forged + "Received: from smtp.ocn.ne.jp", 1)
    assert analyze(body).spf.result == "none"
    r = analyze(moved)
    assert r.dmarc_would_pass and r.spf.result == "pass"


def test_folded_fields_read_the_same_as_unfolded():
    text = (DATA / "gmail_softfail.eml").read_text()
    head, body = text.split("\n\n", 1)
    unfolded = head.replace("\n       ", " ").replace("\n        ", " ").replace("\n\t", " ")
    a, b = analyze(text), analyze(unfolded + "\n\n" + body)
    assert a.as_dict() == b.as_dict()


def test_crlf_headers_only_paste():
    text = (DATA / "outlook.eml").read_text().replace("\n", "\r\n")
    assert analyze(text).dmarc_would_pass


def test_duplicated_from_takes_the_first_and_best_dkim_signature_wins():
    r = analyze((DATA / "duplicated.eml").read_text())
    assert r.from_domain == "example.co.jp"
    assert (r.dkim.domain, r.dkim.selector) == ("example.co.jp", "shop1")
    assert r.signatures == (("ocn.ne.jp", "ocn2025"), ("example.co.jp", "shop1"))
    assert "ocn.ne.jp" in r.spf.advice.render()  # SPF passed for the provider's envelope domain only


def test_organisational_domain_from_the_public_suffix_list():
    """shop.example.co.jp aligns with example.co.jp (co.jp is a public suffix), not with other.co.jp."""
    text = (DATA / "gmail_pass.eml").read_text().replace("From: info@example.co.jp", "From: info@shop.example.co.jp")
    assert analyze(text).spf.aligned is True
    text = text.replace("From: info@shop.example.co.jp", "From: info@other.co.jp")
    assert analyze(text).spf.aligned is False


@pytest.mark.parametrize("text", ["", "hello, this is the body only", "こんにちは\n\nbody"])
def test_not_a_message(text):
    with pytest.raises(HeaderError) as err:
        analyze(text)
    assert err.value.msg.render()


def test_unreadable_authentication_results_are_skipped_with_a_note():
    text = (DATA / "gmail_pass.eml").read_text().replace(
        "Authentication-Results: mx.google.com;", "Authentication-Results: mx.google.com; spf=;;;", 1)
    r = analyze(text)
    assert any("could not be read" in n.render() for n in r.notes)
    assert r.spf.result == "pass"  # from the Received-SPF line


def test_the_diagnostic_report_shows_where_the_user_stands():
    from wizard.core.diagnosis.report import build_report
    from wizard.core.inputs.flow import WizardState

    st = WizardState()
    assert "Where you stand" not in build_report(st)
    st.received_headers = analyze((DATA / "gmail_softfail.eml").read_text())
    text = build_report(st)
    assert "Where you stand" in text
    assert "received headers verified: no" in text and "test message sent: not sent" in text
    assert "SPF arrived on every name server: not checked" in text and "203.0.113.5" in text
    st.received_headers = analyze((DATA / "gmail_pass.eml").read_text())
    assert "received headers verified: yes (DMARC would pass)" in build_report(st)
