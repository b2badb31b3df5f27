"""The hostile SMTP corpus (issue 9): servers that misbehave on purpose. Each case ends in one precise verdict, within
a bounded time (generous upper bounds that prove "did not hang") and, where a server floods, bounded memory.

Timeouts are scaled down (read 1 s, so the greeting may take 2 s) except in the one honest test of the real default
banner timeout (a greeting after 20 s). docs/SECURITY.md names these tests.
"""

from __future__ import annotations

import datetime as dt
import random
import ssl
import time
import tracemalloc
import warnings

import pytest
import trustme

from tests.conftest import need_system
from tests.fixtures.dns_server import DnsServer
from tests.fixtures.hostile_smtp import ScriptedServer, multiline, smtp_dialog
from tests.leakscan import scan
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.replies import MAX_LINE, MAX_LINES
from wizard.core.smtp.result import ProbeRequest, Timeouts
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict
from wizard.core.secrets import Secret

FAST = Timeouts(connect=0.5, read=1.0)  # the greeting may take 2 s (twice read), the whole probe 7.5 s
SENTINEL = "Hostile-Sentinel-Pw-5d1c"
LOGIN = "taro@example.jp"
SENDER = "info@example.jp"


def run(srv, security=Security.STARTTLS, *, ca=None, auth=Auth.AUTO, timeouts=FAST, host=None, **kw):
    setting = RelaySetting(host or srv.host, srv.port, security, auth, LOGIN if auth is not Auth.NONE else "")
    req = ProbeRequest(
        setting=setting,
        sender=SENDER,
        password=Secret(SENTINEL) if auth is not Auth.NONE else None,
        ca_file=ca.pem if ca else None,
        timeouts=timeouts,
        helo_name="client.test",
        **kw,
    )
    t0 = time.monotonic()
    r = probe(req)
    return r, time.monotonic() - t0


def failing_step(r):
    return next(s for s in reversed(r.steps) if not s.ok)


def no_secret_on_the_wire(srv):
    leaks = scan(SENTINEL, texts={"wire": bytes(srv.wire)}, users=[LOGIN])
    assert not leaks, leaks


def peak_memory(fn):
    """(result, peak bytes Python allocated while ``fn`` ran, on any thread)."""
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


# -- floods: bounded memory ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["banner", "ehlo"])
def test_endless_continuation_lines_stop_at_the_line_limit(smtp_ca, where):
    line = ("220-" if where == "banner" else "250-") + "x" * 70 + "\r\n"
    chunk = (line * 500).encode()

    def endless(c, _line=""):
        while True:
            c.send(chunk)

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={where: endless})) as srv:
        (r, took), peak = peak_memory(lambda: run(srv, ca=smtp_ca))
    assert r.verdict is Verdict.PROTOCOL_ERROR
    assert failing_step(r).name == where
    assert f"more than {MAX_LINES} lines" in r.detail.render()
    assert len(r.transcript) < MAX_LINES + 20  # the transcript holds the lines read, no more
    assert peak < 8 * 1024 * 1024
    assert took < 10
    no_secret_on_the_wire(srv)


def test_a_single_10_mb_line_is_cut_off_at_the_line_limit():
    payload = b"220 " + b"a" * (10 * 1024 * 1024) + b"\r\n"  # built before memory is traced

    with ScriptedServer(lambda c: c.send(payload)) as srv:
        (r, took), peak = peak_memory(lambda: run(srv, auth=Auth.NONE))
    assert r.verdict is Verdict.PROTOCOL_ERROR
    assert failing_step(r).name == "banner"
    assert f"longer than {MAX_LINE} bytes" in r.detail.render()
    assert peak < 4 * 1024 * 1024  # the client read (and kept) a few hundred kB at most, not 10 MB
    assert took < 10


# -- slow servers: bounded time -----------------------------------------------------------------------------------------


def drip(text: bytes, pause: float, endless: bool = False):
    def script(c, _line=""):
        while True:
            for b in text:
                c.send(bytes([b]))
                time.sleep(pause)
            if not endless:
                return
    return script


def test_one_byte_at_a_time_forever_ends_at_the_greeting_timeout():
    """A server that never stops dripping cannot keep the probe: the greeting timeout counts the whole reply."""
    with ScriptedServer(drip(b"220 relay.test " + b"x" * 200, 0.02, endless=True)) as srv:
        r, took = run(srv, auth=Auth.NONE)
    assert r.verdict is Verdict.TIMEOUT
    assert failing_step(r).name == "banner"
    assert "too slowly" in r.detail.render()
    assert took < 6  # greeting timeout: 2 s


