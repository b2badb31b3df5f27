"""The probe's name lookup: A and AAAA of the relay host at once over UDP, cancellable through the probe's selector.

It waits on the probe's own selector, so a cancel from another thread wakes it like any other wait of the probe.
"""

from __future__ import annotations

import ipaddress
import os
import selectors
import socket
import time

from wizard.core.cancel import Cancelled, CancelToken


class LookupTimeout(Exception):
    """No DNS server answered within the time given."""


# -- DNS: A and AAAA at once over UDP, cancellable ------------------------------------------------------------------------


def nameservers(resolver) -> list[tuple[str, int]]:
    out = []
    ports = getattr(resolver, "nameserver_ports", {}) or {}
    for ns in resolver.nameservers:
        if isinstance(ns, str):
            try:
                ipaddress.ip_address(ns)
            except ValueError:
                continue  # DNS over HTTPS and the like: not used here
            out.append((ns, ports.get(ns, resolver.port)))
        elif getattr(ns, "kind", lambda: "")() == "Do53":
            out.append((ns.address, ns.port))
    return out


def lookup(sel: selectors.BaseSelector, cancel: CancelToken, resolver, host: str, until: float) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """A and AAAA of ``host``: (ipv4, ipv6, problem). Raises LookupTimeout when no server answered in time."""
    import dns.exception
    import dns.flags
    import dns.message
    import dns.resolver
    import dns.name
    import dns.rcode
    import dns.rdatatype

    try:
        qname = dns.name.from_text(host)
    except dns.exception.DNSException:
        return (), (), "invalid name"
    servers = nameservers(resolver)
    if not servers:
        return (), (), "no DNS server configured"
    per_server = max(0.2, float(getattr(resolver, "timeout", 2.0) or 2.0))
    answers: dict[int, tuple[str, ...]] = {}
    problems: list[str] = []
    for addr, port in servers:
        if len(answers) == 2:
            break
        fam = socket.AF_INET6 if ":" in addr else socket.AF_INET
        queries = {}
        with socket.socket(fam, socket.SOCK_DGRAM) as s:
            s.setblocking(False)
            try:
                for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                    if rdtype in answers:
                        continue
                    q = dns.message.make_query(qname, rdtype)
                    s.sendto(q.to_wire(), (addr, port))
                    queries[rdtype] = q
            except OSError as exc:
                problems.append(f"{addr}: {os.strerror(exc.errno) if exc.errno else type(exc).__name__}")
                continue
            sel.register(s, selectors.EVENT_READ)
            try:
                server_until = min(until, time.monotonic() + per_server)
                while queries:
                    if cancel.cancelled:
                        raise Cancelled()
                    remaining = server_until - time.monotonic()
                    if remaining <= 0:
                        break
                    sel.select(remaining)
                    if cancel.cancelled:
                        raise Cancelled()
                    try:
                        wire, _ = s.recvfrom(65535)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        break
                    try:
                        r = dns.message.from_wire(wire)
                    except dns.exception.DNSException:
                        continue
                    for rdtype, q in list(queries.items()):
                        if not q.is_response(r):
                            continue
                        del queries[rdtype]
                        rcode = r.rcode()
                        if rcode == dns.rcode.NXDOMAIN:
                            return (), (), "no such name (NXDOMAIN)"
                        if rcode != dns.rcode.NOERROR:
                            problems.append(f"{addr}: {dns.rcode.to_text(rcode)}")
                            continue
                        if r.flags & dns.flags.TC:
                            found = _tcp_fallback(resolver, qname, rdtype, until)
                            if found is None:
                                problems.append(f"{addr}: truncated answer, and none over TCP")
                            else:
                                answers[rdtype] = found
                            continue
                        found = []
                        for rrset in r.answer:
                            if rrset.rdtype == rdtype:
                                found += [rd.address for rd in rrset]
                        answers[rdtype] = tuple(dict.fromkeys(found))
            finally:
                sel.unregister(s)
        if time.monotonic() >= until:
            break
    if not answers:
        if problems:
            return (), (), "; ".join(problems)
        raise LookupTimeout()
    v4 = answers.get(dns.rdatatype.A, ())
    v6 = answers.get(dns.rdatatype.AAAA, ())
    return v4, v6, "" if (v4 or v6) else "no addresses (A/AAAA)"


def _tcp_fallback(resolver, qname, rdtype, until: float) -> tuple[str, ...] | None:
    """The addresses asked again over TCP after a truncated answer, within ``until``; None when that failed too."""
    import dns.exception

    remaining = until - time.monotonic()
    if remaining <= 0:
        return None
    try:
        ans = resolver.resolve(qname, rdtype, tcp=True, raise_on_no_answer=False, lifetime=remaining)
    except dns.resolver.NXDOMAIN:
        return ()
    except (dns.exception.DNSException, OSError):
        return None
    return tuple(rd.address for rd in ans) if ans.rrset else ()
