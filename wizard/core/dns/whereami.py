"""Where am I: this line's public IPv4/IPv6 address, its reverse name, and the access provider that name suggests.

The public address is asked over DNS from servers that answer with the asking address: OpenDNS
(``myip.opendns.com`` A/AAAA at its own resolvers) and Google (``o-o.myaddr.l.google.com`` TXT at its authoritative
servers). Those questions go straight to these servers (not through the user's resolver, which would answer with its
own address); the servers are parameters, so tests point them at a local DNS server. The reverse name is asked
through the user's resolver. Every question runs at once; failure gives "unknown" with a reason, never an exception
or a long wait (at most ``timeout`` for the address, then ``timeout`` for the reverse names).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import wizard.core.dns.library  # noqa: F401 - first: dnspython without its unused back-ends
import dns.resolver

from wizard.core.cancel import NEVER, CancelToken
from wizard.core.catalog.loader import Catalog
from wizard.core.dns import WHEREAMI_TIMEOUT
from wizard.core.dns.query import R_OTHER, TIMEOUT, Answer, Status, ask, lookup_many, run_parallel
from wizard.core.dns.resolver import ResolverSpecError, make_resolver
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import IspProfile

R_NO_ADDRESS = QT_TRANSLATE_NOOP("core", "the servers that report the public address gave no usable answer")
R_NO_IPV6 = QT_TRANSLATE_NOOP("core", "No IPv6 connection was found: {reason}.")
R_NO_IPV4 = QT_TRANSLATE_NOOP("core", "The public IPv4 address could not be found: {reason}.")
R_NO_REVERSE = QT_TRANSLATE_NOOP("core", "This address has no reverse name.")
R_NO_PROVIDER = QT_TRANSLATE_NOOP(
    "core", "The reverse name {name} does not belong to a provider in the catalogue."
)
PROVIDER = QT_TRANSLATE_NOOP("core", "Provider of this line: {name}")
NO_PROVIDER = QT_TRANSLATE_NOOP("core", "Provider of this line: unknown")


@dataclass(frozen=True)
class IpSource:
    """A DNS question whose answer is the asking address."""

    name: str  # who answers, for the report
    family: int  # 4 or 6: the family of the address the answer carries
    server: str  # ADDR[:PORT] of the server to ask directly
    qname: str
    rdtype: str  # A, AAAA or TXT


DEFAULT_SOURCES: tuple[IpSource, ...] = (
    IpSource("OpenDNS", 4, "208.67.222.222", "myip.opendns.com", "A"),
    IpSource("Google", 4, "216.239.32.10", "o-o.myaddr.l.google.com", "TXT"),
    IpSource("OpenDNS", 6, "2620:119:35::35", "myip.opendns.com", "AAAA"),
    IpSource("Google", 6, "2001:4860:4802:32::a", "o-o.myaddr.l.google.com", "TXT"),
)


def sources_at(server: str, sources: Sequence[IpSource] = DEFAULT_SOURCES) -> tuple[IpSource, ...]:
    """The same questions, all asked at ``server`` (``ADDR[:PORT]``): for tests and for networks that block the
    default servers. The answer then comes from ``server``, so that is the source named in the report."""
    server = server.strip()
    return tuple(replace(s, name=server, server=server) for s in sources)


@dataclass(frozen=True)
class LineAddress:
    family: int
    address: str = ""  # empty when unknown
    reverse: str = ""  # the PTR name, empty when none
    source: str = ""  # which service reported the address (the ADDR[:PORT] asked when not a default one)
    reason: Msg | None = None  # why the address or its reverse name is unknown
    server: str = ""  # ADDR[:PORT] of the DNS server really asked

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {
            "family": self.family,
            "address": self.address or None,
            "reverse": self.reverse or None,
            "source": self.source or None,
            "reason": self.reason.render(translate) if self.reason else None,
            "server": self.server or None,
        }


@dataclass(frozen=True)
class WhereAmI:
    ipv4: LineAddress
    ipv6: LineAddress
    provider: IspProfile | None = None
    provider_reason: Msg | None = None

    @property
    def found(self) -> bool:
        return bool(self.ipv4.address or self.ipv6.address)

    @property
    def addresses(self) -> list[str]:
        return [a.address for a in (self.ipv4, self.ipv6) if a.address]

    def as_dict(self, translate: Translate | None = None, lang: str = "en") -> dict:
        return {
            "ipv4": self.ipv4.as_dict(translate),
            "ipv6": self.ipv6.as_dict(translate),
            "provider": self.provider.id if self.provider else None,
            "provider_name": self.provider.display_name(lang) if self.provider else None,
            "provider_reason": self.provider_reason.render(translate) if self.provider_reason else None,
        }

    def lines(self, translate: Translate | None = None, lang: str = "en") -> list[str]:
        """As text: each family's address and reverse name (or "?" and why), then the provider."""
        out: list[str] = []
        for a in (self.ipv4, self.ipv6):
            out.append(f"IPv{a.family}: {a.address}  ({a.reverse or '-'})" if a.address else f"IPv{a.family}: ?")
            if a.reason:
                out.append(f"      {a.reason.render(translate)}")
        if self.provider:
            out.append(Msg.of(PROVIDER, name=self.provider.display_name(lang)).render(translate))
        else:
            out.append(Msg.of(NO_PROVIDER).render(translate))
        if self.provider_reason:
            out.append(f"      {self.provider_reason.render(translate)}")
        return out


