"""One probe against real SMTP servers on 127.0.0.1 (aiosmtpd + trustme). Every server fails the test on DATA."""

from __future__ import annotations

import base64
import threading
import time

import pytest

from tests.fixtures.dns_server import NXDOMAIN, SILENT, DnsServer
from tests.fixtures.smtp_server import (
    BannerServer,
    ClosedPort,
    DroppingListener,
    SilentListener,
    SmtpServer,
    TestCA,
)
from wizard.core.cancel import CancelToken
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.replies import about_sender, extensions
from wizard.core.smtp.result import ProbeNotAllowed, ProbeRequest, StepFinished, StepStarted, Timeouts
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict, planned_steps
from wizard.core.secrets import Secret

FAST = Timeouts(connect=0.5, read=1.0)
USERS = {"taro": "right-pw"}
SENDER = "info@example.jp"


def request(srv, security, *, auth=Auth.AUTO, user="taro", password="right-pw", ca=None, host=None, **kw):
    setting = RelaySetting(host or srv.host, srv.port, security, auth, user if auth is not Auth.NONE else "")
    kw.setdefault("timeouts", FAST)
    return ProbeRequest(
        setting=setting, sender=SENDER, password=Secret(password) if password else None, ca_file=ca.pem if ca else None, **kw
    )


def names(result):
    return [s.name for s in result.steps]


def test_starttls_with_auth_works_and_never_sends_data(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS) as srv:
        events = []
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca), on_event=events.append)
        log = list(srv.log)
    assert r.verdict is Verdict.OK, r.transcript
    assert names(r) == list(planned_steps(r.setting))
    assert names(r) == ["resolve", "connect", "banner", "ehlo", "starttls", "ehlo_tls", "auth", "mail", "rcpt", "rset", "quit"]
    assert all(s.ok for s in r.steps)
    assert [s.code for s in r.steps if s.name in ("banner", "auth", "mail", "rcpt", "quit")] == [220, 235, 250, 250, 221]
    assert r.auth_used == "CRAM-MD5"  # the best one offered
    assert set(r.auth_offered) == {"CRAM-MD5", "PLAIN", "LOGIN"}
    assert r.size_limit == 20 * 1024 * 1024
    assert r.tls is not None and r.tls.version.startswith("TLSv1.")
    assert "trustme" in r.tls.issuer and r.tls.subject and r.tls.cipher and r.tls.not_after.startswith("3000-")
    # EHLO again after STARTTLS; AUTH, MAIL (with SIZE) and RCPT only inside TLS; no DATA
    assert [(c, tls) for c, _, tls in log] == [
        ("EHLO", False), ("STARTTLS", False), ("EHLO", True), ("AUTH", True), ("MAIL", True), ("RCPT", True),
        ("RSET", True), ("QUIT", True),
    ]
    assert log[4][1] == f"FROM:<{SENDER}> SIZE=4096"
    assert log[5][1] == f"TO:<{SENDER}>"
    # transcript in swaks style: -> / <- before TLS, ~> / <~ after
    assert " -> STARTTLS" in r.transcript and " ~> RSET" in r.transcript
    assert any(line.startswith("<~  235") for line in r.transcript)
    assert not any("DATA" in line for line in r.transcript)
    # live events: every step started and finished, in order
    started = [e.name for e in events if isinstance(e, StepStarted)]
    finished = [e.step.name for e in events if isinstance(e, StepFinished)]
    assert started == finished == names(r)


@pytest.mark.parametrize("mech", [Auth.PLAIN, Auth.LOGIN, Auth.CRAM_MD5])
def test_each_auth_mechanism(smtp_ca, mech):
    with SmtpServer(smtp_ca, "starttls", users=USERS) as srv:
        r = probe(request(srv, Security.STARTTLS, auth=mech, ca=smtp_ca))
        results = list(srv.auth_results)
    assert r.verdict is Verdict.OK, r.transcript
    assert r.auth_used == mech.value.upper()
    assert results == [(mech.value.upper(), "taro", True)]


def test_implicit_tls_by_name_resolves_v4_and_v6_apart(smtp_ca):
    zone = {("relay.test", "A"): ["127.0.0.1"], ("relay.test", "AAAA"): ["::1"]}
    with DnsServer(zone) as dns, SmtpServer(smtp_ca, "tls", users=USERS) as srv:
        r = probe(request(srv, Security.TLS, ca=smtp_ca, host="relay.test", resolver=dns.resolver(timeout=2.0)))
    assert r.verdict is Verdict.OK, r.transcript
    assert names(r)[:5] == ["resolve", "connect", "tls", "banner", "ehlo"]
    assert "starttls" not in names(r)
    assert r.ipv4 == ("127.0.0.1",) and r.ipv6 == ("::1",)
    assert {a.family for a in r.connects} == {4, 6}  # ::1 has no server: tried and reported apart
    assert r.peer == "127.0.0.1"
    assert r.tls is not None


def test_wrong_password(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS) as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca, password="wrong"))
        assert not srv.saw("MAIL")
    assert r.verdict is Verdict.AUTH_FAILED
    assert r.step("auth").code == 535
    assert "Authentication credentials invalid" in r.server_reply
    assert "login" in r.explanation.render()


