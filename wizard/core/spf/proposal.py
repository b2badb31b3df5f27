"""The proposed SPF record: the user's record byte for byte with the relay authorised (by the provider's include, or by
the relay's addresses as an approximation) inserted before ``all``; with its lookup count and what to watch. A
published record that is itself broken (permerror) gets no proposal but what to fix first."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from enum import Enum

from wizard.core.cancel import CancelToken
from wizard.core.findings import Finding, Severity, finding
from wizard.core.spf import texts
from wizard.core.spf.lint import SpfReport
from wizard.core.spf.record import MAX_LOOKUPS, MAX_STRING, Fetched, FetchStatus, Parsed, parse_record, split_strings
from wizard.core.spf.tree import SpfNode, build_tree


@dataclass(frozen=True)
class Relay:
    """How to authorise the relay: an include (the provider keeps it true) or its addresses (an approximation)."""

    include: str = ""  # a domain whose SPF lists the provider's outgoing servers
    addresses: tuple[str, ...] = ()  # the relay's IP addresses (for ip4/ip6 terms and for evaluation)
    host: str = ""  # the relay host the addresses belong to (for messages)

    def as_dict(self) -> dict:
        return {"host": self.host or None, "include": self.include or None, "addresses": list(self.addresses)}


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

    @property
    def no_change(self) -> bool:
        """True when the current record already authorises the relay: nothing to publish."""
        return self.method is Method.UNCHANGED

    @property
    def changes(self) -> bool:
        """True when there is a new record to publish (not "nothing to change", not "no proposal")."""
        return bool(self.record) and not self.no_change

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
        return Proposal(None, None, problems=[finding("proposal.dns_error", Severity.ERROR, texts.PROPOSAL_DNS_ERROR)])
    broken = [p for p in map(parse_record, report.fetched.records) if p.problems]
    if broken and (relay.include or relay.addresses):  # say what to fix first; a still-broken record is no fix
        if relay.include:
            return _broken(report, broken, (f"include:{relay.include.rstrip('.').lower()}",), Method.INCLUDE)
        return _broken(report, broken, address_terms(relay.addresses), Method.ADDRESSES)
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
    return Proposal(None, None, problems=[finding("proposal.no_relay", Severity.INFO, texts.PROPOSAL_NO_RELAY)])


def _propose_include(report: SpfReport, relay: Relay, resolver, cancel) -> Proposal:
    target = relay.include.rstrip(".").lower()
    tree = build_tree(resolver, target, cancel, via=f"include:{target}", parents=(report.domain.lower(),))
    if tree.record is None or any(p.severity is Severity.ERROR for p in tree.problems):
        unreadable = any(p.code == "spf.include_dns_error" for p in tree.problems)
        msg = texts.INCLUDE_UNREADABLE if unreadable else texts.INCLUDE_UNUSABLE
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
        problems.append(finding("proposal.fresh", Severity.INFO, texts.FRESH, domain=domain))
        lookups = cost
    else:
        parsed = [parse_record(rec) for rec in f.records]
        existing = {w.lower() for p in parsed for w in p.words}
        if all(t.lower() in existing for t in new_terms):
            why = finding("proposal.unchanged", Severity.INFO, texts.UNCHANGED, terms=" ".join(new_terms))
            return unchanged(report, why)
        if f.status is FetchStatus.MULTIPLE:
            problems.append(finding("proposal.merged", Severity.WARNING, texts.MERGED, count=len(f.records)))
            merged = " ".join(("v=spf1", *_merge(parsed)))
            record = insert_terms(merged, new_terms)
            lookups = build_tree(resolver, domain, cancel, Fetched(domain, FetchStatus.FOUND, (merged,), ((merged,),))).total
            lookups += cost
        else:
            record = insert_terms(f.records[0], new_terms)
            lookups = report.lookups + cost
        plus = parse_record(record).all_term
        if plus is not None and plus.qualifier == "+":
            problems.append(finding("proposal.plus_all_kept", Severity.WARNING, texts.PLUS_ALL_KEPT, term=plus.text))
    if method is Method.ADDRESSES:
        text = texts.APPROXIMATE_HOST if relay.host else texts.APPROXIMATE_GIVEN
        problems.append(finding("proposal.approximate", Severity.WARNING, text, terms=" ".join(new_terms), host=relay.host))
    if lookups > MAX_LOOKUPS:
        problems.append(finding("proposal.too_many_lookups", Severity.ERROR, texts.PROPOSAL_TOO_MANY_LOOKUPS, count=lookups))
    elif lookups == MAX_LOOKUPS:
        problems.append(finding("proposal.at_limit", Severity.WARNING, texts.AT_LIMIT))
    if len(record) > MAX_STRING:
        problems.append(finding("proposal.split", Severity.INFO, texts.SPLIT, count=len(split_strings(record))))
    return Proposal(record, method, tuple(new_terms), lookups, problems)


def _merge(records: list[Parsed]) -> list[str]:
    """One record's terms from several (as written): every mechanism once (in order), the first of each modifier, the
    first ``all`` last."""
    mechanisms: list[str] = []
    modifiers: dict[str, str] = {}
    final = None
    for parsed in records:
        for t in parsed.terms:
            if t.modifier:
                modifiers.setdefault(t.name, t.text)
            elif t.name == "all":
                final = final or t.text
            elif t.text.lower() not in {m.lower() for m in mechanisms}:
                mechanisms.append(t.text)
    if final is not None:
        modifiers.pop("redirect", None)  # ignored next to "all" anyway
    return [*mechanisms, *([final] if final else []), *modifiers.values()]


def insert_terms(record: str, new: tuple[str, ...] | list[str]) -> str:
    """``record`` byte for byte with ``new`` inserted before its first ``all`` (or, without one, after its last
    mechanism, so that ``redirect=`` and other modifiers stay last). Every other character is kept as published:
    spacing, case, terms the grammar rejects."""
    parsed = parse_record(record)
    kinds = {t.text: t for t in parsed.terms}
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^ ]+", record)][1:]  # after "v=spf1"
    insert = " ".join(new)
    for start, _end, word in spans:
        t = kinds.get(word)
        if t is not None and t.name == "all" and not t.modifier:
            return f"{record[:start]}{insert} {record[start:]}"
    cut = len("v=spf1")
    for _start, end, word in spans:
        t = kinds.get(word)
        if t is None or not t.modifier:
            cut = end
    return f"{record[:cut]} {insert}{record[cut:]}"


def _broken(report: SpfReport, broken: list[Parsed], new_terms, method: Method) -> Proposal:
    """No record to publish: the published one is itself a permerror, and adding the relay would not change that."""
    bad = [w for p in broken for w in p.words if w not in {t.text for t in p.terms}]
    if bad:
        why = finding("proposal.broken_record", Severity.ERROR, texts.BROKEN_RECORD, terms=" ".join(f"“{w}”" for w in bad))
    else:
        why = finding("proposal.broken_record", Severity.ERROR, texts.BROKEN_RECORD_GENERIC)
    return Proposal(None, method, tuple(new_terms), report.lookups, [why, *[p for b in broken for p in b.problems]])


def withheld(proposal: Proposal) -> Proposal:
    """The proposal whose own evaluation is permerror: the record is not offered as the fix (docs/SPF.md)."""
    why = finding("proposal.still_broken", Severity.ERROR, texts.STILL_BROKEN)
    return Proposal(None, proposal.method, proposal.added, proposal.lookups, [why, *proposal.problems], proposal.include_tree)
