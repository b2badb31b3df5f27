"""What a probe is asked (the request and its timeouts) and what it gives back (the result record and the live
events). The result serialises itself: :meth:`ProbeResult.as_dict` is the ``relay-wizard probe --json`` shape of
one probed setting, the one place the CLI, the GUI and the diagnostic report render from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate, WizardError, printable
from wizard.core.model import RelaySetting, Security
from wizard.core.secrets import Secret, normalise_host
from wizard.core.smtp.steps import Verdict, explain


@dataclass(frozen=True)
class ProbeStep:
    name: str
    ok: bool
    code: int | None = None  # the SMTP reply code, None for steps without one (resolve, connect, TLS)
    reply: str = ""  # the server's reply text (all lines); for resolve/connect/TLS a short factual note
    elapsed_ms: int = 0

    def as_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "code": self.code, "reply": self.reply, "elapsed_ms": self.elapsed_ms}


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

    def as_dict(self) -> dict:
        return {"address": self.address, "family": self.family, "outcome": self.outcome, "elapsed_ms": self.elapsed_ms}


NEEDS_PASSWORD = QT_TRANSLATE_NOOP("core", "This setting needs your password at the provider.")
DNS_NO_ANSWER = QT_TRANSLATE_NOOP(
    "core",
    "The DNS server did not answer, so the address of {host} could not be looked up. Please check that this "
    "computer is connected to the Internet (or the DNS server setting), then test again.",
)
DNS_NO_ANSWER_TITLE = QT_TRANSLATE_NOOP("core", "DNS did not answer")


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
    # False when the host could not be looked up because no DNS server answered (offline): "dns_error" then does not
    # mean "no such server name"
    dns_answered: bool = True

    @property
    def works(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def explanation(self) -> Msg:
        if self.verdict is Verdict.DNS_ERROR and not self.dns_answered:
            return Msg.of(DNS_NO_ANSWER, host=self.setting.host, port=self.setting.port)
        return explain(self.verdict, self.setting)

    def step(self, name: str) -> ProbeStep | None:
        for s in self.steps:
            if s.name == name:
                return s
        return None

    def as_dict(self, translate: Translate | None = None) -> dict:
        """This probe in the ``relay-wizard probe --json`` contract (field names, order and types are stable)."""
        s = self.setting
        return {
            "host": s.host,
            "port": s.port,
            "security": s.security.value,
            "verdict": self.verdict.value,
            "explanation": self.explanation.render(translate),
            "steps": [step.as_dict() for step in self.steps],
            "tls": self.tls.as_dict() if self.tls is not None else None,
            "transcript": list(self.transcript),
            # beyond the contract: more facts for scripts
            "auth": s.auth.value,
            "username": s.username,
            "server_reply": self.server_reply,
            "detail": self.detail.render(translate) if self.detail is not None else None,
            "addresses": {"ipv4": list(self.ipv4), "ipv6": list(self.ipv6)},
            "connects": [a.as_dict() for a in self.connects],
            "size_limit": self.size_limit,
            "auth_offered": list(self.auth_offered),
            "auth_used": self.auth_used,
            "elapsed_ms": self.elapsed_ms,
            "dns_answered": self.dns_answered,  # added (issue 19): False when no DNS server answered (offline)
        }

    def summary_lines(self, translate: Translate | None = None) -> list[str]:
        """What went wrong in detail, the server's own words and the TLS facts, one line each, for text output."""
        lines = []
        if self.detail is not None:
            lines.append(f"({self.detail.render(translate)})")
        lines += [f"server: {line}" for line in self.server_reply.splitlines()]
        if self.tls is not None:
            t = self.tls
            lines.append(f"TLS: {t.version} {t.cipher}; certificate: {t.subject}; issuer: {t.issuer}")
        return lines


    def report_lines(self, translate: Translate | None = None) -> list[str]:
        """Everything the diagnostic report shows of this probe, one line each: detail, the server's reply, AUTH,
        SIZE, TLS, time and the (redacted) transcript."""
        lines = []
        if self.detail is not None:
            lines.append(self.detail.render(translate))
        if self.server_reply:
            lines.append(f"server reply: {self.server_reply}")
        if self.auth_offered:
            lines.append(f"AUTH offered: {' '.join(self.auth_offered)}; used: {self.auth_used or '-'}")
        if self.size_limit:
            lines.append(f"SIZE: {self.size_limit}")
        if self.tls is not None:
            t = self.tls
            lines.append(f"TLS: {t.version} {t.cipher}; issuer: {t.issuer}; valid until: {t.not_after}")
        lines += [f"elapsed: {self.elapsed_ms} ms", "transcript:"]
        lines += [f"  {line}" for line in self.transcript]
        return lines


# Events for a live display, passed to ``on_event`` from the probing thread.
@dataclass(frozen=True)
class StepStarted:
    name: str


@dataclass(frozen=True)
class StepFinished:
    step: ProbeStep


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

    @property
    def dns_s(self) -> float:
        """Seconds per DNS question of the relay host's lookup: the connect timeout, at most 5 s."""
        return min(self.connect, 5.0)


@dataclass(frozen=True, kw_only=True)
class ProbeParams:
    """What every probe of one run shares (the user's address, login, password, trust, timeouts)."""

    sender: str  # the user's own address, ASCII (IDNA) form
    rcpt: str = ""  # default: the sender
    login: str = ""  # default: setting.username
    password: Secret | None = None
    # the hosts the password was entered or saved for (normalised, wizard.core.secrets.normalise_host); the probe
    # refuses to send it anywhere else. None: not bound (the CLI, where it is given for the hosts on its command line)
    password_hosts: frozenset[str] | None = None
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
            return Msg.of(NEEDS_PASSWORD)
        if req.password_hosts is not None and normalise_host(s.host) not in req.password_hosts:
            return Msg.of(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The password was entered for another server, so it is not sent to {host}. Enter the password "
                    "for this server on the login page.",
                ),
                host=printable(s.host),
            )
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