def _address_from(source: IpSource, answer: Answer) -> str:
    for record in answer.records:
        text = record.strip().strip('"')
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            continue  # Google's TXT may add "edns0-client-subnet ..." records
        if ip.version == source.family:
            return str(ip)
    return ""


def _ask(source: IpSource, timeout: float, deadline: float) -> Answer:
    try:
        r = make_resolver(source.server, timeout=timeout)
    except ResolverSpecError as exc:  # a bad source spec is "unknown", not a crash
        return Answer(source.qname, source.rdtype, Status.ERROR, reason=Msg.of(R_OTHER, error=str(exc)))
    return ask(r, source.qname, source.rdtype, deadline=deadline)


def _reverse_name(answer: Answer) -> tuple[str, Msg | None]:
    if not answer.ok:
        return "", answer.reason
    if not answer.records:
        return "", Msg.of(R_NO_REVERSE)
    return answer.records[0].rstrip(".").lower(), None


def where_am_i(
    *,
    resolver: dns.resolver.Resolver,
    catalog: Catalog,
    sources: Sequence[IpSource] = DEFAULT_SOURCES,
    timeout: float = WHEREAMI_TIMEOUT,
    cancel: CancelToken = NEVER,
    progress: Callable[[object], None] | None = None,
) -> WhereAmI:
    """Find this line's public addresses, their reverse names and the provider; unknown parts carry a reason."""
    deadline = time.monotonic() + timeout
    answers = run_parallel([lambda s=s: _ask(s, timeout, deadline) for s in sources], deadline=deadline, cancel=cancel)
    found: dict[int, LineAddress] = {}
    for family in (4, 6):
        reasons: list[Msg] = []
        for source, answer in zip(sources, answers):
            if source.family != family:
                continue
            answer = answer or Answer(source.qname, source.rdtype, Status.ERROR, reason=TIMEOUT)
            address = _address_from(source, answer)
            if address:
                found[family] = LineAddress(family, address, source=source.name, server=source.server)
                break
            reasons.append(answer.reason or Msg.of(R_NO_ADDRESS))
        else:
            reason = reasons[0] if reasons else Msg.of(R_NO_ADDRESS)
            found[family] = LineAddress(family, reason=Msg.of(R_NO_IPV4 if family == 4 else R_NO_IPV6, reason=reason))

    with_address = [a for a in found.values() if a.address]
    if with_address:
        questions = [(ipaddress.ip_address(a.address).reverse_pointer, "PTR") for a in with_address]
        names = lookup_many(resolver, questions, deadline=time.monotonic() + timeout, cancel=cancel)
        for a, answer in zip(with_address, names):
            name, reason = _reverse_name(answer)
            found[a.family] = replace(a, reverse=name, reason=reason)

    provider = None
    provider_reason = None
    for a in (found[4], found[6]):
        if a.reverse:
            provider = catalog.for_rdns(a.reverse)
            if provider is not None:
                break
            provider_reason = provider_reason or Msg.of(R_NO_PROVIDER, name=a.reverse)
    if provider is not None:
        provider_reason = None
    return WhereAmI(found[4], found[6], provider, provider_reason)
