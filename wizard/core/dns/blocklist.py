"""Is an address on a DNS blocklist? Every zone for every address at once, trusted only after its test points.

The zones live in ``resources/dnsbl.toml`` (loaded by :mod:`wizard.core.dns.zones`); the rules are in
``docs/DNSBL.md``. In short:

* the query is the reversed address + the zone (IPv4: 4 octets, IPv6: 32 nibbles; IPv4-mapped IPv6 as IPv4);
* only a zone's own listing codes mean ``listed``; its error codes (Spamhaus 127.255.255.x), 127.0.0.1, answers
  outside 127.0.0.0/8, codes it does not define, REFUSED, SERVFAIL and timeouts are ``unknown`` with the reason;
* before a zone is trusted, its RFC 5782 test points are asked in the same run (127.0.0.2 must be listed, 127.0.0.1
  must not); a zone that fails them is ``unknown`` for every IPv4 address ("this resolver cannot use this list");
* a zone's IPv6 side is trusted only after its own IPv6 test points (RFC 5782 section 5: ``::FFFF:7F00:2`` listed,
  ``::FFFF:7F00:1`` not, asked as 32 nibbles and never turned into IPv4); a zone that lists everything or answers
  nothing there is ``unknown`` for IPv6 addresses;
* ``kinds`` (what the codes mean) are only given for results that are listings;
* an IPv6 address on an IPv4-only zone, and a private address anywhere, is ``not_applicable``.

All questions (test points, A and TXT for each zone x address) go out together, so a whole check takes about as
long as one query, and never much longer than ``timeout``.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import wizard.core.dns.library  # noqa: F401 - first: dnspython without its unused back-ends
import dns.resolver

from wizard.core.cancel import NEVER, CancelToken
from wizard.core.dns import BLOCKLIST_TIMEOUT
from wizard.core.dns.query import MAX_TEXT, Answer, host_addresses, lookup_many
from wizard.core.dns.zones import (
    DELIST,
    ERROR_KINDS,
    KINDS,
    DnsblError,
    IPAddress,
    Zone,
    is_local,
    load_zones,
    normalize_ip,
)
from wizard.core.inputs.address import AddressError, parse_domain
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate, printable

TEST_LISTED = ipaddress.IPv4Address("127.0.0.2")
TEST_CLEAN = ipaddress.IPv4Address("127.0.0.1")
# RFC 5782 section 5: the IPv6 test points, the IPv4-mapped forms of the two above. Asked as IPv6 nibbles: the
# blocklist's IPv6 side answers them, not its IPv4 side (so they never go through normalize_ip).
TEST_LISTED_V6 = ipaddress.IPv6Address("::ffff:7f00:2")
TEST_CLEAN_V6 = ipaddress.IPv6Address("::ffff:7f00:1")
TEST_POINTS = {4: (TEST_LISTED, TEST_CLEAN), 6: (TEST_LISTED_V6, TEST_CLEAN_V6)}
LOOPBACK_NET = ipaddress.IPv4Network("127.0.0.0/8")


class Status(StrEnum):
    LISTED = "listed"
    CLEAN = "clean"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"


STATUS_LABEL: dict[Status, str] = {
    Status.LISTED: QT_TRANSLATE_NOOP("core", "Listed"),
    Status.CLEAN: QT_TRANSLATE_NOOP("core", "Not listed"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("core", "Not applicable"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("core", "Unknown"),
}
INFO_LABEL = QT_TRANSLATE_NOOP("core", "Listed (for information)")
MARKS: dict[Status, str] = {Status.LISTED: "✖", Status.CLEAN: "✔", Status.NOT_APPLICABLE: "–", Status.UNKNOWN: "?"}
INFO_MARK = "ℹ"

R_LOOPBACK_ONE = QT_TRANSLATE_NOOP(
    "core", "the list answered 127.0.0.1, which means it refused the question or does not list this kind of address"
)
R_OUTSIDE = QT_TRANSLATE_NOOP(
    "core", "the answer {code} is not a blocklist code: the resolver may be rewriting answers"
)
R_UNDEFINED = QT_TRANSLATE_NOOP("core", "the answer {code} is not one of this list's listing codes")
R_NO_RESOLVER = QT_TRANSLATE_NOOP("core", "This resolver cannot use this list: {detail}.")
R_TP_NOT_LISTED = QT_TRANSLATE_NOOP(
    "core", "its test address {ip} is not reported as listed, so a “clean” answer would mean nothing"
)
R_TP_LISTED = QT_TRANSLATE_NOOP(
    "core", "its test address {ip} is reported as listed, so a “listed” answer would mean nothing"
)
R_TP_FAILED = QT_TRANSLATE_NOOP("core", "its test address {ip} gave no usable answer: {reason}")
R_IPV4_ONLY = QT_TRANSLATE_NOOP("core", "This list covers IPv4 addresses only.")
R_PRIVATE = QT_TRANSLATE_NOOP("core", "{ip} is a private or local address; blocklists list only public addresses.")
S_LISTED = QT_TRANSLATE_NOOP(
    "core",
    "{addresses} is on a blocklist: {lists}. Receivers that use these lists refuse mail from it. Sending through "
    "your provider's server avoids this address.",
)
S_POLICY_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "Listed only on the PBL: the address belongs to an Internet access line and should send mail through its "
    "provider's server, which is what this wizard sets up.",
)
S_NOTHING = QT_TRANSLATE_NOOP(
    "core", "No blocklist could be asked. Try again, or choose another DNS server (not a public one such as 8.8.8.8)."
)
S_NONE_APPLIES = QT_TRANSLATE_NOOP(
    "core", "No list applies to these addresses (private addresses, or IPv6 on lists that cover IPv4 only)."
)
S_CLEAN_SOME_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "Not listed on the lists that answered; {n} lists gave no usable answer (see the reasons)."
)
S_CLEAN = QT_TRANSLATE_NOOP("core", "Not listed on any of the lists checked.")
E_TARGET = QT_TRANSLATE_NOOP(
    "core", "“{target}” is neither an IP address nor a host name. Enter the rental server's name or address."
)
E_RESOLVE = QT_TRANSLATE_NOOP("core", "The addresses of {host} could not be found: {reason}")
E_NO_ADDRESS = QT_TRANSLATE_NOOP("core", "{host} has no IPv4 or IPv6 address.")


# -- addresses ---------------------------------------------------------------------------------------------------------
def query_name(ip: IPAddress, zone: str) -> str:
    """``4.3.2.1.zen.spamhaus.org`` for 1.2.3.4; 32 reversed nibbles for IPv6 (IPv4-mapped IPv6 as IPv4)."""
    return nibble_name(normalize_ip(ip), zone)


def nibble_name(ip: IPAddress, zone: str) -> str:
    """The query name of ``ip`` as it is, without turning IPv4-mapped IPv6 into IPv4 (the IPv6 test points)."""
    return ip.reverse_pointer.rsplit(".", 2)[0] + "." + zone


def parse_target(target: str) -> IPAddress | str:
    """An IP address (normalised), or the ASCII form of a host name. :class:`DnsblError` otherwise."""
    text = target.strip().strip("[]")
    try:
        return normalize_ip(text)
    except ValueError:
        pass
    try:
        return parse_domain(text).ascii
    except AddressError:
        raise DnsblError(Msg.of(E_TARGET, target=target.strip())) from None


class TargetUnanswered(DnsblError):
    """The target's addresses could not be asked (no DNS server answered: offline): nothing was checked."""


