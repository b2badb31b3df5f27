"""One DNS question with a deadline, its outcome as data, and many questions at once.

:func:`lookup` never raises for DNS trouble: a timeout, SERVFAIL, REFUSED or an unreachable server becomes a
:class:`Lookup` with a translated ``failure`` reason, so callers can report "unknown" instead of crashing.
:func:`run_parallel` runs many such questions concurrently on a short-lived thread pool, bounded by a deadline and
stopped by a :class:`~wizard.core.cancel.CancelToken`.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import dns.exception
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
        return Msg.of(R_OTHER, error=type(exc).__name__)
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
