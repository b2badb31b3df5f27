"""What every export format gets as input, and the client-specific names for one relay setting.

An export is a pure function ``render(ExportInput) -> bytes``. The input has no field for a password: no export can
contain one (the keyring holds it; each mail client asks once).
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid as _uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from wizard.core.inputs.address import Address, AddressError, parse_host, valid_host_name
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError
from wizard.core.model import Auth, IspProfile, RelaySetting, Security, placeholders

# Control characters would break a line-based file (PRF, prefs.js) or an XML document.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
MAX_NAME = 200


class ExportError(WizardError):
    """The input cannot be written as a settings file; ``msg`` says why."""


class IncomingType(str, Enum):
    IMAP = "imap"
    POP3 = "pop3"


@dataclass(frozen=True)
class IncomingServer:
    """The receiving side of the account (usually the rental server). Mail clients need it in an account file.

    ``guessed`` is True when nobody entered it: the exports and the sheet then say that it must be checked.
    """

    host: str
    port: int
    type: IncomingType = IncomingType.IMAP
    security: Security = Security.TLS
    username: str = ""
    guessed: bool = False


def guess_incoming(address: Address) -> IncomingServer:
    """A common default for a rental server: IMAP over TLS at mail.<domain>, login with the own address."""
    return IncomingServer(
        host=f"mail.{address.domain.ascii}", port=993, type=IncomingType.IMAP, security=Security.TLS,
        username=address.ascii, guessed=True,
    )


def default_incoming_port(kind: IncomingType, security: Security) -> int:
    if kind is IncomingType.IMAP:
        return 993 if security is Security.TLS else 143
    return 995 if security is Security.TLS else 110


@dataclass(frozen=True)
class ExportInput:
    """Everything a settings file is made of. Build it with :func:`make_input`, which checks every value."""

    setting: RelaySetting  # concrete: no placeholders left
    address: Address  # the user's own address (you@your-domain.jp)
    display_name: str = ""
    isp: IspProfile | None = None  # for the provider's name, the size limit and notes
    incoming: IncomingServer | None = None  # None: a guess from the own domain is used and marked as such
    spf_record: str | None = None  # the SPF record to publish, when known (only the sheet shows it)
    created: _dt.date | None = None  # printed on the sheet; None leaves the date out
    uuid_factory: Callable[[], str] = field(default=lambda: str(_uuid.uuid4()).upper(), compare=False, repr=False)

    @property
    def incoming_server(self) -> IncomingServer:
        return self.incoming if self.incoming is not None else guess_incoming(self.address)

    @property
    def name(self) -> str:
        """The display name, or the own address when none was given."""
        return self.display_name or self.address.display

    def provider_name(self, lang: str) -> str:
        """The provider's name; empty without a provider or for the "other provider" profile."""
        if self.isp is None or self.isp.user_host:
            return ""
        return self.isp.display_name(lang)

    def max_message_mb(self) -> int | None:
        if self.isp is None or self.isp.limits.max_message_mb is None:
            return None
        value = self.isp.limits.max_message_mb.value
        return value if isinstance(value, int) else None


def _bad(text: str, **args: object) -> ExportError:
    return ExportError(Msg.of(text, **args))


def check_host(host: str) -> str:
    """The server name for a settings file, in its ASCII form (a Japanese name such as ``mail.山田商店.jp`` becomes its
    A-labels, which every mail program accepts); raises :class:`ExportError`."""
    h = (host or "").strip().rstrip(".").lower()
    if placeholders(h):
        raise _bad(
            QT_TRANSLATE_NOOP("core", "The server name “{host}” still has a placeholder; fill it in first."), host=h
        )
    if not h.isascii():
        try:
            h = parse_host(h, single_label=True).ascii
        except AddressError as exc:  # the reason of the one host parser: "an empty part between dots", ...
            raise ExportError(exc.msg) from None
    if not valid_host_name(h, dotted=False):
        raise _bad(QT_TRANSLATE_NOOP("core", "“{host}” is not a valid server name."), host=host)
    return h


def check_text(text: str, what: Msg | str) -> str:
    t = (text or "").strip()
    if _CONTROL.search(t):
        raise _bad(QT_TRANSLATE_NOOP("core", "The {what} must not contain line breaks or control characters."), what=what)
    if len(t) > MAX_NAME:
        raise _bad(
            QT_TRANSLATE_NOOP("core", "The {what} is too long ({length} characters; at most {limit})."),
            what=what, length=len(t), limit=MAX_NAME,
        )
    return t


