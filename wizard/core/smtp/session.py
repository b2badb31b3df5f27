"""One live SMTP probe of one concrete relay setting, without sending mail.

Sequence (docs/PROBE.md): resolve A/AAAA -> TCP connect -> (implicit TLS) -> banner -> EHLO -> (STARTTLS -> EHLO)
-> AUTH -> ``MAIL FROM:<own address>`` -> ``RCPT TO:<own address>`` -> RSET -> QUIT. **Never DATA.** RCPT TO is
always sent, because Postfix rejects a sender/login mismatch only there (``smtpd_delay_reject``).

The probe speaks SMTP itself over a non-blocking socket instead of using smtplib: smtplib has one timeout for
connect and every read, takes the TLS host name only from its constructor, does not re-send EHLO after STARTTLS and
would send AUTH in plaintext when a server offers it before TLS. Here:

* every wait is bounded by its own timeout (connect, banner, each reply) and by an overall deadline;
* every wait also watches a wake-up socket that :class:`CancelToken` triggers from any thread (``on_cancel``), and
  the cancel callback shuts the connection down, so a cancel returns within milliseconds;
* TLS runs through :class:`ssl.SSLObject` on memory buffers with a verifying ``ssl.create_default_context()`` (system
  trust store plus an optional extra CA file) and the setting's host as the name to verify;
* AUTH is sent only over TLS, or over a plain connection when the setting is explicitly plain and the caller says
  the user confirmed it; a missing STARTTLS ends the probe (no fall-back to plaintext);
* the password is a :class:`Secret` revealed only while the AUTH line is built; the transcript shows AUTH data as
  ``********`` and no message or exception text ever contains it.

This module is the session: the state machine that walks the steps (:mod:`~wizard.core.smtp.steps`) over the
transport (:mod:`~wizard.core.smtp.transport`), reads replies (:mod:`~wizard.core.smtp.replies`) and returns a
:class:`~wizard.core.smtp.result.ProbeResult`. There are no threads in here: :mod:`wizard.core.smtp.probing`
runs many probes at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable

from wizard.core.cancel import NEVER, Cancelled, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, printable
from wizard.core.model import Auth, Security
from wizard.core.dns.query import host_addresses
from wizard.core.dns.resolver import make_resolver
from wizard.core.smtp.replies import ReplyError, about_sender, extensions, looks_like_smtp, size_limit, wants_auth
from wizard.core.smtp.result import (
    ConnectAttempt,
    ProbeNotAllowed,
    ProbeRequest,
    ProbeResult,
    ProbeStep,
    StepFinished,
    StepStarted,
    TlsInfo,
    check_request,
)
from wizard.core.smtp.steps import (
    AUTH,
    BANNER,
    CONNECT,
    EHLO,
    EHLO_TLS,
    MAIL,
    QUIT,
    RCPT,
    RESOLVE,
    RSET,
    STARTTLS,
    TLS,
    Verdict,
    step_label,
)
from wizard.core.smtp.transport import OLD_TLS_REASONS, Closed, Transport, WaitTimeout, connect_outcome, tls_context

# Best first, as the issue and DOMAIN.md say: CRAM-MD5 keeps the password off the wire even inside TLS.
AUTH_PREFERENCE = ("CRAM-MD5", "PLAIN", "LOGIN")
SIZE_HINT = 4096  # the size we announce with MAIL FROM ... SIZE= (we never send a message)
REDACTED = "********"


class _Stop(Exception):
    """Ends the probe with a verdict (an expected outcome, not an error)."""

    def __init__(self, verdict: Verdict, detail: Msg | None = None):
        super().__init__(verdict.value)
        self.verdict = verdict
        self.detail = detail


def probe(req: ProbeRequest, cancel: CancelToken = NEVER, on_event: Callable[[object], None] | None = None) -> ProbeResult:
    """Probe one setting. Blocks until done (bounded by the request's deadline) or cancelled from another thread.

    Raises :class:`ProbeNotAllowed` (before any traffic) when :func:`check_request` objects; every other outcome,
    including cancellation, is a :class:`ProbeResult` with a verdict.
    """
    why = check_request(req)
    if why is not None:
        raise ProbeNotAllowed(why)
    return _Probe(req, cancel, on_event).run()


class _Probe:
    size_hint = SIZE_HINT  # announced with MAIL FROM ... SIZE= (the test message announces its real size)

    def __init__(self, req: ProbeRequest, cancel: CancelToken, on_event):
        self.req = req
        self.cancel = cancel
        self.on_event = on_event or (lambda e: None)
        self.steps: list[ProbeStep] = []
        self.transcript: list[str] = []
        self.current: tuple[str, float] | None = None
        self.io: Transport | None = None
        self.tls_info: TlsInfo | None = None
        self.ext: dict[str, str] = {}
        self.ipv4: tuple[str, ...] = ()
        self.ipv6: tuple[str, ...] = ()
        self.connects: list[ConnectAttempt] = []
        self.peer = ""
        self.size_limit: int | None = None
        self.auth_offered: tuple[str, ...] = ()
        self.auth_used = ""
        self.deadline = 0.0
        self.dns_answered = True

    # -- bookkeeping ---------------------------------------------------------------------------------------------------
    def begin(self, name: str) -> None:
        self.current = (name, time.monotonic())
        self.on_event(StepStarted(name))

    def end(self, ok: bool, code: int | None = None, reply: str = "") -> ProbeStep:
        assert self.current is not None
        name, t0 = self.current
        self.current = None
        step = ProbeStep(name, ok, code, reply, int((time.monotonic() - t0) * 1000))
        self.steps.append(step)
        self.on_event(StepFinished(step))
        return step

    def note(self, text: str) -> None:
        self.transcript.append(f"=== {text}")

    def error(self, text: str) -> None:
        self.transcript.append(f"*** {text}")

    def until(self, seconds: float) -> float:
        return min(time.monotonic() + seconds, self.deadline)

    # -- run -----------------------------------------------------------------------------------------------------------
    def run(self) -> ProbeResult:
        t0 = time.monotonic()
        self.deadline = t0 + self.req.timeouts.deadline_s
        verdict, detail = Verdict.OK, None
        self.io = Transport(self.cancel)
        try:
            self._run()
        except _Stop as stop:
            verdict, detail = stop.verdict, stop.detail
        except Cancelled:
            verdict = Verdict.CANCELLED
            self.error("cancelled")
        finally:
            if self.current is not None:  # a step was interrupted
                self.end(False, None, "")
            self.io.close()
        if verdict is not Verdict.OK and verdict is not Verdict.CANCELLED and self.cancel.cancelled:
            verdict, detail = Verdict.CANCELLED, None  # a failure caused by the cancel (socket shut down)
        failing = next((s for s in reversed(self.steps) if not s.ok), None)
        server_reply = failing.reply if failing is not None and failing.code is not None else ""
        if verdict is not Verdict.OK and not server_reply and failing is not None and failing.name == BANNER:
            server_reply = failing.reply
        return ProbeResult(
            setting=self.req.setting,
            verdict=verdict,
            steps=tuple(self.steps),
            transcript=tuple(self.transcript),
            tls=self.tls_info,
            ipv4=self.ipv4,
            ipv6=self.ipv6,
            connects=tuple(self.connects),
            peer=self.peer,
            size_limit=self.size_limit,
            auth_offered=self.auth_offered,
            auth_used=self.auth_used,
            server_reply=server_reply if verdict is not Verdict.OK else "",
            detail=detail,
            elapsed_ms=int((time.monotonic() - t0) * 1000),
            dns_answered=self.dns_answered,
        )

    def _run(self) -> None:
        s = self.req.setting
        self._resolve()
        self._connect()
        if s.security is Security.TLS:
            self.begin(TLS)
            self._handshake(implicit=True)
        self._banner()
        self._ehlo(EHLO)
        if s.security is Security.STARTTLS:
            self._starttls()
            self._ehlo(EHLO_TLS)
        if s.needs_auth:
            self._auth()
        self._mail()
        self._rcpt()
        self._simple(RSET, "RSET", (250,))
        self._simple(QUIT, "QUIT", (221,))

    # -- resolve and connect -------------------------------------------------------------------------------------------
    def _resolve(self) -> None:
        host = self.req.setting.host
        self.begin(RESOLVE)
        try:
            ip = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            ip = None
        if ip is not None:
            if ip.version == 4:
                self.ipv4 = (str(ip),)
            else:
                self.ipv6 = (str(ip),)
            self.end(True, None, f"{ip} (address given)")
            return
        resolver = self.req.resolver
        if resolver is None:
            resolver = make_resolver(timeout=self.req.timeouts.dns_s)
        until = self.until(getattr(resolver, "lifetime", None) or self.req.timeouts.connect)
        found = host_addresses(resolver, host, deadline=until, cancel=self.cancel)
        # no address and a question unanswered (timeout, no server reachable): offline, not "no such name"
        self.dns_answered = bool(found.addresses) or found.reason is None
        if found.timed_out:
            self.end(False, None, "DNS query timed out")
            self.error(f"DNS lookup of {host} timed out")
            raise _Stop(Verdict.DNS_ERROR, Msg.of(QT_TRANSLATE_NOOP("core", "The DNS server did not answer in time."))) from None
        v4, v6, problem = found.ipv4, found.ipv6, found.problem
        self.ipv4, self.ipv6 = v4, v6
        summary = f"IPv4: {', '.join(v4) or 'none'}; IPv6: {', '.join(v6) or 'none'}"
        if not v4 and not v6:
            self.end(False, None, problem or summary)
            self.error(f"DNS lookup of {host}: {problem or 'no addresses'}")
            raise _Stop(Verdict.DNS_ERROR)
        self.end(True, None, summary)

    def _connect(self) -> None:
        port = self.req.setting.port
        self.begin(CONNECT)
        order = _interleave(list(self.ipv6[:2]), list(self.ipv4[:2]))
        for addr in order:
            fam = 6 if ":" in addr else 4
            self.transcript.append(f"=== Trying {self.req.setting.host}:{port} at {addr}...")
            t = time.monotonic()
            outcome, err = "connected", ""
            try:
                self.io.connect(addr, port, self.until(self.req.timeouts.connect))
            except WaitTimeout:
                outcome = "timeout"
            except OSError as exc:
                outcome, err = connect_outcome(exc)
            ms = int((time.monotonic() - t) * 1000)
            self.connects.append(ConnectAttempt(addr, fam, outcome, ms))
            if outcome == "connected":
                self.peer = addr
                self.note(f"Connected to {addr}.")
                self.end(True, None, f"{addr} (IPv{fam})")
                return
            self.error(f"Connection to {addr} (IPv{fam}): {outcome}{': ' + err if err else ''}")
            if time.monotonic() >= self.deadline:
                break
        summary = "; ".join(f"{a.address} (IPv{a.family}): {a.outcome}" for a in self.connects)
        self.end(False, None, summary)
        if any(a.outcome == "timeout" for a in self.connects):
            raise _Stop(Verdict.PORT_BLOCKED)
        raise _Stop(Verdict.REFUSED)

    # -- TLS -----------------------------------------------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        try:
            return tls_context(self.req.ca_file)
        except (OSError, ssl.SSLError) as exc:
            self.error(f"cannot load CA file {self.req.ca_file}: {type(exc).__name__}")
            raise _Stop(
                Verdict.TLS_ERROR,
                Msg.of(QT_TRANSLATE_NOOP("core", "The CA file {path} could not be loaded."), path=self.req.ca_file),
            ) from None

    def _handshake(self, implicit: bool) -> None:
        """Run the TLS handshake for the current step (TLS or STARTTLS), which it ends."""
        host = self.req.setting.host.strip("[]")
        ctx = self._context()
        try:
            discarded = self.io.start_tls(ctx, host, self.until(self.req.timeouts.read))
        except ssl.SSLCertVerificationError as exc:
            reason = exc.verify_message or exc.reason or "certificate verify failed"
            self.end(False, None, f"certificate not trusted: {reason}")
            self.error(f"TLS: certificate not trusted: {reason}")
            raise _Stop(
                Verdict.TLS_ERROR,
                Msg.of(QT_TRANSLATE_NOOP("core", "The server's certificate is not trusted: {reason}."), reason=reason),
            ) from None
        except ssl.SSLError as exc:
            reason = exc.reason or (exc.args[1] if len(exc.args) > 1 else type(exc).__name__)
            if implicit and self.io.received == 0 and isinstance(exc, ssl.SSLEOFError):
                self.end(False, None, "closed before TLS")
                self.error("the server closed the connection before saying anything")
                raise _Stop(Verdict.NO_BANNER) from None
            self.end(False, None, f"TLS handshake failed: {reason}")
            self.error(f"TLS handshake failed: {reason}")
            seen = self.io.first_bytes if implicit else self.io.handshake_bytes
            if reason in ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE") and looks_like_smtp(seen):
                # a plaintext SMTP reply where TLS was expected: show it, and say what it means
                for line in seen.decode("utf-8", "replace").splitlines()[:3]:
                    self.transcript.append("<-  " + printable(line))
                text = (
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The server answered without encryption: on this port it probably expects STARTTLS "
                        "instead of SSL/TLS.",
                    )
                    if implicit
                    else QT_TRANSLATE_NOOP(
                        "core",
                        "The server agreed to start encryption (STARTTLS) but went on without it. Something on the "
                        "way may be tampering with the connection.",
                    )
                )
                raise _Stop(Verdict.TLS_ERROR, Msg.of(text)) from None
            if reason in OLD_TLS_REASONS:
                raise _Stop(
                    Verdict.TLS_ERROR,
                    Msg.of(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The server offers only an old encryption protocol (older than TLS 1.2), which is no "
                            "longer safe. This app uses TLS 1.2 or newer only.",
                        )
                    ),
                ) from None
            raise _Stop(
                Verdict.TLS_ERROR,
                Msg.of(QT_TRANSLATE_NOOP("core", "The encryption could not be set up: {reason}."), reason=reason),
            ) from None
        except WaitTimeout:
            self.end(False, None, "no TLS answer")
            self.error("TLS handshake timed out")
            if implicit and self.io.received == 0:
                raise _Stop(Verdict.NO_BANNER) from None
            raise _Stop(Verdict.TIMEOUT) from None
        except Closed:
            self.end(False, None, "connection closed")
            self.error("the server closed the connection during the TLS handshake")
            raise _Stop(Verdict.NO_BANNER if implicit and self.io.received == 0 else Verdict.TLS_ERROR) from None
        if discarded:
            self.error(
                f"discarded {discarded} bytes the server sent without encryption after agreeing to STARTTLS "
                "(possibly injected on the way; not read as replies)"
            )
        self.tls_info = self.io.tls_info()
        i = self.tls_info
        self.note(f"TLS started with cipher {i.version}:{i.cipher}")
        self.note(f'TLS peer subject DN="{i.subject}"')
        self.note(f'TLS peer issuer DN="{i.issuer}", valid until {i.not_after or "?"}')
        self.end(True, None, f"{i.version} {i.cipher}")

    # -- SMTP ------------------------------------------------------------------------------------------------------------
    def send(self, line: str, shown: str | None = None) -> None:
        arrow = " ~> " if self.io.tls else " -> "
        self.transcript.append(arrow + (line if shown is None else shown))
        try:
            self.io.send((line + "\r\n").encode("utf-8"), self.until(self.req.timeouts.read))
        except WaitTimeout:
            raise _Stop(Verdict.TIMEOUT) from None
        except (Closed, OSError):
            self._closed()

    def reply(self, timeout: float | None = None) -> tuple[int, str]:
        """Read one reply; returns (code, text of all lines joined by newlines, without the codes)."""
        arrow = "<~  " if self.io.tls else "<-  "
        try:
            code, lines = self.io.read_reply(self.until(timeout or self.req.timeouts.read), self.transcript, arrow)
        except WaitTimeout:
            self.error("no answer in time")
            raise
        except (Closed, OSError):
            self._closed()
        except ReplyError as exc:
            self.end(False, None, exc.line)
            self.error(f"not an SMTP reply: {exc.why.render()}")
            raise _Stop(Verdict.PROTOCOL_ERROR, exc.why) from None
        text = "\n".join(line[4:] for line in lines)
        if code == 421:  # RFC 5321 3.8: the server is closing the channel, whatever the command was
            if self.current is not None:
                self.end(False, code, text)
            self.error("the server closes the session (421)")
            raise _Stop(Verdict.UNAVAILABLE)
        return code, text

    def _closed(self):
        self.error("the server closed the connection")
        name = self.current[0] if self.current else ""
        if self.current is not None:
            self.end(False, None, "connection closed by the server")
        if name in (BANNER, TLS):
            raise _Stop(Verdict.NO_BANNER)
        raise _Stop(
            Verdict.PROTOCOL_ERROR,
            Msg.of(QT_TRANSLATE_NOOP("core", "The server closed the connection at the step “{step}”."), step=step_label(name)),
        )

    def command(self, name: str, line: str, shown: str | None = None) -> tuple[int, str]:
        """Send a command inside step ``name`` (already begun) and read its reply; timeouts become verdicts."""
        self.send(line, shown)
        try:
            return self.reply()
        except WaitTimeout:
            self.end(False, None, "")
            raise _Stop(Verdict.TIMEOUT) from None

    def _banner(self) -> None:
        self.begin(BANNER)
        received = self.io.received
        try:
            code, text = self.reply(self.req.timeouts.banner_s)
        except WaitTimeout:
            got = self.io.received - received
            self.end(False, None, f"{got} bytes, no complete greeting" if got else "")
            if got:  # it did start talking: too slow (one byte at a time), not silent
                raise _Stop(
                    Verdict.TIMEOUT,
                    Msg.of(
                        QT_TRANSLATE_NOOP("core", "The server sent its greeting too slowly: {count} bytes in {seconds} seconds."),
                        count=got,
                        seconds=round(self.req.timeouts.banner_s, 1),
                    ),
                ) from None
            raise _Stop(Verdict.NO_BANNER) from None
        if code == 220:
            self.end(True, code, text)
            return
        self.end(False, code, text)
        self._quit_quietly()
        if 400 <= code < 600:
            raise _Stop(Verdict.POLICY_REFUSED)
        raise _Stop(Verdict.PROTOCOL_ERROR)

    def _helo_name(self) -> str:
        if self.req.helo_name:
            return self.req.helo_name
        name = socket.gethostname()
        if "." in name and name.isascii() and all(c.isalnum() or c in ".-" for c in name):
            return name
        local = self.io.local_address()
        try:
            ip = ipaddress.ip_address(local)
        except ValueError:
            return "localhost.localdomain"
        return f"[IPv6:{ip}]" if ip.version == 6 else f"[{ip}]"

    def _ehlo(self, name: str) -> None:
        self.begin(name)
        code, text = self.command(name, f"EHLO {self._helo_name()}")
        if code != 250:
            self.end(False, code, text)
            self._quit_quietly()
            raise _Stop(Verdict.PROTOCOL_ERROR)
        self.ext = extensions(text)
        self.size_limit = size_limit(self.ext)
        self.auth_offered = tuple(self.ext.get("AUTH", "").upper().split())[:32]
        self.end(True, code, text)

    def _starttls(self) -> None:
        self.begin(STARTTLS)
        if "STARTTLS" not in self.ext:
            self.end(False, None, "STARTTLS not offered")
            self.error("the server does not offer STARTTLS: stopping here (no fall-back to plaintext)")
            self._quit_quietly()
            raise _Stop(Verdict.STARTTLS_MISSING)
        code, text = self.command(STARTTLS, "STARTTLS")
        if code != 220:
            self.end(False, code, text)
            self._quit_quietly()
            raise _Stop(
                Verdict.TLS_ERROR,
                Msg.of(QT_TRANSLATE_NOOP("core", "The server refused to start encryption (reply {code})."), code=code),
            )
        self._handshake(implicit=False)
        self.ext = {}  # RFC 3207: forget everything learned before TLS

    def _auth(self) -> None:
        req = self.req
        self.begin(AUTH)
        if self.io.tls is None and not (req.setting.security is Security.PLAIN and req.allow_plain_auth):
            # Unreachable through probe(); kept so that no code path can ever send a password in the clear.
            self.end(False, None, "refusing to log in without encryption")
            raise _Stop(Verdict.STARTTLS_MISSING)
        offered = self.auth_offered
        wanted = req.setting.auth
        if wanted is Auth.AUTO:
            mech = next((m for m in AUTH_PREFERENCE if m in offered), "")
        else:
            mech = wanted.value.upper()
            if offered and mech not in offered:
                mech = ""
        if not mech:
            text = " ".join(offered) or "none"
            self.end(False, None, f"AUTH offered: {text}")
            self.error(f"no usable login method (the server offers: {text})")
            self._quit_quietly()
            detail = (
                Msg.of(
                    QT_TRANSLATE_NOOP("core", "The server offers no login method we can use (it offers: {offered})."),
                    offered=text,
                )
                if offered
                else Msg.of(QT_TRANSLATE_NOOP("core", "The server does not offer a login (SMTP AUTH) on this connection."))
            )
            raise _Stop(Verdict.AUTH_FAILED, detail)
        self.auth_used = mech
        login = req.login_name
        assert req.password is not None
        if mech == "PLAIN":
            blob = _b64(f"\0{login}\0{req.password.reveal()}")
            code, text = self.command(AUTH, f"AUTH PLAIN {blob}", f"AUTH PLAIN {REDACTED}")
            del blob
        elif mech == "LOGIN":
            code, text = self.command(AUTH, "AUTH LOGIN")
            if code == 334:
                code, text = self.command(AUTH, _b64(login), REDACTED)
            if code == 334:
                code, text = self.command(AUTH, _b64(req.password.reveal()), REDACTED)
        else:  # CRAM-MD5
            code, text = self.command(AUTH, "AUTH CRAM-MD5")
            if code == 334:
                try:
                    challenge = base64.b64decode(text.strip(), validate=True)
                except ValueError:
                    self.end(False, code, text)
                    self._send_quietly("*")
                    self._quit_quietly()
                    raise _Stop(Verdict.PROTOCOL_ERROR) from None
                digest = hmac.new(req.password.reveal().encode("utf-8"), challenge, hashlib.md5).hexdigest()
                code, text = self.command(AUTH, _b64(f"{login} {digest}"), REDACTED)
        if code == 235:
            self.end(True, code, text)
            return
        self.end(False, code, text)
        if code == 334:  # the server wants more than the mechanism needs: abort the exchange
            self._send_quietly("*")
        self._quit_quietly()
        raise _Stop(Verdict.AUTH_FAILED)

    def _mail(self) -> None:
        self.begin(MAIL)
        size = f" SIZE={self.size_hint}" if "SIZE" in self.ext else ""
        code, text = self.command(MAIL, f"MAIL FROM:<{self.req.sender}>{size}")
        if code == 250:
            self.end(True, code, text)
            return
        self.end(False, code, text)
        self._quit_quietly()
        raise _Stop(Verdict.AUTH_FAILED if wants_auth(code, text) else Verdict.SENDER_REJECTED)

    def _rcpt(self) -> None:
        self.begin(RCPT)
        rcpt = self.req.rcpt or self.req.sender
        code, text = self.command(RCPT, f"RCPT TO:<{rcpt}>")
        if code in (250, 251):
            self.end(True, code, text)
            return
        self.end(False, code, text)
        self._simple_quietly("RSET")
        self._quit_quietly()
        if wants_auth(code, text):
            raise _Stop(Verdict.AUTH_FAILED)
        if about_sender(text, self.req.sender, rcpt):
            raise _Stop(Verdict.SENDER_REJECTED)
        raise _Stop(Verdict.RECIPIENT_REJECTED)

    def _simple(self, name: str, line: str, good: tuple[int, ...]) -> None:
        """RSET and QUIT: recorded, but they do not change the verdict once MAIL and RCPT passed."""
        self.begin(name)
        try:
            self.send(line)
            code, text = self.reply(min(self.req.timeouts.read, 5.0))
        except WaitTimeout:
            self.end(False, None, "")
            return
        except _Stop:
            if self.current is not None:
                self.end(False, None, "")
            return
        self.end(code in good, code, text)

    # Best effort after a failure: no steps recorded, short timeout, never raises (except Cancelled).
    def _send_quietly(self, line: str) -> bool:
        arrow = " ~> " if self.io.tls else " -> "
        self.transcript.append(arrow + line)
        try:
            self.io.send((line + "\r\n").encode(), self.until(1.0))
            return True
        except (WaitTimeout, Closed, OSError):
            return False

    def _simple_quietly(self, line: str) -> None:
        if self._send_quietly(line):
            arrow = "<~  " if self.io.tls else "<-  "
            try:
                self.io.read_reply(self.until(min(self.req.timeouts.read, 2.0)), self.transcript, arrow)
            except (WaitTimeout, Closed, ReplyError, OSError):
                pass

    def _quit_quietly(self) -> None:
        self._simple_quietly("QUIT")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _interleave(a: list[str], b: list[str]) -> list[str]:
    out: list[str] = []
    for i in range(max(len(a), len(b))):
        out += a[i : i + 1] + b[i : i + 1]
    return out
