"""The blocklist facts: ``resources/dnsbl.toml`` loaded and checked (zones, their codes and kinds, the ranking of
kinds, the receivers' own lists), and addresses as the lists see them.

Everything a blocklist check or the bounce reader needs to know about the lists comes from here; the check itself
(asking DNS) is :mod:`wizard.core.dns.blocklist`. Nothing here asks the network or imports dnspython. The rules are
in ``docs/DNSBL.md``.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError
from wizard.core.model import LocalText, Source, SourceKind
from wizard.core.paths import resources_dir

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# What a listing code says, in the user's words. The keys are the kinds used in dnsbl.toml (which ranks them).
KINDS: dict[str, str] = {
    "spam": QT_TRANSLATE_NOOP("core", "Listed as a source of spam."),
    "exploited": QT_TRANSLATE_NOOP("core", "Listed as an infected or hijacked machine sending spam."),
    "hijacked": QT_TRANSLATE_NOOP("core", "Listed as part of a stolen or spam-only network."),
    "policy": QT_TRANSLATE_NOOP(
        "core",
        "Listed as an address that should send mail through its provider's mail server (Spamhaus PBL). This is not "
        "a spam listing: it is exactly what this wizard sets up, sending through your provider's server.",
    ),
    "reputation": QT_TRANSLATE_NOOP("core", "Listed for a poor sending reputation."),
    "range": QT_TRANSLATE_NOOP(
        "core",
        "The whole network range around this address is listed, not the address itself. For information only: "
        "few receivers use this list.",
    ),
}
ERROR_KINDS: dict[str, str] = {
    "typo": QT_TRANSLATE_NOOP("core", "the list says the zone name is wrong ({code})"),
    "public_resolver": QT_TRANSLATE_NOOP(
        "core", "the list refuses questions from this resolver, e.g. a public one such as 8.8.8.8 ({code})"
    ),
    "quota": QT_TRANSLATE_NOOP("core", "this resolver asked the list too often (over quota, {code})"),
}
# The names of lists that receivers name in their replies but nobody can ask over DNS; the words that name them in a
# reply and their pages are in dnsbl.toml ([[private_lists]]), keyed by these ids.
PRIVATE_LIST_NAMES: dict[str, str] = {
    "outlook": QT_TRANSLATE_NOOP("core", "Outlook.com's own block list"),
    "microsoft365": QT_TRANSLATE_NOOP("core", "Microsoft 365's own list of banned sending addresses"),
    "sorbs": QT_TRANSLATE_NOOP("core", "SORBS (closed in 2024; a reply naming it is out of date)"),
}
DELIST = QT_TRANSLATE_NOOP("core", "Delisting: {url}")
E_ZONES = QT_TRANSLATE_NOOP("core", "The blocklist file {path} cannot be read: {detail}")
E_UNKNOWN_ZONE = QT_TRANSLATE_NOOP("core", "Unknown blocklist “{zone}”. Known lists: {known}.")


class DnsblError(WizardError):
    pass


# Who can get an address off a list ([[zones.removal]] ``who``), in the user's words.
REMOVAL_WHO: dict[str, str] = {
    "anyone": QT_TRANSLATE_NOOP("core", "Anyone can request removal through the list's own form."),
    "owner": QT_TRANSLATE_NOOP(
        "core", "Only the owner of the address (the rental-server company) can request removal."
    ),
    "expires": QT_TRANSLATE_NOOP("core", "No request needed: the listing ends on its own once the sending stops."),
}


@dataclass(frozen=True)
class Removal:
    """A list operator's own removal procedure for some of its codes (the delisting kit)."""

    who: str  # a key of REMOVAL_WHO
    form: str  # the page or form where it is done
    asks: LocalText  # what the operator asks for
    time: LocalText  # how long it typically takes
    sources: tuple[Source, ...]
    codes: frozenset[str] = frozenset()  # empty: every listing code of the zone

    def applies(self, codes: Iterable[str]) -> bool:
        return not self.codes or bool(self.codes & set(codes))