def test_slow_greeting_within_the_timeout_still_works(smtp_ca):
    """One byte every 40 ms: the 33-byte greeting takes about 1.3 s, inside the 2 s greeting timeout."""
    greeting = drip(b"220 relay.test ESMTP slow-but-fine\r\n", 0.04)
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"banner": greeting})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.OK, r.transcript


def test_ehlo_reply_dripping_past_the_read_timeout_is_a_timeout(smtp_ca):
    slow = drip(b"250-relay.test\r\n250-" + b"y" * 100 + b"\r\n250 OK\r\n", 0.03)
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"ehlo": slow})) as srv:
        r, took = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.TIMEOUT
    assert failing_step(r).name == "ehlo"
    assert took < 6


def test_greeting_after_20_seconds_scaled(smtp_ca):
    """The 20 s greeting at the defaults' proportions (read 15 s, greeting 30 s): 1.33 s against a 2 s greeting timeout."""
    def late(c, _line):
        time.sleep(FAST.banner_s * 20 / 30)
        c.reply("220 relay.test ESMTP late")

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"banner": late})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.OK, r.transcript


@pytest.mark.slow
def test_greeting_after_20_seconds_with_the_real_default_timeouts(smtp_ca):
    """The honest one (about 20 s): default timeouts, a server that greets after 20 s, as some do on purpose."""
    assert Timeouts().banner_s >= 25

    def late(c, _line):
        time.sleep(20)
        c.reply("220 relay.test ESMTP after 20 s")

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"banner": late})) as srv:
        r, took = run(srv, ca=smtp_ca, timeouts=Timeouts())
    assert r.verdict is Verdict.OK, r.transcript
    assert r.step("banner").elapsed_ms >= 19_000
    assert took < 40


# -- garbage ------------------------------------------------------------------------------------------------------------


def test_binary_garbage_is_a_protocol_error_and_the_transcript_stays_printable():
    garbage = random.Random(9).randbytes(3000)
    with ScriptedServer(lambda c: c.send(garbage)) as srv:
        r, took = run(srv, auth=Auth.NONE)
    assert r.verdict is Verdict.PROTOCOL_ERROR
    assert failing_step(r).name == "banner"
    assert r.detail is not None
    for line in r.transcript:
        assert line.replace("\t", "").isprintable(), repr(line)
    assert took < 5


def test_terminal_escape_sequences_in_replies_are_shown_escaped(smtp_ca):
    evil = "220 relay.test \x1b[2J\x1b]0;owned\x07 \u202eevil"
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"banner": evil})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.OK
    text = "\n".join(r.transcript) + r.step("banner").reply
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b[2J" in text


@pytest.mark.parametrize(
    "lines, why",
    [
        (["250-relay.test", "251 SIZE 1000"], "changed the reply code"),
        (["250-relay.test", "hello there"], "not an SMTP reply"),
        (["25O relay.test"], "not an SMTP reply"),
        (["2500 relay.test"], "not an SMTP reply"),
        (["250_relay.test"], "not an SMTP reply"),
        (["\u0662\u0665\u0660 relay.test"], "not an SMTP reply"),  # Arabic-Indic digits: str.isdigit() says yes
        (["150 relay.test"], "not an SMTP reply"),
        (["", "250 relay.test"], "not an SMTP reply"),
    ],
)
def test_invalid_or_mismatched_codes_in_a_multiline_reply(smtp_ca, lines, why):
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"ehlo": "\r\n".join(lines)})) as srv:
        r, took = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.PROTOCOL_ERROR, r.transcript
    assert failing_step(r).name == "ehlo"
    assert why in r.detail.render()
    assert "AUTH" not in srv.commands()
    assert took < 5


def test_absurd_size_and_auth_lists_are_tolerated(smtp_ca):
    ehlo = "\r\n".join(multiline(250, ["relay.test", "SIZE " + "9" * 6000, "STARTTLS"]))

    def ehlo_tls(c, line):
        c.reply(*multiline(250, ["relay.test", "SIZE \u00b2", "AUTH " + " ".join(f"X{i}" for i in range(500)) + " PLAIN"]))

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"ehlo": ehlo, "ehlo_tls": ehlo_tls})) as srv:
        r, _ = run(srv, ca=smtp_ca, auth=Auth.PLAIN)
    assert r.verdict is Verdict.AUTH_FAILED  # PLAIN is the 501st mechanism: beyond what we read, so not offered
    assert r.size_limit == 0  # "states no usable limit", not a crash


