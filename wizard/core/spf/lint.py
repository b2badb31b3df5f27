"""The lint of a domain's SPF record: one record, at most 10 lookups and 2 void lookups through all includes, a sane
``all``, a shape that survives DNS (string joins, length); everything a receiver would reject or distrust."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.cancel import CancelToken
from wizard.core.findings import Finding, Severity, finding
from wizard.core.spf import texts
from wizard.core.spf.record import MAX_LOOKUPS, MAX_STRING, MAX_VOID, UDP_SAFE, Fetched, FetchStatus, Parsed, fetch, parse_record
from wizard.core.spf.tree import SpfNode, build_tree


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
        problems.append(finding("spf.dns_error", Severity.ERROR, texts.DNS_ERROR, domain=domain, reason=f.reason))
    elif f.status is FetchStatus.NONE:
        problems.append(finding("spf.none", Severity.ERROR, texts.NONE, domain=domain))
    elif f.status is FetchStatus.MULTIPLE:
        problems.append(finding("spf.multiple", Severity.ERROR, texts.MULTIPLE, domain=domain, count=len(f.records)))
    else:
        tree = build_tree(resolver, domain, cancel, fetched=f)
        problems.extend(_record_shape_problems(f))
        problems.extend(_all_problems(tree.parsed, domain))
        for node in tree.walk():
            problems.extend(node.problems)
        if tree.total > MAX_LOOKUPS:
            problems.append(finding("spf.too_many_lookups", Severity.ERROR, texts.TOO_MANY_LOOKUPS, count=tree.total))
        if tree.void > MAX_VOID:
            problems.append(finding("spf.void_lookups", Severity.ERROR, texts.VOID_LOOKUPS, count=tree.void))
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
        out.append(finding("spf.long_record", Severity.INFO, texts.LONG_RECORD, length=len(record), count=len(strings)))
    if len(strings) > 1:
        glued = parse_record(record).problems
        spaced = parse_record(" ".join(strings)).problems
        if len(glued) > len(spaced):
            out.append(finding("spf.string_join", Severity.ERROR, texts.STRING_JOIN))
    if len(record) > UDP_SAFE:
        out.append(finding("spf.too_long", Severity.WARNING, texts.TOO_LONG, length=len(record)))
    return out


def _all_problems(parsed: Parsed | None, domain: str) -> list[Finding]:
    if parsed is None or parsed.problems:
        return []
    term = parsed.all_term
    if term is None:
        if parsed.modifier("redirect") is None:
            return [finding("spf.no_all", Severity.WARNING, texts.NO_ALL, domain=domain)]
        return []
    if term.qualifier == "+":
        return [finding("spf.plus_all", Severity.ERROR, texts.PLUS_ALL, term=term.text, domain=domain)]
    if term.qualifier == "?":
        return [finding("spf.neutral_all", Severity.WARNING, texts.NEUTRAL_ALL)]
    return []
