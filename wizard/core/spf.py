"""SPF (RFC 7208): fetch and lint a domain's record, show its include tree with lookup costs, propose the record with
the provider's relay authorised, and evaluate an IP address against the current and the proposed record.

Every function takes the dnspython resolver to use. Evaluation runs pyspf's RFC 7208 logic through
:class:`_ResolverQuery`, a subclass whose DNS access goes through that resolver (per query object: no global is
patched, so two threads can evaluate through two resolvers at once). docs/SPF.md explains the choices.
"""

from __future__ import annotations

import ipaddress
import re
import time
from dataclasses import dataclass, field
from enum import Enum
from functools import reduce

import dns.exception
import dns.resolver
import spf as pyspf

from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

MAX_LOOKUPS = 10  # RFC 7208 4.6.4: include, a, mx, ptr, exists, redirect
MAX_VOID = 2  # RFC 7208 4.6.4
MAX_MX = 10
MAX_STRING = 255  # one TXT character-string
UDP_SAFE = 450  # RFC 7208 3.4: keep the record small enough for a 512-byte UDP answer
_WALK_CAP = 40  # stop walking a hostile or broken include tree after this many lookups (pyspf's hard cap)

DNS_MECHANISMS = frozenset({"include", "a", "mx", "ptr", "exists"})
MECHANISMS = DNS_MECHANISMS | {"all", "ip4", "ip6"}
_RE_SPF = re.compile(rb"^v=spf1( |$)", re.IGNORECASE)
_RE_MODIFIER = re.compile(r"^([a-z][a-z0-9_.\-]*)=(.*)$", re.IGNORECASE)
_RE_MECHANISM = re.compile(r"^([+\-~?]?)([a-z][a-z0-9_.\-]*)(.*)$", re.IGNORECASE)
_RE_CIDR = re.compile(r"^(?:/(\d+))?(?://(\d+))?$")
_RE_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_\-]*[a-z0-9_])?$", re.IGNORECASE)

_QUALIFIER_RESULT = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}


# ---------------------------------------------------------------------------------------------------------------------
# Parsing


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
        problems.append(finding("spf.syntax", Severity.ERROR, QT_TRANSLATE_NOOP("core", "The record does not start with “v=spf1”.")))
        return Parsed((), tuple(problems))
    if any(ord(c) > 126 or (ord(c) < 32) for c in text):
        problems.append(
            finding(
                "spf.syntax",
                Severity.ERROR,
                QT_TRANSLATE_NOOP("core", "The record contains characters that are not plain ASCII; receivers reject it as invalid."),
            )
        )
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
                problems.append(
                    finding(
                        "spf.syntax",
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP("core", "The modifier “{name}=” appears twice; receivers reject the record."),
                        name=term.name,
                    )
                )
            seen_modifiers.add(term.name)
        terms.append(term)
    return Parsed(tuple(terms), tuple(problems))


def _bad_term(word: str) -> Finding:
    return finding(
        "spf.syntax",
        Severity.ERROR,
        QT_TRANSLATE_NOOP("core", "“{term}” is not a valid SPF term; receivers treat the whole record as an error (permerror)."),
        term=word,
    )


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


# ---------------------------------------------------------------------------------------------------------------------
# The include tree


@dataclass
class SpfNode:
    """One record in the include tree and what it costs."""

    domain: str
    via: str = ""  # the term that led here ("include:_spf.example.jp", "redirect=..."); "" for the domain itself
    record: str | None = None
    lookups: int = 0  # DNS-querying terms in this record itself
    total: int = 0  # lookups + every child's total: what evaluating the whole branch can cost
    void: int = 0  # void lookups seen in this branch (include/redirect targets and a/mx names without data)
    children: list[SpfNode] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    parsed: Parsed | None = None

    def as_dict(self, translate=None) -> dict:
        return {
            "domain": self.domain,
            "via": self.via,
            "record": self.record,
            "lookups": self.lookups,
            "total": self.total,
            "void_lookups": self.void,
            "problems": [p.as_dict(translate) for p in self.problems],
            "children": [c.as_dict(translate) for c in self.children],
        }

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


