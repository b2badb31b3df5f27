"""One DNS question with a deadline, its outcome as data, and many questions at once.

:func:`lookup_many` sends many questions over one UDP socket and collects the answers as they come (no thread per
question): a blocklist check of 16 zones x 2 addresses then costs about one round trip and little CPU.

:func:`ask` (SPF/DMARC: rdata objects, NXDOMAIN told from no data) and :func:`lookup` never raise for DNS trouble: a timeout, SERVFAIL, REFUSED or an unreachable server becomes a
:class:`Lookup` with a translated ``failure`` reason, so callers can report "unknown" instead of crashing.
:func:`run_parallel` runs many such questions concurrently on a short-lived thread pool, bounded by a deadline and
stopped by a :class:`~wizard.core.cancel.CancelToken`.
"""

from __future__ import annotations

import concurrent.futures as cf
import ipaddress
import random
import select
import socket
import struct
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.resolver

from wizard.core.cancel import NEVER, Cancelled, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

T = TypeVar("T")

MAX_THREADS = 128  # every query of a blocklist run at once (zones x addresses x 2 + test points)
GRACE = 0.5  # seconds a task may overrun the deadline before it is given up as a timeout

R_TIMEOUT = QT_TRANSLATE_NOOP("core", "no answer in time (timeout)")
R_SERVFAIL = QT_TRANSLATE_NOOP("core", "the DNS server failed to answer (SERVFAIL)")
R_REFUSED = QT_TRANSLATE_NOOP("core", "the DNS server refused the question (REFUSED)")
R_RCODE = QT_TRANSLATE_NOOP("core", "the DNS server answered with the error {rcode}")
R_UNREACHABLE = QT_TRANSLATE_NOOP("core", "the DNS server could not be reached ({error})")
R_OTHER = QT_TRANSLATE_NOOP("core", "DNS error: {error}")
R_CNAME_LOOP = QT_TRANSLATE_NOOP("core", "the DNS answer is a loop or an endless chain of aliases (CNAME)")
R_MALFORMED = QT_TRANSLATE_NOOP("core", "the DNS server sent an answer that cannot be read ({error})")
MAX_TEXT = 4096  # characters of TXT data kept per answer for display (an answer may carry 64 kB)


@dataclass(frozen=True)
class Lookup:
    """The outcome of one question: records as text, or NXDOMAIN / no data, or a failure reason."""

    name: str
    rdtype: str
    records: tuple[str, ...] = ()
    nxdomain: bool = False
    failure: Msg | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


def timeout_msg() -> Msg:
    return Msg.of(R_TIMEOUT)


def failure_reason(exc: BaseException) -> Msg:
    """A user-facing reason for a dnspython exception."""
    if isinstance(exc, dns.exception.Timeout):
        return timeout_msg()
    if isinstance(exc, dns.resolver.NoNameservers):
        errors = exc.kwargs.get("errors") or []
        for err in errors:
            what = err[3] if len(err) > 3 else None
            if what == "SERVFAIL":
                return Msg.of(R_SERVFAIL)
            if what == "REFUSED":
                return Msg.of(R_REFUSED)
            if isinstance(what, str):
                return Msg.of(R_RCODE, rcode=what)
            if isinstance(what, OSError):
                return Msg.of(R_UNREACHABLE, error=what.strerror or type(what).__name__)
            if isinstance(what, dns.exception.Timeout):
                return timeout_msg()
            if isinstance(what, dns.message.ChainTooLong):
                return Msg.of(R_CNAME_LOOP)
        # only answers that could not be read: say so (a truncated UDP answer is not the reason: TCP came next)
        for err in errors:
            what = err[3] if len(err) > 3 else None
            if isinstance(what, dns.exception.DNSException) and not isinstance(what, dns.message.Truncated):
                return Msg.of(R_MALFORMED, error=type(what).__name__)
        return Msg.of(R_OTHER, error=type(exc).__name__)
    if isinstance(exc, dns.message.ChainTooLong):
        return Msg.of(R_CNAME_LOOP)
    if isinstance(exc, OSError):
        return Msg.of(R_UNREACHABLE, error=exc.strerror or type(exc).__name__)
    return Msg.of(R_OTHER, error=type(exc).__name__)