def test_untrusted_certificate_stops_before_auth(smtp_ca):
    other = TestCA()
    with SmtpServer(other, "starttls", users=USERS) as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca))
        assert not srv.saw("AUTH")
    assert r.verdict is Verdict.TLS_ERROR
    assert "not trusted" in r.detail.render()
    assert r.tls is None


def test_certificate_for_another_name(smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS, names=("other.test",)) as srv:
        r = probe(request(srv, Security.TLS, ca=smtp_ca))
        assert not srv.saw("AUTH")
    assert r.verdict is Verdict.TLS_ERROR
    assert "mismatch" in r.detail.render().lower() or "not trusted" in r.detail.render()


def test_missing_starttls_is_a_failure_and_auth_is_never_sent(smtp_ca):
    # The trap: this server offers AUTH on the plaintext connection and no STARTTLS.
    with SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True) as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca))
        assert not srv.saw("AUTH")
        assert srv.auth_results == []
        assert not srv.saw("MAIL")
    assert r.verdict is Verdict.STARTTLS_MISSING
    assert "AUTH" in r.step("ehlo").reply  # it was offered, and refused by us
    assert not any("AUTH" in line for line in r.transcript if line.startswith(" ->"))


def test_plain_setting_with_auth_needs_consent(smtp_ca):
    with SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True) as srv:
        with pytest.raises(ProbeNotAllowed) as info:
            probe(request(srv, Security.PLAIN))
        assert "without encryption" in str(info.value)
        assert srv.log == []  # not even connected
        r = probe(request(srv, Security.PLAIN, allow_plain_auth=True))
    assert r.verdict is Verdict.OK, r.transcript
    assert r.tls is None and r.auth_used == "CRAM-MD5"


def test_missing_password_or_login_is_refused_before_connecting(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS) as srv:
        with pytest.raises(ProbeNotAllowed, match="password"):
            probe(request(srv, Security.STARTTLS, password=None))
        with pytest.raises(ProbeNotAllowed, match="user name"):
            probe(request(srv, Security.STARTTLS, user=""))
        assert srv.log == []


def test_sender_refused_at_rcpt_after_mail_was_accepted(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, reject_sender_at_rcpt=True) as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca))
    assert r.step("mail").ok and r.step("mail").code == 250
    assert not r.step("rcpt").ok and r.step("rcpt").code == 553
    assert r.verdict is Verdict.SENDER_REJECTED
    assert "Sender address rejected" in r.server_reply


def test_sender_refused_at_mail(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, mail_reply="553 5.7.1 Sender must be your own address") as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca))
        assert not srv.saw("RCPT")
    assert r.verdict is Verdict.SENDER_REJECTED


def test_recipient_refused(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, rcpt_reply="554 5.7.1 <x@example.jp>: Relay access denied") as srv:
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca, rcpt="x@example.jp"))
    assert r.verdict is Verdict.RECIPIENT_REJECTED
    assert "Relay access denied" in r.server_reply


def test_login_required_at_mail_is_an_auth_failure(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS) as srv:
        r = probe(request(srv, Security.STARTTLS, auth=Auth.NONE, ca=smtp_ca))
    assert r.verdict is Verdict.AUTH_FAILED
    assert r.step("mail").code == 530


def test_listener_that_never_greets_is_bounded_by_the_banner_timeout():
    with SilentListener() as srv:
        t = time.monotonic()
        r = probe(request(srv, Security.STARTTLS, timeouts=Timeouts(connect=0.5, read=0.3)))
        took = time.monotonic() - t
    assert r.verdict is Verdict.NO_BANNER
    assert r.step("connect").ok and not r.step("banner").ok
    assert took < 5  # did not hang (banner timeout: 0.6 s)


def test_implicit_tls_to_a_silent_listener_is_no_banner():
    with SilentListener() as srv:
        r = probe(request(srv, Security.TLS, timeouts=Timeouts(connect=0.5, read=0.3)))
    assert r.verdict is Verdict.NO_BANNER


def test_closed_port_is_refused():
    with ClosedPort() as srv:
        r = probe(request(srv, Security.STARTTLS))
    assert r.verdict is Verdict.REFUSED
    assert [a.outcome for a in r.connects] == ["refused"]


def test_silently_dropped_connect_is_port_blocked():
    with DroppingListener() as srv:
        t = time.monotonic()
        r = probe(request(srv, Security.PLAIN, auth=Auth.NONE, timeouts=Timeouts(connect=0.5, read=1.0)))
        took = time.monotonic() - t
    assert r.verdict is Verdict.PORT_BLOCKED
    assert [a.outcome for a in r.connects] == ["timeout"]
    assert took < 5
    assert "port" in r.explanation.render()


def test_policy_banner_554():
    with BannerServer("554 5.7.1 Service unavailable; client host blocked using PBL (dynamic IP)") as srv:
        r = probe(request(srv, Security.STARTTLS))
    assert r.verdict is Verdict.POLICY_REFUSED
    assert "PBL" in r.server_reply
    assert r.step("banner").code == 554