# -- the server hangs up or refuses --------------------------------------------------------------------------------------


def test_close_right_after_ehlo(smtp_ca):
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"ehlo": lambda c, line: False})) as srv:
        r, took = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.PROTOCOL_ERROR
    assert failing_step(r).name == "ehlo"
    assert "closed the connection" in r.detail.render() and "EHLO" in r.detail.render()
    assert took < 5


@pytest.mark.parametrize("step", ["banner", "ehlo", "starttls", "ehlo_tls", "auth", "mail", "rcpt"])
def test_421_at_each_step_is_unavailable(smtp_ca, step):
    reply = "421 4.3.2 Service shutting down, closing transmission channel"
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={step: reply})) as srv:
        r, took = run(srv, ca=smtp_ca)
        commands = srv.commands()
    assert r.verdict is Verdict.UNAVAILABLE, r.transcript
    f = failing_step(r)
    assert (f.name, f.code) == (step, 421)
    assert "shutting down" in r.server_reply
    assert "421" in r.explanation.render()
    later = {"banner": "EHLO", "ehlo": "STARTTLS", "starttls": "AUTH", "ehlo_tls": "AUTH", "auth": "MAIL", "mail": "RCPT",
             "rcpt": "RSET"}[step]
    assert later not in commands  # nothing more after the 421 (not even QUIT)
    assert took < 5


# -- STARTTLS attacks ---------------------------------------------------------------------------------------------------


def test_starttls_answered_454(smtp_ca):
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"starttls": "454 4.7.0 TLS not available"})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.TLS_ERROR
    assert failing_step(r).name == "starttls" and failing_step(r).code == 454
    assert "refused to start encryption (reply 454)" in r.detail.render()
    assert "AUTH" not in srv.commands()
    no_secret_on_the_wire(srv)


def test_starttls_answered_220_but_the_server_keeps_talking_plaintext(smtp_ca):
    def plaintext(c, line):
        c.reply("220 2.0.0 Ready to start TLS")
        c.raw()  # the client's ClientHello: answered with plaintext SMTP
        c.reply("250 relay.test at your service, no TLS here")
        return c.line() is not None

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, replies={"starttls": plaintext})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.TLS_ERROR
    assert failing_step(r).name == "starttls"
    assert "went on without it" in r.detail.render()
    assert "AUTH" not in srv.commands()
    no_secret_on_the_wire(srv)


def test_plaintext_injected_after_starttls_is_discarded_not_acted_on(smtp_ca):
    """CVE-2011-0411 class: replies injected in plaintext behind the 220 must never be read as answers inside TLS.

    The injected "235" would say the login worked and the injected "250" would answer EHLO; the real server inside
    TLS refuses the password. Only a client that discarded the injection reports what the server really said."""
    def injected(c, line):
        c.send(b"220 2.0.0 Ready to start TLS\r\n250-injected.test\r\n250 AUTH PLAIN\r\n235 2.7.0 injected: welcome\r\n"
               b"250 2.1.0 injected\r\n250 2.1.5 injected\r\n")
        c.starttls(smtp_ca.server_context())

    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, auth_ok=False, replies={"starttls": injected})) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.AUTH_FAILED, r.transcript
    assert r.step("ehlo_tls").ok and "injected" not in r.step("ehlo_tls").reply
    assert r.step("auth").code == 535
    assert any("discarded" in line and "STARTTLS" in line for line in r.transcript)
    assert not any("injected" in line for line in r.transcript if not line.startswith("***"))
    assert srv.auth_seen == [("PLAIN", True)]


@pytest.mark.parametrize("starttls", [False, True], ids=["stripped", "offered"])
def test_auth_offered_before_tls_never_gets_the_password_in_plaintext(smtp_ca, starttls):
    """A port that should use STARTTLS offers AUTH on the plain connection (and, when stripped by a middlebox, no
    STARTTLS at all). The password never leaves the client unencrypted: the server never sees AUTH in plaintext and
    no spelling of the sentinel crosses the wire."""
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, auth_before_tls=True, starttls=starttls)) as srv:
        r, _ = run(srv, ca=smtp_ca)
    if starttls:
        assert r.verdict is Verdict.OK, r.transcript
        assert srv.auth_seen == [("PLAIN", True)]
    else:
        assert r.verdict is Verdict.STARTTLS_MISSING
        assert srv.auth_seen == []
        assert "AUTH" in r.step("ehlo").reply  # it was offered, and refused by us
    assert ("AUTH", False) not in srv.log
    no_secret_on_the_wire(srv)


