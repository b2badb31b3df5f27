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

There are no threads in here: :mod:`wizard.core.smtp.probing` runs many probes at once.
"""

from __future__ import annotations

import base64
import datetime as _dt
import errno
import hashlib
import hmac
import ipaddress
import os
import selectors
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from wizard.core.cancel import NEVER, Cancelled, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError, printable
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.secrets import Secret
from wizard.core.dns.query import LookupTimeout, probe_lookup

# -- results ----------------------------------------------------------------------------------------------------------


class Verdict(str, Enum):
    """The outcome of one probe. The values are stable: scripts read them from ``relay-wizard probe --json``."""

    OK = "ok"
    AUTH_FAILED = "auth_failed"
    SENDER_REJECTED = "sender_rejected"
    RECIPIENT_REJECTED = "recipient_rejected"
    TLS_ERROR = "tls_error"
    STARTTLS_MISSING = "starttls_missing"
    PORT_BLOCKED = "port_blocked"
    REFUSED = "refused"
    NO_BANNER = "no_banner"
    POLICY_REFUSED = "policy_refused"
    DNS_ERROR = "dns_error"
    PROTOCOL_ERROR = "protocol_error"
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"  # the server closed the session with 421 (busy, shutting down, too many connections)
    CANCELLED = "cancelled"


# Step names, stable like the verdicts. A probe runs a subset of them in this order (see planned_steps).
RESOLVE = "resolve"
CONNECT = "connect"
TLS = "tls"  # implicit TLS handshake (port 465)
BANNER = "banner"
EHLO = "ehlo"
STARTTLS = "starttls"  # the STARTTLS command and the handshake after it
EHLO_TLS = "ehlo_tls"  # EHLO again inside TLS
AUTH = "auth"
MAIL = "mail"
RCPT = "rcpt"
RSET = "rset"
QUIT = "quit"
STEP_NAMES = (RESOLVE, CONNECT, TLS, BANNER, EHLO, STARTTLS, EHLO_TLS, AUTH, MAIL, RCPT, RSET, QUIT)

# Best first, as the issue and DOMAIN.md say: CRAM-MD5 keeps the password off the wire even inside TLS.
AUTH_PREFERENCE = ("CRAM-MD5", "PLAIN", "LOGIN")
SIZE_HINT = 4096  # the size we announce with MAIL FROM ... SIZE= (we never send a message)
REDACTED = "********"


@dataclass(frozen=True)
class ProbeStep:
    name: str
    ok: bool
    code: int | None = None  # the SMTP reply code, None for steps without one (resolve, connect, TLS)
    reply: str = ""  # the server's reply text (all lines); for resolve/connect/TLS a short factual note
    elapsed_ms: int = 0


@dataclass(frozen=True)
class TlsInfo:
    version: str
    cipher: str
    subject: str
    issuer: str
    not_after: str  # ISO 8601 (UTC), "" when unknown

    def as_dict(self) -> dict[str, str]:
        return {
            "version": self.version,
            "cipher": self.cipher,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_after": self.not_after,
        }


@dataclass(frozen=True)
class ConnectAttempt:
    address: str
    family: int  # 4 or 6
    outcome: str  # connected | timeout | refused | unreachable | error
    elapsed_ms: int
    error: str = ""


@dataclass(frozen=True)
class ProbeResult:
    setting: RelaySetting
    verdict: Verdict
    steps: tuple[ProbeStep, ...]
    transcript: tuple[str, ...]
    tls: TlsInfo | None = None
    ipv4: tuple[str, ...] = ()
    ipv6: tuple[str, ...] = ()
    connects: tuple[ConnectAttempt, ...] = ()
    peer: str = ""  # the address the probe talked to
    size_limit: int | None = None  # advertised SIZE in bytes (0 = the server states no limit); None = not advertised
    auth_offered: tuple[str, ...] = ()  # AUTH mechanisms advertised on the connection used for AUTH
    auth_used: str = ""
    server_reply: str = ""  # the server's own words for the verdict (the failing step's reply), "" if it said none
    detail: Msg | None = None  # what exactly went wrong, when we know more than the verdict says
    elapsed_ms: int = 0

    @property
    def works(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def explanation(self) -> Msg:
        return explain(self.verdict, self.setting)

    def step(self, name: str) -> ProbeStep | None:
        for s in self.steps:
            if s.name == name:
                return s
        return None


# Events for a live display, passed to ``on_event`` from the probing thread.
@dataclass(frozen=True)
class StepStarted:
    name: str


@dataclass(frozen=True)
class StepFinished:
    step: ProbeStep


# -- request -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``banner`` defaults to twice ``read`` (servers may delay the greeting on purpose);
    ``deadline`` bounds the whole probe and defaults to connect + banner + 4 x read."""

    connect: float = 10.0
    read: float = 15.0
    banner: float | None = None
    deadline: float | None = None

    @property
    def banner_s(self) -> float:
        return self.banner if self.banner is not None else 2 * self.read

    @property
    def deadline_s(self) -> float:
        return self.deadline if self.deadline is not None else self.connect + self.banner_s + 4 * self.read


