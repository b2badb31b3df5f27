"""The include tree of an SPF record: every include/redirect target walked, with what each branch costs in DNS
lookups and void lookups (RFC 7208 4.6.4), and the problems a receiver would meet on the way."""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.core.cancel import CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.spf import texts
from wizard.core.spf.record import MAX_MX, Fetched, FetchStatus, Parsed, fetch, parse_record

_WALK_CAP = 40  # stop walking a hostile or broken include tree after this many lookups (pyspf's hard cap)


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


def build_tree(
    resolver,
    domain: str,
    cancel: CancelToken | None = None,
    fetched: Fetched | None = None,
    *,
    via: str = "",
    parents: tuple[str, ...] = (),
) -> SpfNode:
    """Walk the record of ``domain`` and every include/redirect target, counting lookups and void lookups.

    ``via`` is the term that leads to ``domain`` and ``parents`` the domains above it (a target among them is a
    loop): the proposal walks a provider's include as if it were already in the user's record."""
    return _walk(resolver, domain, via, parents, _Budget(), cancel, fetched)


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
                    texts.AFTER_ALL,
                    terms=" ".join(late),
                    all=parsed.all_term.text,
                    domain=domain,
                )
            )
    if redirect is not None and all_index is not None:
        node.problems.append(
            finding("spf.redirect_ignored", Severity.WARNING, texts.REDIRECT_IGNORED, redirect=redirect.text, domain=domain)
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
                node.problems.append(finding("spf.macro", Severity.INFO, texts.MACRO, term=term.text, domain=domain))
            continue
        target = (term.value or domain).rstrip(".").lower()
        if term.name in ("include", "redirect"):
            if target in path or target == domain.lower():
                child = SpfNode(domain=target, via=term.text)
                child.problems.append(
                    finding("spf.loop", Severity.ERROR, texts.LOOP, term=term.text, domain=domain, target=target)
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
                        "spf.mx_too_many", Severity.ERROR, texts.MX_TOO_MANY, term=term.text, domain=domain, count=len(mx.rdatas)
                    )
                )
        elif term.name == "ptr":
            node.problems.append(finding("spf.ptr", Severity.WARNING, texts.PTR, term=term.text, domain=domain))
    node.total = node.lookups + sum(c.total for c in node.children)
    node.void += sum(c.void for c in node.children)
    return node


def _target_problem(f: Fetched, via: str) -> Finding:
    if f.status is FetchStatus.ERROR:
        return finding("spf.include_dns_error", Severity.WARNING, texts.INCLUDE_DNS_ERROR, term=via, reason=f.reason)
    if f.status is FetchStatus.MULTIPLE:
        return finding(
            "spf.include_multiple", Severity.ERROR, texts.INCLUDE_MULTIPLE, domain=f.domain, term=via, count=len(f.records)
        )
    return finding("spf.include_no_record", Severity.ERROR, texts.INCLUDE_NO_RECORD, domain=f.domain, term=via)
