"""Resolvers: the system's by default, or one the user names (``ADDR[:PORT]``, ``[v6]:PORT``).

Every DNS-using core function takes a ``resolver`` argument; nothing patches dnspython's global default resolver.
"""

from __future__ import annotations

import ipaddress
import time

import wizard.core.dns.library  # noqa: F401 - first: dnspython without its unused back-ends
import dns.exception
import dns.rdatatype
import dns.resolver

from wizard.core.dns import QUESTION_TIMEOUT
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError


class ResolverSpecError(WizardError):
    pass


def make_resolver(spec: str | None = None, timeout: float = QUESTION_TIMEOUT) -> dns.resolver.Resolver:
    """The one way from what the user typed to a resolver: the system's configuration when ``spec`` is empty or
    None, else the named server: ``"192.0.2.53"``, ``"127.0.0.1:5353"``, ``"[::1]:5353"``, ``"::1"``.

    Raises :class:`ResolverSpecError` for anything else; a face that only validates the text calls it and drops the
    result (for a named server that costs nothing: no file is read, nothing is sent).

    The timeout policy: ``timeout`` bounds each question as a whole (dnspython's ``timeout`` and ``lifetime``), so
    a silent server ends within it. A check that asks many questions bounds itself by its own deadline
    (:func:`~wizard.core.dns.query.lookup_many`, ``ask(deadline=...)``, :func:`with_deadline`), never by building
    another resolver.
    """
    spec = (spec or "").strip()
    if spec:
        host, port = _parse(spec)
        r = dns.resolver.Resolver(configure=False)
        r.nameservers = [host]
        r.port = port
    else:
        try:
            r = dns.resolver.Resolver()
        except dns.resolver.NoResolverConfiguration:
            r = dns.resolver.Resolver(configure=False)
            r.nameservers = ["127.0.0.1"]  # nothing configured: fail fast and visibly rather than guess
    r.timeout = timeout
    r.lifetime = timeout
    r.cache = None
    return r


def _parse(spec: str) -> tuple[str, int]:
    host, port = spec, 53
    if spec.startswith("["):
        end = spec.find("]")
        if end < 0:
            raise _bad(spec)
        host, rest = spec[1:end], spec[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise _bad(spec)
            port = _port(rest[1:], spec)
    elif spec.count(":") == 1:
        host, p = spec.split(":")
        port = _port(p, spec)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise _bad(spec) from None
    return host, port


def _port(text: str, spec: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise _bad(spec)
    return int(text)


def _bad(spec: str) -> ResolverSpecError:
    return ResolverSpecError(
        Msg.of(
            QT_TRANSLATE_NOOP("core", "“{spec}” is not a resolver address; use an IP address with an optional :port."),
            spec=spec,
        )
    )


class DeadlineResolver:
    """A resolver whose questions all end by ``deadline`` (a :func:`time.monotonic` value): each question's lifetime
    is cut to the time left, and once the deadline has passed a question fails at once as a timeout.

    A check that asks many questions one after the other (an SPF include tree, pyspf's evaluation) thus ends within
    its budget even when every answer comes just before the per-question timeout. Everything else is the wrapped
    resolver's (``nameservers``, ``lifetime``...)."""

    def __init__(self, resolver: dns.resolver.Resolver, deadline: float):
        self._resolver = resolver
        self.deadline = deadline

    def resolve(self, qname, rdtype=dns.rdatatype.A, *args, lifetime: float | None = None, **kwargs):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise dns.exception.Timeout(timeout=0.0)
        limit = lifetime if lifetime is not None else self._resolver.lifetime
        return self._resolver.resolve(qname, rdtype, *args, lifetime=min(limit, left), **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._resolver, name)


def with_deadline(resolver, seconds: float) -> DeadlineResolver:
    """``resolver`` with all its questions ending within ``seconds`` from now."""
    return DeadlineResolver(resolver, time.monotonic() + seconds)