@dataclass(frozen=True, kw_only=True)
class ProbeParams:
    """What every probe of one run shares (the user's address, login, password, trust, timeouts)."""

    sender: str  # the user's own address, ASCII (IDNA) form
    rcpt: str = ""  # default: the sender
    login: str = ""  # default: setting.username
    password: Secret | None = None
    allow_plain_auth: bool = False  # the user confirmed sending the password without encryption (plain settings)
    ca_file: str | None = None  # extra trusted CA certificates (PEM), on top of the system's trust store
    timeouts: Timeouts = Timeouts()
    helo_name: str = ""  # default: this computer's full name, else its address literal
    resolver: Any = field(default=None, compare=False)  # a dnspython Resolver; None = the system's configuration


@dataclass(frozen=True, kw_only=True)
class ProbeRequest(ProbeParams):
    setting: RelaySetting  # concrete: no placeholders

    @property
    def login_name(self) -> str:
        return self.login or self.setting.username


class ProbeNotAllowed(WizardError):
    """The request cannot be probed as it stands (raised before any network traffic)."""


def check_request(req: ProbeRequest) -> Msg | None:
    """Why this request must not be probed, or None. Checked by :func:`probe` before it opens any connection."""
    s = req.setting
    if s.needs_auth:
        if s.security is Security.PLAIN and not req.allow_plain_auth:
            return Msg.of(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This setting would send your password without encryption. It is tested only after you "
                    "confirm that you accept this.",
                )
            )
        if not req.login_name:
            return Msg.of(QT_TRANSLATE_NOOP("core", "This setting needs the user name of your login at the provider."))
        if not req.password:
            return Msg.of(QT_TRANSLATE_NOOP("core", "This setting needs your password at the provider."))
        if not _encodable(req.password.reveal()) or not _encodable(req.login_name):
            # e.g. a lone surrogate from a badly decoded paste; the error names neither the password nor its position
            return Msg.of(
                QT_TRANSLATE_NOOP(
                    "core", "The user name or password contains characters that cannot be sent. Type it again."
                )
            )
    for address in (req.sender, req.rcpt):
        if address and (not _encodable(address) or any(c in address for c in "<>\r\n\0")):
            return Msg.of(QT_TRANSLATE_NOOP("core", "“{address}” cannot be used as a mail address."), address=printable(address))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def planned_steps(setting: RelaySetting) -> tuple[str, ...]:
    """The steps a probe of ``setting`` goes through when everything works, in order."""
    steps = [RESOLVE, CONNECT]
    if setting.security is Security.TLS:
        steps.append(TLS)
    steps += [BANNER, EHLO]
    if setting.security is Security.STARTTLS:
        steps += [STARTTLS, EHLO_TLS]
    if setting.needs_auth:
        steps.append(AUTH)
    steps += [MAIL, RCPT, RSET, QUIT]
    return tuple(steps)


# -- user-facing words ------------------------------------------------------------------------------------------------