class _Budget:
    def __init__(self) -> None:
        self.lookups = 0


def build_tree(resolver, domain: str, cancel: CancelToken | None = None, fetched: Fetched | None = None) -> SpfNode:
    """Walk the record of ``domain`` and every include/redirect target, counting lookups and void lookups."""
    return _walk(resolver, domain, "", (), _Budget(), cancel, fetched)


def _walk(resolver, domain, via, path, budget, cancel, fetched=None) -> SpfNode:
    node = SpfNode(domain=domain, via=via)
    f = fetched or fetch(resolver, domain, cancel)
    if f.void:
        node.void += 1
    if f.status is not FetchStatus.FOUND:
        if via:  # a missing root record is reported by the caller
            node.problems.append(_target_problem(f, via))
        node.total = node.lookups
        return node
    node.record = f.record
    parsed = parse_record(f.record)
    node.parsed = parsed
    node.problems.extend(parsed.problems)
    if parsed.problems:
        node.total = 0
        return node  # receivers stop at a syntax error: nothing below is evaluated
    all_index = parsed.all_index
    active = parsed.terms if all_index is None else parsed.terms[: all_index + 1]
    redirect = parsed.modifier("redirect")
    if all_index is not None and all_index + 1 < len(parsed.terms):
        late = [t.text for t in parsed.terms[all_index + 1 :] if not t.modifier]
        if late:
            node.problems.append(
                finding(
                    "spf.after_all",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("core", "{terms} after “{all}” in {domain} are never checked: receivers stop at “all”."),
                    terms=" ".join(late),
                    all=parsed.all_term.text,
                    domain=domain,
                )
            )
    if redirect is not None and all_index is not None:
        node.problems.append(
            finding(
                "spf.redirect_ignored",
                Severity.WARNING,
                QT_TRANSLATE_NOOP("core", "“{redirect}” in {domain} is ignored because the record also has “all”."),
                redirect=redirect.text,
                domain=domain,
            )
        )
        redirect = None
    steps = [t for t in active if not t.modifier]
    if redirect is not None:
        steps.append(redirect)
    for term in steps:
        if not term.queries_dns:
            continue
        node.lookups += 1
        budget.lookups += 1
        if budget.lookups > _WALK_CAP:
            break
        if term.has_macro:
            if not any(p.code == "spf.macro" for p in node.problems):
                node.problems.append(
                    finding(
                        "spf.macro",
                        Severity.INFO,
                        QT_TRANSLATE_NOOP(
                            "core", "“{term}” in {domain} uses a macro: what it looks up depends on the sender, so it is not followed here."
                        ),
                        term=term.text,
                        domain=domain,
                    )
                )
            continue
        target = (term.value or domain).rstrip(".").lower()
        if term.name in ("include", "redirect"):
            if target in path or target == domain.lower():
                child = SpfNode(domain=target, via=term.text)
                child.problems.append(
                    finding(
                        "spf.loop",
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP(
                            "core", "“{term}” in {domain} leads back to {target}: a loop, which receivers treat as an error."
                        ),
                        term=term.text,
                        domain=domain,
                        target=target,
                    )
                )
            else:
                child = _walk(resolver, target, term.text, (*path, domain.lower()), budget, cancel)
            node.children.append(child)
        elif term.name == "a":
            node.void += ask(resolver, target, "A", cancel).void
        elif term.name == "mx":
            mx = ask(resolver, target, "MX", cancel)
            node.void += mx.void
            if mx.status is Status.OK and len(mx.rdatas) > MAX_MX:
                node.problems.append(
                    finding(
                        "spf.mx_too_many",
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP(
                            "core", "“{term}” in {domain} finds {count} mail servers; SPF allows at most 10 (permerror)."
                        ),
                        term=term.text,
                        domain=domain,
                        count=len(mx.rdatas),
                    )
                )
        elif term.name == "ptr":
            node.problems.append(
                finding(
                    "spf.ptr",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "“{term}” in {domain} is slow and unreliable; RFC 7208 says not to use it. Replace it with ip4:/ip6: "
                        "terms for your servers.",
                    ),
                    term=term.text,
                    domain=domain,
                )
            )
    node.total = node.lookups + sum(c.total for c in node.children)
    node.void += sum(c.void for c in node.children)
    return node


