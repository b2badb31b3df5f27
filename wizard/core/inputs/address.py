"""E-mail address and domain parsing with IDNA 2008 (UTS 46) normalisation.

Japanese input often has full-width letters (ｔａｒｏ＠例え．ｊｐ) and the ideographic full stop 。 as a dot. We fold
those, encode the domain to its ASCII (A-label) form for DNS and SMTP, and keep the Unicode form for display.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass

import idna

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError

MAX_DOMAIN = 253
MAX_LOCAL = 64
MAX_ADDRESS = 254

# RFC 5321 dot-atom local part, ASCII only (no SMTPUTF8: provider relays do not offer it).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"^{_ATEXT}(\.{_ATEXT})*$")
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
# An ASCII host name: LDH labels (RFC 1123) of 1 to 63 characters, at most 253 in all.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST_NAME = re.compile(rf"(?=.{{1,{MAX_DOMAIN}}}\Z){_LABEL}(?:\.{_LABEL})*")


class AddressError(WizardError):
    """The text is not a usable address or domain; ``msg`` says why in words for the user."""


@dataclass(frozen=True)
class Domain:
    ascii: str  # A-label form for DNS and SMTP: xn--r8jz45g.jp
    unicode: str  # for display: 例え.jp

    def __str__(self) -> str:
        return self.unicode

    @property
    def with_ascii(self) -> str:
        """The Unicode form, with the A-label once in parentheses when it differs (where a DNS name is meant):
        ``mail.山田商店.jp (mail.xn--...jp)``."""
        return self.unicode if self.unicode == self.ascii else f"{self.unicode} ({self.ascii})"


@dataclass(frozen=True)
class Address:
    local: str
    domain: Domain

    @property
    def ascii(self) -> str:
        return f"{self.local}@{self.domain.ascii}"

    @property
    def display(self) -> str:
        return f"{self.local}@{self.domain.unicode}"

    def __str__(self) -> str:
        return self.ascii


def valid_host_name(host: str, *, dotted: bool = True, ip: bool = False) -> bool:
    """Whether ``host`` (ASCII, already normalised) is a host name: LDH labels, at most 253 characters.

    ``dotted``: it also needs a dot and a top-level label that is not all digits (a full name, not an IPv4 address in
    disguise). ``ip``: an IP address (IPv6 with or without brackets) passes too. The one host-name check of the core:
    the catalogue, the probe and the exports use it; typed text goes through :func:`parse_host` first (Unicode names
    to their A-labels).
    """
    if ip:
        try:
            ipaddress.ip_address(host.strip("[]"))
            return True
        except ValueError:
            pass
    if not _HOST_NAME.fullmatch(host):
        return False
    return not dotted or ("." in host and not host.rsplit(".", 1)[-1].isdigit())


def parse_host(text: str, *, ip: bool = False, single_label: bool = False) -> Domain:
    """A server name typed by a user (relay, incoming server): a domain name in any script (IDNA 2008 / UTS 46, as
    :func:`parse_domain`), with ``ip`` also an IP address (IPv6 with or without brackets), with ``single_label`` also
    a name without a dot such as ``localhost``. ``ascii`` goes to DNS, SMTP and settings files; ``unicode`` is shown.
    The one parser for every host field; raises :class:`AddressError` with a reason."""
    h = _fold(text or "").rstrip(".")
    if ip:
        try:
            addr = str(ipaddress.ip_address(h.strip("[]")))
            return Domain(ascii=addr, unicode=addr)
        except ValueError:
            pass
    if single_label and h and "." not in h and not any(c.isspace() for c in h):
        try:
            one = idna.encode(h, uts46=True).decode("ascii").lower()
        except (idna.IDNAError, UnicodeError):
            one = ""
        if one and valid_host_name(one, dotted=False):
            return Domain(ascii=one, unicode=idna.decode(one))
    return parse_domain(h)


def host_display(host: str) -> str:
    """An ASCII host name (A-labels) as the user typed it: ``mail.xn--...jp`` -> ``mail.山田商店.jp``. IP addresses,
    names with placeholders and anything else that does not decode come back unchanged."""
    if "xn--" not in host.lower():
        return host
    try:
        return idna.decode(host)
    except (idna.IDNAError, UnicodeError):
        return host


def host_with_ascii(host: str) -> str:
    """:func:`host_display` with the A-label once in parentheses when they differ (where a DNS name is meant)."""
    shown = host_display(host)
    return shown if shown == host else f"{shown} ({host})"


def _fold(text: str) -> str:
    # NFKC turns full-width ASCII into ASCII and the half-width ideographic stop into 。; then every dot form to ".".
    return unicodedata.normalize("NFKC", text).translate(_DOTS).strip()


def _domain_too_long(length: int) -> Msg:
    return Msg.of(
        QT_TRANSLATE_NOOP("core", "The domain name is too long ({length} characters; at most {limit})."),
        length=length,
        limit=MAX_DOMAIN,
    )


def parse_domain(text: str) -> Domain:
    """Normalise a domain name typed by a user. Raises :class:`AddressError`."""
    d = _fold(text or "")
    if not d:
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "Please enter a domain name.")))
    if any(c.isspace() for c in d):
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "The domain name must not contain spaces.")))
    if d.endswith("."):
        d = d[:-1]
    if "." not in d:
        raise AddressError(
            Msg.of(QT_TRANSLATE_NOOP("core", "“{domain}” is not a full domain name (for example example.jp)."), domain=d)
        )
    for label in d.split("."):
        if not label:
            raise AddressError(
                Msg.of(QT_TRANSLATE_NOOP("core", "The domain name “{domain}” has an empty part between dots."), domain=d)
            )
    for label in d.split("."):
        if label.startswith("-") or label.endswith("-"):
            raise AddressError(
                Msg.of(
                    QT_TRANSLATE_NOOP("core", "A part of a domain name must not start or end with “-” (“{label}”)."),
                    label=label,
                )
            )
    try:
        ascii_form = idna.encode(d, uts46=True).decode("ascii")
        unicode_form = idna.decode(ascii_form)
    except (idna.IDNAError, UnicodeError) as exc:
        reason = str(exc).lower()
        if "domain too long" in reason:
            raise AddressError(_domain_too_long(len(d))) from None
        text = (
            QT_TRANSLATE_NOOP("core", "A part of the domain name “{domain}” is too long (at most 63 characters).")
            if "too long" in reason
            else QT_TRANSLATE_NOOP("core", "“{domain}” contains characters that are not allowed in a domain name.")
        )
        raise AddressError(Msg.of(text, domain=d)) from None
    if len(ascii_form) > MAX_DOMAIN:
        raise AddressError(_domain_too_long(len(ascii_form)))
    tld = ascii_form.rsplit(".", 1)[-1]
    if tld.isdigit():
        raise AddressError(
            Msg.of(QT_TRANSLATE_NOOP("core", "“{domain}” looks like an IP address, not a domain name."), domain=d)
        )
    return Domain(ascii=ascii_form.lower(), unicode=unicode_form)


def parse_address(text: str) -> Address:
    """Parse an e-mail address typed by a user. Raises :class:`AddressError` with a reason the user can act on."""
    a = _fold(text or "")
    if not a:
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "Please enter your e-mail address.")))
    if any(c.isspace() for c in a):
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "The address must not contain spaces.")))
    if "@" not in a:
        raise AddressError(
            Msg.of(QT_TRANSLATE_NOOP("core", "The address needs an “@” between the name and the domain."))
        )
    if a.count("@") > 1:
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "The address has more than one “@”.")))
    local, _, dom = a.partition("@")
    if not local:
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "The part before “@” is missing.")))
    if not dom:
        raise AddressError(Msg.of(QT_TRANSLATE_NOOP("core", "The domain after “@” is missing.")))
    if not local.isascii():
        raise AddressError(
            Msg.of(
                QT_TRANSLATE_NOOP(
                    "core", "The part before “@” may use only half-width letters, digits and symbols such as . _ -"
                )
            )
        )
    if not _LOCAL.match(local):
        raise AddressError(
            Msg.of(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The part before “@” (“{local}”) has a character or a dot that is not allowed there.",
                ),
                local=local,
            )
        )
    if len(local) > MAX_LOCAL:
        raise AddressError(
            Msg.of(
                QT_TRANSLATE_NOOP("core", "The part before “@” is too long ({length} characters; at most {limit})."),
                length=len(local),
                limit=MAX_LOCAL,
            )
        )
    domain = parse_domain(dom)
    addr = Address(local=local, domain=domain)
    if len(addr.ascii) > MAX_ADDRESS:
        raise AddressError(
            Msg.of(
                QT_TRANSLATE_NOOP("core", "The address is too long ({length} characters; at most {limit})."),
                length=len(addr.ascii),
                limit=MAX_ADDRESS,
            )
        )
    return addr