_EXPLANATIONS = {
    Verdict.OK: QT_TRANSLATE_NOOP(
        "core",
        "This setting works from your line: the server accepted the connection, the encryption, your login and "
        "your own address as sender. No mail was sent. You can use this setting.",
    ),
    Verdict.AUTH_FAILED: QT_TRANSLATE_NOOP(
        "core",
        "The server did not accept the login. The user name or password may be wrong, or the provider expects "
        "another user name (for some providers it is an account ID, not the mail address). Check the login "
        "details in your provider's papers or member page and try again.",
    ),
    Verdict.SENDER_REJECTED: QT_TRANSLATE_NOOP(
        "core",
        "The server refused your own address as the sender. On this server and port the provider accepts only "
        "its own addresses. Choose another setting that accepted your address; if none did, this provider cannot "
        "send your domain's mail from here.",
    ),
    Verdict.RECIPIENT_REJECTED: QT_TRANSLATE_NOOP(
        "core",
        "The server accepted your address as sender but refused the recipient. Usually this means it will not pass "
        "mail on for you from this line or with this login. Check the login details, or choose another setting.",
    ),
    Verdict.TLS_ERROR: QT_TRANSLATE_NOOP(
        "core",
        "A secure (encrypted) connection could not be set up: the server's certificate could not be verified, or "
        "the encryption failed. The server name may be wrong, or something on the way (such as security software) "
        "intercepts the connection. Your password was not sent. Do not use this setting until this is solved.",
    ),
    Verdict.STARTTLS_MISSING: QT_TRANSLATE_NOOP(
        "core",
        "The server did not offer encryption (STARTTLS), although this setting needs it. Your password was not "
        "sent. Something on the way may remove the encryption, or the server does not support it on this port. "
        "Choose another setting.",
    ),
    Verdict.PORT_BLOCKED: QT_TRANSLATE_NOOP(
        "core",
        "Nothing answered on port {port}: the connection timed out. Usually the network of this line blocks this "
        "port (for example port 25, blocked against spam), or a firewall drops it. Choose a setting with another "
        "port.",
    ),
    Verdict.REFUSED: QT_TRANSLATE_NOOP(
        "core",
        "The connection to {host} on port {port} was refused or could not be made. Nothing accepts mail there, or "
        "a firewall rejects it. Check the server name and port, or choose another setting.",
    ),
    Verdict.NO_BANNER: QT_TRANSLATE_NOOP(
        "core",
        "The connection was made, but the server said nothing or hung up at once. A firewall, security software or "
        "a device on the network may be intercepting mail connections. Choose another port, or check the mail "
        "protection of your security software.",
    ),
    Verdict.POLICY_REFUSED: QT_TRANSLATE_NOOP(
        "core",
        "The server answered but refuses to serve this connection (see its reply). Providers often refuse "
        "connections from other providers' lines or from dynamic addresses on this port. Use a setting with "
        "login on port 587 or 465 instead.",
    ),
    Verdict.DNS_ERROR: QT_TRANSLATE_NOOP(
        "core",
        "The server name {host} could not be found. Check the spelling of the server name and that this computer "
        "is connected to the Internet.",
    ),
    Verdict.PROTOCOL_ERROR: QT_TRANSLATE_NOOP(
        "core",
        "The server answered in a way a mail server should not (see its reply). This may not be a mail sending "
        "server, or the port is wrong. Choose another setting.",
    ),
    Verdict.TIMEOUT: QT_TRANSLATE_NOOP(
        "core",
        "The server stopped answering in the middle of the test. It may be busy, or the connection is unstable. "
        "Try again later.",
    ),
    Verdict.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "core",
        "The server ended the session with a temporary refusal (code 421): it may be busy, shutting down, or limiting "
        "connections from your line. Nothing about your login or address was decided. Try again later.",
    ),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP("core", "The test was cancelled before it finished."),
}