def lookup(resolver: dns.resolver.Resolver, name: str, rdtype: str, deadline: float) -> Lookup:
    """Ask ``resolver`` for ``name``/``rdtype`` until ``deadline`` (a :func:`time.monotonic` value)."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return Lookup(name, rdtype, failure=timeout_msg())
    try:
        answer = resolver.resolve(name, rdtype, lifetime=remaining, search=False, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return Lookup(name, rdtype, nxdomain=True)
    except dns.resolver.NoAnswer:
        return Lookup(name, rdtype)
    except (dns.exception.DNSException, OSError) as exc:
        return Lookup(name, rdtype, failure=failure_reason(exc))
    if answer.rrset is None:
        return Lookup(name, rdtype)
    if dns.rdatatype.from_text(rdtype) == dns.rdatatype.TXT:
        texts = tuple(b"".join(r.strings).decode("utf-8", "replace") for r in answer.rrset)
    else:
        texts = tuple(r.to_text() for r in answer.rrset)
    return Lookup(name, rdtype, records=texts)


def run_parallel(
    tasks: Sequence[Callable[[], T]],
    *,
    deadline: float,
    cancel: CancelToken = NEVER,
    on_done: Callable[[int, T], None] | None = None,
) -> list[T | None]:
    """Run every task at once; return their results in order (None for a task that overran ``deadline``).

    Each task must bound itself by the same deadline (e.g. through :func:`lookup`); the grace period only catches
    tasks that overrun it. Raises :class:`Cancelled` at once when ``cancel`` fires; running tasks then end on their
    own within the deadline, their results are dropped.
    """
    results: list[T | None] = [None] * len(tasks)
    if not tasks:
        return results
    pool = cf.ThreadPoolExecutor(max_workers=min(len(tasks), MAX_THREADS), thread_name_prefix="dns")
    try:
        futures = {pool.submit(task): i for i, task in enumerate(tasks)}
        pending = set(futures)
        while pending:
            if cancel.cancelled:
                raise Cancelled()
            left = deadline + GRACE - time.monotonic()
            if left <= 0:
                break
            done, pending = cf.wait(pending, timeout=min(left, 0.05), return_when=cf.FIRST_COMPLETED)
            for f in done:
                i = futures[f]
                results[i] = f.result()
                if on_done is not None:
                    on_done(i, results[i])
        if cancel.cancelled:
            raise Cancelled()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results


# -- many questions over one socket ------------------------------------------------------------------------------------
RETRANSMIT = 1.0  # seconds before an unanswered question is sent again (to the next server, if there is one)


def _plain_servers(resolver: dns.resolver.Resolver) -> list[tuple[str, int]] | None:
    """The resolver's servers as (address, port), or None when one is not plain DNS over UDP (DoH, DoT)."""
    out = []
    for ns in resolver.nameservers:
        if not isinstance(ns, str):
            return None
        try:
            ipaddress.ip_address(ns)
        except ValueError:
            return None
        out.append((ns, resolver.nameserver_ports.get(ns, resolver.port)))
    return out or None


def _rcode_failure(rcode: int) -> Msg:
    if rcode == dns.rcode.SERVFAIL:
        return Msg.of(R_SERVFAIL)
    if rcode == dns.rcode.REFUSED:
        return Msg.of(R_REFUSED)
    return Msg.of(R_RCODE, rcode=dns.rcode.to_text(rcode))


