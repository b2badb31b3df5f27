"""The SPF record itself (RFC 7208 4 and 12): fetching the ``v=spf1`` TXT record, its grammar (terms, modifiers,
domain-specs) and the limits every other SPF module counts against."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import Enum

from wizard.core.cancel import CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import Msg
from wizard.core.spf import texts

MAX_LOOKUPS = 10  # RFC 7208 4.6.4: include, a, mx, ptr, exists, redirect
MAX_VOID = 2  # RFC 7208 4.6.4
MAX_MX = 10
MAX_STRING = 255  # one TXT character-string
UDP_SAFE = 450  # RFC 7208 3.4: keep the record small enough for a 512-byte UDP answer

DNS_MECHANISMS = frozenset({"include", "a", "mx", "ptr", "exists"})
MECHANISMS = DNS_MECHANISMS | {"all", "ip4", "ip6"}
_RE_SPF = re.compile(rb"^v=spf1( |$)", re.IGNORECASE)
_RE_MODIFIER = re.compile(r"^([a-z][a-z0-9_.\-]*)=(.*)$", re.IGNORECASE)
_RE_MECHANISM = re.compile(r"^([+\-~?]?)([a-z][a-z0-9_.\-]*)(.*)$", re.IGNORECASE)
_RE_CIDR = re.compile(r"^(?:/(\d+))?(?://(\d+))?$")
_RE_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_\-]*[a-z0-9_])?$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------------------
# Grammar


@dataclass(frozen=True)
class Term:
    text: str  # as written
    name: str  # lower case: all, include, a, mx, ptr, ip4, ip6, exists, redirect, exp, or an unknown modifier
    qualifier: str = "+"
    value: str = ""  # the domain-spec, address or modifier value
    modifier: bool = False

    @property
    def queries_dns(self) -> bool:
        return self.name in DNS_MECHANISMS or self.name == "redirect"

    @property
    def has_macro(self) -> bool:
        return "%" in self.value


@dataclass(frozen=True)
class Parsed:
    terms: tuple[Term, ...]
    problems: tuple[Finding, ...]

    @property
    def all_index(self) -> int | None:
        for i, t in enumerate(self.terms):
            if t.name == "all" and not t.modifier:
                return i
        return None

    @property
    def all_term(self) -> Term | None:
        i = self.all_index
        return None if i is None else self.terms[i]

    def modifier(self, name: str) -> Term | None:
        for t in self.terms:
            if t.modifier and t.name == name:
                return t
        return None


def parse_record(text: str) -> Parsed:
    """Split a ``v=spf1`` record into terms and note every syntax problem (each one a permerror at receivers)."""
    words = text.split(" ")
    terms: list[Term] = []
    problems: list[Finding] = []
    if not words or words[0].lower() != "v=spf1":
        problems.append(finding("spf.syntax", Severity.ERROR, texts.NOT_SPF1))
        return Parsed((), tuple(problems))
    if any(ord(c) > 126 or (ord(c) < 32) for c in text):
        problems.append(finding("spf.syntax", Severity.ERROR, texts.NOT_ASCII))
    seen_modifiers: set[str] = set()
    for word in words[1:]:
        if not word:
            continue  # several spaces: tolerated by receivers
        term, problem = _parse_term(word)
        if problem:
            problems.append(problem)
            continue
        if term.modifier and term.name in ("redirect", "exp"):
            if term.name in seen_modifiers:
                problems.append(finding("spf.syntax", Severity.ERROR, texts.MODIFIER_TWICE, name=term.name))
            seen_modifiers.add(term.name)
        terms.append(term)
    return Parsed(tuple(terms), tuple(problems))


def _bad_term(word: str) -> Finding:
    return finding("spf.syntax", Severity.ERROR, texts.BAD_TERM, term=word)


def _parse_term(word: str) -> tuple[Term | None, Finding | None]:
    m = _RE_MODIFIER.match(word)
    if m and not word.startswith(("+", "-", "~", "?")):
        name, value = m.group(1).lower(), m.group(2)
        if name in ("redirect", "exp") and not _valid_domain_spec(value):
            return None, _bad_term(word)
        return Term(word, name, "", value, modifier=True), None
    m = _RE_MECHANISM.match(word)
    if not m:
        return None, _bad_term(word)
    qualifier, name, rest = m.group(1) or "+", m.group(2).lower(), m.group(3)
    if name not in MECHANISMS:
        return None, _bad_term(word)
    if name == "all":
        return (Term(word, name, qualifier), None) if not rest else (None, _bad_term(word))
    if name in ("include", "exists"):
        if not rest.startswith(":") or not _valid_domain_spec(rest[1:]):
            return None, _bad_term(word)
        return Term(word, name, qualifier, rest[1:]), None
    if name in ("ip4", "ip6"):
        if not rest.startswith(":"):
            return None, _bad_term(word)
        value = rest[1:]
        try:
            addr, _, plen = value.partition("/")
            ip = ipaddress.ip_address(addr)
            if (ip.version == 4) != (name == "ip4"):
                raise ValueError
            if plen and (not plen.isdigit() or int(plen) > ip.max_prefixlen or plen != str(int(plen))):
                raise ValueError
        except ValueError:
            return None, _bad_term(word)
        return Term(word, name, qualifier, value), None
    # a, mx, ptr: optional :domain, then (a, mx) optional cidr
    domain, cidr = rest, ""
    if rest.startswith(":"):
        domain = rest[1:]
        cut = domain.find("/")
        if cut >= 0:
            domain, cidr = domain[:cut], domain[cut:]
        if not _valid_domain_spec(domain):
            return None, _bad_term(word)
    else:
        domain, cidr = "", rest
    if cidr:
        cm = _RE_CIDR.match(cidr)
        if name == "ptr" or not cm or (cm.group(1) and int(cm.group(1)) > 32) or (cm.group(2) and int(cm.group(2)) > 128):
            return None, _bad_term(word)
    return Term(word, name, qualifier, domain), None


def _valid_domain_spec(spec: str) -> bool:
    if not spec:
        return False
    if "%" in spec:
        return re.fullmatch(r"(?:[!-$&-~]|%\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%%|%_|%-)+", spec) is not None
    labels = spec.rstrip(".").split(".")
    if len(labels) < 2 or len(spec) > 253:
        return False
    if not all(_RE_LABEL.match(label) and len(label) <= 63 for label in labels):
        return False
    return not labels[-1].isdigit()


def split_strings(record: str, limit: int = MAX_STRING) -> list[str]:
    """Split ``record`` into TXT strings of at most ``limit`` characters, each cut after a space so that joining them
    without separators (as receivers do) gives the record back."""
    out, rest = [], record
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit)
        cut = limit if cut <= 0 else cut + 1  # keep the space at the end of the piece
        out.append(rest[:cut])
        rest = rest[cut:]
    out.append(rest)
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Fetching


class FetchStatus(str, Enum):
    FOUND = "found"
    NONE = "none"  # NXDOMAIN, no TXT, or no TXT starting with v=spf1
    MULTIPLE = "multiple"
    ERROR = "error"


@dataclass(frozen=True)
class Fetched:
    domain: str
    status: FetchStatus
    records: tuple[str, ...] = ()  # every v=spf1 record, strings joined
    strings: tuple[tuple[str, ...], ...] = ()  # the character-strings of each record as published
    void: bool = False  # the TXT query was a void lookup
    reason: Msg | None = None

    @property
    def record(self) -> str | None:
        return self.records[0] if self.status is FetchStatus.FOUND else None


def fetch(resolver, domain: str, cancel: CancelToken | None = None) -> Fetched:
    """The domain's ``v=spf1`` TXT record(s)."""
    a = ask(resolver, domain, "TXT", cancel)
    if a.status is Status.ERROR:
        return Fetched(domain, FetchStatus.ERROR, reason=a.reason)
    if a.status is not Status.OK:
        return Fetched(domain, FetchStatus.NONE, void=True)
    records, strings = [], []
    for rdata in a.rdatas:
        joined = b"".join(rdata.strings)
        if _RE_SPF.match(joined):
            records.append(joined.decode("latin-1"))
            strings.append(tuple(s.decode("latin-1") for s in rdata.strings))
    if not records:
        return Fetched(domain, FetchStatus.NONE)
    status = FetchStatus.FOUND if len(records) == 1 else FetchStatus.MULTIPLE
    return Fetched(domain, status, tuple(records), tuple(strings))
