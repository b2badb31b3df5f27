"""Plain data shared by every part of the core: relay settings, ISP profiles and the facts behind them.

All records are frozen dataclasses. Facts taken from outside (the ISP catalogue) carry their :class:`Source` so the
UI can show where each value comes from and whether anybody checked it.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Security(str, Enum):
    """How the connection to the relay is protected."""

    PLAIN = "plain"  # no TLS at all (only with the user's explicit consent)
    STARTTLS = "starttls"  # plain connect, then STARTTLS (ports 25/587)
    TLS = "tls"  # implicit TLS from the first byte (port 465)


class Auth(str, Enum):
    """SMTP AUTH mechanism a candidate uses."""

    NONE = "none"
    AUTO = "auto"  # the best mechanism the server offers after TLS
    PLAIN = "plain"
    LOGIN = "login"
    CRAM_MD5 = "cram-md5"


class SenderRule(str, Enum):
    """Does the relay accept the user's own domain as sender on this candidate?"""

    ALLOWED = "allowed"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class Tri(str, Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ProfileKind(str, Enum):
    """What a catalogue profile describes (docs/CATALOG.md, "Routes other than the provider")."""

    PROVIDER = "provider"  # an access provider's submission server (the default)
    RELAY_SERVICE = "relay_service"  # an SMTP submission service that accepts a verified own domain
    MAILBOX_SERVICE = "mailbox_service"  # a mailbox service the user already pays for (Google Workspace, Microsoft 365)


class RecordPurpose(str, Enum):
    """Why a route needs a DNS record at the user's domain."""

    DKIM = "dkim"  # the service's signing key: CNAME or TXT at <selector>._domainkey.<domain>
    RETURN_PATH = "return_path"  # custom return-path / MAIL FROM: CNAME, or MX + SPF TXT at a subdomain
    VERIFICATION = "verification"  # a TXT that proves the domain is yours


class Origin(str, Enum):
    BUILTIN = "builtin"
    CUSTOM = "custom"  # loaded from the user override folder


@dataclass(frozen=True)
class LocalText:
    """A short text in Japanese and English, as written in a profile file."""

    ja: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        if lang.startswith("ja"):
            return self.ja or self.en
        return self.en or self.ja

    def __bool__(self) -> bool:
        return bool(self.ja or self.en)


class SourceKind(str, Enum):
    """What kind of source a catalogue fact rests on (docs/CATALOG.md, "Sources and confidence")."""

    OFFICIAL = "official"  # the provider's own page or notice
    ISPDB = "ispdb"  # Thunderbird's ISPDB (community data, reviewed)
    HEADERS = "headers"  # real message headers, or live-test evidence files sent in by IT helpers
    COMMUNITY = "community"  # a blog, Q&A, third-party manual or public code
    SEED = "seed"  # the project's seed article (2010s), never checked against anything
    STANDARD = "standard"  # an RFC: what is usual, says nothing about this provider


class Confidence(int, Enum):
    """How far a fact can be trusted, derived from its sources' kind and dates (higher is better)."""

    UNVERIFIED = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def word(self) -> str:
        return self.name.lower()


# Years after which a source's content counts as old (see Source.confidence).
FRESH_YEARS = 3
OLD_YEARS = 10


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: its kind, the date its content describes (``as_of``) and the day somebody actually
    read it (``checked``; None when nobody has)."""

    key: str
    url: str  # a URL, or the literal "seed article"
    kind: SourceKind
    as_of: _dt.date | None  # None: undated (for a page read on `checked`, the content is taken as of that day)
    checked: _dt.date | None
    title: str = ""
    as_of_year_only: bool = False  # as_of was given as a year: shown as the year

    def described_date(self) -> _dt.date | None:
        """The date the content is taken to describe: ``as_of``, else for an undated official page the day it was
        read."""
        if self.as_of is not None:
            return self.as_of
        return self.checked if self.kind is SourceKind.OFFICIAL else None

    def as_of_text(self) -> str:
        if self.as_of is None:
            return ""
        return str(self.as_of.year) if self.as_of_year_only else self.as_of.isoformat()

    def confidence(self, today: _dt.date | None = None) -> Confidence:
        """Official and fresh: high; ISPDB or headers and fresh, or official but older: medium; old, community or
        undated: low; never read, the seed article or a standard: unverified."""
        if self.checked is None or self.kind in (SourceKind.SEED, SourceKind.STANDARD):
            return Confidence.UNVERIFIED
        if self.kind is SourceKind.COMMUNITY:
            return Confidence.LOW
        when = self.described_date()
        if when is None:
            return Confidence.LOW
        age = ((today or _dt.date.today()) - when).days / 365.25
        if self.kind is SourceKind.OFFICIAL:
            return Confidence.HIGH if age <= FRESH_YEARS else Confidence.MEDIUM if age <= OLD_YEARS else Confidence.LOW
        return Confidence.MEDIUM if age <= FRESH_YEARS else Confidence.LOW

    @property
    def verified(self) -> bool:
        """Somebody read this source and it is about the provider (not the seed article, not a standard)."""
        return self.checked is not None and self.kind not in (SourceKind.SEED, SourceKind.STANDARD)


def best_confidence(sources: tuple[Source, ...], today: _dt.date | None = None) -> Confidence:
    return max((s.confidence(today) for s in sources), default=Confidence.UNVERIFIED)


def main_source(sources: tuple[Source, ...], today: _dt.date | None = None) -> Source | None:
    """The best-supported source of a fact (the one its confidence comes from), for plain-word display; on a tie the
    more specific kind (a standard says least about a provider) and then the newer date."""
    order = list(SourceKind)[::-1]  # STANDARD lowest ... OFFICIAL highest
    return max(sources, key=lambda s: (s.confidence(today), order.index(s.kind), s.described_date() or _dt.date.min),
               default=None)


@dataclass(frozen=True)
class Fact:
    """A value from the catalogue with the sources that support it."""

    value: object
    sources: tuple[Source, ...]
    to_verify: bool = False  # proposed, but no cited source documents it: shown as "to verify"

    @property
    def verified(self) -> bool:
        return not self.to_verify and any(s.verified for s in self.sources)

    def confidence(self, today: _dt.date | None = None) -> Confidence:
        return Confidence.UNVERIFIED if self.to_verify else best_confidence(self.sources, today)


# Placeholders allowed in a username template, all about the user's account AT THE PROVIDER (not the own domain):
#   {address}   the provider mail address, e.g. taro@abc.ocn.ne.jp
#   {localpart} its part before @
#   {domain}    its part after @
#   {account}   an account ID the user types (e.g. au one net's POP account, Asahi Net ID)
USERNAME_PLACEHOLDERS = frozenset({"address", "localpart", "domain", "account"})
# Placeholders allowed in a host template: {subdomain} is what the provider address has in front of the matched
# provider domain (abc for taro@abc.ocn.ne.jp), {initial} its first letter (au's msa.k.dion.ne.jp); {host} is a
# host the user types ("other provider").
HOST_PLACEHOLDERS = frozenset({"subdomain", "initial", "host"})
_PLACEHOLDER = re.compile(r"{([a-z_]+)}")


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def template_shape(template: str) -> str:
    """The template with every placeholder as the label "a": what the catalogue checks a host template's form on."""
    return _PLACEHOLDER.sub("a", template)


@dataclass(frozen=True)
class RelaySetting:
    """One way to submit mail: everything a mail client needs except the password.

    ``host`` and ``username`` may still hold placeholders while the setting sits in the catalogue; see
    :meth:`Candidate.fill`.
    """

    host: str
    port: int
    security: Security
    auth: Auth
    username: str = ""

    @property
    def needs_auth(self) -> bool:
        return self.auth is not Auth.NONE

    def label(self) -> str:
        return f"{self.host}:{self.port} ({self.security.value})"


@dataclass(frozen=True)
class Candidate:
    """A relay setting from a profile, with the provider's rules for it."""

    setting: RelaySetting
    sources: tuple[Source, ...]
    own_domain_sender: Fact  # SenderRule
    own_lines_only: Fact  # Tri: usable only from the provider's own access lines?
    note: LocalText = LocalText()
    for_domains: tuple[str, ...] = ()  # only for provider addresses under these domains (empty: every address)

    def applies_to(self, values: Mapping[str, str]) -> bool:
        """False when the candidate is for other provider addresses than the one in ``values`` (unknown: True)."""
        domain = values.get("domain")
        if not self.for_domains or not domain:
            return True
        return any(domain == d or domain.endswith("." + d) for d in self.for_domains)

    @property
    def verified(self) -> bool:
        return any(s.verified for s in self.sources)

    def confidence(self, today: _dt.date | None = None) -> Confidence:
        return best_confidence(self.sources, today)

    def missing(self, values: Mapping[str, str], login: str = "") -> list[str]:
        """Placeholders still unfilled by ``values``; the username's do not count when ``login`` replaces it."""
        s = self.setting
        needed = placeholders(s.host)
        if s.needs_auth and not login.strip():
            needed |= placeholders(s.username)
        return sorted(needed - values.keys())

    def fill(self, values: Mapping[str, str], login: str = "") -> RelaySetting:
        """The setting with its host and username templates filled from ``values`` (see
        :meth:`IspProfile.template_values`); ``login``, when given, replaces the template's login name. A placeholder
        that ``values`` lack stays as it is: :meth:`missing` names them. This is the one place templates are filled."""
        s = self.setting
        username = ""
        if s.needs_auth:
            username = login.strip() or _fill(s.username, values)
        return RelaySetting(host=_fill(s.host, values), port=s.port, security=s.security, auth=s.auth, username=username)


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Replace every {placeholder} in ``template`` that ``values`` has; the others stay as they are."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@dataclass(frozen=True)
class Limits:
    max_message_mb: Fact | None = None  # int
    max_recipients: Fact | None = None  # int


@dataclass(frozen=True)
class HostVariant:
    """Another host for the same service with other properties (OCN's "vc" virus-check hosts)."""

    id: str
    name: LocalText
    host: str  # a host template, same placeholders as candidates
    max_message_mb: Fact | None
    sources: tuple[Source, ...]
    note: LocalText = LocalText()

    def fill(self, values: Mapping[str, str]) -> str:
        """The host with its placeholders filled from ``values`` (those it lacks stay as they are)."""
        return _fill(self.host, values)


# Placeholders in a route record's name or value: values the service's control panel shows the user after signing up
# (SendGrid's em1234, SES's DKIM tokens, Brevo's code). Until the user gives them the record cannot be looked up.
RECORD_PLACEHOLDERS = frozenset({"selector", "token", "token_b", "token_c", "code", "id", "mail_from", "region"})


@dataclass(frozen=True)
class RecordSpec:
    """A DNS record a route needs at the user's domain, as the catalogue describes it.

    ``name`` is relative to the domain ("@" is the domain itself); ``value`` is the exact value to publish (a template
    with :data:`RECORD_PLACEHOLDERS`); ``match`` is what a published value must have when the exact value is not known
    yet: the end of a CNAME or MX target (``sendgrid.net``), or the start of a TXT value (``brevo-code:``)."""

    purpose: RecordPurpose
    rtype: str  # CNAME, TXT or MX
    name: str
    value: str
    match: str
    sources: tuple[Source, ...]
    to_verify: bool = False
    note: LocalText = LocalText()

    def fill(self, values: Mapping[str, str]) -> tuple[str, str]:
        """(name, value) with the placeholders ``values`` has filled; the others stay as they are."""
        return _fill(self.name, values), _fill(self.value, values)


@dataclass(frozen=True)
class RouteInfo:
    """What a relay or mailbox service is: the one line of cost and effort, where to sign up, and whether it signs
    mail with the user's own domain (DKIM d=<domain>), which decides how DMARC can pass."""

    cost: Fact | None = None  # LocalText: price and free tier, with dates
    effort: LocalText = LocalText()  # what the user has to do, in one line
    signup: Fact | None = None  # str: an http(s) URL
    dkim_own_domain: Fact | None = None  # bool
    limits_text: Fact | None = None  # LocalText: sending limits, with dates


@dataclass(frozen=True)
class IspProfile:
    id: str
    name: LocalText
    domains: tuple[str, ...]  # provider mail domains, matched by suffix
    access_rdns: tuple[str, ...]  # reverse-DNS suffixes of the provider's access lines
    candidates: tuple[Candidate, ...]
    limits: Limits
    variants: tuple[HostVariant, ...]
    sources: tuple[Source, ...]
    notes: LocalText = LocalText()
    account_hint: LocalText = LocalText()  # explains the login name (e.g. POP account, not the address)
    spf_include: Fact | None = None  # host template of a domain to include: in SPF to authorise the relay
    user_host: bool = False  # the "other provider" profile: the user types the host
    rank: int = 100  # display order: lower first
    kind: ProfileKind = ProfileKind.PROVIDER
    route: RouteInfo = RouteInfo()
    records: tuple[RecordSpec, ...] = ()  # DNS records the route needs at the user's domain (besides SPF)
    origin: Origin = Origin.BUILTIN
    path: Path | None = field(default=None, compare=False)

    def display_name(self, lang: str) -> str:
        return self.name.get(lang)

    @property
    def is_service(self) -> bool:
        """A relay or mailbox service rather than an access provider."""
        return self.kind is not ProfileKind.PROVIDER

    def fill_spf_include(self, values: Mapping[str, str]) -> str:
        """The domain to include in SPF with its placeholders filled from ``values``; "" when the profile has none.
        Placeholders that ``values`` lack stay as they are."""
        return _fill(str(self.spf_include.value), values).lower() if self.spf_include is not None else ""

    def template_values(self, isp_address: str = "", account: str = "", host: str = "") -> dict[str, str]:
        """Values for host/username placeholders from what the user typed; only those that can be filled.

        ``isp_address`` is the user's mail address AT THE PROVIDER (taro@abc.ocn.ne.jp), not the own-domain address.
        """
        values: dict[str, str] = {}
        if "@" in isp_address:
            local, _, domain = isp_address.strip().rpartition("@")
            domain = domain.lower().rstrip(".")
            values.update(address=f"{local}@{domain}", localpart=local, domain=domain)
            base = self.matches_domain(domain)
            if base and domain != base:
                values["subdomain"] = domain[: -len(base) - 1]
                values["initial"] = values["subdomain"][0]
        if account.strip():
            values["account"] = account.strip()
        if host.strip():
            values["host"] = host.strip().lower().rstrip(".")
        return values

    def matches_domain(self, domain: str) -> str | None:
        """Return the provider domain that ``domain`` falls under (suffix match), or None."""
        d = domain.lower().rstrip(".")
        best = None
        for base in self.domains:
            if d == base or d.endswith("." + base):
                if best is None or len(base) > len(best):
                    best = base
        return best
