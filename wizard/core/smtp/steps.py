"""The words of a probe: its step names and labels, its verdicts with their titles and explanations.

Step names and verdict values are stable: scripts read them from ``relay-wizard probe --json``.
"""

from __future__ import annotations

from enum import Enum

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import RelaySetting, Security


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
    DATA_REFUSED = "data_refused"  # only the test message (smtp.sendtest): envelope accepted, the message refused
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
DATA = "data"  # only the opt-in test message (smtp.sendtest); the probe never sends DATA


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
    Verdict.DATA_REFUSED: QT_TRANSLATE_NOOP(
        "core",
        "The provider accepted your address but refused the message (see its reply). Some providers check the "
        "From line of the message itself, or its content, only after the envelope. Send the reply below to the "
        "provider's support, or choose another setting.",
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
    Verdict.DATA_REFUSED: QT_TRANSLATE_NOOP("core", "message refused"),
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
    DATA: QT_TRANSLATE_NOOP("core", "Send the test message"),
}


def explain(verdict: Verdict, setting: RelaySetting) -> Msg:
    """What happened, what it means and what to do, for a non-technical user. Show it with the server's reply."""
    return Msg.of(_EXPLANATIONS[verdict], host=setting.host, port=setting.port)


def verdict_title(verdict: Verdict) -> Msg:
    """A few words for a table cell or a status line."""
    return Msg.of(_TITLES[verdict])


def step_label(name: str) -> Msg:
    return Msg.of(_STEP_LABELS.get(name, name))