def _target_problem(f: Fetched, via: str) -> Finding:
    if f.status is FetchStatus.ERROR:
        return finding(
            "spf.include_dns_error",
            Severity.WARNING,
            QT_TRANSLATE_NOOP("core", "The record behind “{term}” could not be read ({reason}); receivers would answer temperror."),
            term=via,
            reason=f.reason,
        )
    if f.status is FetchStatus.MULTIPLE:
        return finding(
            "spf.include_multiple",
            Severity.ERROR,
            QT_TRANSLATE_NOOP("core", "{domain} (from “{term}”) has {count} SPF records; that is an error (permerror)."),
            domain=f.domain,
            term=via,
            count=len(f.records),
        )
    return finding(
        "spf.include_no_record",
        Severity.ERROR,
        QT_TRANSLATE_NOOP(
            "core", "{domain} (from “{term}”) has no SPF record; a receiver that gets there answers permerror."
        ),
        domain=f.domain,
        term=via,
    )


# ---------------------------------------------------------------------------------------------------------------------
# Lint of the domain's record


@dataclass
class SpfReport:
    domain: str
    fetched: Fetched
    tree: SpfNode | None
    problems: list[Finding]

    @property
    def record(self) -> str | None:
        return self.fetched.record

    @property
    def lookups(self) -> int:
        return self.tree.total if self.tree else 0

    @property
    def void_lookups(self) -> int:
        return self.tree.void if self.tree else 0


def lint(resolver, domain: str, cancel: CancelToken | None = None) -> SpfReport:
    f = fetch(resolver, domain, cancel)
    problems: list[Finding] = []
    tree = None
    if f.status is FetchStatus.ERROR:
        problems.append(
            finding(
                "spf.dns_error",
                Severity.ERROR,
                QT_TRANSLATE_NOOP("core", "The SPF record of {domain} could not be read: {reason}."),
                domain=domain,
                reason=f.reason,
            )
        )
    elif f.status is FetchStatus.NONE:
        problems.append(
            finding(
                "spf.none",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{domain} has no SPF record. Receivers cannot tell which servers may send for it; Gmail and others "
                    "reject or file such mail as spam when it has no DKIM signature either.",
                ),
                domain=domain,
            )
        )
    elif f.status is FetchStatus.MULTIPLE:
        problems.append(
            finding(
                "spf.multiple",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{domain} has {count} SPF records. Only one is allowed: receivers treat this as an error (permerror). "
                    "Merge them into one record.",
                ),
                domain=domain,
                count=len(f.records),
            )
        )
    else:
        tree = build_tree(resolver, domain, cancel, fetched=f)
        problems.extend(_record_shape_problems(f))
        problems.extend(_all_problems(tree.parsed, domain))
        for node in tree.walk():
            problems.extend(node.problems)
        if tree.total > MAX_LOOKUPS:
            problems.append(
                finding(
                    "spf.too_many_lookups",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Checking this record can take {count} DNS lookups; SPF allows 10. Receivers that get that far "
                        "answer permerror. Remove includes you no longer use or replace a:/mx: terms with ip4:/ip6:.",
                    ),
                    count=tree.total,
                )
            )
        if tree.void > MAX_VOID:
            problems.append(
                finding(
                    "spf.void_lookups",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{count} lookups in this record find nothing (names without records); SPF allows 2, more is "
                        "a permerror. Remove the terms that point to names that no longer exist.",
                    ),
                    count=tree.void,
                )
            )
    return SpfReport(domain, f, tree, _dedupe(problems))