def _from_response(name: str, rdtype: str, response: dns.message.Message) -> Lookup:
    rcode = response.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return Lookup(name, rdtype, nxdomain=True)
    if rcode != dns.rcode.NOERROR:
        return Lookup(name, rdtype, failure=_rcode_failure(rcode))
    try:
        rrset = response.resolve_chaining().answer
    except dns.exception.DNSException as exc:
        return Lookup(name, rdtype, failure=failure_reason(exc))
    if rrset is None:
        return Lookup(name, rdtype)
    if rrset.rdtype == dns.rdatatype.TXT:
        return Lookup(name, rdtype, records=tuple(b"".join(r.strings).decode("utf-8", "replace") for r in rrset))
    return Lookup(name, rdtype, records=tuple(r.to_text() for r in rrset))


_FAST_TYPES = {"A": 1, "AAAA": 28, "TXT": 16}


class _Question:
    """One question in wire form. Names and types the fast path knows (ASCII; A, AAAA, TXT) are encoded and their
    answers decoded here directly: dnspython's message objects cost about a millisecond each on a busy machine,
    which adds up over a hundred questions."""

    __slots__ = ("name", "rdtype", "qid", "wire", "qsection", "server", "sent", "last_failure")

    def __init__(self, name: str, rdtype: str) -> None:
        self.name = name
        self.rdtype = rdtype
        self.qid = random.randrange(65536)
        qtype = _FAST_TYPES.get(rdtype)
        labels = name.rstrip(".").split(".")
        if qtype and name.isascii() and all(0 < len(x) < 64 for x in labels):
            self.qsection = b"".join(bytes([len(x)]) + x.encode("ascii") for x in labels) + b"\0"
            self.qsection += struct.pack("!HH", qtype, 1)
            self.wire = struct.pack("!HHHHHH", self.qid, 0x0100, 1, 0, 0, 0) + self.qsection
        else:
            query = dns.message.make_query(name, rdtype)
            query.id = self.qid
            self.wire = query.to_wire()
            self.qsection = self.wire[12:]
        self.server = 0
        self.sent = 0.0
        self.last_failure: Msg | None = None

    def matches(self, wire: bytes) -> bool:
        """``wire`` answers this question: same id, QR set, same question section (case-insensitive)."""
        end = 12 + len(self.qsection)
        return (
            len(wire) >= end
            and wire[0:2] == self.wire[0:2]
            and wire[2] & 0x80
            and wire[4:6] == b"\0\1"
            and wire[12:end].lower() == self.qsection.lower()
        )

    def decode(self, wire: bytes) -> Lookup:
        """The answer as a :class:`Lookup` (the fast path, else dnspython's parser)."""
        rcode = wire[3] & 0x0F
        if rcode == dns.rcode.NXDOMAIN:
            return Lookup(self.name, self.rdtype, nxdomain=True)
        if rcode != dns.rcode.NOERROR:
            return Lookup(self.name, self.rdtype, failure=_rcode_failure(rcode))
        qtype = _FAST_TYPES.get(self.rdtype)
        records = _fast_records(wire, 12 + len(self.qsection), qtype) if qtype else None
        if records is None:
            try:
                return _from_response(self.name, self.rdtype, dns.message.from_wire(wire))
            except dns.exception.DNSException as exc:
                return Lookup(self.name, self.rdtype, failure=failure_reason(exc))
        return Lookup(self.name, self.rdtype, records=tuple(records))


def _skip_name(wire: bytes, i: int) -> int:
    while True:
        n = wire[i]
        if n == 0:
            return i + 1
        if n & 0xC0 == 0xC0:
            return i + 2
        i += 1 + n


