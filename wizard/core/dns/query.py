"""The one DNS client: one question with its outcome as data, many questions at once, and the addresses of a host.

Every outcome is an :class:`Answer`: the rdata objects of the asked type (after CNAMEs), NXDOMAIN told from no data,
or a failure with a translated reason. Nothing here raises for DNS trouble (a timeout, SERVFAIL, REFUSED, an
unreachable server, an answer that cannot be read): callers report "unknown" instead of crashing. Only cancellation
raises (:class:`~wizard.core.cancel.Cancelled`).

* :func:`ask`: one question through the resolver (SPF, DMARC, NS, the where-am-I sources), bounded by the resolver's
  lifetime or a deadline;
* :func:`lookup_many`: many questions over one UDP socket, the answers collected as they come (no thread per
  question): a blocklist check of 16 zones x 2 addresses costs about one round trip and little CPU;
* :func:`host_addresses`: A and AAAA of a host at once (the probe, the blocklist check, the domain check);
* :func:`run_parallel`: many tasks at once on a short-lived thread pool, bounded by a deadline, stopped by a
  :class:`~wizard.core.cancel.CancelToken`.

This module is where dnspython is imported; the GUI's first page imports none of ``wizard.core.dns`` before a check
starts (dnspython costs ~0.4 s to import).
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

import wizard.core.dns.library  # noqa: F401 - first: dnspython without its unused back-ends
import dns.exception
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.TXT
import dns.rdtypes.IN.A
import dns.rdtypes.IN.AAAA
import dns.resolver

from wizard.core.cancel import NEVER, Cancelled, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

T = TypeVar("T")

MAX_THREADS = 128  # every task of a run at once
GRACE = 0.5  # seconds a task may overrun the deadline before it is given up as a timeout
RETRANSMIT = 1.0  # seconds before an unanswered question is sent again (to the next server, if there is one)
MAX_TEXT = 4096  # characters of TXT data kept per answer for display (an answer may carry 64 kB)

R_TIMEOUT = QT_TRANSLATE_NOOP("core", "no answer in time (timeout)")
R_SERVFAIL = QT_TRANSLATE_NOOP("core", "the DNS server failed to answer (SERVFAIL)")
R_REFUSED = QT_TRANSLATE_NOOP("core", "the DNS server refused the question (REFUSED)")
R_RCODE = QT_TRANSLATE_NOOP("core", "the DNS server answered with the error {rcode}")
R_UNREACHABLE = QT_TRANSLATE_NOOP("core", "the DNS server could not be reached ({error})")
R_OTHER = QT_TRANSLATE_NOOP("core", "DNS error: {error}")
R_CNAME_LOOP = QT_TRANSLATE_NOOP("core", "the DNS answer is a loop or an endless chain of aliases (CNAME)")
R_MALFORMED = QT_TRANSLATE_NOOP("core", "the DNS server sent an answer that cannot be read ({error})")

TIMEOUT = Msg.of(R_TIMEOUT)


class Status(str, Enum):
    OK = "ok"
    NXDOMAIN = "nxdomain"
    NODATA = "nodata"
    ERROR = "error"


@dataclass(frozen=True)
class Answer:
    """The outcome of one question."""

    name: str
    rdtype: str
    status: Status
    rdatas: tuple = field(default=())  # dnspython rdata objects of the asked type (after CNAMEs)
    reason: Msg | None = None  # why the question could not be answered (status ERROR)
    ttl: int | None = None  # the records' TTL when asked through ask() (None when not known)

    @property
    def ok(self) -> bool:
        """The server answered (records, no data or NXDOMAIN)."""
        return self.status is not Status.ERROR

    @property
    def timed_out(self) -> bool:
        return self.status is Status.ERROR and self.reason == TIMEOUT

    @property
    def void(self) -> bool:
        """RFC 7208 4.6.4: a 'void lookup' is an empty answer or NXDOMAIN."""
        return self.status in (Status.NXDOMAIN, Status.NODATA)

    def texts(self) -> list[bytes]:
        """TXT answers as bytes, each record's strings joined (RFC 7208 3.3: no separator)."""
        return [b"".join(r.strings) for r in self.rdatas]

    @property
    def records(self) -> tuple[str, ...]:
        """The records as text: TXT strings joined and decoded, anything else in zone-file form."""
        if dns.rdatatype.from_text(self.rdtype) == dns.rdatatype.TXT:
            return tuple(t.decode("utf-8", "replace") for t in self.texts())
        return tuple(r.to_text() for r in self.rdatas)