def _dedupe(problems: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _record_shape_problems(f: Fetched) -> list[Finding]:
    out = []
    record, strings = f.records[0], f.strings[0]
    if len(record) > MAX_STRING:
        out.append(
            finding(
                "spf.long_record",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The record is {length} characters long, more than one DNS text string holds (255); it is published "
                    "as {count} strings that receivers join without spaces.",
                ),
                length=len(record),
                count=len(strings),
            )
        )
    if len(strings) > 1:
        glued = parse_record(record).problems
        spaced = parse_record(" ".join(strings)).problems
        if len(glued) > len(spaced):
            out.append(
                finding(
                    "spf.string_join",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The record is split into strings that join without a space, which breaks a term. Put a space at "
                        "the end of each string except the last.",
                    ),
                )
            )
    if len(record) > UDP_SAFE:
        out.append(
            finding(
                "spf.too_long",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The record is {length} characters long; above about 450 some receivers cannot fetch it over UDP and "
                    "may answer temperror. Shorten it.",
                ),
                length=len(record),
            )
        )
    return out


def _all_problems(parsed: Parsed | None, domain: str) -> list[Finding]:
    if parsed is None or parsed.problems:
        return []
    term = parsed.all_term
    if term is None:
        if parsed.modifier("redirect") is None:
            return [
                finding(
                    "spf.no_all",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The record of {domain} has no “all” at the end, so mail from any other server gets “neutral”. "
                        "End it with “~all” (or “-all” once every sender is listed).",
                    ),
                    domain=domain,
                )
            ]
        return []
    if term.qualifier == "+":
        return [
            finding(
                "spf.plus_all",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "“{term}” allows every server in the world to send as {domain}; the record protects nothing and "
                    "spam filters distrust it. Use “~all”.",
                ),
                term=term.text,
                domain=domain,
            )
        ]
    if term.qualifier == "?":
        return [
            finding(
                "spf.neutral_all",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "“?all” says nothing about other servers (neutral); receivers give it no weight. Use “~all”.",
                ),
            )
        ]
    return []


# ---------------------------------------------------------------------------------------------------------------------
# Evaluation through a resolver of our own