_TITLES = {
    Verdict.OK: QT_TRANSLATE_NOOP("core", "works"),
    Verdict.AUTH_FAILED: QT_TRANSLATE_NOOP("core", "login refused"),
    Verdict.SENDER_REJECTED: QT_TRANSLATE_NOOP("core", "your address refused as sender"),
    Verdict.RECIPIENT_REJECTED: QT_TRANSLATE_NOOP("core", "recipient refused"),
    Verdict.TLS_ERROR: QT_TRANSLATE_NOOP("core", "encryption failed"),
    Verdict.STARTTLS_MISSING: QT_TRANSLATE_NOOP("core", "no encryption offered"),
    Verdict.PORT_BLOCKED: QT_TRANSLATE_NOOP("core", "port blocked"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("core", "connection refused"),
    Verdict.NO_BANNER: QT_TRANSLATE_NOOP("core", "server silent"),
    Verdict.POLICY_REFUSED: QT_TRANSLATE_NOOP("core", "refused by policy"),
    Verdict.DNS_ERROR: QT_TRANSLATE_NOOP("core", "server name not found"),
    Verdict.PROTOCOL_ERROR: QT_TRANSLATE_NOOP("core", "unexpected answer"),
    Verdict.TIMEOUT: QT_TRANSLATE_NOOP("core", "timed out"),
    Verdict.UNAVAILABLE: QT_TRANSLATE_NOOP("core", "server unavailable"),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP("core", "cancelled"),
}

_STEP_LABELS = {
    RESOLVE: QT_TRANSLATE_NOOP("core", "Look up the server"),
    CONNECT: QT_TRANSLATE_NOOP("core", "Connect"),
    TLS: QT_TRANSLATE_NOOP("core", "Encryption (SSL/TLS)"),
    BANNER: QT_TRANSLATE_NOOP("core", "Greeting"),
    EHLO: QT_TRANSLATE_NOOP("core", "Introduce (EHLO)"),
    STARTTLS: QT_TRANSLATE_NOOP("core", "Encryption (STARTTLS)"),
    EHLO_TLS: QT_TRANSLATE_NOOP("core", "Introduce again (EHLO)"),
    AUTH: QT_TRANSLATE_NOOP("core", "Login"),
    MAIL: QT_TRANSLATE_NOOP("core", "Your address as sender"),
    RCPT: QT_TRANSLATE_NOOP("core", "Recipient"),
    RSET: QT_TRANSLATE_NOOP("core", "Reset (nothing sent)"),
    QUIT: QT_TRANSLATE_NOOP("core", "Say goodbye"),
}


def explain(verdict: Verdict, setting: RelaySetting) -> Msg:
    """What happened, what it means and what to do, for a non-technical user. Show it with the server's reply."""
    return Msg.of(_EXPLANATIONS[verdict], host=setting.host, port=setting.port)


def verdict_title(verdict: Verdict) -> Msg:
    """A few words for a table cell or a status line."""
    return Msg.of(_TITLES[verdict])


def step_label(name: str) -> Msg:
    return Msg.of(_STEP_LABELS.get(name, name))


# -- the probe ----------------------------------------------------------------------------------------------------------


class _Stop(Exception):
    """Ends the probe with a verdict (an expected outcome, not an error)."""

    def __init__(self, verdict: Verdict, detail: Msg | None = None):
        super().__init__(verdict.value)
        self.verdict = verdict
        self.detail = detail


class _Timeout(Exception):
    pass


class _Closed(Exception):
    """The server closed the connection (or reset it)."""


class _Garbage(Exception):
    """Not an SMTP reply, or one beyond the limits (see :class:`ReplyParser`). ``why`` says which, for people."""

    def __init__(self, why: Msg, line: str = ""):
        super().__init__(line)
        self.why = why
        self.line = line


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
    def __init__(self, req: ProbeRequest, cancel: CancelToken, on_event):
        self.req = req
        self.cancel = cancel
        self.on_event = on_event or (lambda e: None)
        self.steps: list[ProbeStep] = []
        self.transcript: list[str] = []
        self.current: tuple[str, float] | None = None
        self.io: _Io | None = None
        self.tls_info: TlsInfo | None = None
        self.ext: dict[str, str] = {}
        self.ipv4: tuple[str, ...] = ()
        self.ipv6: tuple[str, ...] = ()
        self.connects: list[ConnectAttempt] = []
        self.peer = ""
        self.size_limit: int | None = None
        self.auth_offered: tuple[str, ...] = ()
        self.auth_used = ""
        self.last_reply = ""
        self.deadline = 0.0

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
        self.io = _Io(self.cancel)
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
            from wizard.core.dns.resolver import make_resolver

            resolver = make_resolver(timeout=min(self.req.timeouts.connect, 5.0))
        until = self.until(getattr(resolver, "lifetime", None) or self.req.timeouts.connect)
        try:
            v4, v6, problem = probe_lookup(resolver, host, until, self.cancel)
        except LookupTimeout:
            self.end(False, None, "DNS query timed out")
            self.error(f"DNS lookup of {host} timed out")
            raise _Stop(Verdict.DNS_ERROR, Msg.of(QT_TRANSLATE_NOOP("core", "The DNS server did not answer in time."))) from None
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
            except _Timeout:
                outcome = "timeout"
            except OSError as exc:
                outcome, err = _connect_outcome(exc)
            ms = int((time.monotonic() - t) * 1000)
            self.connects.append(ConnectAttempt(addr, fam, outcome, ms, err))
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
            if reason in ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE") and _looks_like_smtp(seen):
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
            if reason in _OLD_TLS_REASONS:
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
        except _Timeout:
            self.end(False, None, "no TLS answer")
            self.error("TLS handshake timed out")
            if implicit and self.io.received == 0:
                raise _Stop(Verdict.NO_BANNER) from None
            raise _Stop(Verdict.TIMEOUT) from None
        except _Closed:
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
        except _Timeout:
            raise _Stop(Verdict.TIMEOUT) from None
        except (_Closed, OSError):
            self._closed()

    def reply(self, timeout: float | None = None) -> tuple[int, str]:
        """Read one reply; returns (code, text of all lines joined by newlines, without the codes)."""
        arrow = "<~  " if self.io.tls else "<-  "
        try:
            code, lines = self.io.read_reply(self.until(timeout or self.req.timeouts.read), self.transcript, arrow)
        except _Timeout:
            self.error("no answer in time")
            raise
        except (_Closed, OSError):
            self._closed()
        except _Garbage as exc:
            self.end(False, None, exc.line)
            self.error(f"not an SMTP reply: {exc.why.render()}")
            raise _Stop(Verdict.PROTOCOL_ERROR, exc.why) from None
        text = "\n".join(line[4:] for line in lines)
        self.last_reply = text
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
        except _Timeout:
            self.end(False, None, "")
            raise _Stop(Verdict.TIMEOUT) from None

    def _banner(self) -> None:
        self.begin(BANNER)
        received = self.io.received
        try:
            code, text = self.reply(self.req.timeouts.banner_s)
        except _Timeout:
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
        self.ext = _extensions(text)
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
        size = f" SIZE={SIZE_HINT}" if "SIZE" in self.ext else ""
        code, text = self.command(MAIL, f"MAIL FROM:<{self.req.sender}>{size}")
        if code == 250:
            self.end(True, code, text)
            return
        self.end(False, code, text)
        self._quit_quietly()
        raise _Stop(Verdict.AUTH_FAILED if _wants_auth(code, text) else Verdict.SENDER_REJECTED)

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
        if _wants_auth(code, text):
            raise _Stop(Verdict.AUTH_FAILED)
        if _about_sender(text, self.req.sender, rcpt):
            raise _Stop(Verdict.SENDER_REJECTED)
        raise _Stop(Verdict.RECIPIENT_REJECTED)

    def _simple(self, name: str, line: str, good: tuple[int, ...]) -> None:
        """RSET and QUIT: recorded, but they do not change the verdict once MAIL and RCPT passed."""
        self.begin(name)
        try:
            self.send(line)
            code, text = self.reply(min(self.req.timeouts.read, 5.0))
        except _Timeout:
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
        except (_Timeout, _Closed, OSError):
            return False

    def _simple_quietly(self, line: str) -> None:
        if self._send_quietly(line):
            arrow = "<~  " if self.io.tls else "<-  "
            try:
                self.io.read_reply(self.until(min(self.req.timeouts.read, 2.0)), self.transcript, arrow)
            except (_Timeout, _Closed, _Garbage, OSError):
                pass

    def _quit_quietly(self) -> None:
        self._simple_quietly("QUIT")


# -- helpers ------------------------------------------------------------------------------------------------------------

_contexts: dict[tuple[str, float], ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The verifying client context: system trust store plus ``ca_file``. Built once and shared (thread-safe):
    loading the trust store takes tens of milliseconds of CPU that no cancel can interrupt."""
    key = (ca_file or "", os.stat(ca_file).st_mtime if ca_file else 0.0)
    with _contexts_lock:
        ctx = _contexts.get(key)
        if ctx is None:
            ctx = ssl.create_default_context()
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # explicit, whatever the Python or OpenSSL defaults
            if ca_file:
                ctx.load_verify_locations(cafile=ca_file)
            _contexts[key] = ctx
        return ctx



_OLD_TLS_REASONS = frozenset(
    {"TLSV1_ALERT_PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "NO_PROTOCOLS_AVAILABLE", "WRONG_SSL_VERSION"}
)


def _looks_like_smtp(data: bytes) -> bool:
    return len(data) >= 3 and data[:1] in b"2345" and data[:3].isdigit()


def size_limit(ext: dict[str, str]) -> int | None:
    """The SIZE the server advertises in bytes: 0 when it states no limit (or an unreadable one), None when absent."""
    if "SIZE" not in ext:
        return None
    arg = ext["SIZE"].strip()
    return int(arg) if arg.isascii() and arg.isdigit() and len(arg) <= 15 else 0


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _interleave(a: list[str], b: list[str]) -> list[str]:
    out: list[str] = []
    for i in range(max(len(a), len(b))):
        out += a[i : i + 1] + b[i : i + 1]
    return out


def _connect_outcome(exc: OSError) -> tuple[str, str]:
    code = exc.errno
    text = os.strerror(code) if isinstance(code, int) else type(exc).__name__
    if code in (errno.ECONNREFUSED, getattr(errno, "WSAECONNREFUSED", -1)):
        return "refused", text
    if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return "unreachable", text
    if code in (errno.ETIMEDOUT,):
        return "timeout", text
    return "error", text


def _extensions(text: str) -> dict[str, str]:
    """EHLO keywords (upper case) -> their parameters; the first line (the greeting) is skipped."""
    ext: dict[str, str] = {}
    for line in text.split("\n")[1:]:
        word, _, params = line.strip().partition(" ")
        if word.upper().startswith("AUTH="):  # the old form "AUTH=LOGIN PLAIN"
            word, params = "AUTH", word[5:] + " " + params
        if word:
            key = word.upper()
            ext[key] = (ext.get(key, "") + " " + params).strip() if key == "AUTH" else params
    return ext


def _wants_auth(code: int, text: str) -> bool:
    t = text.lower()
    return code == 530 or "5.7.0 authentication required" in t or "authentication required" in t


def _about_sender(text: str, sender: str, rcpt: str) -> bool:
    """Does a refusal at RCPT TO concern the sender (Postfix: "Sender address rejected: not owned by user")?"""
    t = text.lower()
    if "sender" in t:
        return True
    if sender.lower() != rcpt.lower() and f"<{sender.lower()}>" in t:
        return True
    enhanced = t.split(" ", 1)[0]
    return enhanced in ("5.1.7", "5.1.8", "4.1.7", "4.1.8", "5.7.1.sender")


def _dn(parts) -> str:
    items = []
    for rdn in parts or ():
        for key, value in rdn:
            short = {"commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU", "countryName": "C",
                     "stateOrProvinceName": "ST", "localityName": "L"}.get(key, key)
            items.append(f"{short}={value}")
    return ", ".join(items)


# -- reading replies: a parser with hard limits ---------------------------------------------------------------------------

MAX_LINE = 8192  # bytes in one reply line, CRLF included (RFC 5321 asks for 512; real servers send longer ones)
MAX_LINES = 200  # lines in one multi-line reply (an EHLO answer has about a dozen)

G_TOO_LONG = QT_TRANSLATE_NOOP("core", "The server sent a line longer than {limit} bytes; a mail server never does.")
G_TOO_MANY = QT_TRANSLATE_NOOP("core", "The server sent a reply of more than {limit} lines; a mail server never does.")
G_NOT_SMTP = QT_TRANSLATE_NOOP("core", "The server sent something that is not an SMTP reply: “{line}”.")
G_MIXED = QT_TRANSLATE_NOOP(
    "core", "The server changed the reply code in the middle of a multi-line reply (“{first}” then “{line}”)."
)

_DIGITS = frozenset("0123456789")
def parse_line(line: str) -> tuple[int, bool]:
    """(code, more lines follow) of one reply line (without CRLF); raises :class:`_Garbage` for anything else.

    RFC 5321 4.2: three ASCII digits, the first 2 to 5, then a space, a hyphen (more lines follow) or nothing."""
    head = line[:3]
    if len(head) < 3 or not set(head) <= _DIGITS or head[0] not in "2345" or line[3:4] not in ("", " ", "-"):
        raise _Garbage(Msg.of(G_NOT_SMTP, line=line[:80]), line[:80])
    return int(head), line[3:4] == "-"


class ReplyParser:
    """Splits what the server sends into replies. Memory stays bounded: at most :data:`MAX_LINE` bytes wait for a
    line end, at most :data:`MAX_LINES` lines make one reply; beyond that, or on anything that is not a reply line,
    :meth:`next_reply` raises :class:`_Garbage` (the probe's verdict is then ``protocol_error``)."""

    def __init__(self, max_line: int = MAX_LINE, max_lines: int = MAX_LINES):
        self.max_line = max_line
        self.max_lines = max_lines
        self.buf = b""
        self._lines: list[str] = []
        self._code = 0

    def feed(self, data: bytes) -> None:
        self.buf += data

    def discard(self) -> int:
        """Throw away everything not yet read (and a half-read reply); returns how many bytes that was."""
        n = len(self.buf)
        self.buf = b""
        self._lines = []
        return n

    def next_reply(self, on_line: Callable[[str], None] | None = None) -> tuple[int, list[str]] | None:
        """The next complete reply as (code, lines), or None until more bytes are fed."""
        while True:
            i = self.buf.find(b"\n", 0, self.max_line)
            if i < 0:
                if len(self.buf) >= self.max_line:
                    head = printable(self.buf[:80].decode("utf-8", "replace"))
                    self.buf = b""
                    raise _Garbage(Msg.of(G_TOO_LONG, limit=self.max_line), head)
                return None
            raw, self.buf = self.buf[: i + 1], self.buf[i + 1 :]
            line = printable(raw.decode("utf-8", "replace").rstrip("\r\n"))
            if on_line is not None:
                on_line(line)
            code, more = parse_line(line)
            if self._lines and code != self._code:
                first, self._lines = self._lines[0], []
                raise _Garbage(Msg.of(G_MIXED, first=first[:80], line=line[:80]), line[:80])
            if not self._lines:
                self._code = code
            self._lines.append(line)
            if not more:
                lines, self._lines = self._lines, []
                return code, lines
            if len(self._lines) >= self.max_lines:
                self._lines = []
                raise _Garbage(Msg.of(G_TOO_MANY, limit=self.max_lines), line[:80])


# -- I/O: a non-blocking socket with cancellable, bounded waits ----------------------------------------------------------


class _Io:
    def __init__(self, cancel: CancelToken):
        self.cancel = cancel
        self.sock: socket.socket | None = None
        self.tls: ssl.SSLObject | None = None
        self._in: ssl.MemoryBIO | None = None
        self._out: ssl.MemoryBIO | None = None
        self.parser = ReplyParser()
        self.received = 0  # bytes received from the server on the raw socket
        self.first_bytes = b""  # the first bytes received (to show a plaintext answer where TLS was expected)
        self.handshake_bytes = b""  # the first bytes received during the last TLS handshake
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._wake_r, selectors.EVENT_READ)
        self._unregister = cancel.on_cancel(self._on_cancel)

    def _on_cancel(self) -> None:  # any thread
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass
        s = self.sock
        if s is not None:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._unregister()
        if self.sock is not None:
            self._drop_socket()
        self._sel.close()
        self._wake_r.close()
        self._wake_w.close()

    def _drop_socket(self) -> None:
        s, self.sock = self.sock, None
        if s is None:
            return
        try:
            self._sel.unregister(s)
        except (KeyError, ValueError):
            pass
        s.close()

    def wait(self, write: bool, until: float) -> None:
        """Until the socket is ready; raises Cancelled at once when the token fires, _Timeout at ``until``."""
        sock = self.sock
        if sock is None:
            raise _Closed()
        events = selectors.EVENT_WRITE if write else selectors.EVENT_READ
        try:
            if self._sel.get_key(sock).events != events:
                self._sel.modify(sock, events)
        except KeyError:
            self._sel.register(sock, events)
        while True:
            if self.cancel.cancelled:
                raise Cancelled()
            remaining = until - time.monotonic()
            if remaining <= 0:
                raise _Timeout()
            ready = self._sel.select(remaining)
            if self.cancel.cancelled:
                raise Cancelled()
            if any(key.fileobj is sock for key, _ in ready):
                return

    def connect(self, address: str, port: int, until: float) -> None:
        if self.sock is not None:
            self._drop_socket()
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setblocking(False)
        self.sock = sock
        if self.cancel.cancelled:
            raise Cancelled()
        err = sock.connect_ex((address, port))
        if err not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, 10035):  # 10035: WSAEWOULDBLOCK
            self._drop_socket()
            raise OSError(err, os.strerror(err))
        if err:
            try:
                self.wait(True, until)
            except (_Timeout, Cancelled):
                self._drop_socket()
                raise
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                self._drop_socket()
                raise OSError(err, os.strerror(err))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def local_address(self) -> str:
        try:
            return self.sock.getsockname()[0] if self.sock else ""
        except OSError:
            return ""

    def _retry(self, op: Callable[[], Any], write: bool, until: float) -> Any:
        """Run a non-blocking socket call until it succeeds, waiting (cancellably, bounded) while it would block."""
        while True:
            if self.cancel.cancelled:
                raise Cancelled()
            try:
                return op()
            except (BlockingIOError, InterruptedError):
                self.wait(write, until)
            except ConnectionError:
                if self.cancel.cancelled:
                    raise Cancelled() from None
                raise _Closed() from None

    def _recv_raw(self, until: float) -> bytes:
        data = self._retry(lambda: self.sock.recv(65536), False, until)
        if len(self.first_bytes) < 512:
            self.first_bytes += data[: 512 - len(self.first_bytes)]
        if self.tls is None and self._in is not None and len(self.handshake_bytes) < 512:
            self.handshake_bytes += data[: 512 - len(self.handshake_bytes)]
        self.received += len(data)
        return data

    def _send_raw(self, data: bytes, until: float) -> None:
        view = memoryview(data)
        while view:
            n = self._retry(lambda: self.sock.send(view), True, until)
            view = view[n:]

    def _flush_tls(self, until: float) -> None:
        data = self._out.read()
        if data:
            self._send_raw(data, until)

    def _pump(self, until: float) -> None:
        """TLS wants more input: send what it has to say, then feed it what the server sends (or the EOF)."""
        self._flush_tls(until)
        data = self._recv_raw(until)
        if data:
            self._in.write(data)
        else:
            self._in.write_eof()

    def start_tls(self, ctx: ssl.SSLContext, server_hostname: str, until: float) -> int:
        """Run the TLS handshake; returns how many bytes of plaintext, received before it, were thrown away.

        Bytes that arrived after the server's 220 to STARTTLS and before the handshake were not protected by TLS: a
        middlebox may have injected them (CVE-2011-0411). They are discarded unread, never taken as replies."""
        self._in, self._out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.handshake_bytes = b""
        obj = ctx.wrap_bio(self._in, self._out, server_hostname=server_hostname)
        discarded = self.parser.discard()
        while True:
            try:
                obj.do_handshake()
                break
            except ssl.SSLWantReadError:
                self._pump(until)
            except ssl.SSLWantWriteError:  # pragma: no cover - memory BIOs never block on write
                self._flush_tls(until)
        self._flush_tls(until)
        self.tls = obj
        return discarded

    def tls_info(self) -> TlsInfo:
        obj = self.tls
        cert = obj.getpeercert() or {}
        not_after = ""
        if cert.get("notAfter"):
            try:
                ts = ssl.cert_time_to_seconds(cert["notAfter"])
                not_after = _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).isoformat()
            except ValueError:
                not_after = cert["notAfter"]
        cipher = obj.cipher()
        return TlsInfo(
            version=obj.version() or "",
            cipher=cipher[0] if cipher else "",
            subject=_dn(cert.get("subject")),
            issuer=_dn(cert.get("issuer")),
            not_after=not_after,
        )

    def _recv(self, until: float) -> bytes:
        if self.tls is None:
            return self._recv_raw(until)
        while True:
            try:
                return self.tls.read(65536)
            except ssl.SSLWantReadError:
                self._pump(until)
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""
            except ssl.SSLError:
                raise _Closed() from None

    def send(self, data: bytes, until: float) -> None:
        if self.sock is None:
            raise _Closed()
        if self.tls is None:
            self._send_raw(data, until)
            return
        try:
            self.tls.write(data)
        except ssl.SSLError:
            raise _Closed() from None
        self._flush_tls(until)

    def read_reply(self, until: float, transcript: list[str], arrow: str) -> tuple[int, list[str]]:
        """One whole reply, within the parser's limits; every line read goes to the transcript (also a bad one)."""
        parser = self.parser
        while True:
            reply = parser.next_reply(lambda line: transcript.append(arrow + line))
            if reply is not None:
                return reply
            data = self._recv(until)
            if not data:
                raise _Closed()
            parser.feed(data)