def failure_reason(exc: BaseException) -> Msg:
    """A user-facing reason for a dnspython exception."""
    if isinstance(exc, dns.exception.Timeout):
        return TIMEOUT
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
                return TIMEOUT
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


_BAD_NAME = (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel)


def ask(
    resolver: dns.resolver.Resolver,
    name: str,
    rdtype: str,
    cancel: CancelToken | None = None,
    *,
    deadline: float | None = None,
) -> Answer:
    """Ask ``resolver`` for ``name``/``rdtype``, bounded by the resolver's lifetime and, when given, by ``deadline``
    (a :func:`time.monotonic` value). A name that cannot exist (a label over 63 octets...) is NXDOMAIN."""
    if cancel is not None:
        cancel.raise_if_cancelled()
    kwargs = {}
    if deadline is not None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return Answer(name, rdtype, Status.ERROR, reason=TIMEOUT)
        kwargs["lifetime"] = remaining
    try:
        ans = resolver.resolve(name, rdtype, search=False, raise_on_no_answer=False, **kwargs)
    except dns.resolver.NXDOMAIN:
        return Answer(name, rdtype, Status.NXDOMAIN)
    except dns.resolver.NoAnswer:
        return Answer(name, rdtype, Status.NODATA)
    except _BAD_NAME:
        return Answer(name, rdtype, Status.NXDOMAIN)
    except (dns.exception.DNSException, OSError) as exc:
        return Answer(name, rdtype, Status.ERROR, reason=failure_reason(exc))
    finally:
        if cancel is not None:
            cancel.raise_if_cancelled()
    if ans.rrset is None:
        return Answer(name, rdtype, Status.NODATA)
    return Answer(name, rdtype, Status.OK, rdatas=tuple(ans.rrset), ttl=ans.rrset.ttl)