class Result(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    PERMERROR = "permerror"
    TEMPERROR = "temperror"


@dataclass(frozen=True)
class Evaluation:
    ip: str
    result: Result
    explanation: str = ""  # pyspf's English explanation (the domain's exp= text or a default): diagnostic detail


class _ResolverQuery(pyspf.query):
    """pyspf's query with every DNS question asked through ``resolver``.

    pyspf looks names up through the module global ``spf.DNSLookup``; :meth:`dns` below is pyspf 2.0.14's method with
    that one call replaced by :meth:`_lookup`, so the resolver belongs to this object and nothing global changes.
    (pyspf is licensed under the same terms as Python; this method is adapted from it.)
    """

    def __init__(self, *args, resolver, cancel: CancelToken | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._resolver = resolver
        self._cancel = cancel

    def _lookup(self, name: str, qtype: str, timeout: float):
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled()
        lifetime = min(float(timeout), float(self._resolver.lifetime)) if timeout else self._resolver.lifetime
        try:
            ans = self._resolver.resolve(name, qtype, search=False, raise_on_no_answer=False, lifetime=lifetime)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel):
            return []
        except dns.exception.Timeout as x:
            raise pyspf.TempError("DNS " + str(x)) from None
        except dns.exception.DNSException as x:
            raise pyspf.TempError("DNS " + str(x)) from None
        out = []
        for rrset in ans.response.answer:
            owner = _plain(rrset.name)
            kind = dns.rdatatype.to_text(rrset.rdtype)
            for rdata in rrset:
                if kind == "CNAME":
                    out.append(((owner, "CNAME"), _plain(rdata.target)))
                elif kind in ("A", "AAAA"):
                    out.append(((owner, kind), rdata.address))
                elif kind == "MX":
                    out.append(((owner, kind), (rdata.preference, _plain(rdata.exchange))))
                elif kind == "PTR":
                    out.append(((owner, kind), _plain(rdata.target)))
                elif kind in ("TXT", "SPF"):
                    out.append(((owner, kind), tuple(rdata.strings)))
        return out

    def validated_ptrs(self):
        """RFC 7208 5.5: "If a DNS error occurs while doing an A RR lookup, then that domain name is skipped and the
        search continues." (pyspf lets the error end the check as temperror.)"""
        limit = pyspf.MAX_PTR if self.strict else pyspf.MAX_PTR * 4
        names = []
        for name in self.dns_ptr(self.i)[:limit]:
            try:
                if self.cidrmatch(self.dns_a(name, self.A), self.cidrmax):
                    names.append(name)
            except pyspf.TempError:
                continue
        return names

    # Adapted from pyspf 2.0.14 query.dns(); the only change is ``self._lookup`` in place of the global DNSLookup.
    def dns(self, name, qtype, cnames=None, ignore_void=False):  # noqa: C901 - kept close to the original
        if not name:
            raise Exception("Invalid query")
        name = str(name)
        if name.endswith("."):
            name = name[:-1]
        if not reduce(lambda x, y: x and 0 < len(y) < 64, name.split("."), True):
            return []  # invalid DNS name (too long or empty)
        name = name.lower()
        result = self.cache.get((name, qtype), [])
        if result:
            return result
        cnamek = (name, "CNAME")
        cname = self.cache.get(cnamek)
        if cname:
            cname = cname[0]
        else:
            safe2cache = pyspf.query.SAFE2CACHE
            if self.querytime < 0:
                raise pyspf.TempError("DNS Error: exceeded max query lookup time")
            if self.querytime < self.timeout and self.querytime > 0:
                timeout = self.querytime
            else:
                timeout = self.timeout
            timethen = time.time()
            for k, v in self._lookup(name, qtype, timeout):
                k = (k[0].lower(), k[1])
                if k == cnamek:
                    cname = v
                    result = self.cache.get((cname, qtype), [])
                    if result:
                        break
                if k[1] == "CNAME" or (qtype, k[1]) in safe2cache:
                    self.cache.setdefault(k, []).append(v)
            result = self.cache.get((name, qtype), [])
            if self.querytime > 0:
                self.querytime = self.querytime - (time.time() - timethen)
        if not result and cname:
            if not cnames:
                cnames = {}
            elif len(cnames) >= pyspf.MAX_CNAME:
                raise pyspf.PermError("Length of CNAME chain exceeds %d" % pyspf.MAX_CNAME)
            cnames[name] = cname
            if cname.lower().rstrip(".") in cnames:
                if self.strict > 1:
                    raise pyspf.AmbiguityWarning("CNAME loop", cname)
            else:
                result = self.dns(cname, qtype, cnames=cnames)
                if result:
                    self.cache[(name, qtype)] = result
        if not result and not ignore_void:
            self.void_lookups += 1
            if self.void_lookups > pyspf.MAX_VOID_LOOKUPS:
                raise pyspf.PermError("Void lookup limit of %d exceeded" % pyspf.MAX_VOID_LOOKUPS)
        return result


def _plain(name) -> str:
    """A DNS name as pyspf compares names: labels joined by dots, without zone-file escapes (\\032 for a space)."""
    return ".".join(label.decode("utf-8", "replace") for label in name.labels if label)


def make_query(resolver, ip: str, sender: str, helo: str, cancel: CancelToken | None = None) -> _ResolverQuery:
    """A pyspf query object that asks ``resolver`` (exposed for the RFC 7208 test-suite driver)."""
    return _ResolverQuery(
        i=ip, s=sender, h=helo, resolver=resolver, cancel=cancel, timeout=float(resolver.lifetime), querytime=0
    )


def evaluate(
    resolver,
    ip: str,
    domain: str,
    record: str | None = None,
    sender: str | None = None,
    helo: str | None = None,
    cancel: CancelToken | None = None,
) -> Evaluation:
    """The SPF result for mail from ``ip`` with envelope sender at ``domain``.

    With ``record`` the given text is evaluated as if it were published at ``domain`` (includes and redirects are
    still looked up): that is how the proposed record is tried before the user changes DNS.
    """
    q = make_query(resolver, ip, sender or f"postmaster@{domain}", helo or domain, cancel)
    res, _code, exp = q.check(spf=record) if record is not None else q.check()
    if cancel is not None:
        cancel.raise_if_cancelled()  # pyspf swallows errors around exp= lookups; a cancel there must still stop us
    res = {"unknown": "permerror", "error": "temperror", "ambiguous": "permerror"}.get(res, res)
    return Evaluation(ip, Result(res), exp or "")


# ---------------------------------------------------------------------------------------------------------------------
# Proposal


@dataclass(frozen=True)
class Relay:
    """How to authorise the relay: an include (the provider keeps it true) or its addresses (an approximation)."""

    include: str = ""  # a domain whose SPF lists the provider's outgoing servers
    addresses: tuple[str, ...] = ()  # the relay's IP addresses (for ip4/ip6 terms and for evaluation)
    host: str = ""  # the relay host the addresses belong to (for messages)


class Method(str, Enum):
    INCLUDE = "include"
    ADDRESSES = "addresses"
    UNCHANGED = "unchanged"  # the current record already authorises the relay


@dataclass
class Proposal:
    record: str | None  # None when nothing sensible can be proposed (see problems)
    method: Method | None
    added: tuple[str, ...] = ()  # the new terms
    lookups: int = 0  # the proposed record's lookup count
    problems: list[Finding] = field(default_factory=list)
    include_tree: SpfNode | None = None
    alternative: Proposal | None = None  # the ip4/ip6 variant when the include variant is over the limit

    @property
    def strings(self) -> list[str]:
        return split_strings(self.record) if self.record else []

    @property
    def zone_text(self) -> str:
        """The record as a zone-file / control-panel value: one quoted string, or several when it is too long."""
        return " ".join(f'"{s}"' for s in self.strings)

    def as_dict(self, translate=None) -> dict:
        return {
            "record": self.record,
            "method": self.method.value if self.method else None,
            "added": list(self.added),
            "lookups": self.lookups,
            "strings": self.strings,
            "problems": [p.as_dict(translate) for p in self.problems],
            "include_tree": self.include_tree.as_dict(translate) if self.include_tree else None,
            "alternative": self.alternative.as_dict(translate) if self.alternative else None,
        }


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


def address_terms(addresses) -> tuple[str, ...]:
    terms = []
    for a in addresses:
        ip = ipaddress.ip_address(a)
        term = f"ip{ip.version}:{ip.compressed}"
        if term not in terms:
            terms.append(term)
    return tuple(terms)


def unchanged(report: SpfReport, why: Finding) -> Proposal:
    """The "nothing to change" proposal: the current record stays."""
    return Proposal(report.record, Method.UNCHANGED, lookups=report.lookups, problems=[why])


def propose(report: SpfReport, relay: Relay, resolver, cancel: CancelToken | None = None) -> Proposal:
    """The record with the relay authorised, inserted before ``all``; with the new lookup count and what to watch."""
    if report.fetched.status is FetchStatus.ERROR:
        return Proposal(
            None,
            None,
            problems=[
                finding(
                    "proposal.dns_error",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("core", "No proposal: the current record could not be read. Try again or choose another DNS server."),
                )
            ],
        )
    if relay.include:
        inc = _propose_include(report, relay, resolver, cancel)
        if inc.record is None and relay.addresses:
            fallback = _propose_terms(report, address_terms(relay.addresses), 0, Method.ADDRESSES, relay, resolver, cancel)
            fallback.problems[:0] = inc.problems
            return fallback
        if inc.lookups > MAX_LOOKUPS and relay.addresses:
            inc.alternative = _propose_terms(report, address_terms(relay.addresses), 0, Method.ADDRESSES, relay, resolver, cancel)
        return inc
    if relay.addresses:
        return _propose_terms(report, address_terms(relay.addresses), 0, Method.ADDRESSES, relay, resolver, cancel)
    return Proposal(
        None,
        None,
        problems=[
            finding(
                "proposal.no_relay",
                Severity.INFO,
                QT_TRANSLATE_NOOP("core", "No proposal: the relay's provider or addresses are not known."),
            )
        ],
    )


def _propose_include(report: SpfReport, relay: Relay, resolver, cancel) -> Proposal:
    target = relay.include.rstrip(".").lower()
    tree = _walk(resolver, target, f"include:{target}", (report.domain.lower(),), _Budget(), cancel)
    if tree.record is None or any(p.severity is Severity.ERROR for p in tree.problems):
        unreadable = any(p.code == "spf.include_dns_error" for p in tree.problems)
        msg = (
            QT_TRANSLATE_NOOP("core", "The provider's SPF domain {target} could not be read, so it cannot be included yet.")
            if unreadable
            else QT_TRANSLATE_NOOP(
                "core",
                "The provider's SPF domain {target} has no usable SPF record, so it cannot be included. Check the "
                "provider mail address you entered.",
            )
        )
        p = Proposal(None, None, problems=[finding("proposal.include_unusable", Severity.WARNING, msg, target=target)])
        p.problems.extend(tree.problems)
        p.include_tree = tree
        return p
    proposal = _propose_terms(report, (f"include:{target}",), 1 + tree.total, Method.INCLUDE, relay, resolver, cancel)
    proposal.include_tree = tree
    return proposal


def _propose_terms(
    report: SpfReport, new_terms: tuple[str, ...], cost: int, method: Method, relay: Relay, resolver, cancel
) -> Proposal:
    domain = report.domain
    problems: list[Finding] = []
    f = report.fetched
    if f.status is FetchStatus.NONE:
        record = " ".join(("v=spf1", *new_terms, "~all"))
        problems.append(
            finding(
                "proposal.fresh",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{domain} has no SPF record yet, so this is a new one. It ends in “~all” (softfail): mail from other "
                    "servers is marked, not refused, while you check that nothing else sends for {domain} (a web form on "
                    "the rental server, a newsletter service). Add those, then you may change it to “-all”.",
                ),
                domain=domain,
            )
        )
        lookups = cost
    else:
        base_terms: list[Term] = []
        if f.status is FetchStatus.MULTIPLE:
            problems.append(
                finding(
                    "proposal.merged",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The {count} SPF records are merged into this one. Delete the others: two records are an error.",
                    ),
                    count=len(f.records),
                )
            )
            base_terms = _merge([parse_record(rec) for rec in f.records])
        else:
            base_terms = list(parse_record(f.records[0]).terms)
        existing = {t.text.lower() for t in base_terms}
        if all(t.lower() in existing for t in new_terms):
            return unchanged(
                report,
                finding(
                    "proposal.unchanged",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP("core", "The record already contains {terms}; nothing to change."),
                    terms=" ".join(new_terms),
                ),
            )
        terms = _insert(base_terms, list(new_terms), problems)
        record = " ".join(("v=spf1", *terms))
        if f.status is FetchStatus.MULTIPLE:  # no tree for an invalid pair: walk the merged record instead
            merged = " ".join(("v=spf1", *[t for t in terms if t not in new_terms]))
            lookups = build_tree(resolver, domain, cancel, Fetched(domain, FetchStatus.FOUND, (merged,), ((merged,),))).total
            lookups += cost
        else:
            lookups = report.lookups + cost
    if method is Method.ADDRESSES:
        text = (
            QT_TRANSLATE_NOOP(
                "core",
                "{terms}: the addresses of {host} today. This is an approximation: the provider may send your mail out "
                "from other servers, and may change its addresses without telling you; then SPF fails again. Check the "
                "record when mail starts bouncing.",
            )
            if relay.host
            else QT_TRANSLATE_NOOP(
                "core",
                "{terms}: the relay addresses you gave. This is an approximation: the provider may send your mail out "
                "from other servers, and may change its addresses without telling you; then SPF fails again. Check the "
                "record when mail starts bouncing.",
            )
        )
        problems.append(finding("proposal.approximate", Severity.WARNING, text, terms=" ".join(new_terms), host=relay.host))
    if lookups > MAX_LOOKUPS:
        problems.append(
            finding(
                "proposal.too_many_lookups",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "With this change, checking the record can take {count} DNS lookups, more than the 10 SPF allows. "
                    "Remove includes of services you no longer use, replace a:/mx: terms with ip4:/ip6: addresses, or "
                    "authorise the relay by its addresses instead of an include.",
                ),
                count=lookups,
            )
        )
    elif lookups == MAX_LOOKUPS:
        problems.append(
            finding(
                "proposal.at_limit",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core", "The new record needs exactly 10 DNS lookups, the most SPF allows: any further include breaks it."
                ),
            )
        )
    if len(record) > MAX_STRING:
        problems.append(
            finding(
                "proposal.split",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The record is longer than 255 characters, so it must be entered as {count} strings in quotes. If your "
                    "DNS control panel has one field, paste the whole text; most panels split it for you.",
                ),
                count=len(split_strings(record)),
            )
        )
    return Proposal(record, method, tuple(new_terms), lookups, problems)


