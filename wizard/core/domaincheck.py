"""The domain check: SPF and DMARC of the user's domain against the relay the user will send through.

One call, :func:`check_domain`, used by the GUI's domain-check page and by ``relay-wizard dns``; :func:`as_dict` is
the JSON both faces agree on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wizard.core import dmarc, spf
from wizard.core.cancel import CancelToken
from wizard.core.catalog.resolve import resolve
from wizard.core.dns.query import Status, addresses, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import IspProfile

BUDGET_QUESTIONS = 10  # the whole domain check ends within this many question timeouts


@dataclass(frozen=True)
class RelayRequest:
    """What the user told us about the relay. Any part may be empty."""

    isp: IspProfile | None = None
    isp_address: str = ""  # the provider mail address (fills {subdomain} in OCN's include)
    host: str = ""  # the relay host the mail program uses
    addresses: tuple[str, ...] = ()  # the relay's addresses, when given directly (--relay-ip)

    @property
    def given(self) -> bool:
        return bool(self.isp or self.host or self.addresses)


@dataclass
class DomainCheck:
    domain: str
    spf: spf.SpfReport
    dmarc: dmarc.DmarcReport
    relay: spf.Relay | None = None
    proposal: spf.Proposal | None = None
    current: list[spf.Evaluation] = field(default_factory=list)
    proposed: list[spf.Evaluation] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)  # about the relay route as a whole
    dns_servers: list[str] = field(default_factory=list)  # the domain's name servers: where the record is changed
    where: Msg | None = None  # which record to change where, in words

    @property
    def current_result(self) -> spf.Result | None:
        return spf.combined(e.result for e in self.current)

    @property
    def proposed_result(self) -> spf.Result | None:
        return spf.combined(e.result for e in self.proposed)

    @property
    def change_needed(self) -> bool:
        p = self.proposal
        return bool(p and p.record and p.method is not spf.Method.UNCHANGED)

    def all_findings(self) -> list[Finding]:
        out = list(self.spf.problems) + list(self.dmarc.problems) + list(self.warnings)
        if self.proposal:
            out += self.proposal.problems
        return out

    @property
    def needs_action(self) -> bool:
        """True when something must be fixed: an error-level finding, or the relay does not pass SPF today."""
        if any(f.severity is Severity.ERROR for f in self.all_findings()):
            return True
        return self.current_result not in (None, spf.Result.PASS)


def resolve_relay(request: RelayRequest, resolver, cancel: CancelToken | None = None) -> tuple[spf.Relay | None, list[Finding]]:
    """Turn what the user gave into an include domain and relay addresses; notes say what is missing or approximate."""
    notes: list[Finding] = []
    isp = request.isp
    resolution = resolve(isp, isp_address=request.isp_address) if isp is not None else None
    include = resolution.spf_include if resolution is not None else ""
    if resolution is not None and resolution.spf_include_needs_address:
        notes.append(
            finding(
                "relay.include_needs_address",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{isp} publishes SPF for your provider mail domain. Enter your provider mail address (for example "
                    "taro@abc.{domain}) so that it can be included; until then the relay's addresses are used.",
                ),
                isp=isp.display_name("en"),
                domain=isp.domains[0] if isp.domains else "",
            )
        )
    host = request.host.strip().lower().rstrip(".")
    if not host and resolution is not None:
        host = resolution.relay_host.lower()
    addrs = tuple(request.addresses)
    if not addrs and host:
        found, reason = addresses(resolver, host, cancel)
        addrs = tuple(found)
        if not found:
            notes.append(
                finding(
                    "relay.unresolved",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("core", "The addresses of {host} could not be found ({reason}); the relay cannot be evaluated."),
                    host=host,
                    reason=reason or Msg.of(QT_TRANSLATE_NOOP("core", "the name has no addresses")),
                )
            )
        else:
            notes.append(
                finding(
                    "relay.submission_addresses",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The relay is evaluated with the addresses of {host} ({addresses}), the server your mail program "
                        "connects to. The provider may pass your mail on from other servers, so this is a good guess, not "
                        "proof.",
                    ),
                    host=host,
                    addresses=", ".join(found),
                )
            )
    if not include and not addrs:
        return None, notes
    return spf.Relay(include=include, addresses=addrs, host=host), notes


def check_domain(
    domain: str,
    resolver,
    request: RelayRequest | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[object], None] | None = None,
    budget: float | None = None,
) -> DomainCheck:
    """Lint SPF and DMARC of ``domain``; with a relay, propose the SPF record and evaluate the relay against both.

    The whole check ends within ``budget`` seconds (default: :data:`BUDGET_QUESTIONS` question timeouts of the
    resolver): a hostile or broken DNS that answers every question just in time cannot stretch it. Questions asked
    after that fail as timeouts and are reported as unreadable records, like any other DNS failure."""
    from wizard.core.dns.resolver import with_deadline

    say = progress or (lambda _e: None)
    if budget is None:
        budget = BUDGET_QUESTIONS * float(getattr(resolver, "lifetime", 3.0) or 3.0)
    resolver = with_deadline(resolver, budget)
    domain = domain.lower().rstrip(".")
    say(Msg.of(QT_TRANSLATE_NOOP("core", "Reading the SPF record of {domain}…"), domain=domain))
    report = spf.lint(resolver, domain, cancel)
    say(Msg.of(QT_TRANSLATE_NOOP("core", "Reading the DMARC record…")))
    dm = dmarc.check(resolver, domain, cancel)
    result = DomainCheck(domain, report, dm)
    result.dns_servers = _name_servers(resolver, domain, dm.org_domain, cancel)
    request = request or RelayRequest()
    if request.given:
        say(Msg.of(QT_TRANSLATE_NOOP("core", "Looking up the relay…")))
        relay, notes = resolve_relay(request, resolver, cancel)
        result.relay = relay
        result.warnings.extend(notes)
        if relay is not None:
            say(Msg.of(QT_TRANSLATE_NOOP("core", "Preparing the proposed record…")))
            result.proposal = spf.propose(report, relay, resolver, cancel)
            say(Msg.of(QT_TRANSLATE_NOOP("core", "Trying the relay's addresses against the records…")))
            for ip in relay.addresses:
                result.current.append(spf.evaluate(resolver, ip, domain, cancel=cancel))
            if result.current and result.current_result is spf.Result.PASS and result.proposal.method is not spf.Method.UNCHANGED:
                result.proposal = spf.unchanged(
                    report,
                    finding(
                        "proposal.already_passes",
                        Severity.INFO,
                        QT_TRANSLATE_NOOP("core", "The current record already authorises the relay; nothing to change."),
                    ),
                )
            p = result.proposal
            for ev in result.current:
                if p.record and p.method is not spf.Method.UNCHANGED:
                    result.proposed.append(spf.evaluate(resolver, ev.ip, domain, record=p.record, cancel=cancel))
                else:
                    result.proposed.append(ev)
        cur = result.current_result
        prop = result.proposed_result
        result.warnings.extend(
            dmarc.relay_warnings(
                dm,
                None if cur is None else cur is spf.Result.PASS,
                None if prop is None else prop is spf.Result.PASS,
            )
        )
    result.where = _where(result)
    return result


def check_with_resolver(
    domain: str,
    request: RelayRequest | None,
    resolver: str = "",
    timeout: float = 3.0,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[object], None] | None = None,
) -> DomainCheck:
    """:func:`check_domain` through the system resolver, or the one named ``ADDR[:PORT]`` (for background jobs)."""
    from wizard.core.dns.resolver import make_resolver

    resolver = make_resolver(resolver.strip() or None, timeout=timeout)
    return check_domain(domain, resolver, request, cancel=cancel, progress=progress)


def _name_servers(resolver, domain: str, org: str, cancel) -> list[str]:
    for name in dict.fromkeys((domain, org)):
        a = ask(resolver, name, "NS", cancel)
        if a.status is Status.OK:
            return sorted(r.target.to_text(omit_final_dot=True).lower() for r in a.rdatas)
    return []


def _where(c: DomainCheck) -> Msg | None:
    p = c.proposal
    if not (p and p.record and p.method is not spf.Method.UNCHANGED):
        return None
    if c.dns_servers:
        place = Msg.of(
            QT_TRANSLATE_NOOP(
                "core", "the company running the name servers {servers}, usually your rental server or domain registrar"
            ),
            servers=", ".join(c.dns_servers),
        )
    else:
        place = Msg.of(QT_TRANSLATE_NOOP("core", "usually your rental server or domain registrar"))
    if c.spf.fetched.status is spf.FetchStatus.NONE:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Add a TXT record for {domain} (the host name is “@” or empty in most control panels) with the proposed "
            "value. Do it where your domain's DNS is managed: {place}.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Change the TXT record of {domain} that starts with “v=spf1” (the host name is “@” or empty in most control "
            "panels) to the proposed value; do not add a second SPF record. Do it where your domain's DNS is managed: "
            "{place}.",
        )
    return Msg.of(text, domain=c.domain, place=place)


def as_dict(c: DomainCheck, translate: Translate | None = None) -> dict:
    """The JSON of ``relay-wizard dns`` (docs/SPF.md documents every field)."""

    def fl(findings):
        return [f.as_dict(translate) for f in findings]

    p = c.proposal
    return {
        "domain": c.domain,
        "spf": {
            "record": c.spf.record,
            "records": list(c.spf.fetched.records),
            "lookups": c.spf.lookups,
            "void_lookups": c.spf.void_lookups,
            "problems": fl(c.spf.problems),
            "tree": c.spf.tree.as_dict(translate) if c.spf.tree else None,
            "proposed": p.record if p and p.method is not spf.Method.UNCHANGED else None,
            "proposal": p.as_dict(translate) if p else None,
            "evaluation": {
                "current": c.current_result.value if c.current_result else None,
                "proposed": c.proposed_result.value if c.proposed_result else None,
                "addresses": [
                    {"ip": cur.ip, "current": cur.result.value, "proposed": new.result.value}
                    for cur, new in zip(c.current, c.proposed, strict=False)
                ],
            },
            "where": c.where.render(translate) if c.where else None,
            "dns_servers": c.dns_servers,
        },
        "dmarc": c.dmarc.as_dict(translate),
        "relay": (
            {"host": c.relay.host or None, "include": c.relay.include or None, "addresses": list(c.relay.addresses)}
            if c.relay
            else None
        ),
        "warnings": fl(c.warnings),
        "needs_action": c.needs_action,
    }
