"""The proposed SPF record: the user's record with the relay authorised (by the provider's include, or by the relay's
addresses as an approximation) inserted before ``all``, every other term kept; with its lookup count and what to
watch."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from enum import Enum

from wizard.core.cancel import CancelToken
from wizard.core.findings import Finding, Severity, finding
from wizard.core.spf import texts
from wizard.core.spf.lint import SpfReport
from wizard.core.spf.record import MAX_LOOKUPS, MAX_STRING, Fetched, FetchStatus, Parsed, Term, parse_record, split_strings
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
        base_terms: list[Term] = []
        if f.status is FetchStatus.MULTIPLE:
            problems.append(finding("proposal.merged", Severity.WARNING, texts.MERGED, count=len(f.records)))
            base_terms = _merge([parse_record(rec) for rec in f.records])
        else:
            base_terms = list(parse_record(f.records[0]).terms)
        existing = {t.text.lower() for t in base_terms}
        if all(t.lower() in existing for t in new_terms):
            why = finding("proposal.unchanged", Severity.INFO, texts.UNCHANGED, terms=" ".join(new_terms))
            return unchanged(report, why)
        terms = _insert(base_terms, list(new_terms), problems)
        record = " ".join(("v=spf1", *terms))
        if f.status is FetchStatus.MULTIPLE:  # no tree for an invalid pair: walk the merged record instead
            merged = " ".join(("v=spf1", *[t for t in terms if t not in new_terms]))
            lookups = build_tree(resolver, domain, cancel, Fetched(domain, FetchStatus.FOUND, (merged,), ((merged,),))).total
            lookups += cost
        else:
            lookups = report.lookups + cost
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
                problems.append(finding("proposal.all_replaced", Severity.WARNING, texts.ALL_REPLACED, term=t.text))
                out.append("~all")
                continue
        out.append(t.text)
    if not placed:  # no "all": out is base term for term, so its mechanisms are base's
        last_mech = max((i for i, t in enumerate(base) if not t.modifier), default=-1)
        out[last_mech + 1 : last_mech + 1] = new
    return out