def _merge(records: list[Parsed]) -> list[Term]:
    """One record from several: every mechanism once (in order), the first of each modifier, the first ``all`` last."""
    mechanisms: list[Term] = []
    modifiers: dict[str, Term] = {}
    final = None
    for parsed in records:
        for t in parsed.terms:
            if t.modifier:
                modifiers.setdefault(t.name, t)
            elif t.name == "all":
                final = final or t
            elif t.text.lower() not in {m.text.lower() for m in mechanisms}:
                mechanisms.append(t)
    if final is not None:
        modifiers.pop("redirect", None)  # ignored next to "all" anyway
    return [*mechanisms, *([final] if final else []), *modifiers.values()]


def _insert(base: list[Term], new: list[str], problems: list[Finding]) -> list[str]:
    """Terms of the new record: the new ones go before ``all`` (or after the last mechanism)."""
    out: list[str] = []
    placed = False
    for t in base:
        if not placed and not t.modifier and t.name == "all":
            out.extend(new)
            placed = True
            if t.qualifier == "+":
                problems.append(
                    finding(
                        "proposal.all_replaced",
                        Severity.WARNING,
                        QT_TRANSLATE_NOOP("core", "“{term}” is replaced by “~all”: “+all” lets anybody send as your domain."),
                        term=t.text,
                    )
                )
                out.append("~all")
                continue
        out.append(t.text)
    if not placed:
        last_mech = max((i for i, t in enumerate(out) if not _RE_MODIFIER.match(t)), default=-1)
        out[last_mech + 1 : last_mech + 1] = new
    return out