def _addresses_of(host: str, resolver: dns.resolver.Resolver, timeout: float, cancel: CancelToken) -> list[IPAddress]:
    """All IPv4 and IPv6 addresses of ``host`` (A and AAAA asked together). :class:`DnsblError` when none."""
    found = host_addresses(resolver, host, deadline=time.monotonic() + timeout, cancel=cancel)
    addresses: list[IPAddress] = []
    for text in found.addresses:
        ip = normalize_ip(text)
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        if found.reason is not None:
            raise TargetUnanswered(Msg.of(E_RESOLVE, host=host, reason=found.reason))
        raise DnsblError(Msg.of(E_NO_ADDRESS, host=host))
    return addresses


# -- verdicts ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ZoneResult:
    address: str
    zone: Zone
    status: Status
    codes: tuple[str, ...] = ()
    txt: str = ""
    reason: Msg | None = None  # why unknown / not applicable; for a listing, what the codes say

    @property
    def counts_as_listed(self) -> bool:
        """Listed on a list that counts (UCEPROTECT levels 2 and 3 are for information only)."""
        return self.status is Status.LISTED and not self.zone.info_only

    @property
    def label(self) -> Msg:
        """The status in words (never colour alone)."""
        if self.status is Status.LISTED and self.zone.info_only:
            return Msg.of(INFO_LABEL)
        return Msg.of(STATUS_LABEL[self.status])

    @property
    def kinds(self) -> tuple[str, ...]:
        """What the listing codes mean; empty for every result that is not a listing (an answer that mixes a listing
        code with an error code, or a listing on a zone whose test points failed, is no listing)."""
        if self.status is not Status.LISTED:
            return ()
        return tuple(dict.fromkeys(self.zone.listed[c] for c in self.codes if c in self.zone.listed))

    @property
    def mark(self) -> str:
        """A sign beside the word, for text output (never the only signal)."""
        return INFO_MARK if self.status is Status.LISTED and not self.counts_as_listed else MARKS[self.status]

    def lines(self, translate: Translate | None = None) -> list[str]:
        """This result as text: the status, the list, its codes; then the reason, the TXT record, the delisting page."""
        line = f"  {self.mark} {self.label.render(translate):16} {self.zone.name} ({self.zone.zone})"
        if self.codes:
            line += f"  [{', '.join(self.codes)}]"
        out = [line]
        if self.reason:
            out.append(f"      {self.reason.render(translate)}")
        if self.txt:
            out.append(f"      {self.txt}")
        if self.status is Status.LISTED:
            out.append("      " + Msg.of(DELIST, url=self.zone.delist_url).render(translate))
        return out

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {
            "address": self.address,
            "zone": self.zone.zone,
            "list": self.zone.name,
            "status": self.status.value,
            "codes": list(self.codes),
            "txt": self.txt,
            "reason": self.reason.render(translate) if self.reason else "",
            "kinds": list(self.kinds),
            "info_only": self.zone.info_only,
            "delist_url": self.zone.delist_url,
        }


