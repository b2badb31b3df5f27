"""The SPF record itself (RFC 7208 4 and 12): fetching the ``v=spf1`` TXT record, its terms (parsed by the RFC's
grammar in :mod:`.grammar`) and the limits every other SPF module counts against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from wizard.core.cancel import CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import Msg
from wizard.core.spf import grammar, texts

MAX_LOOKUPS = 10  # RFC 7208 4.6.4: include, a, mx, ptr, exists, redirect
MAX_VOID = 2  # RFC 7208 4.6.4
MAX_MX = 10
MAX_STRING = 255  # one TXT character-string
UDP_SAFE = 450  # RFC 7208 3.4: keep the record small enough for a 512-byte UDP answer

DNS_MECHANISMS = frozenset({"include", "a", "mx", "ptr", "exists"})
MECHANISMS = DNS_MECHANISMS | {"all", "ip4", "ip6"}
_RE_SPF = re.compile(rb"^v=spf1( |$)", re.IGNORECASE)


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
    words: tuple[str, ...] = ()  # every term as written, in order, including those the grammar rejects

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
    """Split a ``v=spf1`` record into terms and note every syntax problem (each one a permerror at receivers).

    The grammar is RFC 7208 section 12 exactly (:mod:`.grammar`); a term it rejects is kept in ``words`` (verbatim,
    in order) but not in ``terms``."""
    words = [w for w in text.split(" ")[1:] if w]  # several spaces: the ABNF's 1*SP
    terms: list[Term] = []
    problems: list[Finding] = []
    if text.split(" ")[0].lower() != "v=spf1":
        problems.append(finding("spf.syntax", Severity.ERROR, texts.NOT_SPF1))
        return Parsed((), tuple(problems), tuple(words))
    if any(ord(c) > 126 or (ord(c) < 32) for c in text):
        problems.append(finding("spf.syntax", Severity.ERROR, texts.NOT_ASCII))
    seen_modifiers: set[str] = set()
    for word in words:
        term, problem = _parse_term(word)
        if problem:
            problems.append(problem)
            continue
        if term.modifier and term.name in ("redirect", "exp"):
            if term.name in seen_modifiers:
                problems.append(finding("spf.syntax", Severity.ERROR, texts.MODIFIER_TWICE, name=term.name))
            seen_modifiers.add(term.name)
        terms.append(term)
    return Parsed(tuple(terms), tuple(problems), tuple(words))


def _bad_term(word: str) -> Finding:
    return finding("spf.syntax", Severity.ERROR, texts.BAD_TERM, term=word)


def _parse_term(word: str) -> tuple[Term | None, Finding | None]:
    node = grammar.parse("directive", word)
    if node is not None:
        qualifier = grammar.find(node, "qualifier")
        mechanism = grammar.find(node, "mechanism").children[0]
        name = mechanism.name
        if name in ("ip4", "ip6"):
            value = mechanism.value.split(":", 1)[1]
        else:
            spec = grammar.find(mechanism, "domain-spec")
            value = spec.value if spec is not None else ""
        term = Term(word, name, qualifier.value if qualifier else "+", value)
    else:
        node = grammar.parse("modifier", word)
        if node is None:
            return None, _bad_term(word)
        kind = node.children[0]
        name = word.split("=", 1)[0].lower()
        if kind.name == "unknown-modifier" and name in ("redirect", "exp"):
            return None, _bad_term(word)  # "where name is not any known modifier": a known one needs its domain-spec
        term = Term(word, name, "", word.split("=", 1)[1], modifier=True)
    for rule, top in (("ip4-cidr-length", 32), ("ip6-cidr-length", 128)):  # the ABNF's "value range" comments
        if any(int(n.value[1:]) > top for n in grammar.find_all(node, rule)):
            return None, _bad_term(word)
    for macro in grammar.find_all(node, "macro-expand"):
        letter = grammar.find(macro, "macro-letter")
        if letter is not None and letter.value.lower() in "crt":  # RFC 7208 7.1: "allowed only in "exp" text"
            return None, finding("spf.syntax", Severity.ERROR, texts.MACRO_EXP_ONLY, term=word, macro=macro.value)
    return term, None


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
    nxdomain: bool = False  # the domain does not exist at all (a typo?), not just without a TXT record
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
        return Fetched(domain, FetchStatus.NONE, void=True, nxdomain=a.status is Status.NXDOMAIN)
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