@dataclass(frozen=True)
class Zone:
    id: str
    zone: str
    name: str
    ipv6: bool
    listed: dict[str, str]  # code -> kind
    delist_url: str
    neutral: frozenset[str] = frozenset()
    errors: dict[str, str] = field(default_factory=dict)  # code -> error kind
    info_only: bool = False
    aliases: tuple[str, ...] = ()  # words in a bounce message that name this list
    kind_order: tuple[str, ...] = tuple(KINDS)  # the file's ranking of kinds, most telling first
    removal: tuple[Removal, ...] = ()  # the operator's removal procedures ([[zones.removal]])

    def removals(self, codes: Iterable[str]) -> list[Removal]:
        """The procedures that apply to a listing with these answer codes."""
        codes = list(codes)
        return [r for r in self.removal if r.applies(codes)]

    def __hash__(self) -> int:
        return hash(self.id)


@dataclass(frozen=True)
class PrivateList:
    """A receiver's own list, named in its replies (e.g. Outlook.com's S3150), never asked over DNS."""

    id: str
    pattern: re.Pattern[str]  # the words in a reply that name it
    delist_url: str = ""

    @property
    def name(self) -> str:
        """The list's name in English (a translatable source text: render ``Msg.of(name)``)."""
        return PRIVATE_LIST_NAMES[self.id]


def zones_path() -> Path:
    return resources_dir() / "dnsbl.toml"


def load_zones(path: Path | None = None) -> list[Zone]:
    """The zones of ``resources/dnsbl.toml`` (or ``path``), validated; :class:`DnsblError` names the problem."""
    return _load(path)[0]


def load_private_lists(path: Path | None = None) -> list[PrivateList]:
    """The receivers' own lists of ``resources/dnsbl.toml`` (or ``path``), validated like the zones."""
    return _load(path)[1]


def _load(path: Path | None) -> tuple[list[Zone], list[PrivateList]]:
    """Read and check the whole file: every zone, the ranking of kinds and the receivers' own lists."""
    path = path or zones_path()

    def bad(detail: str) -> DnsblError:
        return DnsblError(Msg.of(E_ZONES, path=str(path), detail=detail))

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise bad(str(exc)) from None
    order = data.get("kind_order", list(KINDS))
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(KINDS) or len(set(order)) != len(order):
        raise bad(f"kind_order must name every kind once: {sorted(KINDS)}")
    kind_order = tuple(str(k) for k in order)
    zones: list[Zone] = []
    seen: set[str] = set()
    for i, z in enumerate(data.get("zones", [])):
        try:
            listed = {str(ipaddress.IPv4Address(c)): str(k) for c, k in z["listed"].items()}
            errors = {str(ipaddress.IPv4Address(c)): str(k) for c, k in z.get("errors", {}).items()}
            zone = Zone(
                id=str(z["id"]),
                zone=str(z["zone"]).lower().rstrip("."),
                name=str(z["name"]),
                ipv6=bool(z.get("ipv6", False)),
                listed=listed,
                delist_url=str(z["delist_url"]),
                neutral=frozenset(str(ipaddress.IPv4Address(c)) for c in z.get("neutral", [])),
                errors=errors,
                info_only=bool(z.get("info_only", False)),
                aliases=tuple(str(a).lower() for a in z.get("aliases", [])),
                kind_order=kind_order,
                removal=tuple(_removal(r, listed) for r in z.get("removal", [])),
            )
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise bad(f"zones[{i}]: {exc}") from None
        unknown_kinds = set(listed.values()) - KINDS.keys() | set(errors.values()) - ERROR_KINDS.keys()
        if unknown_kinds:
            raise bad(f"zones[{i}]: unknown kind {sorted(unknown_kinds)}")
        if zone.id in seen:
            raise bad(f"zones[{i}]: duplicate id {zone.id}")
        seen.add(zone.id)
        zones.append(zone)
    if not zones:
        raise bad("no [[zones]]")
    private: list[PrivateList] = []
    for i, p in enumerate(data.get("private_lists", [])):
        try:
            entry = PrivateList(str(p["id"]), re.compile(str(p["pattern"]), re.I), str(p.get("delist_url", "")))
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise bad(f"private_lists[{i}]: {exc}") from None
        if entry.id not in PRIVATE_LIST_NAMES:
            raise bad(f"private_lists[{i}]: unknown id {entry.id} (known: {sorted(PRIVATE_LIST_NAMES)})")
        private.append(entry)
    return zones, private