def _fast_records(wire: bytes, i: int, qtype: int) -> list[str] | None:
    """Records of ``qtype`` in the answer section; None when the answer needs the full parser (a CNAME, a
    malformed message)."""
    try:
        (ancount,) = struct.unpack("!H", wire[6:8])
        out: list[str] = []
        for _ in range(ancount):
            i = _skip_name(wire, i)
            rtype, _cls, _ttl, rdlen = struct.unpack("!HHIH", wire[i : i + 10])
            i += 10
            rdata = wire[i : i + rdlen]
            if len(rdata) != rdlen:
                return None
            i += rdlen
            if rtype == 5:  # CNAME: let dnspython follow the chain
                return None
            if rtype != qtype:
                continue
            if qtype == 1 and rdlen == 4:
                out.append(".".join(str(b) for b in rdata))
            elif qtype == 28 and rdlen == 16:
                out.append(str(ipaddress.IPv6Address(rdata)))
            elif qtype == 16:
                parts, j = [], 0
                while j < rdlen:
                    n = rdata[j]
                    parts.append(rdata[j + 1 : j + 1 + n])
                    j += 1 + n
                out.append(b"".join(parts).decode("utf-8", "replace"))
            else:
                return None
        return out
    except (IndexError, struct.error, ValueError):
        return None


def lookup_many(
    resolver: dns.resolver.Resolver,
    questions: Sequence[tuple[str, str]],
    *,
    deadline: float,
    cancel: CancelToken = NEVER,
    on_done: Callable[[int, Lookup], None] | None = None,
) -> list[Lookup]:
    """Ask every (name, rdtype) at once over one UDP socket per address family; answers in the same order.

    Unanswered questions are sent again every :data:`RETRANSMIT` seconds, moving on to the resolver's next server;
    SERVFAIL and REFUSED move on too. A truncated answer is asked again over TCP. Whatever has no answer at
    ``deadline`` is a timeout. Resolvers that are not plain DNS (DoH, DoT) are served one thread per question.
    """
    servers = _plain_servers(resolver)
    if servers is None:
        found = run_parallel([lambda q=q: lookup(resolver, q[0], q[1], deadline) for q in questions],
                             deadline=deadline, cancel=cancel, on_done=on_done)
        return [f or Lookup(q[0], q[1], failure=timeout_msg()) for f, q in zip(found, questions)]

    results: list[Lookup | None] = [None] * len(questions)
    pending: dict[int, list[int]] = {}  # query id -> indexes of questions waiting with that id
    asked = [_Question(n, t) for n, t in questions]
    socks: dict[int, socket.socket] = {}
    try:
        for family in {socket.AF_INET6 if ":" in a else socket.AF_INET for a, _ in servers}:
            s = socket.socket(family, socket.SOCK_DGRAM)
            s.setblocking(False)
            socks[family] = s

        def finish(i: int, result: Lookup) -> None:
            results[i] = result
            q = asked[i]
            waiting = pending.get(q.qid)
            if waiting and i in waiting:
                waiting.remove(i)
            if on_done is not None:
                on_done(i, result)

        def send(i: int, now: float) -> None:
            q = asked[i]
            addr, port = servers[q.server % len(servers)]
            family = socket.AF_INET6 if ":" in addr else socket.AF_INET
            try:
                socks[family].sendto(q.wire, (addr, port))
            except OSError as exc:
                q.last_failure = Msg.of(R_UNREACHABLE, error=exc.strerror or type(exc).__name__)
            q.sent = now
            waiting = pending.setdefault(q.qid, [])
            if i not in waiting:
                waiting.append(i)

        now = time.monotonic()
        for i in range(len(asked)):
            send(i, now)
        while any(r is None for r in results):
            cancel.raise_if_cancelled()
            now = time.monotonic()
            if now >= deadline:
                break
            for i, q in enumerate(asked):
                if results[i] is None and now - q.sent >= RETRANSMIT:
                    q.server += 1
                    send(i, now)
            readable, _, _ = select.select(list(socks.values()), [], [], min(0.05, max(0.0, deadline - now)))
            for s in readable:
                while True:
                    try:
                        wire, _src = s.recvfrom(65535)
                    except (BlockingIOError, InterruptedError):
                        break
                    except OSError:
                        break
                    if len(wire) < 12:
                        continue
                    for i in list(pending.get(int.from_bytes(wire[0:2], "big"), [])):
                        q = asked[i]
                        if results[i] is not None or not q.matches(wire):
                            continue
                        rcode = wire[3] & 0x0F
                        if wire[2] & 0x02:  # truncated: ask again over TCP
                            finish(i, _over_tcp(q, servers, deadline))
                        elif rcode in (dns.rcode.SERVFAIL, dns.rcode.REFUSED) and q.server + 1 < len(servers):
                            q.last_failure = _rcode_failure(rcode)
                            q.server += 1
                            send(i, time.monotonic())
                        else:
                            finish(i, q.decode(wire))
    finally:
        for s in socks.values():
            s.close()
    cancel.raise_if_cancelled()
    out: list[Lookup] = []
    for i, r in enumerate(results):
        if r is None:
            r = Lookup(asked[i].name, asked[i].rdtype, failure=asked[i].last_failure or timeout_msg())
            if on_done is not None:
                on_done(i, r)
        out.append(r)
    return out


