"""Has the new SPF record arrived? Ask every authoritative name server of the domain directly.

After the user publishes the proposed record, resolvers keep the old one until its TTL runs out, and a zone's
secondary servers take over the change only when they next transfer the zone (the SOA serial tells). So the check:

1. the NS set of the zone (through the normal resolver; walking up from the domain to its organisational domain
   when the name itself has no NS records);
2. each name server's IPv4 and IPv6 addresses (:func:`~wizard.core.dns.query.host_addresses`);
3. each address asked directly, with recursion off (RD=0), for the domain's TXT records and the zone's SOA, all at
   once and bounded by one deadline: a server that does not answer is named, not waited on.

Each server's state says whether it serves the expected record (whitespace and case do not count), its SOA serial
and the TTL of the SPF record it serves. When every server serves the expected record, resolvers that cached the
old record have the new one at the latest a TTL after the check (the record's TTL stands for the old one's: a zone
normally keeps one TTL per name, and the old record is no longer served to be asked).

``port`` lets tests run the authoritative servers on loopback addresses and a high port.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from wizard.core.cancel import NEVER, CancelToken
from wizard.core.dmarc import organizational_domain
from wizard.core.dns.query import Answer, Status, ask, host_addresses, run_parallel
from wizard.core.dns.resolver import make_resolver
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate

TIMEOUT = 3.0  # seconds for each server's answers


def normalise(record: str) -> str:
    return " ".join(record.replace('" "', "").strip().strip('"').split()).lower()


def _spf(answer: Answer) -> tuple[str, ...]:
    return tuple(r for r in answer.records if r.lower().startswith("v=spf1"))


@dataclass(frozen=True)
class ServerState:
    name: str  # the name server's host name
    address: str
    answered: bool
    records: tuple[str, ...] = ()  # the SPF records it serves
    serial: int | None = None
    ttl: int | None = None  # TTL of the SPF record it serves
    has_expected: bool | None = None  # None without an expected record
    reason: Msg | None = None  # why it gave no answer

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {"name": self.name, "address": self.address, "answered": self.answered, "records": list(self.records),
                "serial": self.serial, "ttl": self.ttl, "has_expected": self.has_expected,
                "reason": self.reason.render(translate) if self.reason else None}


@dataclass(frozen=True)
class Propagation:
    domain: str
    zone: str
    expect: str
    nameservers: tuple[str, ...]
    servers: tuple[ServerState, ...]
    checked_at: float  # time.time() of the check
    problem: Msg | None = None  # no name server found, and why

    @property
    def silent(self) -> tuple[ServerState, ...]:
        return tuple(s for s in self.servers if not s.answered)

    @property
    def complete(self) -> bool:
        """Every server answered and serves the expected record (without one: all serve the same SPF record)."""
        if not self.servers or self.silent:
            return False
        if self.expect:
            return all(s.has_expected for s in self.servers)
        return len({tuple(sorted(normalise(r) for r in s.records)) for s in self.servers}) == 1

    @property
    def ttl(self) -> int | None:
        ttls = [s.ttl for s in self.servers if s.ttl is not None]
        return max(ttls) if ttls else None

    @property
    def cached_until(self) -> float | None:
        """When resolvers that cached the old record have the new one at the latest (None until complete)."""
        if not self.complete:
            return None
        return self.checked_at + (self.ttl or 0)

    def summary(self) -> Msg:
        if self.problem is not None:
            return self.problem
        if self.silent:
            return Msg.of(QT_TRANSLATE_NOOP("core", "These name servers did not answer: {names}. Ask again later."),
                          names=", ".join(f"{s.name} ({s.address})" for s in self.silent))
        if not self.complete:
            missing = [f"{s.name} ({s.address})" for s in self.servers if s.has_expected is False]
            if missing:
                return Msg.of(QT_TRANSLATE_NOOP(
                    "core", "Not every name server serves the new record yet: {names}. Ask again in a few minutes."),
                    names=", ".join(missing))
            return Msg.of(QT_TRANSLATE_NOOP("core", "The name servers do not all serve the same SPF record."))
        until = time.strftime("%H:%M", time.localtime(self.cached_until or self.checked_at))
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "Every name server serves the record. Resolvers that cached the old record see the new one by "
                    "{time} at the latest."), time=until)

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The ``relay-wizard dns DOMAIN --propagation --json`` shape."""
        until = self.cached_until
        return {"domain": self.domain, "zone": self.zone, "expect": self.expect, "nameservers": list(self.nameservers),
                "complete": self.complete, "ttl": self.ttl,
                "cached_until": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(until)) if until else None,
                "summary": self.summary().render(translate),
                "servers": [s.as_dict(translate) for s in self.servers]}

    def lines(self, translate: Translate | None = None) -> list[str]:
        out = [f"Name servers of {self.zone or self.domain}: {', '.join(self.nameservers) or 'none'}"]
        for s in self.servers:
            if not s.answered:
                out.append(f"  ✖ {s.name} ({s.address}): no answer" + (f" ({s.reason.render(translate)})" if s.reason else ""))
                continue
            mark = {True: "✔", False: "✖", None: "·"}[s.has_expected]
            rec = "; ".join(s.records) or "no SPF record"
            out.append(f"  {mark} {s.name} ({s.address}): serial {s.serial if s.serial is not None else '?'}, "
                       f"TTL {s.ttl if s.ttl is not None else '?'}: {rec}")
        out.append(self.summary().render(translate))
        return out