def test_cancel_during_a_slow_step_returns_at_once(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, delay=5.0) as srv:
        token = CancelToken()
        in_banner = threading.Event()
        box = {}

        def on_event(e):
            if isinstance(e, StepStarted) and e.name == "banner":
                in_banner.set()

        def work():
            box["r"] = probe(request(srv, Security.STARTTLS, ca=smtp_ca, timeouts=Timeouts(1.0, 10.0)), token, on_event)
            box["t"] = time.monotonic()

        th = threading.Thread(target=work)
        th.start()
        assert in_banner.wait(5)
        time.sleep(0.1)
        t0 = time.monotonic()
        token.cancel()
        th.join(5)
        assert not th.is_alive()
    assert box["r"].verdict is Verdict.CANCELLED
    assert box["t"] - t0 < 3.0  # the slow reply would take 5 s: returning before that proves the cancel
    assert not box["r"].step("banner").ok


def test_overall_deadline_ends_a_slow_server(smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users=USERS, delay=0.4) as srv:
        t = time.monotonic()
        r = probe(request(srv, Security.STARTTLS, ca=smtp_ca, timeouts=Timeouts(connect=0.5, read=1.0, deadline=1.0)))
        took = time.monotonic() - t
    assert r.verdict is Verdict.TIMEOUT
    assert took < 3


def test_unknown_host_and_silent_dns_are_dns_errors():
    zone = {("gone.test", "A"): NXDOMAIN, ("silent.test", "ANY"): SILENT}
    with DnsServer(zone) as dns:
        res = dns.resolver(timeout=0.5)
        setting = RelaySetting("gone.test", 587, Security.STARTTLS, Auth.NONE)
        r = probe(ProbeRequest(setting=setting, sender=SENDER, timeouts=FAST, resolver=res))
        assert r.verdict is Verdict.DNS_ERROR
        assert "NXDOMAIN" in r.step("resolve").reply
        assert r.dns_answered and "could not be found" in r.explanation.render()  # the name really does not exist
        t = time.monotonic()
        silent = RelaySetting("silent.test", 587, Security.STARTTLS, Auth.NONE)
        r = probe(ProbeRequest(setting=silent, sender=SENDER, timeouts=FAST, resolver=res))
        assert r.verdict is Verdict.DNS_ERROR
        assert time.monotonic() - t < 5
        # offline is not "no such server": the DNS did not answer (and the JSON says so)
        assert not r.dns_answered and r.as_dict()["dns_answered"] is False
        assert "did not answer" in r.explanation.render() and "could not be found" not in r.explanation.render()


SENTINEL = "Sentinel-Pw-7f3a9"


@pytest.mark.parametrize("mech", [Auth.PLAIN, Auth.LOGIN, Auth.CRAM_MD5])
@pytest.mark.parametrize("right", [True, False])
def test_password_never_appears_in_results(smtp_ca, mech, right):
    users = {"taro": SENTINEL if right else "something-else"}
    with SmtpServer(smtp_ca, "starttls", users=users) as srv:
        r = probe(request(srv, Security.STARTTLS, auth=mech, ca=smtp_ca, password=SENTINEL))
    assert r.verdict is (Verdict.OK if right else Verdict.AUTH_FAILED)
    forbidden = [
        SENTINEL,
        base64.b64encode(SENTINEL.encode()).decode(),
        base64.b64encode(f"\0taro\0{SENTINEL}".encode()).decode(),
        base64.b64encode(f"taro\0{SENTINEL}".encode()).decode(),
    ]
    text = repr(r) + "\n".join(r.transcript) + r.explanation.render() + (r.detail.render() if r.detail else "")
    for f in forbidden:
        assert f not in text
    assert any("********" in line for line in r.transcript)


def test_extensions_and_rcpt_classification():
    ext = extensions("relay.test\nSIZE 10485760\nAUTH PLAIN LOGIN\nAUTH=CRAM-MD5\nSTARTTLS")
    assert ext["SIZE"] == "10485760" and "STARTTLS" in ext
    assert set(ext["AUTH"].split()) == {"PLAIN", "LOGIN", "CRAM-MD5"}
    assert about_sender("5.7.1 <a@b.jp>: Sender address rejected: not owned by user x", "a@b.jp", "a@b.jp")
    assert not about_sender("5.1.1 <c@d.jp>: Recipient address rejected: User unknown", "a@b.jp", "c@d.jp")
    assert about_sender("5.7.1 <a@b.jp> not allowed", "a@b.jp", "c@d.jp")


def test_the_data_guard_of_the_test_servers_can_fail(smtp_ca):
    """The servers' "fail on DATA" guard is real: a client that does send DATA makes leaving the block fail."""
    import smtplib

    with pytest.raises(AssertionError, match="received DATA"):
        with SmtpServer(smtp_ca, "plain") as srv:
            with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
                with pytest.raises(smtplib.SMTPDataError):
                    client.sendmail(SENDER, [SENDER], b"Subject: x\r\n\r\nbody\r\n")