def _over_tcp(q: _Question, servers: list[tuple[str, int]], deadline: float) -> Lookup:
    addr, port = servers[q.server % len(servers)]
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return Lookup(q.name, q.rdtype, failure=timeout_msg())
    try:
        response = dns.query.tcp(dns.message.from_wire(q.wire), addr, timeout=remaining, port=port)
    except (dns.exception.DNSException, OSError) as exc:
        return Lookup(q.name, q.rdtype, failure=failure_reason(exc))
    return _from_response(q.name, q.rdtype, response)


# -- one question with its outcome sorted for SPF/DMARC (void lookups, NXDOMAIN vs no data) -------------------------
class Status(str, Enum):
    OK = "ok"
    NXDOMAIN = "nxdomain"
    NODATA = "nodata"
    ERROR = "error"


@dataclass(frozen=True)
class Answer:
    name: str
    rdtype: str
    status: Status
    rdatas: tuple = field(default=())  # dnspython rdata objects of the asked type (after CNAMEs)
    reason: Msg | None = None  # why the question could not be answered (status ERROR)

    @property
    def void(self) -> bool:
        """RFC 7208 4.6.4: a 'void lookup' is an empty answer or NXDOMAIN."""
        return self.status in (Status.NXDOMAIN, Status.NODATA)

    def texts(self) -> list[bytes]:
        """TXT answers as bytes, each record's strings joined (RFC 7208 3.3: no separator)."""
        return [b"".join(r.strings) for r in self.rdatas]


def ask(resolver: dns.resolver.Resolver, name: str, rdtype: str, cancel: CancelToken | None = None) -> Answer:
    """Like :func:`lookup`, but keeps the rdata objects and tells NXDOMAIN from no data; bounded by the resolver's
    lifetime. Never raises for DNS trouble; only cancellation raises."""
    if cancel is not None:
        cancel.raise_if_cancelled()
    try:
        ans = resolver.resolve(name, rdtype, search=False, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return Answer(name, rdtype, Status.NXDOMAIN)
    except dns.resolver.NoAnswer:
        return Answer(name, rdtype, Status.NODATA)
    except (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel):
        return Answer(name, rdtype, Status.NXDOMAIN)
    except (dns.exception.DNSException, OSError) as exc:
        return Answer(name, rdtype, Status.ERROR, reason=failure_reason(exc))
    finally:
        if cancel is not None:
            cancel.raise_if_cancelled()
    if ans.rrset is None:
        return Answer(name, rdtype, Status.NODATA)
    return Answer(name, rdtype, Status.OK, rdatas=tuple(ans.rrset))


def addresses(resolver, host: str, cancel: CancelToken | None = None) -> tuple[list[str], Msg | None]:
    """All IPv4 and IPv6 addresses of ``host`` (A then AAAA); the reason when neither could be asked."""
    found: list[str] = []
    reason = None
    for rdtype in ("A", "AAAA"):
        a = ask(resolver, host, rdtype, cancel)
        if a.status is Status.OK:
            found.extend(r.address for r in a.rdatas)
        elif a.status is Status.ERROR:
            reason = a.reason
    return found, (reason if not found else None)