def _zone_and_ns(resolver, domain: str, deadline: float, cancel: CancelToken) -> tuple[str, tuple[str, ...], Msg | None]:
    org = organizational_domain(domain)
    name = domain
    while True:
        a = ask(resolver, name, "NS", cancel, deadline=deadline)
        if a.status is Status.OK:
            return name, tuple(sorted({r.target.to_text().rstrip(".").lower() for r in a.rdatas})), None
        if a.status is Status.ERROR:
            return name, (), Msg.of(QT_TRANSLATE_NOOP("core", "The name servers of {domain} could not be asked: "
                                                              "{reason}."), domain=name, reason=a.reason)
        if name == org or "." not in name:
            return name, (), Msg.of(QT_TRANSLATE_NOOP("core", "{domain} has no name servers (NS records)."),
                                    domain=domain)
        name = name.split(".", 1)[1]


def _ask_server(name: str, address: str, port: int, domain: str, zone: str, deadline: float, expect: str,
                timeout: float) -> ServerState:
    spec = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    r = make_resolver(spec, timeout=timeout)
    r.set_flags(0)  # no recursion: the server's own data only
    txt = ask(r, domain, "TXT", deadline=deadline)
    if txt.status is Status.ERROR:
        return ServerState(name, address, False, reason=txt.reason)
    soa = ask(r, zone, "SOA", deadline=deadline)
    serial = soa.rdatas[0].serial if soa.status is Status.OK and soa.rdatas else None
    records = _spf(txt)
    has = any(normalise(x) == normalise(expect) for x in records) if expect else None
    return ServerState(name, address, True, records, serial, txt.ttl if records else None, has)


def check_propagation(domain: str, resolver=None, *, expect: str = "", port: int = 53, timeout: float = TIMEOUT,
                      cancel: CancelToken = NEVER) -> Propagation:
    """The state of ``domain``'s SPF record on every authoritative name server (see the module docstring)."""
    resolver = resolver if resolver is not None else make_resolver(timeout=timeout)
    deadline = time.monotonic() + 2 * timeout
    zone, nameservers, problem = _zone_and_ns(resolver, domain, deadline, cancel)
    checked_at = time.time()
    if problem is not None:
        return Propagation(domain, zone, expect, nameservers, (), checked_at, problem)
    found = run_parallel([lambda n=n: host_addresses(resolver, n, deadline=deadline, cancel=cancel)
                          for n in nameservers], deadline=deadline, cancel=cancel)
    targets = []
    for n, f in zip(nameservers, found):
        addrs = f.addresses if f is not None else []
        if not addrs:
            targets.append((n, ""))
        targets += [(n, a) for a in addrs]
    ask_deadline = time.monotonic() + timeout
    results = run_parallel(
        [lambda n=n, a=a: _ask_server(n, a, port, domain, zone, ask_deadline, expect, timeout) if a else
         ServerState(n, "", False, reason=Msg.of(QT_TRANSLATE_NOOP("core", "its address could not be found")))
         for n, a in targets], deadline=ask_deadline, cancel=cancel)
    servers = tuple(r if r is not None else ServerState(n, a, False, reason=Msg.of(QT_TRANSLATE_NOOP(
        "core", "no answer in time (timeout)"))) for r, (n, a) in zip(results, targets))
    return Propagation(domain, zone, expect, nameservers, servers, checked_at)