# ---------------------------------------------------------------------------------------------------------------------


def combined(results) -> Result | None:
    """One result for several relay addresses: the worst of them (fail before errors before softfail ... before pass)."""
    order = [Result.FAIL, Result.PERMERROR, Result.SOFTFAIL, Result.TEMPERROR, Result.NEUTRAL, Result.NONE, Result.PASS]
    results = list(results)
    for r in order:
        if r in results:
            return r
    return None


def result_text(result: Result) -> Msg:
    """A plain-words line for a result."""
    texts = {
        Result.PASS: QT_TRANSLATE_NOOP("core", "pass: the server is authorised"),
        Result.FAIL: QT_TRANSLATE_NOOP("core", "fail: the record says this server must not send for the domain"),
        Result.SOFTFAIL: QT_TRANSLATE_NOOP("core", "softfail: the server is not listed; receivers may mark the mail as spam"),
        Result.NEUTRAL: QT_TRANSLATE_NOOP("core", "neutral: the record says nothing about this server"),
        Result.NONE: QT_TRANSLATE_NOOP("core", "none: the domain has no SPF record"),
        Result.PERMERROR: QT_TRANSLATE_NOOP("core", "permerror: the record is broken; receivers treat it as failing"),
        Result.TEMPERROR: QT_TRANSLATE_NOOP("core", "temperror: the record could not be read just now"),
    }
    return Msg.of(texts[result])