def _local_text(value: object, name: str) -> LocalText:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) and value[k].strip() for k in ("ja", "en")):
        raise ValueError(f"{name} must be a table with non-empty ja and en texts")
    return LocalText(ja=value["ja"].strip(), en=value["en"].strip())


def _https(value: object, name: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"https://[^\s\x00-\x1f\x7f]{3,2000}", value):
        raise ValueError(f"{name} must be an https:// address")
    return value


def _removal(data: object, listed: dict[str, str]) -> Removal:
    """One [[zones.removal]] table, checked field by field (ValueError names the field)."""
    if not isinstance(data, dict):
        raise ValueError("removal entries must be tables")
    who = data.get("who")
    if who not in REMOVAL_WHO:
        raise ValueError(f"removal.who must be one of {sorted(REMOVAL_WHO)}")
    codes = frozenset(str(ipaddress.IPv4Address(c)) for c in data.get("codes", []))
    if codes - listed.keys():
        raise ValueError(f"removal.codes {sorted(codes - listed.keys())} are not listing codes of the zone")
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        raise ValueError("removal.sources must name at least one source")
    found: list[Source] = []
    for s in sources:
        if not isinstance(s, dict) or not isinstance(s.get("checked"), _dt.date) or not isinstance(s.get("verified"),
                                                                                               bool):
            raise ValueError("removal.sources entries need url, checked (a date) and verified (true or false)")
        url = _https(s.get("url"), "removal.sources.url")
        # verified = read on the operator's own page: an official source; otherwise a third party's
        kind = SourceKind.OFFICIAL if s["verified"] else SourceKind.COMMUNITY
        found.append(Source(key=url, url=url, kind=kind, as_of=None, checked=s["checked"]))
    return Removal(
        who=str(who),
        form=_https(data.get("form"), "removal.form"),
        asks=_local_text(data.get("asks"), "removal.asks"),
        time=_local_text(data.get("time"), "removal.time"),
        sources=tuple(found),
        codes=codes,
    )


def select_zones(zones: Sequence[Zone], wanted: Iterable[str]) -> list[Zone]:
    """The zones named in ``wanted`` (by id or zone name), in the file's order."""
    names = [w.strip().lower().rstrip(".") for w in wanted if w.strip()]
    by_key = {z.id: z for z in zones} | {z.zone: z for z in zones}
    for n in names:
        if n not in by_key:
            raise DnsblError(Msg.of(E_UNKNOWN_ZONE, zone=n, known=", ".join(z.id for z in zones)))
    chosen = {by_key[n].id for n in names}
    return [z for z in zones if z.id in chosen]


# -- addresses as the lists see them ----------------------------------------------------------------------------------
def normalize_ip(ip: IPAddress | str) -> IPAddress:
    """An address as blocklists see it: IPv4-mapped IPv6 (``::ffff:192.0.2.1``) becomes IPv4."""
    ip = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


_LOCAL_NETS = [
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8",
              "0.0.0.0/8", "fc00::/7", "fe80::/10", "::1/128", "::/128")
]


def is_local(ip: IPAddress) -> bool:
    """Private, shared (CGNAT), link-local or loopback: an address no blocklist can list. Documentation ranges
    (192.0.2.0/24 etc.) count as public here."""
    return any(ip in n for n in _LOCAL_NETS if n.version == ip.version) or ip.is_multicast
