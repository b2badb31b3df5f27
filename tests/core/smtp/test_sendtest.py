"""The opt-in test message against a real receiving server on 127.0.0.1 (aiosmtpd + trustme): one message per
call, correct MIME and headers, the probe's safety, the refusal after DATA; and the probe still never sends DATA."""

from __future__ import annotations

import email
import email.policy
from email.utils import parsedate_to_datetime

import pytest

from tests.fixtures.smtp_server import SmtpServer, TestCA
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.secrets import Secret
from wizard.core.smtp.result import ProbeNotAllowed, ProbeRequest, Timeouts
from wizard.core.smtp.sendtest import send_test
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict

FAST = Timeouts(connect=0.5, read=2.0)
USERS = {"taro": "right-pw"}
SENDER = "info@example.jp"
QUEUED = "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1"


def request(srv, security=Security.STARTTLS, *, ca, password="right-pw", rcpt="", **kw):
    setting = RelaySetting(srv.host, srv.port, security, Auth.AUTO, "taro")
    return ProbeRequest(setting=setting, sender=SENDER, rcpt=rcpt, password=Secret(password), ca_file=ca.pem,
                        timeouts=FAST, **kw)


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_one_message_per_call_with_correct_mime_and_headers(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, accept_data=QUEUED) as srv:
        out = send_test(request(srv, ca=smtp_ca, rcpt="shop@example.com"), display_name="山田商店")
        assert out.sent, out.result.transcript
        assert len(srv.messages) == 1
        assert srv.envelopes == [(SENDER, ["shop@example.com"])]
        # DATA only inside TLS, after AUTH, MAIL and RCPT; exactly one DATA; QUIT at the end
        assert [c for c, _, _ in srv.log] == ["EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"]
        assert all(tls for c, _, tls in srv.log if c in ("AUTH", "DATA"))
        raw = srv.messages[0]
    assert out.data_reply == QUEUED[:3] + " " + QUEUED[4:]
    assert out.queue_id == "4Xk9Lm2QzTz1"
    assert out.size == len(raw) + 3  # the wire form ends with ".\r\n"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78  # RFC 5322 2.1.1
    assert raw.isascii()  # header encoding (RFC 2047) and a base64 body: 7-bit clean without 8BITMIME
    msg = parsed(raw)
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["From"].addresses[0].display_name == "山田商店"
    assert msg["To"].addresses[0].addr_spec == "shop@example.com"
    assert "テスト" in msg["Subject"] and "test message" in msg["Subject"]
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith("@example.jp>")
    assert msg["Message-ID"] == out.message_id
    assert parsedate_to_datetime(msg["Date"]).tzinfo is not None
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    body = msg.get_content()
    for phrase in ("メッセージのソースを表示", "Show original", "Thunderbird", "受信したメールを確認", srv.host, SENDER):
        assert phrase in body, phrase
    assert out.message_id in body


def test_each_call_sends_exactly_one_more(smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        for n in (1, 2):
            assert send_test(request(srv, Security.TLS, ca=smtp_ca)).sent
            assert len(srv.messages) == n
        assert srv.commands().count("DATA") == 2
        ids = {parsed(m)["Message-ID"] for m in srv.messages}
    assert len(ids) == 2  # a fresh Message-ID each time
    assert srv.envelopes[0] == (SENDER, [SENDER])  # default recipient: the user's own address


def test_password_never_in_transcript_or_json(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, accept_data=QUEUED) as srv:
        out = send_test(request(srv, ca=smtp_ca))
    text = repr(out.as_dict()) + "\n".join(out.result.transcript)
    assert "right-pw" not in text
    assert "********" in "\n".join(out.result.transcript)
    d = out.as_dict()
    assert d["verdict"] == "ok" and d["data_reply"].startswith("250") and d["sent"] is True
    assert any(s["name"] == "data" and s["ok"] for s in d["steps"])


def test_refused_after_data_is_its_own_verdict(smtp_ca):
    refusal = "550 5.7.1 Header From <info@example.jp> not permitted for this account"
    with SmtpServer(smtp_ca, "starttls", users=USERS, accept_data=refusal) as srv:
        out = send_test(request(srv, ca=smtp_ca))
    assert out.result.verdict is Verdict.DATA_REFUSED
    assert not out.sent
    assert out.data_reply.startswith("550 5.7.1 Header From")
    assert "refused the message" in out.explanation.render()
    assert out.result.server_reply.startswith("5.7.1 Header From")


def test_wrong_password_sends_nothing(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, accept_data=QUEUED) as srv:
        out = send_test(request(srv, ca=smtp_ca, password="wrong"))
        assert not srv.saw("DATA") and srv.messages == []
    assert out.result.verdict is Verdict.AUTH_FAILED and out.data_reply == ""


def test_untrusted_certificate_sends_nothing(smtp_ca):
    other = TestCA()
    with SmtpServer(other, "starttls", users=USERS, accept_data=QUEUED) as srv:
        out = send_test(request(srv, ca=smtp_ca))
        assert not srv.saw("AUTH") and srv.messages == []
    assert out.result.verdict is Verdict.TLS_ERROR


def test_no_password_in_the_clear(smtp_ca):
    with SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True, accept_data=QUEUED) as srv:
        with pytest.raises(ProbeNotAllowed):
            send_test(request(srv, Security.PLAIN, ca=smtp_ca))
        assert srv.commands() == []


def test_the_probe_still_never_sends_data_to_a_server_that_would_take_it(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, accept_data=QUEUED) as srv:
        r = probe(request(srv, ca=smtp_ca))
        assert r.verdict is Verdict.OK
        assert not srv.saw("DATA") and srv.messages == []
        assert srv.commands()[-2:] == ["RSET", "QUIT"]


def test_dot_stuffing():
    from wizard.core.smtp.sendtest import compose, wire_form

    msg = compose(SENDER, SENDER, "relay.test")
    msg.set_content(".starts with a dot\n..two\nend\n", charset="utf-8", cte="7bit")
    wire = wire_form(msg)
    assert b"\r\n..starts with a dot\r\n...two\r\nend\r\n.\r\n" in wire