# -- certificates and protocol versions ---------------------------------------------------------------------------------


def test_certificate_for_another_host_name(smtp_ca):
    zone = {("relay.test", "A"): ["127.0.0.1"]}
    with DnsServer(zone) as dns, ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, names=("other.test",))) as srv:
        r, _ = run(srv, ca=smtp_ca, host="relay.test", resolver=dns.resolver(timeout=2.0))
    assert r.verdict is Verdict.TLS_ERROR
    assert "Hostname mismatch" in r.detail.render() and "relay.test" in r.detail.render()
    assert r.tls is None and "AUTH" not in srv.commands()
    no_secret_on_the_wire(srv)


def test_expired_certificate(smtp_ca):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)
    smtp_ca.ca.issue_cert("relay.test", "127.0.0.1", not_before=past - dt.timedelta(days=365), not_after=past).configure_cert(ctx)
    with ScriptedServer(lambda c: smtp_dialog(c, server_context=ctx)) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.TLS_ERROR
    assert "certificate has expired" in r.detail.render()
    assert "AUTH" not in srv.commands()
    no_secret_on_the_wire(srv)


def _tls10_context(ca) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.ca.issue_cert("relay.test", "127.0.0.1", key_type=trustme.KeyType.RSA).configure_cert(ctx)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # TLSVersion.TLSv1 is deprecated: that is the point
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    return ctx


def _tls10_possible(ca, server_ctx) -> bool:
    """Can this machine's OpenSSL speak TLS 1.0 at all? (A permissive client against the same server.)"""
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.ca.configure_trust(client)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client.minimum_version = ssl.TLSVersion.TLSv1
    client.set_ciphers("DEFAULT:@SECLEVEL=0")
    import socket

    versions = []

    def script(c):
        c.starttls(server_ctx)
        versions.append(c.tls.version())

    with ScriptedServer(script) as srv:
        try:
            with socket.create_connection((srv.host, srv.port), timeout=5) as raw:
                with client.wrap_socket(raw, server_hostname="relay.test") as s:
                    s.recv(1)
        except (ssl.SSLError, OSError):
            pass
    return versions == ["TLSv1"]


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_server_that_offers_only_tls_1_0_is_refused(smtp_ca, security):
    ctx = _tls10_context(smtp_ca)
    if not _tls10_possible(smtp_ca, ctx):
        need_system("this OpenSSL cannot speak TLS 1.0 even when asked to, so no TLS 1.0-only server can be built")
    implicit = security is Security.TLS
    with ScriptedServer(lambda c: smtp_dialog(c, server_context=ctx), tls=ctx if implicit else None) as srv:
        r, _ = run(srv, security, ca=smtp_ca)
    assert r.verdict is Verdict.TLS_ERROR
    assert failing_step(r).name == ("tls" if implicit else "starttls")
    assert "older than TLS 1.2" in r.detail.render()
    assert "AUTH" not in srv.commands()
    no_secret_on_the_wire(srv)


def test_server_that_accepts_any_password_is_fine(smtp_ca):
    """Its business: the probe reports that the setting works, and the password went only inside TLS."""
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, auth_ok=True)) as srv:
        r, _ = run(srv, ca=smtp_ca)
    assert r.verdict is Verdict.OK
    assert r.auth_used == "PLAIN" and srv.auth_seen == [("PLAIN", True)]
    no_secret_on_the_wire(srv)


def test_the_wire_check_can_fail(smtp_ca):
    """The sentinel check is real: a password sent in plaintext is found on the recorded wire."""
    import base64

    def script(c):
        c.send(b"220 x\r\n")
        c.line()

    with ScriptedServer(script) as srv:
        import socket

        with socket.create_connection((srv.host, srv.port)) as s:
            s.recv(100)
            s.sendall(b"AUTH PLAIN " + base64.b64encode(f"\0{LOGIN}\0{SENTINEL}".encode()) + b"\r\n")
            time.sleep(0.2)
    with pytest.raises(AssertionError):
        no_secret_on_the_wire(srv)


def test_every_verdict_has_words():
    from wizard.core.smtp.steps import explain, verdict_title

    s = RelaySetting("relay.test", 587, Security.STARTTLS, Auth.NONE)
    for v in Verdict:
        assert explain(v, s).render() and verdict_title(v).render()