W_DISPLAY_NAME = QT_TRANSLATE_NOOP("core", "display name")
W_USERNAME = QT_TRANSLATE_NOOP("core", "user name")
W_SPF = QT_TRANSLATE_NOOP("core", "SPF record")


def check_setting(setting: RelaySetting) -> RelaySetting:
    host = check_host(setting.host)
    if not 1 <= int(setting.port) <= 65535:
        raise _bad(QT_TRANSLATE_NOOP("core", "The port {port} is not between 1 and 65535."), port=setting.port)
    if placeholders(setting.username):
        raise _bad(
            QT_TRANSLATE_NOOP("core", "The user name “{user}” still has a placeholder; fill it in first."),
            user=setting.username,
        )
    username = check_text(setting.username, Msg.of(W_USERNAME))
    if setting.needs_auth and not username:
        raise _bad(QT_TRANSLATE_NOOP("core", "This setting logs in, so it needs a user name."))
    return RelaySetting(host=host, port=int(setting.port), security=setting.security, auth=setting.auth,
                        username=username if setting.needs_auth else "")


def make_input(
    setting: RelaySetting,
    address: Address,
    display_name: str = "",
    isp: IspProfile | None = None,
    incoming: IncomingServer | None = None,
    spf_record: str | None = None,
    created: _dt.date | None = None,
    uuid_factory: Callable[[], str] | None = None,
) -> ExportInput:
    """Check and normalise every value; raises :class:`ExportError` with a reason the user can act on."""
    s = check_setting(setting)
    name = check_text(display_name, Msg.of(W_DISPLAY_NAME))
    inc = None
    if incoming is not None:
        if not 1 <= int(incoming.port) <= 65535:
            raise _bad(QT_TRANSLATE_NOOP("core", "The port {port} is not between 1 and 65535."), port=incoming.port)
        inc = IncomingServer(
            host=check_host(incoming.host), port=int(incoming.port), type=incoming.type, security=incoming.security,
            username=check_text(incoming.username, Msg.of(W_USERNAME)) or address.ascii, guessed=incoming.guessed,
        )
    spf = check_text(spf_record, Msg.of(W_SPF)) if spf_record else None
    extra = {"uuid_factory": uuid_factory} if uuid_factory is not None else {}
    return ExportInput(setting=s, address=address, display_name=name, isp=isp, incoming=inc, spf_record=spf or None,
                       created=created, **extra)


# --- client-specific names for one setting (one fact in one place) -------------------------------------------------

# Thunderbird prefs.js: mail.smtpserver.<key>.try_ssl and .authMethod (nsMsgSocketType / nsMsgAuthMethod)
TB_TRY_SSL = {Security.PLAIN: 0, Security.STARTTLS: 2, Security.TLS: 3}
TB_AUTH_METHOD = {Auth.NONE: 1, Auth.AUTO: 3, Auth.PLAIN: 3, Auth.LOGIN: 3, Auth.CRAM_MD5: 4}
# Thunderbird autoconfig (config-v1.1.xml)
TB_SOCKET_TYPE = {Security.PLAIN: "plain", Security.STARTTLS: "STARTTLS", Security.TLS: "SSL"}
TB_AUTHENTICATION = {
    Auth.NONE: "none", Auth.AUTO: "password-cleartext", Auth.PLAIN: "password-cleartext",
    Auth.LOGIN: "password-cleartext", Auth.CRAM_MD5: "password-encrypted",
}
# Outlook PRF SMTPSecureConnection / Autodiscover Encryption
PRF_SECURE = {Security.PLAIN: 0, Security.TLS: 1, Security.STARTTLS: 2}
POX_ENCRYPTION = {Security.PLAIN: "None", Security.TLS: "SSL", Security.STARTTLS: "TLS"}
# Apple com.apple.mail.managed
APPLE_AUTH = {
    Auth.NONE: "EmailAuthNone", Auth.AUTO: "EmailAuthPassword", Auth.PLAIN: "EmailAuthPassword",
    Auth.LOGIN: "EmailAuthPassword", Auth.CRAM_MD5: "EmailAuthCRAMMD5",
}