def run_parallel(
    tasks: Sequence[Callable[[], T]],
    *,
    deadline: float,
    cancel: CancelToken = NEVER,
) -> list[T | None]:
    """Run every task at once; return their results in order (None for a task that overran ``deadline``).

    Each task must bound itself by the same deadline (e.g. through :func:`ask`); the grace period only catches
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
                results[futures[f]] = f.result()
        if cancel.cancelled:
            raise Cancelled()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results


# -- many questions over one socket ------------------------------------------------------------------------------------
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


def _from_response(name: str, rdtype: str, response: dns.message.Message) -> Answer:
    rcode = response.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return Answer(name, rdtype, Status.NXDOMAIN)
    if rcode != dns.rcode.NOERROR:
        return Answer(name, rdtype, Status.ERROR, reason=_rcode_failure(rcode))
    try:
        rrset = response.resolve_chaining().answer
    except dns.exception.DNSException as exc:
        return Answer(name, rdtype, Status.ERROR, reason=failure_reason(exc))
    if rrset is None:
        return Answer(name, rdtype, Status.NODATA)
    return Answer(name, rdtype, Status.OK, rdatas=tuple(rrset))


_IN = dns.rdataclass.IN
_FAST_TYPES = {"A": 1, "AAAA": 28, "TXT": 16}


class _Question:
    """One question in wire form. Names and types the fast path knows (ASCII; A, AAAA, TXT) are encoded and their
    answers decoded here directly: dnspython's message objects cost about a millisecond each on a busy machine,
    which adds up over a hundred questions. ``wire`` is None for a name that cannot exist (NXDOMAIN, never sent)."""

    __slots__ = ("name", "rdtype", "qid", "wire", "qsection", "server", "sent", "last_failure")

    def __init__(self, name: str, rdtype: str) -> None:
        self.name = name
        self.rdtype = rdtype
        self.qid = random.randrange(65536)
        qtype = _FAST_TYPES.get(rdtype)
        labels = name.rstrip(".").split(".")
        self.wire: bytes | None
        if qtype and name.isascii() and all(0 < len(x) < 64 for x in labels) and len(name) < 254:
            self.qsection = b"".join(bytes([len(x)]) + x.encode("ascii") for x in labels) + b"\0"
            self.qsection += struct.pack("!HH", qtype, 1)
            self.wire = struct.pack("!HHHHHH", self.qid, 0x0100, 1, 0, 0, 0) + self.qsection
        else:
            try:
                query = dns.message.make_query(name, rdtype)
            except _BAD_NAME:
                self.wire, self.qsection = None, b""
            else:
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
            self.wire is not None
            and len(wire) >= end
            and wire[0:2] == self.wire[0:2]
            and wire[2] & 0x80
            and wire[4:6] == b"\0\1"
            and wire[12:end].lower() == self.qsection.lower()
        )

    def decode(self, wire: bytes) -> Answer:
        """The answer (the fast path, else dnspython's parser)."""
        rcode = wire[3] & 0x0F
        if rcode == dns.rcode.NXDOMAIN:
            return Answer(self.name, self.rdtype, Status.NXDOMAIN)
        if rcode != dns.rcode.NOERROR:
            return Answer(self.name, self.rdtype, Status.ERROR, reason=_rcode_failure(rcode))
        qtype = _FAST_TYPES.get(self.rdtype)
        rdatas = _fast_rdatas(wire, 12 + len(self.qsection), qtype) if qtype else None
        if rdatas is None:
            try:
                return _from_response(self.name, self.rdtype, dns.message.from_wire(wire))
            except dns.exception.DNSException as exc:
                return Answer(self.name, self.rdtype, Status.ERROR, reason=failure_reason(exc))
        if not rdatas:
            return Answer(self.name, self.rdtype, Status.NODATA)
        return Answer(self.name, self.rdtype, Status.OK, rdatas=tuple(rdatas))


def _skip_name(wire: bytes, i: int) -> int:
    while True:
        n = wire[i]
        if n == 0:
            return i + 1
        if n & 0xC0 == 0xC0:
            return i + 2
        i += 1 + n


def _fast_rdatas(wire: bytes, i: int, qtype: int) -> list | None:
    """Records of ``qtype`` in the answer section; None when the answer needs the full parser (a CNAME, a
    malformed message)."""
    try:
        (ancount,) = struct.unpack("!H", wire[6:8])
        out: list = []
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
                out.append(dns.rdtypes.IN.A.A(_IN, qtype, ".".join(str(b) for b in rdata)))
            elif qtype == 28 and rdlen == 16:
                out.append(dns.rdtypes.IN.AAAA.AAAA(_IN, qtype, str(ipaddress.IPv6Address(rdata))))
            elif qtype == 16:
                parts, j = [], 0
                while j < rdlen:
                    n = rdata[j]
                    parts.append(rdata[j + 1 : j + 1 + n])
                    j += 1 + n
                out.append(dns.rdtypes.ANY.TXT.TXT(_IN, qtype, parts))
            else:
                return None
        return out
    except (IndexError, struct.error, ValueError, dns.exception.DNSException):
        return None


def lookup_many(
    resolver: dns.resolver.Resolver,
    questions: Sequence[tuple[str, str]],
    *,
    deadline: float,
    cancel: CancelToken = NEVER,
    on_done: Callable[[int, Answer], None] | None = None,
) -> list[Answer]:
    """Ask every (name, rdtype) at once over one UDP socket per address family; answers in the same order.

    Unanswered questions are sent again every :data:`RETRANSMIT` seconds, moving on to the resolver's next server;
    SERVFAIL and REFUSED move on too. A truncated answer is asked again over TCP, within the deadline. Whatever has
    no answer at ``deadline`` is a timeout. A cancel wakes the wait at once. Resolvers that are not plain DNS (DoH,
    DoT) are served one thread per question.
    """
    servers = _plain_servers(resolver)
    if servers is None:
        found = run_parallel([lambda q=q: ask(resolver, q[0], q[1], deadline=deadline) for q in questions],
                             deadline=deadline, cancel=cancel)
        out = [f or Answer(q[0], q[1], Status.ERROR, reason=TIMEOUT) for f, q in zip(found, questions)]
        if on_done is not None:
            for i, a in enumerate(out):
                on_done(i, a)
        return out

    results: list[Answer | None] = [None] * len(questions)
    pending: dict[int, list[int]] = {}  # query id -> indexes of questions waiting with that id
    asked = [_Question(n, t) for n, t in questions]
    socks: dict[int, socket.socket] = {}
    wake_r, wake_w = socket.socketpair()  # a cancel from another thread writes here and ends the wait
    wake_r.setblocking(False)
    unhook = cancel.on_cancel(lambda: wake_w.send(b"\0"))

    def finish(i: int, result: Answer) -> None:
        results[i] = result
        waiting = pending.get(asked[i].qid)
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

    try:
        for family in {socket.AF_INET6 if ":" in a else socket.AF_INET for a, _ in servers}:
            s = socket.socket(family, socket.SOCK_DGRAM)
            s.setblocking(False)
            socks[family] = s
        now = time.monotonic()
        for i, q in enumerate(asked):
            if q.wire is None:
                finish(i, Answer(q.name, q.rdtype, Status.NXDOMAIN))
            else:
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
            due = min(q.sent + RETRANSMIT for i, q in enumerate(asked) if results[i] is None)
            wait = max(0.0, min(due, deadline) - now)
            readable, _, _ = select.select([*socks.values(), wake_r], [], [], wait)
            for s in readable:
                if s is wake_r:
                    continue
                while True:
                    try:
                        wire, _src = s.recvfrom(65535)
                    except OSError:  # nothing more to read (BlockingIOError), or an ICMP error
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
        unhook()
        for s in (*socks.values(), wake_r, wake_w):
            s.close()
    cancel.raise_if_cancelled()
    out: list[Answer] = []
    for i, r in enumerate(results):
        if r is None:
            r = Answer(asked[i].name, asked[i].rdtype, Status.ERROR, reason=asked[i].last_failure or TIMEOUT)
            if on_done is not None:
                on_done(i, r)
        out.append(r)
    return out


def _over_tcp(q: _Question, servers: list[tuple[str, int]], deadline: float) -> Answer:
    addr, port = servers[q.server % len(servers)]
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return Answer(q.name, q.rdtype, Status.ERROR, reason=TIMEOUT)
    try:
        response = dns.query.tcp(dns.message.from_wire(q.wire), addr, timeout=remaining, port=port)
    except (dns.exception.DNSException, OSError) as exc:
        return Answer(q.name, q.rdtype, Status.ERROR, reason=failure_reason(exc))
    return _from_response(q.name, q.rdtype, response)


# -- the addresses of a host -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HostAddresses:
    """A and AAAA of ``host``, asked together."""

    host: str
    a: Answer
    aaaa: Answer

    @property
    def ipv4(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.address for r in self.a.rdatas))

    @property
    def ipv6(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.address for r in self.aaaa.rdatas))

    @property
    def addresses(self) -> list[str]:
        """IPv4 then IPv6."""
        return [*self.ipv4, *self.ipv6]

    @property
    def timed_out(self) -> bool:
        """No server answered either question in time."""
        return self.a.timed_out and self.aaaa.timed_out

    @property
    def reason(self) -> Msg | None:
        """Why there is no address when a question could not be answered; None when found or simply none."""
        if self.addresses:
            return None
        failed = [x.reason for x in (self.aaaa, self.a) if x.status is Status.ERROR]
        return failed[0] if failed else None

    @property
    def problem(self) -> str:
        """For a transcript: empty when an address was found, else what went wrong (English, not translated)."""
        if self.addresses:
            return ""
        if Status.NXDOMAIN in (self.a.status, self.aaaa.status):
            return "no such name (NXDOMAIN)"
        reasons = [x.reason.render() for x in (self.a, self.aaaa) if x.reason is not None]
        return "no addresses (A/AAAA)" + (": " + "; ".join(dict.fromkeys(reasons)) if reasons else "")


def host_addresses(
    resolver: dns.resolver.Resolver, host: str, *, deadline: float, cancel: CancelToken = NEVER
) -> HostAddresses:
    """A and AAAA of ``host`` at once, until ``deadline``; a cancel ends it at once (:class:`Cancelled`)."""
    a, aaaa = lookup_many(resolver, [(host, "A"), (host, "AAAA")], deadline=deadline, cancel=cancel)
    return HostAddresses(host, a, aaaa)


def addresses(resolver, host: str, cancel: CancelToken | None = None) -> tuple[list[str], Msg | None]:
    """All IPv4 and IPv6 addresses of ``host`` (A then AAAA), within the resolver's lifetime (and the deadline of a
    :class:`~wizard.core.dns.resolver.DeadlineResolver`); the reason when neither could be asked."""
    deadline = time.monotonic() + float(resolver.lifetime)
    deadline = min(deadline, getattr(resolver, "deadline", deadline))
    found = host_addresses(resolver, host, deadline=deadline, cancel=cancel or NEVER)
    return found.addresses, found.reason