@dataclass(frozen=True)
class BlocklistReport:
    target: str
    addresses: tuple[str, ...]
    results: tuple[ZoneResult, ...]
    error: Msg | None = None  # why nothing could be checked (a host name without addresses)

    @property
    def listed(self) -> list[ZoneResult]:
        return [r for r in self.results if r.counts_as_listed]

    @property
    def unknown(self) -> list[ZoneResult]:
        return [r for r in self.results if r.status is Status.UNKNOWN]

    @property
    def nothing_usable(self) -> bool:
        """No list gave a usable answer for any address (all unknown or not applicable): nothing was checked."""
        return not any(r.status in (Status.LISTED, Status.CLEAN) for r in self.results)

    @property
    def policy_only(self) -> bool:
        """Every counting listing is a PBL (policy) listing: the address is an access line, not a spammer."""
        listed = self.listed
        return bool(listed) and all(set(r.kinds) == {"policy"} for r in listed)

    def summary(self) -> Msg:
        """One sentence on the whole check, for the GUI's headline and the CLI's last line."""
        listed = self.listed
        if listed:
            if self.policy_only:
                return Msg.of(S_POLICY_ONLY)
            names = ", ".join(dict.fromkeys(r.zone.name for r in listed))
            addresses = ", ".join(dict.fromkeys(r.address for r in listed))
            return Msg.of(S_LISTED, addresses=addresses, lists=names)
        if self.results and all(r.status is Status.NOT_APPLICABLE for r in self.results):
            return Msg.of(S_NONE_APPLIES)
        if self.nothing_usable:
            return Msg.of(S_NOTHING)
        if self.unknown:
            return Msg.of(S_CLEAN_SOME_UNKNOWN, n=len({r.zone.id for r in self.unknown}))
        return Msg.of(S_CLEAN)

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The fields of ``relay-wizard blocklist --json`` (a contract: docs/DNSBL.md)."""
        out = {
            "target": self.target,
            "addresses": list(self.addresses),
            "results": [r.as_dict(translate) for r in self.results],
        }
        if self.error is not None:
            out["error"] = self.error.render(translate)
        return out

    def lines(self, translate: Translate | None = None) -> list[str]:
        """The report as text: each address with a line per list, then the summary."""
        out: list[str] = []
        for address in self.addresses:
            out.append(address)
            for r in self.results:
                if r.address == address:
                    out += r.lines(translate)
        out.append(self.error.render(translate) if self.error is not None else self.summary().render(translate))
        return out


def classify(zone: Zone, answer: Answer) -> tuple[Status, tuple[str, ...], Msg | None]:
    """The verdict of one A answer for ``zone``: (status, codes, reason)."""
    if not answer.ok:
        return Status.UNKNOWN, (), answer.reason
    codes = tuple(sorted(set(answer.records), key=_ip_key))
    if not codes:
        return Status.CLEAN, (), None
    for c in codes:  # any error code makes the whole answer unusable
        if c in zone.errors:
            return Status.UNKNOWN, codes, Msg.of(ERROR_KINDS[zone.errors[c]], code=c)
    for c in codes:
        try:
            in_loopback = ipaddress.ip_address(c) in LOOPBACK_NET
        except ValueError:
            in_loopback = False
        if not in_loopback:
            return Status.UNKNOWN, codes, Msg.of(R_OUTSIDE, code=c)
    listing = [c for c in codes if c in zone.listed]
    if listing:
        kinds = list(dict.fromkeys(zone.listed[c] for c in listing))
        return Status.LISTED, tuple(listing), _kinds_msg(kinds, zone.kind_order)
    if all(c in zone.neutral for c in codes):
        return Status.CLEAN, codes, None
    if str(TEST_CLEAN) in codes:
        return Status.UNKNOWN, codes, Msg.of(R_LOOPBACK_ONE)
    return Status.UNKNOWN, codes, Msg.of(R_UNDEFINED, code=", ".join(codes))


def _kinds_msg(kinds: list[str], order: tuple[str, ...]) -> Msg:
    # The most telling kind first (dnsbl.toml's kind_order): a spam listing matters more than the PBL.
    kinds = sorted(kinds, key=order.index)
    if len(kinds) == 1:
        return Msg.of(KINDS[kinds[0]])
    parts = {f"k{i}": Msg.of(KINDS[k]) for i, k in enumerate(kinds[:3])}
    return Msg.of(" ".join("{" + k + "}" for k in parts), **parts)


def _ip_key(text: str):
    try:
        ip = ipaddress.ip_address(text)
        return (ip.version, int(ip))
    except ValueError:
        return (9, 0)


def check_test_points(zone: Zone, listed: Answer, clean: Answer, version: int = 4) -> Msg | None:
    """None when the zone answers its RFC 5782 test points for IP ``version`` correctly, else what is wrong."""
    tp_listed, tp_clean = TEST_POINTS[version]
    for ip, answer in ((tp_listed, listed), (tp_clean, clean)):
        if not answer.ok:
            return Msg.of(R_TP_FAILED, ip=str(ip), reason=answer.reason)
    status, codes, reason = classify(zone, listed)
    if status is Status.UNKNOWN and codes and reason is not None:
        return Msg.of(R_TP_FAILED, ip=str(tp_listed), reason=reason)
    if status is not Status.LISTED:
        return Msg.of(R_TP_NOT_LISTED, ip=str(tp_listed))
    if clean.records:
        status, codes, reason = classify(zone, clean)
        if status is Status.LISTED:
            return Msg.of(R_TP_LISTED, ip=str(tp_clean))
        return Msg.of(R_TP_FAILED, ip=str(tp_clean), reason=reason)
    return None


@dataclass(frozen=True)
class Progress:
    """Sent to the ``progress`` callback as answers arrive."""

    done: int
    total: int


def check_addresses(
    addresses: Sequence[IPAddress | str],
    *,
    resolver: dns.resolver.Resolver,
    zones: Sequence[Zone] | None = None,
    timeout: float = BLOCKLIST_TIMEOUT,
    cancel: CancelToken = NEVER,
    progress: Callable[[Progress], None] | None = None,
    target: str = "",
) -> BlocklistReport:
    """Check every address against every zone, all at once; ends within about ``timeout`` seconds."""
    zones = list(zones) if zones is not None else load_zones()
    ips: list[IPAddress] = []
    for a in addresses:
        ip = normalize_ip(a)
        if ip not in ips:
            ips.append(ip)
    deadline = time.monotonic() + timeout

    # What to ask: per zone and IP version its two test points (only if some address of that version is to be
    # asked), then A and TXT per address.
    questions: list[tuple[str, str]] = []
    keys: list[tuple] = []
    applicable: dict[tuple[str, str], bool] = {}
    for z in zones:
        asked = [ip for ip in ips if not is_local(ip) and (ip.version == 4 or z.ipv6)]
        for ip in ips:
            applicable[(z.id, str(ip))] = ip in asked
        for version in sorted({ip.version for ip in asked}):
            for tp in TEST_POINTS[version]:
                questions.append((nibble_name(tp, z.zone), "A"))
                keys.append(("tp", z.id, str(tp)))
        for ip in asked:
            for rdtype in ("A", "TXT"):
                questions.append((query_name(ip, z.zone), rdtype))
                keys.append((rdtype, z.id, str(ip)))

    counter = [0]

    def done(_i: int, _r: object) -> None:
        counter[0] += 1
        if progress is not None:
            progress(Progress(counter[0], len(questions)))

    if progress is not None:
        progress(Progress(0, len(questions)))
    answers = dict(zip(keys, lookup_many(resolver, questions, deadline=deadline, cancel=cancel, on_done=done)))

    results: list[ZoneResult] = []
    for ip in ips:
        for z in zones:
            addr = str(ip)
            if not applicable[(z.id, addr)]:
                reason = Msg.of(R_PRIVATE, ip=addr) if is_local(ip) else Msg.of(R_IPV4_ONLY)
                results.append(ZoneResult(addr, z, Status.NOT_APPLICABLE, reason=reason))
                continue
            tp_listed, tp_clean = TEST_POINTS[ip.version]
            problem = check_test_points(
                z, answers[("tp", z.id, str(tp_listed))], answers[("tp", z.id, str(tp_clean))], ip.version
            )
            a = answers[("A", z.id, addr)]
            status, codes, reason = classify(z, a)
            if problem is not None:
                results.append(ZoneResult(addr, z, Status.UNKNOWN, codes, reason=Msg.of(R_NO_RESOLVER, detail=problem)))
                continue
            txt = printable(" ".join(answers[("TXT", z.id, addr)].records)[:MAX_TEXT]) if status is Status.LISTED else ""
            results.append(ZoneResult(addr, z, status, codes, txt, reason))
    return BlocklistReport(target=target or ", ".join(str(i) for i in ips), addresses=tuple(str(i) for i in ips),
                           results=tuple(results))


def check_target(
    target: str,
    *,
    resolver: dns.resolver.Resolver,
    zones: Sequence[Zone] | None = None,
    timeout: float = BLOCKLIST_TIMEOUT,
    cancel: CancelToken = NEVER,
    progress: Callable[[Progress], None] | None = None,
) -> BlocklistReport:
    """Check a host name (all its addresses) or an IP address. :class:`DnsblError` for a bad target or a host
    name without addresses."""
    return check_targets([target], resolver=resolver, zones=zones, timeout=timeout, cancel=cancel, progress=progress)


def check_targets(
    targets: Sequence[str],
    *,
    resolver: dns.resolver.Resolver,
    zones: Sequence[Zone] | None = None,
    timeout: float = BLOCKLIST_TIMEOUT,
    cancel: CancelToken = NEVER,
    progress: Callable[[Progress], None] | None = None,
) -> BlocklistReport:
    """Like :func:`check_target` for several targets at once (e.g. the IP and the server named in a bounce)."""
    zones = list(zones) if zones is not None else load_zones()
    parsed = [parse_target(t) for t in targets]
    addresses: list[IPAddress] = []
    for p in parsed:
        found = [p] if not isinstance(p, str) else _addresses_of(p, resolver, timeout, cancel)
        addresses += [a for a in found if a not in addresses]
    shown = ", ".join(t.strip() for t in targets)
    return check_addresses(
        addresses, resolver=resolver, zones=zones, timeout=timeout, cancel=cancel, progress=progress, target=shown
    )
